package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's JDBC batches run row by row, so rows go in through DuckDB's appender, which joins the
 * connection's open transaction (opened here with a statement when none is): the rows
 * become visible only when the caller commits and vanish on rollback. An upsert deletes the rows
 * with the same primary key first, in the same transaction.
 */
final class DuckDbAppenderInserter implements RowInserter {
  private static final int IN_LIST = 500;

  @Override
  public void insert(Connection c, Table table, List<Object[]> rows, boolean upsert) throws SQLException {
    if (rows.isEmpty()) return;
    if (upsert) {
      deleteByKey(c, table, rows);
    } else {
      // an appender on a connection with no open transaction commits by itself: open one first
      try (Statement s = c.createStatement()) {
        s.execute("SELECT 1");
      }
    }
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    int n = table.columns().size();
    try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.sqlName())) {
      for (Object[] row : rows) {
        appender.beginRow();
        for (int i = 0; i < n; i++) append(appender, row[i]);
        appender.endRow();
      }
    }
  }

  private static void deleteByKey(Connection c, Table table, List<Object[]> rows) throws SQLException {
    if (table.key().size() != 1) throw new SQLException("upsert needs a one-column key: " + table.sqlName());
    String key = table.key().get(0);
    for (int from = 0; from < rows.size(); from += IN_LIST) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + IN_LIST));
      String sql = "DELETE FROM " + table.sqlName() + " WHERE " + key + " IN ("
          + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) p.setObject(i + 1, chunk.get(i)[0]);
        p.executeUpdate();
      }
    }
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
