package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import newsflow.schemas.Topics;
import newsflow.sink.alert.Backoff;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.sink.warehouse.PostgresSupport;
import newsflow.sink.warehouse.TableDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL refusing connections the way an operator or a restart makes it (issue 11 item 4), on a
 * database this test creates: first the database does not exist yet when the sink starts (3D000),
 * then {@code ALLOW_CONNECTIONS false} with every backend terminated (57P01, then 55000 on each
 * reconnect). The sink pauses, says so in its health and metrics, retries for as long as it takes,
 * and afterwards every record is in the tables exactly once with nothing dead-lettered.
 */
class SinkDatabaseOutageIT extends WithBroker {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  static String adminUrl;
  static String database;
  static String databaseUrl;

  @BeforeAll
  static void createNames() {
    adminUrl = PostgresSupport.baseUrl();
    database = "newsflow_outage_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    databaseUrl = adminUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    if (adminUrl != null) admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  static void admin(String... sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
      for (String q : sql) s.execute(q);
    }
  }

  @Test
  void aDatabaseRefusingConnectionsPausesTheSinkAndLosesOrDuplicatesNothing() throws Exception {
    SinkConfig config = new SinkConfig(broker.clientConfig(), databaseUrl, null, null, dir.resolve("data"),
        "sink-db-outage", 10, true, new Backoff(Integer.MAX_VALUE, Duration.ofMillis(100), Duration.ofMillis(800)), null, null);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (SinkApp sink = new SinkApp(config, new PrintStream(console, true, StandardCharsets.UTF_8), List.of())) {
      // the database does not exist yet: the sink starts anyway and waits for it
      sink.start();
      for (int i = 0; i < 40; i++) broker.send(SyntheticArticles.article("d" + i, T0, 4, 3, 1));
      broker.send(SyntheticArticles.alert("d1", "us-secdef", T0));
      BrokerFixture.await("the sink to report the missing database", Duration.ofSeconds(60),
          () -> !sink.warehouseReachable() || !sink.isRunning());
      assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      assertFalse(sink.isProcessing());
      assertTrue(sink.metrics().snapshot().outage().contains("warehouse"), sink.metrics().snapshot().toString());
      assertEquals(0, sink.metrics().snapshot().articlesWritten());
      admin("CREATE DATABASE " + database);
      BrokerFixture.await("the first records written", Duration.ofSeconds(60),
          () -> sink.metrics().snapshot().recordsIn() >= 41 || !sink.isRunning());
      assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());

      // the database refuses connections and its backends are terminated
      admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
      for (int i = 40; i < 80; i++) broker.send(SyntheticArticles.article("d" + i, T0, 4, 3, 1));
      broker.send(SyntheticArticles.alert("d41", "us-secdef", T0));
      BrokerFixture.await("the sink to pause", Duration.ofSeconds(60), () -> sink.metrics().snapshot().paused());
      long writtenWhileDown = sink.metrics().snapshot().articlesWritten();
      Thread.sleep(3_000);
      SinkMetrics.Snapshot down = sink.metrics().snapshot();
      assertEquals(writtenWhileDown, down.articlesWritten(), "nothing is written while down");
      assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      assertFalse(sink.warehouseReachable());
      assertTrue(down.warehouseRetries() >= 2, down.toString());
      String error = String.valueOf(down.lastError());
      assertTrue(error.contains("not currently accepting connections") || error.contains("terminat"), error);

      admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
      BrokerFixture.await("every record consumed", Duration.ofSeconds(90),
          () -> sink.metrics().snapshot().recordsIn() >= 82 && sink.metrics().snapshot().delivery().in() >= 2 || !sink.isRunning());
      assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      BrokerFixture.await("the outage over", Duration.ofSeconds(30), sink::isProcessing);
      SinkMetrics.Snapshot m = sink.metrics().snapshot();
      assertEquals(82, m.recordsIn());
      assertEquals(0, m.deadLettered());
      assertTrue(m.articles().balanced() && m.alerts().balanced(), m.toString());
      assertTrue(sink.warehouseReachable());
    }

    try (Connection c = DriverManager.getConnection(databaseUrl)) {
      c.setAutoCommit(false);
      assertEquals(80, TableDump.count(c, "SELECT COUNT(*) FROM articles"));
      assertEquals(80 * 3L, TableDump.count(c, "SELECT COUNT(*) FROM quotes"));
      assertEquals(80 * 4L, TableDump.count(c, "SELECT COUNT(*) FROM entities"));
      assertEquals(2, TableDump.count(c, "SELECT COUNT(*) FROM alerts"));
      assertEquals(2, TableDump.count(c, "SELECT COUNT(*) FROM alert_deliveries WHERE state = 'DELIVERED'"));
      assertEquals(2, TableDump.count(c, "SELECT COUNT(*) FROM alert_deliveries"));
      assertEquals(newsflow.sink.warehouse.Migrations.SCRIPTS.size(), TableDump.count(c, "SELECT COUNT(*) FROM schema_version"));
    }
    assertEquals(2, console.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("ALERT ")).count());
    assertEquals(0, broker.readAll(Topics.SINK_DLQ, 0).size());
  }

}
