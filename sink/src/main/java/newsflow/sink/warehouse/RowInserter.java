package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts many rows into one table inside the caller's open transaction, the fastest way the
 * engine allows; with {@code upsert} an existing row with the same primary key is replaced.
 */
interface RowInserter {
  void insert(Connection c, Table table, List<Object[]> rows, boolean upsert) throws SQLException;

  static RowInserter forDialect(Dialect d) {
    return d == Dialect.DUCKDB ? new DuckDbAppenderInserter() : new PostgresCopyInserter();
  }
}
