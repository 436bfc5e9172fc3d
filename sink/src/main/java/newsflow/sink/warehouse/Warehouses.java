package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/** Opens warehouse connections and tells transient SQL failures (connection lost) from permanent ones. */
public final class Warehouses {
  /**
   * SQLState classes of a database that is down, starting, restarting, failing over or out of a
   * resource: 08 connection exception, 53 insufficient resources (disk full, too many connections),
   * 57P operator intervention (shutdown, terminated backend, cannot connect now, database dropped),
   * 58 system error (I/O).
   */
  private static final List<String> TRANSIENT_CLASSES = List.of("08", "53", "57P", "58");
  /**
   * Single states of the same kind: 55000 "database is not currently accepting connections"
   * ({@code ALLOW_CONNECTIONS false}), 3D000 database does not exist (yet: being created or
   * restored), 25006 read-only transaction (a primary demoted to a standby during failover), 57014
   * statement cancelled by an operator or timeout, 55P03 lock not available, 40001 serialization
   * failure, 40P01 deadlock.
   */
  private static final Set<String> TRANSIENT_STATES = Set.of("55000", "3D000", "25006", "57014", "55P03", "40001", "40P01");
  /**
   * DuckDB's error types for the same (its JDBC driver gives no SQLState): I/O errors (the file
   * locked by another process, disk full), a closed or invalidated connection, out of memory.
   */
  private static final List<String> DUCKDB_TRANSIENT_TYPES = List.of("io error", "connection error",
      "out of memory error", "fatal error");
  private static final List<String> DUCKDB_TRANSIENT_PHRASES = List.of("database has been invalidated",
      "could not set lock on file", "connection was closed", "connection already closed");

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
      if (isTransient(e)) {
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
   * True for failures of the connection or the server rather than of the data: worth retrying for as
   * long as it takes. The SQLState classes and states above, JDBC's transient and recoverable
   * exceptions, a connection the driver closed after losing its socket, DuckDB's I/O, connection
   * and memory errors, and I/O exceptions anywhere in the cause chain.
   */
  public static boolean isTransient(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if (state != null && (TRANSIENT_STATES.contains(state) || TRANSIENT_CLASSES.stream().anyMatch(state::startsWith))) {
          return true;
        }
        if (s instanceof java.sql.SQLTransientException || s instanceof java.sql.SQLRecoverableException) return true;
        String m = s.getMessage() == null ? "" : s.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("this connection has been closed") || m.contains("i/o error")) return true;
        if (DUCKDB_TRANSIENT_TYPES.stream().anyMatch(m::startsWith) || DUCKDB_TRANSIENT_PHRASES.stream().anyMatch(m::contains)) {
          return true;
        }
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
