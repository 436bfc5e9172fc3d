package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import newsflow.sink.alert.Backoff;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.sink.warehouse.TableDump;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alert delivery apart from warehouse writes (issue 11 item 5), against a real webhook on loopback
 * that hangs, answers 500, and recovers: articles keep being written while it hangs; every alert
 * arrives; repeats carry the alert's idempotency key; an alert dead-lettered after the bounded
 * retries is delivered after {@link DeadLetterReplay}; a delivery cut by kill -9 is resumed after the
 * restart; nothing stays {@code ATTEMPTING}.
 */
class AlertDeliveryIT {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  /** Per attempt 1 s; 4 attempts, waits 200, 400, 800 ms: one delivery gives up after about 5.4 s. */
  static final Backoff FEW_RETRIES = new Backoff(4, Duration.ofMillis(200), Duration.ofSeconds(1));
  /** Per attempt 1 s; 30 attempts, waits up to 1 s: one delivery keeps trying for about a minute. */
  static final Backoff MANY_RETRIES = new Backoff(30, Duration.ofMillis(200), Duration.ofSeconds(1));
  @TempDir Path dir;
  BrokerFixture broker;
  HookServer hook;
  String warehouse;
  int alertSeq;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerFixture(dir);
    hook = new HookServer();
    warehouse = "jdbc:duckdb:" + dir.resolve("warehouse.duckdb");
  }

  @AfterEach
  void stop() {
    if (hook != null) hook.close();
    if (broker != null) broker.close();
  }

  SinkConfig config(String group, Backoff retries) {
    // a killed member's session ends after 6 s (the broker's minimum), so the restart does not wait 45 s
    ClientConfig client = new ClientConfig(broker.kafka.bootstrapServers(), broker.registry.url(),
        Map.of("session.timeout.ms", "6000", "heartbeat.interval.ms", "1000"), Map.of());
    return new SinkConfig(client, warehouse, hook.url(), "s3cret-token", dir.resolve("data"), group, 20,
        false, new Backoff(Integer.MAX_VALUE, Duration.ofMillis(100), Duration.ofSeconds(1)), retries, Duration.ofSeconds(1));
  }

  List<OfficialAlert> sendAlerts(int n) {
    List<OfficialAlert> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      OfficialAlert a = SyntheticArticles.alert("al" + alertSeq++, "us-secdef", T0);
      broker.send(a);
      out.add(a);
    }
    return out;
  }

  long count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(warehouse)) {
      c.setAutoCommit(false);
      return TableDump.count(c, sql);
    }
  }

  /** Every request for an alert carried that alert's id as its key, and the bearer token. */
  void assertKeysAndToken(Set<String> ids) {
    for (HookServer.Request r : hook.requests()) {
      assertTrue(ids.contains(r.key()), "unknown idempotency key " + r.key());
      assertEquals("Bearer s3cret-token", r.authorization());
    }
  }

  @Test
  void articleWritesGoOnWhileTheWebhookHangsAndEveryAlertArrivesOnceItRecovers() throws Exception {
    hook.mode(HookServer.Mode.HANG);
    List<OfficialAlert> alerts = sendAlerts(4);
    Set<String> ids = new HashSet<>(alerts.stream().map(OfficialAlert::getId).toList());
    try (SinkApp sink = new SinkApp(config("sink-hang", MANY_RETRIES), new PrintStream(OutputStream.nullOutputStream()), List.of())) {
      sink.start();
      BrokerFixture.await("the webhook called", Duration.ofSeconds(60), () -> hook.hanging() > 0);
      for (int i = 0; i < 30; i++) broker.send(SyntheticArticles.article("h" + i, T0, 3, 2, 1));
      BrokerFixture.await("articles written while the webhook hangs", Duration.ofSeconds(60),
          () -> sink.metrics().snapshot().articlesWritten() >= 30 || !sink.isRunning());
      assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      assertEquals(List.of(), hook.delivered(), "the webhook has not answered yet");
      assertEquals(4, sink.metrics().snapshot().alertsWritten(), "alert rows do not wait for delivery either");

      hook.mode(HookServer.Mode.OK);
      BrokerFixture.await("every alert delivered", Duration.ofSeconds(60),
          () -> new HashSet<>(hook.delivered()).containsAll(ids) && sink.metrics().snapshot().delivery().in() >= 4);

      // now a webhook answering 500 for a while
      hook.mode(HookServer.Mode.FAIL);
      List<OfficialAlert> more = sendAlerts(3);
      more.forEach(a -> ids.add(a.getId()));
      BrokerFixture.await("the webhook to be tried", Duration.ofSeconds(30),
          () -> hook.requests().stream().anyMatch(r -> r.status() == 500));
      Thread.sleep(1500);
      for (int i = 30; i < 50; i++) broker.send(SyntheticArticles.article("h" + i, T0, 3, 2, 1));
      BrokerFixture.await("articles written while the webhook fails", Duration.ofSeconds(60),
          () -> sink.metrics().snapshot().articlesWritten() >= 50);
      assertEquals(4, hook.delivered().size(), "none of the new alerts yet");
      hook.mode(HookServer.Mode.OK);
      BrokerFixture.await("every alert delivered", Duration.ofSeconds(60),
          () -> new HashSet<>(hook.delivered()).containsAll(ids) && sink.metrics().snapshot().delivery().in() >= 7);
      SinkMetrics.Snapshot m = sink.metrics().snapshot();
      assertEquals(7, m.delivery().settled(), m.toString());
      assertEquals(0, m.delivery().deadLettered(), m.toString());
      assertTrue(m.delivery().balanced(), m.toString());
    }
    assertKeysAndToken(ids);
    assertEquals(ids, new HashSet<>(hook.delivered()));
    assertTrue(hook.requests().size() > hook.delivered().size(), "the hang and the 500s were retried");
    assertEquals(7, count("SELECT COUNT(*) FROM alert_deliveries WHERE state = 'DELIVERED'"));
    assertEquals(0, count("SELECT COUNT(*) FROM alert_deliveries WHERE state = 'ATTEMPTING'"));
    assertEquals(50, count("SELECT COUNT(*) FROM articles"));
  }

  @Test
  void anAlertDeadLetteredDuringALongOutageArrivesAfterAReplay() throws Exception {
    hook.mode(HookServer.Mode.FAIL);
    List<OfficialAlert> alerts = sendAlerts(2);
    Set<String> ids = new HashSet<>(alerts.stream().map(OfficialAlert::getId).toList());
    try (SinkApp sink = new SinkApp(config("sink-long-outage", FEW_RETRIES), new PrintStream(OutputStream.nullOutputStream()), List.of())) {
      sink.start();
      BrokerFixture.await("both alerts dead-lettered after their retries", Duration.ofSeconds(60),
          () -> sink.metrics().snapshot().delivery().deadLettered() >= 2 || !sink.isRunning());
      assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      assertEquals(2L * FEW_RETRIES.maxAttempts(), hook.requests().size(), "bounded: " + FEW_RETRIES.maxAttempts() + " attempts each");
      assertEquals(0, count("SELECT COUNT(*) FROM alert_deliveries"), "a failed delivery leaves no attempt behind");

      List<ConsumerRecord<byte[], byte[]>> letters = broker.readAll(Topics.SINK_DLQ, 2).stream()
          .filter(r -> AlertDeliveryLoop.STAGE.equals(DeadLetters.header(r.headers(), DeadLetters.STAGE))).toList();
      assertEquals(2, letters.size());
      for (ConsumerRecord<byte[], byte[]> r : letters) {
        assertEquals(Topics.ALERTS, DeadLetters.header(r.headers(), DeadLetters.SOURCE_TOPIC));
        assertEquals("webhook", DeadLetters.header(r.headers(), AlertDeliveryLoop.NOTIFIER_HEADER));
        String message = DeadLetters.header(r.headers(), DeadLetters.ERROR_MESSAGE);
        assertTrue(message.contains("HTTP 500") && !message.contains("secret-path"), message);
      }

      hook.mode(HookServer.Mode.OK);
      Map<String, Object> client = Map.of("bootstrap.servers", broker.kafka.bootstrapServers());
      DeadLetterReplay.Result dry = DeadLetterReplay.replay(client, AlertDeliveryLoop.STAGE, false, true, Duration.ofSeconds(30));
      assertEquals(2, dry.replayed());
      DeadLetterReplay.Result replay = DeadLetterReplay.replay(client, AlertDeliveryLoop.STAGE, false, false, Duration.ofSeconds(30));
      assertEquals(Map.of(Topics.ALERTS, 2L), replay.replayedTo());
      BrokerFixture.await("the replayed alerts delivered", Duration.ofSeconds(60),
          () -> new HashSet<>(hook.delivered()).containsAll(ids));
      assertEquals(0, DeadLetterReplay.replay(client, AlertDeliveryLoop.STAGE, false, false, Duration.ofSeconds(30)).replayed(),
          "each dead letter is replayed once");
      BrokerFixture.await("the replayed alerts settled", Duration.ofSeconds(30),
          () -> sink.metrics().snapshot().delivery().settled() >= 2);
    }
    assertKeysAndToken(ids);
    assertEquals(2, hook.delivered().size());
    assertEquals(2, count("SELECT COUNT(*) FROM alert_deliveries WHERE state = 'DELIVERED'"));
    assertEquals(0, count("SELECT COUNT(*) FROM alert_deliveries WHERE state = 'ATTEMPTING'"));
  }

  @Test
  void aDeliveryCutByKill9IsResumedAfterTheRestartUnderTheSameKey() throws Exception {
    hook.mode(HookServer.Mode.HANG);
    OfficialAlert alert = sendAlerts(1).get(0);
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), SinkProcess.class.getName(),
        broker.kafka.bootstrapServers(), broker.registry.url(), warehouse, hook.url().toString(), "sink-killed")
        .redirectError(dir.resolve("child.err").toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      boolean started = false;
      while (!started && (line = out.readLine()) != null) started = line.equals(SinkProcess.STARTED);
      assertTrue(started, "the child sink did not start; see child.err");
      BrokerFixture.await("the child to call the webhook", Duration.ofSeconds(60),
          () -> hook.hanging() > 0);
      child.destroyForcibly(); // SIGKILL inside the webhook call
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    assertEquals(1, count("SELECT COUNT(*) FROM alert_deliveries WHERE state = 'ATTEMPTING'"), "the kill left an attempt");

    hook.mode(HookServer.Mode.OK);
    try (SinkApp sink = new SinkApp(config("sink-killed", FEW_RETRIES), new PrintStream(OutputStream.nullOutputStream()), List.of())) {
      sink.start();
      BrokerFixture.await("the alert delivered after the restart", Duration.ofSeconds(60),
          () -> hook.delivered().contains(alert.getId()) && sink.metrics().snapshot().delivery().in() >= 1);
      assertEquals(1, sink.metrics().snapshot().delivery().resumed(), sink.metrics().snapshot().toString());
    }
    assertKeysAndToken(Set.of(alert.getId()));
    assertEquals(List.of(alert.getId()), hook.delivered());
    assertEquals(0, count("SELECT COUNT(*) FROM alert_deliveries WHERE state = 'ATTEMPTING'"));
    assertEquals(1, count("SELECT COUNT(*) FROM alert_deliveries WHERE state = 'DELIVERED'"));
  }
}
