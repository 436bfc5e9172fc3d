package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's JDBC batches run row by row, so rows go through its appender into connection-private
 * temporary staging tables first, then into the real tables with one {@code INSERT ... SELECT} inside
 * the caller's transaction. The appender commits on its own, which is why it only ever touches the
 * staging tables: the warehouse tables change only when the caller commits.
 */
final class DuckDbStagedInserter implements RowInserter {
  private final Set<Table> staged = EnumSet.noneOf(Table.class);

  private boolean dirty = true;

  @Override
  public void beforeTransaction(Connection c) throws SQLException {
    // stages are emptied inside each successful transaction; only a first use or a rollback leaves work
    if (dirty) {
      clearStages(c);
      dirty = false;
    }
  }

  @Override
  public void insert(Connection c, Table table, List<Object[]> rows, boolean upsert) throws SQLException {
    if (rows.isEmpty()) return;
    String stage = stageName(table);
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (DuckDBAppender appender = duck.createAppender("temp", "main", stage)) {
      var columns = table.columns();
      for (Object[] row : rows) {
        appender.beginRow();
        for (int i = 0; i < columns.size(); i++) append(appender, row[i]);
        appender.endRow();
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO " + table.sqlName() + " (" + table.columnList() + ") SELECT " + table.columnList()
          + " FROM temp.main." + stage + (upsert ? table.upsertClause() : ""));
      s.execute("DELETE FROM temp.main." + stage);
    }
  }

  @Override
  public void afterRollback(Connection c) {
    dirty = true;
    try {
      clearStages(c);
      dirty = false;
    } catch (SQLException ignored) {
      // the next transaction clears the stages again before using them
    }
  }

  private void clearStages(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (Table t : Table.values()) {
        if (staged.add(t)) {
          s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stageName(t) + " AS SELECT " + t.columnList()
              + " FROM " + t.sqlName() + " LIMIT 0");
        } else {
          s.execute("DELETE FROM temp.main." + stageName(t));
        }
      }
    }
    c.commit();
  }

  private static String stageName(Table t) {
    return "newsflow_stage_" + t.sqlName();
  }

  private static void append(DuckDBAppender a, Object v) throws SQLException {
    if (v == null) a.appendNull();
    else if (v instanceof String s) a.append(s);
    else if (v instanceof Integer i) a.append(i.intValue());
    else if (v instanceof Long l) a.append(l.longValue());
    else if (v instanceof Double d) a.append(d.doubleValue());
    else if (v instanceof Boolean b) a.append(b.booleanValue());
    else if (v instanceof OffsetDateTime t) a.append(t);
    else throw new SQLException("no appender mapping for " + v.getClass().getName());
  }
}
