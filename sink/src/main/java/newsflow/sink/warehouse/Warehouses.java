package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/** Opens warehouse connections and tells transient SQL failures (connection lost) from permanent ones. */
public final class Warehouses {
  private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03", "55P03");

  /** The WAL size at which DuckDB checkpoints (DuckDB's default is 16 MB); a URL may set its own. */
  public static final String DUCKDB_CHECKPOINT_THRESHOLD = "128MB";

  private Warehouses() {}

  /**
   * Opens a connection with auto-commit off. PostgreSQL connections rewrite JDBC batches into
   * multi-row inserts and time out when the server stops answering.
   */
  public static Connection connect(String jdbcUrl) {
    Dialect dialect = Dialect.of(jdbcUrl);
    Properties props = new Properties();
    if (dialect == Dialect.POSTGRESQL) {
      props.setProperty("reWriteBatchedInserts", "true");
      props.setProperty("connectTimeout", "5");
      props.setProperty("socketTimeout", "60");
      props.setProperty("tcpKeepAlive", "true");
      props.setProperty("ApplicationName", "newsflow-sink");
    }
    if (dialect == Dialect.DUCKDB) createParentDirectory(jdbcUrl);
    try {
      Connection c = DriverManager.getConnection(jdbcUrl, props);
      if (dialect == Dialect.DUCKDB && !jdbcUrl.contains("checkpoint_threshold")) {
        // each checkpoint recompresses the open row groups: with DuckDB's 16 MB default a stream of
        // ~6 KB articles checkpoints every few batches and spends ~30 % more CPU than with 128 MB
        try (Statement s = c.createStatement()) {
          s.execute("SET checkpoint_threshold = '" + DUCKDB_CHECKPOINT_THRESHOLD + "'");
        }
      }
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      if (dialect == Dialect.POSTGRESQL && isTransient(e)) {
        throw new WarehouseUnavailableException("cannot connect to " + redact(jdbcUrl) + ": " + e.getMessage(), e);
      }
      throw new WarehouseException("cannot open warehouse " + redact(jdbcUrl) + ": " + e.getMessage(), e);
    }
  }

  private static void createParentDirectory(String jdbcUrl) {
    String file = jdbcUrl.substring("jdbc:duckdb:".length());
    int params = file.indexOf('?');
    if (params >= 0) file = file.substring(0, params);
    if (file.isEmpty() || file.startsWith(":memory:")) return;
    java.nio.file.Path parent = java.nio.file.Path.of(file).toAbsolutePath().getParent();
    try {
      if (parent != null) java.nio.file.Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new WarehouseException("cannot create the directory of the warehouse file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * True for failures worth retrying: lost or refused connections (SQLState class 08), server
   * shutdown, serialization failures and deadlocks, and I/O errors of the driver.
   */
  public static boolean isTransient(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if (state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state))) return true;
        if (s instanceof java.sql.SQLTransientException || s instanceof java.sql.SQLRecoverableException) return true;
        String m = s.getMessage() == null ? "" : s.getMessage().toLowerCase(Locale.ROOT);
        // PostgreSQL's driver after a lost socket; DuckDB's "IO Error: ..." (disk full, file gone): wait, do not drop
        if (m.contains("this connection has been closed") || m.contains("i/o error") || m.startsWith("io error")) return true;
      }
      if (t instanceof java.io.IOException) return true;
      if (t.getCause() == t) break;
    }
    return false;
  }

  /** The URL without its password, for messages and logs. */
  public static String redact(String jdbcUrl) {
    if (jdbcUrl == null) return "null";
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):([^@/]+)@", "//$1:***@");
  }
}
