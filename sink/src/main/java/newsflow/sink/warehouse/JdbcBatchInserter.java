package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts with JDBC batches of one prepared statement; PostgreSQL's driver rewrites them into
 * multi-row inserts ({@code reWriteBatchedInserts}).
 */
final class JdbcBatchInserter implements RowInserter {
  private static final int BATCH = 1000;

  @Override
  public void insert(Connection c, Table table, List<Object[]> rows, boolean upsert) throws SQLException {
    if (rows.isEmpty()) return;
    var columns = table.columns();
    String sql = "INSERT INTO " + table.sqlName() + " (" + table.columnList() + ") VALUES ("
        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")"
        + (upsert ? table.upsertClause() : "");
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          Object v = row[i];
          if (v == null) p.setNull(i + 1, columns.get(i).jdbcType());
          else p.setObject(i + 1, v);
        }
        p.addBatch();
        if (++pending == BATCH) {
          p.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) p.executeBatch();
    }
  }
}
