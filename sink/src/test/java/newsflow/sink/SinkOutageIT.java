package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import newsflow.schemas.Topics;
import newsflow.sink.alert.Backoff;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.sink.warehouse.PostgresSupport;
import newsflow.sink.warehouse.TableDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away in the middle of a stream (a TCP proxy in front of the real server drops
 * every connection and refuses new ones): the sink pauses, retries with backoff, and once the
 * database is back every record is in the tables exactly once and nothing was dead-lettered.
 */
class SinkOutageIT {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  @TempDir static Path dir;
  static BrokerFixture broker;
  static TcpProxy proxy;
  static String directUrl;
  static String proxiedUrl;

  @BeforeAll
  static void start() throws Exception {
    directUrl = PostgresSupport.freshSchemaUrl("outage");
    URI target = URI.create(directUrl.substring("jdbc:".length()));
    proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
    proxiedUrl = directUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
    broker = new BrokerFixture(dir);
  }

  @AfterAll
  static void stop() {
    if (broker != null) broker.close();
    if (proxy != null) proxy.close();
  }

  @Test
  void databaseOutagePausesTheSinkAndLosesOrDuplicatesNothing() throws Exception {
    int total = 160;
    for (int i = 0; i < total / 2; i++) broker.send(SyntheticArticles.article("o" + i, T0, 6, 5, 2));
    broker.send(SyntheticArticles.alert("o1", "us-secdef", T0));

    SinkConfig config = new SinkConfig(broker.clientConfig(), proxiedUrl, null, null, dir.resolve("data"),
        "sink-outage", 10, true,
        new Backoff(Integer.MAX_VALUE, Duration.ofMillis(100), Duration.ofMillis(800)),
        null, null);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    AtomicBoolean sawPaused = new AtomicBoolean();
    try (SinkApp sink = new SinkApp(config, new PrintStream(console, true, StandardCharsets.UTF_8), List.of())) {
      sink.start();
      BrokerFixture.await("first batches written", Duration.ofSeconds(60),
          () -> sink.metrics().snapshot().articlesWritten() >= 20);

      proxy.cut();
      for (int i = total / 2; i < total; i++) broker.send(SyntheticArticles.article("o" + i, T0, 6, 5, 2));
      BrokerFixture.await("the sink to pause", Duration.ofSeconds(60), () -> sink.metrics().snapshot().paused());
      sawPaused.set(true);
      long writtenWhileDown = sink.metrics().snapshot().articlesWritten();
      Thread.sleep(2_000);
      assertEquals(writtenWhileDown, sink.metrics().snapshot().articlesWritten(), "nothing is written while down");
      assertTrue(sink.metrics().snapshot().warehouseRetries() >= 2, sink.metrics().snapshot().toString());

      proxy.restore();
      BrokerFixture.await("every record consumed", Duration.ofSeconds(90),
          () -> sink.metrics().snapshot().recordsIn() >= total + 1 || !sink.isRunning());
      assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      SinkMetrics.Snapshot m = sink.metrics().snapshot();
      assertEquals(total + 1, m.recordsIn());
      assertEquals(0, m.deadLettered());
      assertEquals(m.recordsIn(), m.articlesWritten() + m.alertsWritten() + m.deadLettered());
      assertTrue(!m.paused(), "resumed");
    }

    try (Connection c = DriverManager.getConnection(directUrl)) {
      c.setAutoCommit(false);
      assertEquals(total, TableDump.count(c, "SELECT COUNT(*) FROM articles"));
      assertEquals(total * 5L, TableDump.count(c, "SELECT COUNT(*) FROM quotes"));
      assertEquals(total * 6L, TableDump.count(c, "SELECT COUNT(*) FROM entities"));
      assertEquals(1, TableDump.count(c, "SELECT COUNT(*) FROM alerts"));
      assertEquals(1, TableDump.count(c, "SELECT COUNT(*) FROM alert_deliveries WHERE state = 'DELIVERED'"));
      assertEquals(1, TableDump.count(c, "SELECT COUNT(*) FROM alert_deliveries"));
    }
    assertEquals(1, console.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("ALERT ")).count());
    assertEquals(0, broker.readAll(Topics.SINK_DLQ, 0).size());
    assertTrue(sawPaused.get());
  }
}
