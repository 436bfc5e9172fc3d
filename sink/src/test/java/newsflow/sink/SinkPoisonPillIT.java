package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.sink.alert.Backoff;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.sink.warehouse.TableDump;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Poison pills on both topics the sink reads (issue 11 item 1): records with a real schema id whose
 * Avro declares two billion string bytes, array items, map entries or bytes, random bytes and an
 * unknown schema id. Each goes to {@code news.sink.dlq.v1} with provenance headers and its original
 * bytes, the sink keeps running, and the good record after each one is written.
 */
class SinkPoisonPillIT extends WithBroker {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  @Test
  void everyPoisonPillIsDeadLetteredAndTheNextGoodRecordIsWritten() throws Exception {
    List<CraftedRecords.Crafted> articlePills = CraftedRecords.forArticles(broker.client, Topics.ARTICLES_ENRICHED);
    List<CraftedRecords.Crafted> alertPills = CraftedRecords.forAlerts(broker.client, Topics.ALERTS);
    List<CraftedRecords.Crafted> all = new ArrayList<>();
    int good = 0;
    for (CraftedRecords.Crafted pill : articlePills) {
      broker.sendRaw(Topics.ARTICLES_ENRICHED, "pill", pill.bytes());
      broker.send(SyntheticArticles.article("good" + good, T0, 2, 2, 1));
      all.add(pill);
      good++;
    }
    int goodAlerts = 0;
    for (CraftedRecords.Crafted pill : alertPills) {
      broker.sendRaw(Topics.ALERTS, "pill", pill.bytes());
      broker.send(SyntheticArticles.alert("good" + goodAlerts, "us-secdef", T0));
      all.add(pill);
      goodAlerts++;
    }
    long produced = 2L * all.size();

    SinkConfig config = new SinkConfig(broker.clientConfig(), "jdbc:duckdb:" + dir.resolve("warehouse.duckdb"), null, null,
        dir.resolve("data"), "sink-pills", 3, true,
        new Backoff(Integer.MAX_VALUE, Duration.ofMillis(100), Duration.ofSeconds(1)), null, null);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (SinkApp sink = new SinkApp(config, new PrintStream(console, true, StandardCharsets.UTF_8), List.of())) {
      sink.start();
      BrokerFixture.await(produced + " records consumed", Duration.ofSeconds(90),
          () -> sink.metrics().snapshot().recordsIn() >= produced || !sink.isRunning());
      assertTrue(sink.isRunning(), () -> "the sink stopped: " + sink.failure());
      SinkMetrics.Snapshot m = sink.metrics().snapshot();
      assertEquals(produced, m.recordsIn(), m.toString());
      assertEquals(all.size(), m.deadLettered(), m.toString());
      assertEquals(good, m.articlesWritten());
      assertEquals(goodAlerts, m.alertsWritten());
    }

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("warehouse.duckdb"))) {
      c.setAutoCommit(false);
      assertEquals(good, TableDump.count(c, "SELECT COUNT(*) FROM articles"));
      assertEquals(goodAlerts, TableDump.count(c, "SELECT COUNT(*) FROM alerts"));
    }

    List<ConsumerRecord<byte[], byte[]>> dlq = broker.readAll(Topics.SINK_DLQ, all.size());
    assertEquals(all.size(), dlq.size());
    for (CraftedRecords.Crafted pill : all) {
      ConsumerRecord<byte[], byte[]> letter = dlq.stream()
          .filter(r -> java.util.Arrays.equals(r.value(), pill.bytes())).findFirst()
          .orElseThrow(() -> new AssertionError("not dead-lettered: " + pill.what()));
      assertArrayEquals(pill.bytes(), letter.value());
      assertEquals("sink", DeadLetters.header(letter.headers(), DeadLetters.STAGE), pill.what());
      String source = DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC);
      assertEquals(pill.what().startsWith("article") ? Topics.ARTICLES_ENRICHED : Topics.ALERTS, source, pill.what());
      assertNotNull(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_OFFSET), pill.what());
      assertNotNull(DeadLetters.header(letter.headers(), DeadLetters.ERROR_CLASS), pill.what());
      assertNotNull(DeadLetters.header(letter.headers(), DeadLetters.ERROR_MESSAGE), pill.what());
    }
  }
}
