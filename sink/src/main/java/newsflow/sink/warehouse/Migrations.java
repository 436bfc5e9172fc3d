package newsflow.sink.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned SQL migrations ({@code newsflow/sink/migrations/V<n>__<what>.sql}), applied in order at
 * start, each in its own transaction and recorded in {@code schema_version}. The same scripts serve
 * DuckDB and PostgreSQL.
 */
public final class Migrations {
  /** The scripts in order; a new version is appended here and never edited once released. */
  public static final List<String> SCRIPTS = List.of(
      "V1__warehouse_tables.sql",
      "V2__alert_deliveries.sql",
      "V3__alert_delivery_attempts.sql",
      "V4__alert_evidence.sql");

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  private static final String RESOURCE_DIR = "/newsflow/sink/migrations/";
  /** Serialises concurrent sinks migrating the same PostgreSQL database. */
  private static final long PG_LOCK_KEY = 0x6e657773666c6f77L;
  /**
   * Serialises migrations within this process: the warehouse writer and alert delivery connect on
   * their own and, after an outage, at the same moment; DuckDB has no advisory lock, and two of its
   * connections creating the same tables fail with "Catalog write-write conflict".
   */
  private static final Object IN_PROCESS = new Object();

  private Migrations() {}

  /** The newest version the scripts define. */
  public static int latestVersion() {
    return version(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  /** Applies every script newer than the database's version; returns how many were applied. */
  public static int migrate(Connection c, Dialect dialect) {
    synchronized (IN_PROCESS) {
      return migrateAlone(c, dialect);
    }
  }

  private static int migrateAlone(Connection c, Dialect dialect) {
    try {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        if (dialect == Dialect.POSTGRESQL) s.execute("SELECT pg_advisory_xact_lock(" + PG_LOCK_KEY + ")");
        s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
            + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
      }
      c.commit();
      int applied = 0;
      for (String script : SCRIPTS) {
        int version = version(script);
        if (dialect == Dialect.POSTGRESQL) {
          try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + PG_LOCK_KEY + ")");
          }
        }
        if (currentVersion(c) >= version) {
          c.commit();
          continue;
        }
        for (String sql : statements(read(script))) {
          try (Statement s = c.createStatement()) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
          p.setInt(1, version);
          p.setString(2, description(script));
          p.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
          p.executeUpdate();
        }
        c.commit();
        applied++;
        LOG.info("Applied warehouse migration {}", script);
      }
      return applied;
    } catch (SQLException e) {
      rollbackQuietly(c);
      if (Warehouses.isTransient(e)) throw new WarehouseUnavailableException("migration interrupted: " + e.getMessage(), e);
      throw new WarehouseException("warehouse migration failed: " + e.getMessage(), e);
    }
  }

  /** The version recorded in {@code schema_version}, 0 when none. */
  public static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  static int version(String script) {
    return Integer.parseInt(script.substring(1, script.indexOf("__")));
  }

  static String description(String script) {
    return script.substring(script.indexOf("__") + 2, script.length() - ".sql".length()).replace('_', ' ');
  }

  /** Splits a script into statements: comment lines dropped, statements end with ';' at a line end. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) continue;
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) out.add(current.toString().strip());
    return out;
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream(RESOURCE_DIR + script)) {
      if (in == null) throw new WarehouseException("migration script missing from the classpath: " + script);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WarehouseException("cannot read migration " + script, e);
    }
  }

  static void rollbackQuietly(Connection c) {
    try {
      if (c != null && !c.isClosed()) c.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the server discards the open transaction
    }
  }
}
