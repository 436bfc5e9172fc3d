package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import newsflow.schemas.Topics;
import newsflow.sink.alert.Backoff;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * The lag a user means (issue 11 item 6): enrich writes with exactly-once transactions, so its topics
 * hold commit markers (and aborted records) that no consumer ever receives. Once the sink has caught
 * up, the committed offsets of both its groups equal the read_committed end offsets, so
 * {@code newsflow_consumer_lag} (end minus committed) is 0, not one per partition.
 */
class SinkLagIT extends WithBroker {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  @Test
  void lagIsZeroOnceCaughtUpDespiteTransactionMarkers() throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.kafka.bootstrapServers());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "enrich-like");
    try (KafkaProducer<byte[], byte[]> tx = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      tx.initTransactions();
      for (int t = 0; t < 3; t++) {
        tx.beginTransaction();
        for (int i = 0; i < 4; i++) {
          String id = "lag" + t + "-" + i;
          tx.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, key(id), broker.bytes(SyntheticArticles.article(id, T0, 2, 1, 1))));
          OfficialAlert a = SyntheticArticles.alert(id, "us-secdef", T0);
          tx.send(new ProducerRecord<>(Topics.ALERTS, key(a.getId()), broker.bytes(a)));
        }
        tx.commitTransaction();
      }
      // an aborted transaction: its records and its marker are skipped by read_committed consumers
      tx.beginTransaction();
      tx.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, key("aborted"), broker.bytes(SyntheticArticles.article("aborted", T0, 1, 1, 0))));
      tx.send(new ProducerRecord<>(Topics.ALERTS, key("aborted"), broker.bytes(SyntheticArticles.alert("aborted", "us-secdef", T0))));
      tx.flush();
      tx.abortTransaction();
    }

    SinkConfig config = new SinkConfig(broker.clientConfig(), "jdbc:duckdb:" + dir.resolve("warehouse.duckdb"), null, null,
        dir.resolve("data"), "sink-lag", 50, true, new Backoff(Integer.MAX_VALUE, Duration.ofMillis(100), Duration.ofSeconds(1)),
        null, null);
    try (SinkApp sink = new SinkApp(config, new PrintStream(OutputStream.nullOutputStream()), List.of());
        Admin admin = Admin.create(Map.of("bootstrap.servers", broker.kafka.bootstrapServers()))) {
      sink.start();
      BrokerFixture.await("every committed record consumed", Duration.ofSeconds(60),
          () -> sink.metrics().snapshot().recordsIn() >= 24 && sink.metrics().snapshot().delivery().in() >= 12 || !sink.isRunning());
      assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      assertEquals(12, sink.metrics().snapshot().articlesWritten(), "the aborted article is never read");

      BrokerFixture.await("lag 0 for both groups", Duration.ofSeconds(30),
          () -> lag(admin, config.groupId()) == 0 && lag(admin, config.alertsGroupId()) == 0);
      // the markers were there: the end offsets lie past the last record read
      assertTrue(endOffsets(admin).values().stream().mapToLong(Long::longValue).sum() > 24 + 2);
    }
  }

  static byte[] key(String id) {
    return id.getBytes(StandardCharsets.UTF_8);
  }

  static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int pt = 0; pt < 2; pt++) latest.put(new TopicPartition(Topics.ARTICLES_ENRICHED, pt), OffsetSpec.latest());
    latest.put(new TopicPartition(Topics.ALERTS, 0), OffsetSpec.latest());
    Map<TopicPartition, Long> out = new HashMap<>();
    admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(10, TimeUnit.SECONDS)
        .forEach((tp, info) -> out.put(tp, info.offset()));
    return out;
  }

  /** What newsflow_consumer_lag computes: read_committed end offsets minus committed offsets, summed. */
  static long lag(Admin admin, String group) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      if (committed.isEmpty()) return -1;
      Map<TopicPartition, Long> end = endOffsets(admin);
      long total = 0;
      for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
        total += Math.max(0, end.get(e.getKey()) - e.getValue().offset());
      }
      return total;
    } catch (Exception e) {
      return -1;
    }
  }
}
