package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsflow.schemas.Topics;
import newsflow.sink.alert.Backoff;
import newsflow.sink.warehouse.PostgresSupport;
import newsflow.sink.warehouse.TableDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, fault test 5: the warehouse unreachable for 30 s while articles and alerts keep
 * arriving (5 articles a second, an alert for every fifth). PostgreSQL: a TCP proxy in front of the
 * real server drops every connection and refuses new ones. DuckDB: another process holds the
 * warehouse file's lock (DuckDB's one-writer rule; what a {@code duckdb} shell or a second sink on
 * the same file does) from before the sink starts. Afterwards every record is in the tables once,
 * nothing is dead-lettered, each alert is printed once, and the account balances.
 */
class WarehouseOutageFaultIT {
  static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
  static final Duration OUTAGE = Duration.ofSeconds(30);
  @TempDir Path dir;

  @Test
  @Timeout(300)
  void postgresUnreachableForThirtySecondsUnderLoad() throws Exception {
    String directUrl = PostgresSupport.freshSchemaUrl("fault_outage");
    URI target = URI.create(directUrl.substring("jdbc:".length()));
    try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        BrokerFixture broker = new BrokerFixture(dir)) {
      String proxiedUrl = directUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
      ByteArrayOutputStream console = new ByteArrayOutputStream();
      SinkConfig config = new SinkConfig(broker.clientConfig(), proxiedUrl, null, null, dir.resolve("data"),
          "fault-pg-outage", 50, true, null, null, null);
      SinkMetrics.Snapshot m;
      Load load;
      try (SinkApp sink = new SinkApp(config, new PrintStream(console, true, StandardCharsets.UTF_8), List.of())) {
        sink.start();
        load = new Load(broker, "pg", T0, 5);
        try (load) {
          BrokerFixture.await("the first batches written", Duration.ofSeconds(60),
              () -> sink.metrics().snapshot().articlesWritten() >= 20);
          proxy.cut();
          long cutAt = System.nanoTime();
          BrokerFixture.await("the sink to pause", Duration.ofSeconds(30), () -> sink.metrics().snapshot().paused());
          long writtenAtPause = sink.metrics().snapshot().articlesWritten();
          Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - cutAt) / 1_000_000));
          assertEquals(writtenAtPause, sink.metrics().snapshot().articlesWritten(), "nothing written while down");
          assertTrue(sink.isRunning());
          proxy.restore();
          System.out.printf("postgres outage: %d articles sent during %d s down, %d retries%n",
              load.articles.get() - writtenAtPause, OUTAGE.toSeconds(), sink.metrics().snapshot().warehouseRetries());
          Thread.sleep(3_000); // load after the outage too
        }
        int articles = load.articles.get();
        int alerts = load.alerts.get();
        BrokerFixture.await("every record written", Duration.ofSeconds(120),
            () -> sink.metrics().snapshot().recordsIn() >= articles + alerts
                && sink.metrics().snapshot().delivery().in() >= alerts);
        m = sink.metrics().snapshot();
        assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
        assertFalse(m.paused());
      }
      assertBalancedAndOnce(m, load, console, broker, directUrl);
    }
  }

  @Test
  @Timeout(300)
  void duckDbLockedByAnotherProcessForThirtySecondsUnderLoad() throws Exception {
    String url = "jdbc:duckdb:" + dir.resolve("warehouse.duckdb");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
        "-cp", System.getProperty("java.class.path"), DuckDbLockHolder.class.getName(), url)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BrokerFixture broker = new BrokerFixture(dir)) {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals(DuckDbLockHolder.HOLDING, out.readLine());
      long lockedAt = System.nanoTime();
      ByteArrayOutputStream console = new ByteArrayOutputStream();
      SinkConfig config = new SinkConfig(broker.clientConfig(), url, null, null, dir.resolve("data"), "fault-duck-outage",
          50, true, null, null, null);
      SinkMetrics.Snapshot m;
      Load load;
      try (SinkApp sink = new SinkApp(config, new PrintStream(console, true, StandardCharsets.UTF_8), List.of())) {
        sink.start();
        load = new Load(broker, "dk", T0, 5);
        try (load) {
          BrokerFixture.await("the sink to find the file locked", Duration.ofSeconds(60), () -> !sink.warehouseReachable());
          Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - lockedAt) / 1_000_000));
          assertEquals(0, sink.metrics().snapshot().articlesWritten(), "nothing written while locked");
          assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
          holder.destroyForcibly();
          assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
          System.out.printf("duckdb outage: %d articles sent during %d s locked, %d retries%n", load.articles.get(),
              OUTAGE.toSeconds(), sink.metrics().snapshot().warehouseRetries());
          Thread.sleep(3_000);
        }
        int articles = load.articles.get();
        int alerts = load.alerts.get();
        BrokerFixture.await("every record written", Duration.ofSeconds(120),
            () -> sink.metrics().snapshot().recordsIn() >= articles + alerts
                && sink.metrics().snapshot().delivery().in() >= alerts);
        m = sink.metrics().snapshot();
        assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      }
      assertBalancedAndOnce(m, load, console, broker, url);
    } finally {
      holder.destroyForcibly();
    }
  }

  private static void assertBalancedAndOnce(SinkMetrics.Snapshot m, Load load, ByteArrayOutputStream console,
      BrokerFixture broker, String url) throws Exception {
    m.accountLines().forEach(l -> System.out.println("warehouse outage account: " + l));
    assertTrue(m.articles().balanced() && m.alerts().balanced() && m.delivery().balanced(), m.toString());
    assertEquals(load.articles.get(), m.articles().in());
    assertEquals(load.alerts.get(), m.alerts().in());
    assertEquals(0, m.deadLettered());
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      assertEquals(load.articles.get(), TableDump.count(c, "SELECT COUNT(*) FROM articles"));
      assertEquals(2L * load.articles.get(), TableDump.count(c, "SELECT COUNT(*) FROM quotes"));
      assertEquals(load.alerts.get(), TableDump.count(c, "SELECT COUNT(*) FROM alerts"));
      assertEquals(load.alerts.get(), TableDump.count(c, "SELECT COUNT(*) FROM alert_deliveries WHERE state = 'DELIVERED'"));
    }
    assertEquals(load.alerts.get(), console.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("ALERT ")).count(),
        "each alert printed once");
    assertEquals(0, broker.readAll(Topics.SINK_DLQ, 0).size());
  }
}
