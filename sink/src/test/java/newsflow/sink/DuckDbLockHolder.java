package newsflow.sink;

import java.sql.Connection;
import java.sql.DriverManager;

/** The child process of {@link SinkDuckDbLockIT}: opens a DuckDB file (taking its lock) and waits to be killed. */
final class DuckDbLockHolder {
  static final String HOLDING = "HOLDING";

  private DuckDbLockHolder() {}

  /** Argument: the JDBC URL. */
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0])) {
      c.createStatement().execute("CREATE TABLE IF NOT EXISTS held (i INTEGER)");
      System.out.println(HOLDING);
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
