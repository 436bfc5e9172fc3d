package newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.ingest.source.FeedSubscription;
import newsflow.ingest.source.IngestStats;
import newsflow.ingest.testing.Fixtures;
import newsflow.ingest.testing.LoopbackServer;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.serde.AvroDeserializer;
import newsflow.v1.RawArticle;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest role against the embedded broker and schema registry: a feed and its pages served on
 * loopback become RawArticle records (Avro, key = article id), a broken page becomes a dead letter
 * with provenance headers, and a restart publishes no duplicate.
 */
class IngestAppIT {
  @TempDir Path dir;

  @Test
  void publishesFeedPagesDeadLettersTheBrokenOneAndNothingTwiceAfterARestart() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0);
        LoopbackServer server = new LoopbackServer()) {
      kafka.createTopic(Topics.ARTICLES_RAW, 2, Map.of());
      kafka.createTopic(Topics.INGEST_DLQ, 1, Map.of());
      byte[] broken = "<html><head><title>x</title></head><body><nav>menu</nav></body></html>".getBytes(StandardCharsets.UTF_8);
      server.bytes("/news/one", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-one.html"));
      server.bytes("/news/two", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-two.html"));
      server.bytes("/news/broken", "text/html; charset=utf-8", broken);
      // an article too large for a Kafka record (> 1 MB of text): refused by the producer, dead-lettered
      StringBuilder huge = new StringBuilder("<html><head><title>Huge</title></head><body><article><h1>Huge</h1>");
      for (int i = 0; huge.length() < 1_400_000; i++) {
        huge.append("<p>Paragraph ").append(i).append(" of a very long report on the harbour works, with the council's")
            .append(" figures for every quarter since the works began and the contractors' replies to each of them.</p>");
      }
      server.bytes("/news/huge", "text/html; charset=utf-8", huge.append("</article></body></html>").toString()
          .getBytes(StandardCharsets.UTF_8));
      server.text("/feed.xml", "application/rss+xml",
          Fixtures.rss(server.base(), "/news/one", "/news/broken", "/news/two", "/news/huge"));

      ClientConfig client = new ClientConfig(kafka.bootstrapServers(), registry.url(), Map.of(), Map.of());
      Path data = Files.createDirectories(dir.resolve("data"));
      IngestConfig config = IngestConfig.builder()
          .client(client)
          .dataDir(data)
          .fetch(Fixtures.fetchSettings().withSizeCaps(4 << 20, 8 << 20))
          .feed(new FeedSubscription(server.url("/feed.xml"), "Loopback Gazette", Duration.ofMinutes(10)))
          .build();

      try (IngestApp app = new IngestApp(config)) {
        app.start();
        IngestStats.Snapshot s = awaitSettled(app, 4);
        assertEquals(2, s.published());
        assertEquals(2, s.deadLettered());
        assertEquals(s.in(), s.published() + s.deduplicated() + s.deadLettered());
      }

      List<ConsumerRecord<String, RawArticle>> articles = readArticles(kafka, registry, 2);
      assertEquals(2, articles.size());
      for (ConsumerRecord<String, RawArticle> r : articles) {
        assertEquals(r.value().getId(), r.key(), "key = article id");
        assertEquals("Loopback Gazette", r.value().getSource().getPublisher());
        assertEquals(server.url("/feed.xml"), r.value().getSource().getFeedUrl());
        assertTrue(r.value().getText().length() > 200);
      }
      assertEquals(Set.of("Harbour council approves new ferry timetable", "Library extends weekend opening hours"),
          articles.stream().map(r -> r.value().getTitle()).collect(Collectors.toSet()));

      List<ConsumerRecord<byte[], byte[]>> dead = readBytes(kafka, Topics.INGEST_DLQ, 2);
      assertEquals(2, dead.size());
      ConsumerRecord<byte[], byte[]> letter = dead.stream()
          .filter(d -> DeadLetters.header(d.headers(), DeadLetters.SOURCE_URI).endsWith("/news/broken")).findFirst().orElseThrow();
      ConsumerRecord<byte[], byte[]> tooLarge = dead.stream()
          .filter(d -> DeadLetters.header(d.headers(), DeadLetters.SOURCE_URI).endsWith("/news/huge")).findFirst().orElseThrow();
      assertTrue(DeadLetters.header(tooLarge.headers(), DeadLetters.ERROR_CLASS).endsWith("RecordTooLargeException"),
          DeadLetters.header(tooLarge.headers(), DeadLetters.ERROR_CLASS));
      assertEquals(512 * 1024, tooLarge.value().length, "the serialised record, cut to fit");
      assertEquals("ingest", DeadLetters.header(letter.headers(), DeadLetters.STAGE));
      assertEquals(server.url("/news/broken"), DeadLetters.header(letter.headers(), DeadLetters.SOURCE_URI));
      assertTrue(DeadLetters.header(letter.headers(), DeadLetters.ERROR_CLASS).endsWith("ExtractionException"));
      assertArrayEquals(broken, letter.value(), "the page bytes travel with the dead letter");

      // a restart with the same data directory: nothing new, nothing duplicated
      try (IngestApp app = new IngestApp(config)) {
        IngestStats.Snapshot s = app.runOnce();
        assertEquals(0, s.published());
      }
      assertEquals(2, recordCount(kafka, Topics.ARTICLES_RAW), "still exactly two articles on the topic");
      assertEquals(2, recordCount(kafka, Topics.INGEST_DLQ), "no further dead letters");
    }
  }

  private static IngestStats.Snapshot awaitSettled(IngestApp app, long expectedIn) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      IngestStats.Snapshot s = app.stats().snapshot();
      if (s.in() >= expectedIn && s.inFlight() == 0) {
        app.flush();
        return app.stats().snapshot();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("ingest did not settle: " + app.stats());
  }

  private static List<ConsumerRecord<String, RawArticle>> readArticles(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry,
      int atMost) {
    Properties p = consumerProps(kafka);
    p.put("schema.registry.url", registry.url());
    p.put("specific.avro.reader", "true");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroDeserializer.class.getName());
    try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(p)) {
      return drain(consumer, Topics.ARTICLES_RAW, atMost);
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> readBytes(EmbeddedKafka kafka, String topic, int atMost) {
    Properties p = consumerProps(kafka);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
      return drain(consumer, topic, atMost);
    }
  }

  // the idempotent producer writes no control records, so end offsets count the records exactly
  private static long recordCount(EmbeddedKafka kafka, String topic) {
    Properties p = consumerProps(kafka);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(info -> new TopicPartition(topic, info.partition())).toList();
      return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }
  }

  // reads until atMost records arrived or 15 s passed
  private static <K, V> List<ConsumerRecord<K, V>> drain(KafkaConsumer<K, V> consumer, String topic, int atMost) {
    consumer.subscribe(List.of(topic));
    List<ConsumerRecord<K, V>> out = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (out.size() < atMost && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(500)).forEach(out::add);
    }
    return out;
  }

  private static Properties consumerProps(EmbeddedKafka kafka) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return p;
  }
}
