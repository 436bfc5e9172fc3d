package newsflow.sink.warehouse;

import java.util.Locale;

/** The warehouse engines newsflow writes to, told apart by their JDBC URL. */
public enum Dialect {
  DUCKDB("jdbc:duckdb:"),
  POSTGRESQL("jdbc:postgresql:");

  private final String urlPrefix;

  Dialect(String urlPrefix) {
    this.urlPrefix = urlPrefix;
  }

  /** The dialect of a JDBC URL; a URL of any other engine is refused with a message naming it. */
  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl != null) {
      String lower = jdbcUrl.toLowerCase(Locale.ROOT);
      for (Dialect d : values()) {
        if (lower.startsWith(d.urlPrefix)) return d;
      }
    }
    throw new WarehouseException("unsupported warehouse URL '" + Warehouses.redact(jdbcUrl)
        + "': expected jdbc:duckdb:<file> or jdbc:postgresql://host:port/database");
  }
}
