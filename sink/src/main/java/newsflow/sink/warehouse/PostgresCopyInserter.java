package newsflow.sink.warehouse;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL inserts through {@code COPY ... FROM STDIN} (text format) inside the caller's
 * transaction, several times faster than batched inserts; upserts, which COPY cannot do, go through
 * {@link JdbcBatchInserter}'s {@code INSERT ... ON CONFLICT DO UPDATE}.
 */
final class PostgresCopyInserter implements RowInserter {
  private final JdbcBatchInserter upserts = new JdbcBatchInserter();

  @Override
  public void insert(Connection c, Table table, List<Object[]> rows, boolean upsert) throws SQLException {
    if (rows.isEmpty()) return;
    if (upsert) {
      upserts.insert(c, table, rows, true);
      return;
    }
    StringBuilder data = new StringBuilder(rows.size() * 128);
    int n = table.columns().size();
    for (Object[] row : rows) {
      for (int i = 0; i < n; i++) {
        if (i > 0) data.append('\t');
        appendValue(data, row[i]);
      }
      data.append('\n');
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    try {
      copy.copyIn("COPY " + table.sqlName() + " (" + table.columnList() + ") FROM STDIN", new StringReader(data.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY into " + table.sqlName() + " failed: " + e.getMessage(), "08006", e);
    }
  }

  /** COPY's text format: {@code \N} for null, backslash escapes for backslash, tab, newline, CR. */
  static void appendValue(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("\\N");
      return;
    }
    if (v instanceof Boolean b) {
      sb.append(b ? 't' : 'f');
      return;
    }
    if (v instanceof Number) {
      sb.append(v);
      return;
    }
    String s = v.toString();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(ch);
      }
    }
  }
}
