package newsflow.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.sink.warehouse.PostgresSupport;
import newsflow.sink.warehouse.TableDump;
import newsflow.sink.warehouse.WarehouseWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code newsflow query} on a real PostgreSQL warehouse (a fresh schema; skipped without
 * {@code NEWSFLOW_TEST_POSTGRES_URL} or Docker): the statements that deleted rows, dropped and created
 * tables and ran a program on the server are refused in one line; the session cannot write even past
 * the statement check; the read-only role that docs/sink.md describes cannot run a program either;
 * and the warehouse is unchanged.
 */
class QueryRunnerPostgresIT {
  private String url;
  private String schema;
  private final Path marker = Path.of("/tmp/newsflow-query-probe-" + UUID.randomUUID());

  @BeforeEach
  void writeWarehouse() {
    url = PostgresSupport.freshSchemaUrl("query");
    schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    Instant t = Instant.parse("2026-11-26T10:00:00Z");
    try (WarehouseWriter w = WarehouseWriter.open(url)) {
      w.write(List.of(SyntheticArticles.article("a1", t, 4, 3, 1), SyntheticArticles.article("a2", t, 2, 1, 0)),
          List.of(SyntheticArticles.alert("a1", "us-secdef", t)));
    }
  }

  @AfterEach
  void removeMarker() throws Exception {
    Files.deleteIfExists(marker);
  }

  private Map<String, List<String>> state() throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      Map<String, List<String>> rows = TableDump.dump(c);
      List<String> tables = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
              + schema + "' ORDER BY table_name")) {
        while (r.next()) tables.add(r.getString(1));
      }
      c.commit();
      rows.put("(tables)", tables);
      return rows;
    }
  }

  private List<String> hostile() {
    return List.of(
        "DELETE FROM quotes",
        "DROP TABLE alert_deliveries",
        "CREATE TABLE stolen (x int)",
        "COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'",
        "COPY quotes TO '" + marker + "'",
        "SELECT 1; COMMIT; DELETE FROM quotes",
        "SET default_transaction_read_only = off",
        "SELECT set_config('transaction_read_only', 'off', false)",
        "WITH gone AS (DELETE FROM quotes RETURNING *) SELECT count(*) FROM gone",
        "SELECT pg_read_file('/etc/hostname')",
        "SELECT * INTO stolen FROM quotes");
  }

  @Test
  void everyHostileStatementIsRefusedInOneLineAndTheWarehouseIsUnchanged() throws Exception {
    Map<String, List<String>> before = state();
    try (QueryRunner q = QueryRunner.open(url)) {
      for (String sql : hostile()) {
        QueryException e = assertThrows(QueryException.class, () -> q.run(sql), sql);
        assertTrue(e.getMessage().startsWith("query refused: "), sql + " -> " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
      }
      assertEquals(4L, ((Number) q.run("SELECT count(*) FROM quotes").rows().get(0).get(0)).longValue());
    }
    assertFalse(Files.exists(marker), "a program ran on the database server");
    assertEquals(before, state());
  }

  @Test
  void theQuerySessionItselfCannotWrite() throws Exception {
    Map<String, List<String>> before = state();
    try (QueryRunner q = QueryRunner.open(url)) {
      Connection c = q.connection();
      for (String sql : List.of("DELETE FROM quotes", "DROP TABLE alert_deliveries", "CREATE TABLE stolen (x int)")) {
        try (Statement s = c.createStatement()) {
          SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
          assertEquals("25006", e.getSQLState(), sql + ": " + e.getMessage()); // read_only_sql_transaction
        }
        c.rollback();
      }
      // and a query after a session-level attempt to switch read-only off still runs read-only
      try (Statement s = c.createStatement()) {
        s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE");
      }
      c.commit();
      assertEquals("on", q.run("SELECT current_setting('transaction_read_only')").rows().get(0).get(0));
    }
    assertEquals(before, state());
  }

  @Test
  void theDocumentedReadOnlyRoleCannotRunAProgramOrWrite() throws Exception {
    String role = "t_query_reader_" + UUID.randomUUID().toString().substring(0, 8);
    String base = PostgresSupport.baseUrl();
    try (Connection admin = DriverManager.getConnection(base); Statement s = admin.createStatement()) {
      // as in docs/sink.md, "A read-only role for newsflow query"
      s.execute("CREATE ROLE " + role + " LOGIN");
      s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
      s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
      s.execute("ALTER ROLE " + role + " SET default_transaction_read_only = on");
    }
    Map<String, List<String>> before = state();
    try {
      String readerUrl = PostgresSupport.withParam(base.replaceAll("user=[^&]*", "user=" + role), "currentSchema", schema);
      try (Connection reader = DriverManager.getConnection(readerUrl); Statement s = reader.createStatement()) {
        SQLException program = assertThrows(SQLException.class,
            () -> s.execute("COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'"));
        assertEquals("42501", program.getSQLState(), program.getMessage()); // insufficient_privilege
        assertThrows(SQLException.class, () -> s.execute("DELETE FROM quotes"));
        assertThrows(SQLException.class, () -> s.execute("SELECT pg_read_file('/etc/hostname')"));
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM quotes")) {
          r.next();
          assertEquals(4, r.getInt(1), "the role reads the warehouse");
        }
      }
      try (QueryRunner q = QueryRunner.open(readerUrl)) {
        assertEquals(4L, ((Number) q.run("SELECT count(*) FROM quotes").rows().get(0).get(0)).longValue());
      }
    } finally {
      try (Connection admin = DriverManager.getConnection(base); Statement s = admin.createStatement()) {
        s.execute("DROP OWNED BY " + role);
        s.execute("DROP ROLE " + role);
      }
    }
    assertFalse(Files.exists(marker), "a program ran on the database server");
    assertEquals(before, state());
  }
}
