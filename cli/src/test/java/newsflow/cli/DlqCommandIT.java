package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.embedded.EmbeddedKafka;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.sink.DeadLetterReplay;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow dlq replay}: against a cluster, and against the broker of a stopped
 * {@code newsflow run} in its data directory. Only the chosen stage's dead letters go back, to the
 * topic they came from, with their original key and bytes, each once.
 */
class DlqCommandIT {
  static final Instant T = Instant.parse("2026-11-26T10:00:00Z");
  @TempDir Path dir;

  static void deadLetters(String bootstrap) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(DeadLetters.forRecord(Topics.SINK_DLQ, "sink-alerts", Topics.ALERTS, 0, 7, bytes("alert-1"),
          bytes("alert one"), new IllegalStateException("HTTP 503"), T)).get();
      producer.send(DeadLetters.forRecord(Topics.SINK_DLQ, "sink", Topics.ARTICLES_ENRICHED, 0, 3, bytes("article-1"),
          bytes("not avro"), new IllegalStateException("cannot decode"), T)).get();
      producer.send(DeadLetters.forRecord(Topics.SINK_DLQ, "sink-alerts", Topics.ALERTS, 0, 9, bytes("alert-2"),
          bytes("alert two"), new IllegalStateException("retries exhausted"), T)).get();
    }
  }

  static List<ConsumerRecord<byte[], byte[]>> read(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "check-" + System.nanoTime());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline) c.poll(Duration.ofMillis(300)).forEach(out::add);
    }
    return out;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void replaysOneStageOnceAgainstACluster() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
      for (String t : List.of(Topics.SINK_DLQ, Topics.ALERTS, Topics.ARTICLES_ENRICHED)) kafka.createTopic(t, 1, Map.of());
      deadLetters(kafka.bootstrapServers());
      Map<String, String> env = Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", kafka.bootstrapServers());

      Cli.Result dry = Cli.run(env, "dlq", "replay", "--stage", "sink-alerts", "--dry-run");
      assertEquals(0, dry.exit(), dry.err());
      assertTrue(dry.out().startsWith("would replay 2 dead letter(s) of stage sink-alerts from news.sink.dlq.v1; "
          + "2 to news.alerts.v1; 1 of other stages left alone"), dry.out());

      Cli.Result replay = Cli.run(env, "dlq", "replay", "--stage", "sink-alerts");
      assertEquals(0, replay.exit(), replay.err());
      assertTrue(replay.out().startsWith("replayed 2 dead letter(s)"), replay.out());
      List<ConsumerRecord<byte[], byte[]>> alerts = read(kafka.bootstrapServers(), Topics.ALERTS);
      assertEquals(List.of("alert-1", "alert-2"), alerts.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList());
      assertArrayEquals(bytes("alert one"), alerts.get(0).value());
      assertEquals("news.sink.dlq.v1-0@0", DeadLetters.header(alerts.get(0).headers(), DeadLetterReplay.REPLAYED_FROM));
      assertEquals(List.of(), read(kafka.bootstrapServers(), Topics.ARTICLES_ENRICHED), "other stages are left alone");

      Cli.Result again = Cli.run(env, "dlq", "replay", "--stage", "sink-alerts");
      assertTrue(again.out().startsWith("replayed 0 dead letter(s)"), again.out());
      Cli.Result all = Cli.run(env, "dlq", "replay", "--stage", "sink-alerts", "--from-beginning", "--dry-run");
      assertTrue(all.out().startsWith("would replay 2 "), all.out());
    }
  }

  @Test
  void replaysIntoTheBrokerOfAStoppedRun() throws Exception {
    Path data = dir.resolve("data");
    try (EmbeddedKafka kafka = EmbeddedKafka.start(data.resolve("kafka"))) {
      for (String t : List.of(Topics.SINK_DLQ, Topics.ALERTS)) kafka.createTopic(t, 1, Map.of());
      deadLetters(kafka.bootstrapServers());
      // while 'run' holds the broker, the command says to stop it first
      Cli.Result busy = Cli.run("dlq", "replay", "--stage", "sink-alerts", "--data-dir", data.toString());
      assertEquals(Newsflow.EXIT_USAGE, busy.exit());
      assertTrue(busy.err().contains("stop 'newsflow run' first"), busy.err());
    }
    Cli.Result replay = Cli.run("dlq", "replay", "--stage", "sink-alerts", "--data-dir", data.toString());
    assertEquals(0, replay.exit(), replay.err());
    assertTrue(replay.out().startsWith("replayed 2 dead letter(s)"), replay.out());
    assertTrue(replay.out().contains("the next 'newsflow run --data-dir"), replay.out());
    try (EmbeddedKafka kafka = EmbeddedKafka.start(data.resolve("kafka"))) {
      assertEquals(2, read(kafka.bootstrapServers(), Topics.ALERTS).size());
    }
  }

  @Test
  void refusesAStageThatCannotBeReplayed() {
    Cli.Result r = Cli.run("dlq", "replay", "--stage", "ingest", "--bootstrap-servers", "127.0.0.1:1");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertTrue(r.err().startsWith("newsflow: --stage must be one of sink-alerts, sink, enrich, got 'ingest'"), r.err());
    assertEquals(1, r.err().strip().lines().count());
  }
}
