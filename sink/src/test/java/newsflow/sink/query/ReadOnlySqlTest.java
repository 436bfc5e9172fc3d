package newsflow.sink.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The statement check of {@code newsflow query}: what reads passes, everything else is one line. */
class ReadOnlySqlTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT speaker, count(*) AS quotes FROM quotes GROUP BY speaker ORDER BY quotes DESC LIMIT 10",
      "select * from articles where title like '%delete from%'",
      "WITH q AS (SELECT * FROM quotes) SELECT count(*) FROM q;",
      "SELECT 1;;  -- a trailing comment",
      "(SELECT 1) UNION (SELECT 2)",
      "VALUES (1), (2)",
      "TABLE articles",
      "FROM quotes LIMIT 3",
      "SUMMARIZE quotes",
      "DESCRIBE quotes",
      "SHOW TABLES",
      "EXPLAIN SELECT * FROM quotes",
      "SELECT \"update\", \"set\" FROM t",
      "SELECT extract(year FROM '2025-03-01'::date), substring(text from 'a.c') FROM quotes",
      "SELECT $$ COPY x TO PROGRAM 'id'; DROP TABLE t $$ AS s",
      "SELECT E'it''s \\' still a string; DELETE' AS s",
      "SELECT /* a /* nested */ comment; DROP */ 1",
      "SELECT $1",
      "SELECT read_count FROM stats",
  })
  void queriesThatOnlyReadPass(String sql) {
    assertDoesNotThrow(() -> ReadOnlySql.check(sql));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "DELETE FROM quotes",
      "DROP TABLE alert_deliveries",
      "CREATE TABLE stolen AS SELECT * FROM quotes",
      "COPY (SELECT 1) TO PROGRAM 'id > /tmp/pwned'",
      "COPY (SELECT 'x') TO 'newsflow-data/warehouse.duckdb'",
      "copy quotes to '/tmp/q.csv'",
      "SELECT * FROM read_text('/etc/hostname')",
      "SELECT * FROM read_csv('/etc/passwd')",
      "SELECT * FROM main.read_csv_auto('/etc/passwd')",
      "SELECT * FROM \"read_text\"('/etc/hostname')",
      "SELECT * FROM '/etc/passwd'",
      "SELECT * FROM quotes JOIN 'other.parquet' USING (id)",
      "SELECT * FROM glob('/etc/*')",
      "SELECT * FROM query('DELETE FROM quotes')",
      "ATTACH '/tmp/other.duckdb' AS o",
      "INSTALL httpfs",
      "LOAD httpfs",
      "EXPORT DATABASE '/tmp/dump'",
      "IMPORT DATABASE '/tmp/dump'",
      "PRAGMA enable_profiling",
      "SET enable_external_access = true",
      "RESET ALL",
      "CALL pragma_version()",
      "CHECKPOINT",
      "VACUUM",
      "SELECT 1; DELETE FROM quotes",
      "SELECT 1; COMMIT; DELETE FROM quotes",
      "SELECT 1 -- harmless\n; DROP TABLE quotes",
      "/* SELECT */ DELETE FROM quotes",
      "-- SELECT\nDELETE FROM quotes",
      "SELECT /* */ 1 /* ; */ ; /**/ DROP TABLE quotes",
      "WITH gone AS (DELETE FROM quotes RETURNING *) SELECT count(*) FROM gone",
      "EXPLAIN ANALYZE DELETE FROM quotes",
      "SELECT * INTO stolen FROM quotes",
      "SELECT pg_read_file('/etc/hostname')",
      "SELECT pg_catalog.pg_read_file('/etc/passwd')",
      "SELECT lo_export(1, '/tmp/x')",
      "SELECT set_config('transaction_read_only', 'off', false)",
      "SELECT query_to_xml('SELECT 1', true, true, '')",
      "SELECT pg_terminate_backend(1)",
      "SELECT * FROM pg_ls_dir('/')",
      "SELECT * FROM dblink('host=x', 'SELECT 1') AS t(x int)",
      "DO $$ BEGIN PERFORM 1; END $$",
      "BEGIN",
      "GRANT SELECT ON quotes TO public",
      "UPDATE articles SET title = 'x'",
      "INSERT INTO quotes VALUES (1)",
      "TRUNCATE quotes",
      "ALTER TABLE quotes ADD COLUMN x int",
      "USE other",
      "DETACH other",
      "SELECT E'\\'' ; DELETE FROM quotes; --'",
      "SELECT 'unterminated",
      "SELECT /* unterminated",
      "SELECT $tag$ unterminated",
  })
  void everythingElseIsRefusedInOneLine(String sql) {
    QueryException e = assertThrows(QueryException.class, () -> ReadOnlySql.check(sql));
    assertTrue(e.getMessage().startsWith("query refused: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void theRefusalNamesWhatWasRefused() {
    QueryException copy = assertThrows(QueryException.class, () -> ReadOnlySql.check("COPY (SELECT 1) TO PROGRAM 'id'"));
    assertTrue(copy.getMessage().contains("COPY"), copy.getMessage());
    QueryException two = assertThrows(QueryException.class, () -> ReadOnlySql.check("SELECT 1; DROP TABLE quotes"));
    assertTrue(two.getMessage().contains("one statement"), two.getMessage());
    QueryException file = assertThrows(QueryException.class, () -> ReadOnlySql.check("SELECT * FROM read_text('/etc/hostname')"));
    assertTrue(file.getMessage().contains("read_text()"), file.getMessage());
    QueryException hidden = assertThrows(QueryException.class, () -> ReadOnlySql.check("/* SELECT */ DELETE FROM quotes"));
    assertTrue(hidden.getMessage().contains("DELETE"), hidden.getMessage());
  }

  @Test
  void anEmptyStatementIsNoSql() {
    QueryException e = assertThrows(QueryException.class, () -> ReadOnlySql.check(" ; -- nothing"));
    assertTrue(e.getMessage().contains("no SQL"), e.getMessage());
  }
}
