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

  /** Called once per transaction before any statement; engines that stage rows prepare here. */
  default void beforeTransaction(Connection c) throws SQLException {}

  /** Called after a rollback, to drop what was staged. */
  default void afterRollback(Connection c) {}

  static RowInserter forDialect(Dialect d) {
    return d == Dialect.DUCKDB ? new DuckDbStagedInserter() : new PostgresCopyInserter();
  }
}
