package newsflow.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.sink.warehouse.WarehouseWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow query} on a DuckDB warehouse under attack: the statements that changed the
 * warehouse or read the machine's files are refused with one line, DuckDB itself refuses them on the
 * query connection too, and the warehouse file is byte for byte what it was.
 */
class QueryReadOnlyTest {
  @TempDir Path dir;
  private Path warehouse;
  private String url;

  @BeforeEach
  void writeWarehouse() {
    warehouse = dir.resolve("warehouse.duckdb");
    url = "jdbc:duckdb:" + warehouse;
    Instant t = Instant.parse("2026-11-26T10:00:00Z");
    try (WarehouseWriter w = WarehouseWriter.open(url)) {
      w.write(List.of(SyntheticArticles.article("a1", t, 4, 3, 1), SyntheticArticles.article("a2", t, 2, 1, 0)),
          List.of(SyntheticArticles.alert("a1", "us-secdef", t)));
    }
  }

  private List<String> hostile() {
    String w = warehouse.toString();
    Path out = dir.resolve("out");
    return List.of(
        "COPY (SELECT 'x') TO '" + w + "'",
        "COPY (SELECT 'x') TO '" + out.resolve("anywhere.csv") + "'",
        "COPY quotes TO '" + out.resolve("quotes.parquet") + "' (FORMAT parquet)",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM '/etc/passwd'",
        "ATTACH '" + out.resolve("other.duckdb") + "' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "EXPORT DATABASE '" + out.resolve("dump") + "'",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
        "CALL pragma_version()",
        "DELETE FROM quotes",
        "DROP TABLE alerts",
        "CREATE TABLE stolen AS SELECT * FROM quotes",
        "SELECT 1; DELETE FROM quotes",
        "/* SELECT */ DELETE FROM quotes",
        "SELECT * FROM query('DELETE FROM quotes')");
  }

  private String sha256() throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(warehouse)));
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void everyHostileStatementIsRefusedInOneLineAndTheWarehouseIsUnchanged() throws Exception {
    String before = sha256();
    List<Path> filesBefore = files();
    try (QueryRunner q = QueryRunner.open(url)) {
      for (String sql : hostile()) {
        QueryException e = assertThrows(QueryException.class, () -> q.run(sql), sql);
        assertTrue(e.getMessage().startsWith("query refused: "), sql + " -> " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
      }
      assertEquals(4L, ((Number) q.run("SELECT count(*) FROM quotes").rows().get(0).get(0)).longValue(),
          "and reading still works");
    }
    assertEquals(before, sha256(), "the warehouse file changed");
    assertEquals(filesBefore, files(), "a file appeared or vanished");
  }

  @Test
  void duckDbItselfRefusesThemOnAQueryConnection() throws Exception {
    String before = sha256();
    List<Path> filesBefore = files();
    // the second wall: the connection's own settings, without ReadOnlySql in front
    try (Connection c = DriverManager.getConnection(url, QueryRunner.duckDbReadOnly())) {
      for (String sql : hostile()) {
        // several statements, a comment in front, CALL pragma_version() and PRAGMA enable_profiling (which
        // prints a profile of the session's own queries) are for ReadOnlySql to refuse: they change nothing
        if (sql.startsWith("SELECT 1;") || sql.startsWith("CALL") || sql.startsWith("/*") || sql.startsWith("PRAGMA")) continue;
        try (Statement s = c.createStatement()) {
          s.execute(sql);
          fail("DuckDB ran " + sql);
        } catch (SQLException expected) {
          // refused: read-only, no external access, configuration locked
        }
      }
    }
    assertEquals(before, sha256(), "the warehouse file changed");
    assertEquals(filesBefore, files(), "a file appeared or vanished");
  }

  @Test
  void settingsInTheUrlCannotReopenTheDoors() throws Exception {
    String before = sha256();
    try (QueryRunner q = QueryRunner.open(url + "?access_mode=READ_WRITE&enable_external_access=true")) {
      Object external = q.run("SELECT current_setting('enable_external_access')").rows().get(0).get(0);
      assertEquals("false", String.valueOf(external));
      Object locked = q.run("SELECT current_setting('lock_configuration')").rows().get(0).get(0);
      assertEquals("true", String.valueOf(locked));
    }
    assertEquals(before, sha256());
  }
}
