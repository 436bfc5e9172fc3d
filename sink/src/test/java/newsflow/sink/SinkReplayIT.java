package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.sink.alert.Backoff;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.sink.warehouse.TableDump;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink end to end on the embedded broker and a DuckDB file: bad records dead-lettered with
 * provenance, alerts notified once, and a replay (same records again, then the whole topics from the
 * beginning in a new group) leaving the tables exactly as after the first pass.
 */
class SinkReplayIT {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  @TempDir static Path dir;
  static BrokerFixture broker;
  static HttpServer webhook;
  static final AtomicInteger delivered = new AtomicInteger();
  static final AtomicInteger refused = new AtomicInteger();
  static final Set<String> idempotencyKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void start() throws Exception {
    broker = new BrokerFixture(dir);
    webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    webhook.createContext("/hook", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = body.contains("\"officialId\":\"refused\"") ? 400 : 200;
      if (status == 200) idempotencyKeys.add(String.valueOf(ex.getRequestHeaders().getFirst("Idempotency-Key")));
      (status == 200 ? delivered : refused).incrementAndGet();
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    webhook.start();
  }

  @AfterAll
  static void stop() {
    if (webhook != null) webhook.stop(0);
    if (broker != null) broker.close();
  }

  SinkConfig config(String group) {
    URI hook = URI.create("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
    return new SinkConfig(broker.clientConfig(), "jdbc:duckdb:" + dir.resolve("warehouse.duckdb"), hook, "t0ken",
        dir.resolve("data"), group, 7, true,
        new Backoff(Integer.MAX_VALUE, Duration.ofMillis(100), Duration.ofSeconds(1)),
        new Backoff(2, Duration.ofMillis(20), Duration.ofMillis(50)), Duration.ofSeconds(2));
  }

  /**
   * Runs a sink until its warehouse writer has consumed {@code records} records and its alert
   * delivery {@code alertRecords} alert records; returns its final counters.
   */
  SinkMetrics.Snapshot runSink(String group, long records, long alertRecords, ByteArrayOutputStream console) throws Exception {
    try (SinkApp sink = new SinkApp(config(group), new PrintStream(console, true, StandardCharsets.UTF_8), List.of())) {
      sink.start();
      BrokerFixture.await(records + " records consumed by " + group, Duration.ofSeconds(90),
          () -> sink.metrics().snapshot().recordsIn() >= records && sink.metrics().snapshot().delivery().in() >= alertRecords
              || !sink.isRunning());
      assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      return sink.metrics().snapshot();
    }
  }

  Map<String, List<String>> dump() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("warehouse.duckdb"))) {
      c.setAutoCommit(false);
      return TableDump.dump(c);
    }
  }

  @Test
  void replayLeavesTablesUnchangedAndEveryRecordIsWrittenOrDeadLettered() throws Exception {
    int produced = 0;
    for (int i = 0; i < 25; i++) {
      broker.send(SyntheticArticles.article("art" + i, T0, 5, 4, 2));
      produced++;
    }
    // re-enriched versions: fewer children, newer time
    for (int i = 0; i < 5; i++) {
      broker.send(SyntheticArticles.article("art" + i, T0.plusSeconds(60), 2, 1, 1));
      produced++;
    }
    broker.send(SyntheticArticles.article("", T0, 1, 1, 0)); // refused by the writer
    broker.sendRaw(Topics.ARTICLES_ENRICHED, "garbage", "not avro at all".getBytes(StandardCharsets.UTF_8));
    broker.sendRaw(Topics.ALERTS, "truncated", new byte[] {0, 0, 0});
    produced += 3;
    List<OfficialAlert> alerts = List.of(SyntheticArticles.alert("art1", "us-secdef", T0),
        SyntheticArticles.alert("art2", "us-secdef", T0), SyntheticArticles.alert("art3", "refused", T0));
    for (OfficialAlert a : alerts) {
      broker.send(a);
      produced++;
    }

    ByteArrayOutputStream console = new ByteArrayOutputStream();
    SinkMetrics.Snapshot first = runSink("sink-a", produced, alerts.size() + 1, console);
    Map<String, List<String>> once = dump();

    assertEquals(produced, first.recordsIn());
    assertEquals(first.recordsIn(), first.articlesWritten() + first.alertsWritten() + first.deadLettered(),
        "records in = records written + records dead-lettered: " + first);
    assertEquals(3, first.deadLettered());
    assertTrue(first.articles().balanced() && first.alerts().balanced(), "per topic: in = written + dead-lettered: " + first);
    assertEquals(alerts.size() + 1, first.alerts().in());
    assertTrue(first.delivery().balanced(), first.toString());
    assertEquals(1, first.delivery().deadLettered(), "the refused delivery: " + first);
    assertEquals(1, first.delivery().undecodable(), "the truncated alert: " + first);
    assertEquals(25, once.get("articles").size());
    assertEquals(20 * 4 + 5 * 1, once.get("quotes").size(), "re-enriched articles keep only their new quotes");
    assertEquals(3, once.get("alerts").size());
    assertEquals(2, delivered.get());
    assertEquals(1, refused.get());
    assertEquals(3, console.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("ALERT ")).count());
    assertEquals(Set.of(alerts.get(0).getId(), alerts.get(1).getId()), idempotencyKeys);
    assertEquals(0, first.delivery().resumed(), first.toString());

    List<ConsumerRecord<byte[], byte[]>> dlq = broker.readAll(Topics.SINK_DLQ, 4);
    assertEquals(4, dlq.size(), "3 undecodable/unwritable records + 1 refused delivery");
    Set<String> sources = dlq.stream().map(r -> DeadLetters.header(r.headers(), DeadLetters.SOURCE_TOPIC))
        .collect(Collectors.toSet());
    assertEquals(Set.of(Topics.ARTICLES_ENRICHED, Topics.ALERTS), sources);
    assertEquals(List.of("webhook"), dlq.stream().filter(r -> "sink-alerts".equals(DeadLetters.header(r.headers(), DeadLetters.STAGE)))
        .map(r -> DeadLetters.header(r.headers(), "newsflow.dlq.notifier")).toList(), "the refused delivery, naming its notifier");
    for (ConsumerRecord<byte[], byte[]> r : dlq) {
      assertTrue(Set.of("sink", "sink-alerts").contains(DeadLetters.header(r.headers(), DeadLetters.STAGE)));
      assertTrue(DeadLetters.header(r.headers(), DeadLetters.SOURCE_OFFSET) != null);
      assertTrue(DeadLetters.header(r.headers(), DeadLetters.ERROR_MESSAGE) != null);
    }
    assertTrue(dlq.stream().anyMatch(r -> "not avro at all".equals(new String(r.value(), StandardCharsets.UTF_8))),
        "the original bytes are kept");

    // the same records once more in the topics, read by the same group
    int again = 0;
    for (int i = 0; i < 10; i++) {
      broker.send(SyntheticArticles.article("art" + i, i < 5 ? T0.plusSeconds(60) : T0, i < 5 ? 2 : 5, i < 5 ? 1 : 4, i < 5 ? 1 : 2));
      again++;
    }
    broker.send(alerts.get(0));
    again++;
    SinkMetrics.Snapshot second = runSink("sink-a", again, 1, new ByteArrayOutputStream());
    assertEquals(again, second.recordsIn());
    assertEquals(once, dump());

    // the whole topics from the beginning, in a new group
    SinkMetrics.Snapshot replay = runSink("sink-replay", produced + again, alerts.size() + 2, new ByteArrayOutputStream());
    assertEquals(produced + again, replay.recordsIn());
    assertEquals(once, dump());
    assertEquals(2, delivered.get(), "no alert is notified twice");
    assertTrue(replay.delivery().alreadyDelivered() >= 3, replay.toString());
    assertEquals(0, replay.delivery().resumed(), "a refused delivery leaves no attempt behind: " + replay);
  }

}
