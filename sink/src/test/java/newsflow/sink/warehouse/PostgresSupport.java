package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Finds a real PostgreSQL for tests: {@code NEWSFLOW_TEST_POSTGRES_URL} when set, else a
 * Testcontainers PostgreSQL when Docker is present, else the test is skipped with the reason
 * printed. Each caller gets a fresh schema so test classes do not collide.
 */
public final class PostgresSupport {
  public static final String ENV = "NEWSFLOW_TEST_POSTGRES_URL";
  private static PostgreSQLContainer<?> container;
  private static final java.util.List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

  static {
    // tests leave no schemas behind in a shared database
    Runtime.getRuntime().addShutdownHook(new Thread(PostgresSupport::dropCreatedSchemas, "drop-test-schemas"));
  }

  private PostgresSupport() {}

  /** The server's base URL (no schema chosen), or an aborted assumption saying why there is none. */
  public static synchronized String baseUrl() {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) return env.strip();
    if (container == null) {
      boolean docker;
      try {
        docker = DockerClientFactory.instance().isDockerAvailable();
      } catch (RuntimeException e) {
        docker = false;
      }
      if (!docker) {
        String reason = "PostgreSQL tests skipped: " + ENV + " is not set and Docker is not available";
        System.out.println(reason);
        Assumptions.abort(reason);
      }
      container = new PostgreSQLContainer<>("postgres:16-alpine");
      container.start();
    }
    return container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
        + "user=" + container.getUsername() + "&password=" + container.getPassword();
  }

  /** A URL whose {@code currentSchema} is a new, empty schema named after {@code owner}. */
  public static String freshSchemaUrl(String owner) {
    String base = baseUrl();
    String schema = ("t_" + owner + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      CREATED.add(schema);
    } catch (SQLException e) {
      String reason = "PostgreSQL at " + Warehouses.redact(base) + " unusable: " + e.getMessage();
      System.out.println(reason);
      throw new IllegalStateException(reason, e);
    }
    return withParam(base, "currentSchema", schema);
  }

  private static void dropCreatedSchemas() {
    if (CREATED.isEmpty() || container != null) return;
    try (Connection c = DriverManager.getConnection(baseUrl()); Statement s = c.createStatement()) {
      for (String schema : CREATED) s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException | RuntimeException e) {
      System.out.println("could not drop test schemas " + CREATED + ": " + e.getMessage());
    }
  }

  public static String withParam(String url, String key, String value) {
    return url + (url.contains("?") ? "&" : "?") + key + "=" + value;
  }
}
