package newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdes;
import newsflow.schemas.serde.WireFormatException;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile records on the topic enrich reads, against a real broker and registry: Avro behind a real
 * schema id that declares arrays and strings of billions, a sized block larger than the record,
 * another type's schema id, an unknown id, random bytes. Each goes to the DLQ with its bytes and
 * provenance, the good records around them are enriched, and the app stays ready. An Error that is
 * not about one record stops enrich for good instead of replacing its thread over and over.
 */
class EnrichPoisonPillIT {
  private static final long TWO_BILLION = 2_000_000_000L;

  @TempDir Path dir;

  private static RawArticle article(String id, String text) {
    return RawArticle.newBuilder()
        .setId(id).setUrl("https://news.example/" + id).setCanonicalUrl(null)
        .setSource(Source.newBuilder().setFeedUrl(null).setPublisher("Example Gazette").setDomain("news.example").build())
        .setTitle("A council meeting").setAuthors(List.of("A. Reporter")).setPublishedAt(Instant.parse("2025-03-01T00:00:00Z"))
        .setFetchedAt(Instant.parse("2025-03-01T12:00:00Z")).setLanguage("en").setText(text)
        .setHeadings(List.of()).setImages(List.of()).setContentHash("h-" + id).build();
  }

  /** Confluent header plus hand-written Avro binary that says what a real encoder never would. */
  private static final class Crafted {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Crafted(int schemaId) {
      out.write(0);
      out.writeBytes(ByteBuffer.allocate(4).putInt(schemaId).array());
    }

    Crafted varLong(long value) {
      long n = (value << 1) ^ (value >> 63);
      for (; (n & ~0x7fL) != 0; n >>>= 7) out.write((int) ((n & 0x7f) | 0x80));
      out.write((int) n);
      return this;
    }

    Crafted zeros(int count) {
      out.writeBytes(new byte[count]);
      return this;
    }

    Crafted text(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varLong(b.length);
      out.writeBytes(b);
      return this;
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }

  /** The hostile records by name, each behind the real RawArticle schema id unless said otherwise. */
  private static Map<String, byte[]> pills(int rawId, int otherTypeId) {
    Map<String, byte[]> pills = new LinkedHashMap<>();
    // id, url, canonicalUrl, source (3 nullable fields), title: then the authors array
    pills.put("two-billion-authors", new Crafted(rawId).text("p").zeros(6).varLong(TWO_BILLION).zeros(8).bytes());
    pills.put("sized-block-beyond-the-record",
        new Crafted(rawId).text("p").zeros(6).varLong(-TWO_BILLION).varLong(1L << 40).zeros(8).bytes());
    pills.put("two-gigabyte-id", new Crafted(rawId).varLong(Integer.MAX_VALUE).text("tiny").bytes());
    // ... authors empty, publishedAt null, fetchedAt, language null, text, then the headings array
    pills.put("two-billion-headings",
        new Crafted(rawId).text("p").zeros(6).zeros(2).varLong(1).zeros(1).text("t").varLong(TWO_BILLION).zeros(4).bytes());
    pills.put("negative-text-length",
        new Crafted(rawId).text("p").zeros(6).zeros(2).varLong(1).zeros(1).varLong(-40).zeros(4).bytes());
    pills.put("another-types-schema-id", new Crafted(otherTypeId).text("x").zeros(40).bytes());
    pills.put("unknown-schema-id", new Crafted(987_654).zeros(20).bytes());
    byte[] random = new byte[300];
    new Random(5).nextBytes(random);
    random[0] = 0;
    ByteBuffer.wrap(random).putInt(1, rawId);
    pills.put("random-bytes-behind-a-real-id", random);
    pills.put("plain-text", "{\"id\": \"not avro\"}".getBytes(StandardCharsets.UTF_8));
    pills.put("three-bytes", new byte[] {0, 0, 1});
    return pills;
  }

  @Test
  void hostileRecordsGoToTheDeadLetterTopicAndTheNextArticleIsEnriched() throws Exception {
    AtomicInteger analysed = new AtomicInteger();
    ArticleAnalysisFunction analyzer = (text, language, authors, publishedAt) -> {
      analysed.incrementAndGet();
      if (text.startsWith("NESTED")) throw new StackOverflowError();
      return ArticleAnalysis.empty("en");
    };
    AtomicInteger deadLettered = new AtomicInteger();
    EnrichListener listener = new EnrichListener() {
      @Override public void deadLettered(String reason) {
        deadLettered.incrementAndGet();
      }
    };
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      createTopics(kafka);
      SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
      EnrichApp.EnrichSerdes serdes = serdes(client);
      byte[] good1 = serdes.raw().serializer().serialize(Topics.ARTICLES_RAW, article("good-1", "The council met."));
      byte[] nested = serdes.raw().serializer().serialize(Topics.ARTICLES_RAW, article("nested", "NESTED clauses"));
      byte[] good2 = serdes.raw().serializer().serialize(Topics.ARTICLES_RAW, article("good-2", "The council voted."));
      int rawId = ByteBuffer.wrap(good1, 1, 4).getInt();
      int otherTypeId = client.register("other-value", OfficialAlert.getClassSchema());
      assertNotEquals(rawId, otherTypeId);
      Map<String, byte[]> pills = pills(rawId, otherTypeId);

      try (EnrichApp app = app(kafka, registry, "poison-it", analyzer, serdes, listener)) {
        app.start();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(BrokerRecords.producerProps(kafka))) {
          producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, bytes("good-1"), good1)).get();
          for (Map.Entry<String, byte[]> pill : pills.entrySet()) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, bytes(pill.getKey()), pill.getValue())).get();
          }
          producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, bytes("nested"), nested)).get();
          producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, bytes("good-2"), good2)).get();
        }

        List<ConsumerRecord<String, EnrichedArticle>> enriched =
            BrokerRecords.consume(kafka, Topics.ARTICLES_ENRICHED, new StringDeserializer(), serdes.enriched().deserializer(), 2);
        assertEquals(List.of("good-1", "good-2"), enriched.stream().map(ConsumerRecord::key).toList());

        List<ConsumerRecord<byte[], byte[]>> dlq =
            BrokerRecords.consume(kafka, Topics.ENRICH_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer(), pills.size() + 1);
        Map<String, ConsumerRecord<byte[], byte[]>> byKey = new LinkedHashMap<>();
        dlq.forEach(r -> byKey.put(new String(r.key(), StandardCharsets.UTF_8), r));
        long offset = 1;
        for (Map.Entry<String, byte[]> pill : pills.entrySet()) {
          ConsumerRecord<byte[], byte[]> dl = byKey.get(pill.getKey());
          assertTrue(dl != null, "no dead letter for " + pill.getKey() + "; have " + byKey.keySet());
          assertArrayEquals(pill.getValue(), dl.value(), "original bytes of " + pill.getKey());
          assertEquals(Topics.ARTICLES_RAW, DeadLetters.header(dl.headers(), DeadLetters.SOURCE_TOPIC));
          assertEquals(Long.toString(offset++), DeadLetters.header(dl.headers(), DeadLetters.SOURCE_OFFSET), pill.getKey());
          assertEquals(WireFormatException.class.getName(), DeadLetters.header(dl.headers(), DeadLetters.ERROR_CLASS),
              pill.getKey());
          assertFalse(DeadLetters.header(dl.headers(), DeadLetters.ERROR_MESSAGE).isBlank());
        }
        ConsumerRecord<byte[], byte[]> overflow = byKey.get("nested");
        assertTrue(DeadLetters.header(overflow.headers(), DeadLetters.ERROR_MESSAGE).contains("overflowed the stack"),
            DeadLetters.header(overflow.headers(), DeadLetters.ERROR_MESSAGE));
        assertEquals(pills.size() + 1, deadLettered.get());
        assertEquals(3, analysed.get(), "only the decodable articles reach the NLP, each once");
        assertTrue(app.ready(), "enrich stays ready through poison pills");
        assertFalse(app.failure().isDone());
      }
    }
  }

  @Test
  void anErrorInAStreamThreadStopsEnrichAndFailsHealthInsteadOfLooping() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ArticleAnalysisFunction analyzer = (text, language, authors, publishedAt) -> {
      calls.incrementAndGet();
      throw new OutOfMemoryError("simulated: the heap is exhausted");
    };
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      createTopics(kafka);
      SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
      EnrichApp.EnrichSerdes serdes = serdes(client);
      try (EnrichApp app = app(kafka, registry, "fatal-it", analyzer, serdes, EnrichListener.NONE)) {
        app.start();
        awaitReady(app);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(BrokerRecords.producerProps(kafka))) {
          producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, bytes("a"),
              serdes.raw().serializer().serialize(Topics.ARTICLES_RAW, article("a", "Any text.")))).get();
        }
        String reason = app.failure().get(60, TimeUnit.SECONDS);
        assertTrue(reason.contains("OutOfMemoryError") && reason.contains("simulated"), reason);
        assertFalse(app.ready(), "health fails once enrich has stopped");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (app.streams().state() != KafkaStreams.State.ERROR && System.nanoTime() < deadline) Thread.sleep(100);
        assertEquals(KafkaStreams.State.ERROR, app.streams().state());
        Thread.sleep(3000);
        assertEquals(1, calls.get(), "the failing article is not retried by a replaced thread");
        assertFalse(app.ready());
      }
    }
  }

  private static void awaitReady(EnrichApp app) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!app.ready() && System.nanoTime() < deadline) Thread.sleep(100);
    assertTrue(app.ready(), "enrich did not become ready");
  }

  private static void createTopics(EmbeddedKafka kafka) {
    for (String t : List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ENRICHED, Topics.ALERTS, Topics.ENRICH_DLQ)) {
      kafka.createTopic(t, 1, Map.of());
    }
  }

  private static EnrichApp.EnrichSerdes serdes(SchemaRegistryClient client) {
    Serde<RawArticle> raw = AvroSerdes.specific(RawArticle.class, client, false);
    Serde<EnrichedArticle> enriched = AvroSerdes.specific(EnrichedArticle.class, client, false);
    Serde<OfficialAlert> alerts = AvroSerdes.specific(OfficialAlert.class, client, false);
    return new EnrichApp.EnrichSerdes(raw, enriched, alerts);
  }

  private EnrichApp app(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry, String appId,
      ArticleAnalysisFunction analyzer, EnrichApp.EnrichSerdes serdes, EnrichListener listener) {
    ClientConfig cluster = new ClientConfig(kafka.bootstrapServers(), registry.url(), Map.of(), Map.of());
    EnrichConfig config = new EnrichConfig(cluster, appId, 1, dir.resolve("streams"), null);
    return new EnrichApp(config, () -> analyzer, id -> Optional.empty(), serdes, listener);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
