package newsflow.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.sink.warehouse.WarehouseWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow query} on a DuckDB warehouse file written by the sink's writer. */
class QueryRunnerTest {
  @TempDir static Path dir;
  static String url;

  @BeforeAll
  static void writeWarehouse() {
    url = "jdbc:duckdb:" + dir.resolve("w.duckdb");
    Instant t = Instant.parse("2026-11-26T10:00:00Z");
    try (WarehouseWriter w = WarehouseWriter.open(url)) {
      w.write(List.of(SyntheticArticles.article("a1", t, 4, 3, 1), SyntheticArticles.article("a2", t, 2, 1, 0)),
          List.of(SyntheticArticles.alert("a1", "us-secdef", t)));
    }
  }

  @Test
  void rendersAnAlignedTableWithNumbersRightAligned() throws Exception {
    try (QueryRunner q = QueryRunner.open(url)) {
      String out = QueryRunner.render(q.run(
          "SELECT article_id, COUNT(*) AS quotes FROM quotes GROUP BY article_id ORDER BY article_id"),
          QueryRunner.Format.TABLE);
      assertEquals("""
          article_id | quotes
          -----------+-------
          a1         |      3
          a2         |      1
          (2 rows)
          """, out);
    }
  }

  @Test
  void rendersCsvWithQuotingAndJsonWithTypedValues() throws Exception {
    try (QueryRunner q = QueryRunner.open(url)) {
      QueryRunner.Result r = q.run("SELECT id, official_name, mention_count, detected_at, 'a,\"b' AS odd FROM alerts");
      assertEquals("id,official_name,mention_count,detected_at,odd\r\n"
          + "a1:us-secdef,Pete Hegseth,3,2026-11-26T10:00:00Z,\"a,\"\"b\"\r\n", QueryRunner.render(r, QueryRunner.Format.CSV));
      JsonNode json = new ObjectMapper().readTree(QueryRunner.render(r, QueryRunner.Format.JSON));
      assertEquals(1, json.size());
      assertEquals(3, json.get(0).get("mention_count").asInt());
      assertTrue(json.get(0).get("mention_count").isNumber());
      assertEquals("2026-11-26T10:00:00Z", json.get(0).get("detected_at").asText());
    }
  }

  @Test
  void badSqlIsOneClearLine() throws Exception {
    try (QueryRunner q = QueryRunner.open(url)) {
      QueryException e = assertThrows(QueryException.class, () -> q.run("SELECT nonsense FROM"));
      assertTrue(e.getMessage().startsWith("query failed: "), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      QueryException typo = assertThrows(QueryException.class, () -> q.run("SELEC nonsense FROM"));
      assertTrue(typo.getMessage().contains("SELEC"), typo.getMessage());
      assertFalse(typo.getMessage().contains("\n"), typo.getMessage());
      QueryException missing = assertThrows(QueryException.class, () -> q.run("SELECT * FROM no_such_table"));
      assertTrue(missing.getMessage().contains("no_such_table"), missing.getMessage());
    }
  }

  @Test
  void theWarehouseIsOpenedReadOnly() throws Exception {
    try (QueryRunner q = QueryRunner.open(url)) {
      assertThrows(QueryException.class, () -> q.run("DELETE FROM articles"));
      assertEquals(2L, ((Number) q.run("SELECT COUNT(*) FROM articles").rows().get(0).get(0)).longValue());
    }
  }

  @Test
  void aMissingWarehouseFileIsNamed() {
    QueryException e = assertThrows(QueryException.class,
        () -> QueryRunner.open("jdbc:duckdb:" + dir.resolve("absent.duckdb")));
    assertTrue(e.getMessage().contains("absent.duckdb"), e.getMessage());
    QueryException bad = assertThrows(QueryException.class, () -> QueryRunner.open("jdbc:mysql://x/y"));
    assertTrue(bad.getMessage().contains("unsupported warehouse URL"), bad.getMessage());
  }
}
