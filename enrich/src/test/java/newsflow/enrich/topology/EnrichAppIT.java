package newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.enrich.mapping.OfficialRef;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Official;
import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdes;
import newsflow.v1.AlertKind;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrich role against a real broker and registry: registry serdes, exactly-once output, a poison
 * pill dead-lettered with provenance while the stream goes on, and the real NLP.
 */
class EnrichAppIT {
  @TempDir Path dir;

  private static String seedText() throws IOException {
    try (InputStream in = EnrichAppIT.class.getResourceAsStream("/topology/hegseth-nato.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RawArticle article(String id, String text) {
    return RawArticle.newBuilder()
        .setId(id).setUrl("https://news.example/" + id).setCanonicalUrl(null)
        .setSource(Source.newBuilder().setFeedUrl(null).setPublisher("The Washington Times").setDomain("news.example").build())
        .setTitle("Hegseth at NATO").setAuthors(List.of("Mike Glenn")).setPublishedAt(Instant.parse("2025-02-13T00:00:00Z"))
        .setFetchedAt(Instant.parse("2025-02-13T12:00:00Z")).setLanguage("en").setText(text)
        .setHeadings(List.of()).setImages(List.of()).setContentHash("h-" + id).build();
  }

  @Test
  void enrichesThroughBrokerAndRegistryAndDeadLettersPoisonPills() throws Exception {
    String text = seedText();
    ArticleAnalyzer nlp = ArticleAnalyzer.load(Watchlist.of(List.of(
        new Official("us-hegseth", "Pete Hegseth", List.of(), "Secretary of Defense", "US"))));
    ArticleAnalysisFunction analyzer = nlp::analyze;
    AtomicInteger dead = new AtomicInteger();
    EnrichListener listener = new EnrichListener() {
      @Override public void deadLettered(String reason) {
        dead.incrementAndGet();
      }
    };
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      for (String t : List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ENRICHED, Topics.ALERTS, Topics.ENRICH_DLQ)) {
        kafka.createTopic(t, 1, Map.of());
      }
      SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
      Serde<RawArticle> rawSerde = AvroSerdes.specific(RawArticle.class, client, false);
      Serde<EnrichedArticle> enrichedSerde = AvroSerdes.specific(EnrichedArticle.class, client, false);
      Serde<OfficialAlert> alertSerde = AvroSerdes.specific(OfficialAlert.class, client, false);
      ClientConfig cluster = new ClientConfig(kafka.bootstrapServers(), registry.url(), Map.of(), Map.of());
      EnrichConfig config = new EnrichConfig(cluster, "enrich-it", 1, dir.resolve("streams"), null);
      byte[] poison = "\u0000\u0000\u0000\u0000\u0007 not an Avro record".getBytes(StandardCharsets.ISO_8859_1);

      try (EnrichApp app = new EnrichApp(config, () -> analyzer,
          id -> Optional.of(new OfficialRef(id, "Pete Hegseth", "Secretary of Defense")),
          new EnrichApp.EnrichSerdes(rawSerde, enrichedSerde, alertSerde), listener)) {
        app.start();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(BrokerRecords.producerProps(kafka))) {
          producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, bytes("a1"),
              rawSerde.serializer().serialize(Topics.ARTICLES_RAW, article("a1", text)))).get();
          producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, bytes("poison"), poison)).get();
          producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, bytes("a2"),
              rawSerde.serializer().serialize(Topics.ARTICLES_RAW, article("a2", "The weather in Brussels was mild.")))).get();
        }

        List<ConsumerRecord<String, EnrichedArticle>> enriched =
            BrokerRecords.consume(kafka, Topics.ARTICLES_ENRICHED, new StringDeserializer(), enrichedSerde.deserializer(), 2);
        assertEquals(List.of("a1", "a2"), enriched.stream().map(ConsumerRecord::key).toList());
        EnrichedArticle a1 = enriched.get(0).value();
        assertTrue(a1.getQuotes().size() >= 20, "quotes in the seed: " + a1.getQuotes().size());
        assertTrue(a1.getEntities().stream().anyMatch(e -> e.getName().equals("Pete Hegseth")));
        assertTrue(app.ready(), "ready once the NLP is loaded and the streams run");

        List<ConsumerRecord<String, OfficialAlert>> alerts = BrokerRecords.consume(kafka, Topics.ALERTS, new StringDeserializer(), alertSerde.deserializer(), 1);
        OfficialAlert alert = alerts.get(0).value();
        assertEquals(AlertKind.QUOTED, alert.getKind());
        assertEquals("a1", alert.getArticleId());
        assertEquals(alert.getId(), alerts.get(0).key());
        assertEquals("us-hegseth", alert.getOfficialId());
        assertEquals("Secretary of Defense", alert.getOfficialTitle());
        assertTrue(alert.getQuotes().size() >= 5, "Hegseth is quoted 9 times in the seed, got " + alert.getQuotes().size());

        List<ConsumerRecord<byte[], byte[]>> dlq = BrokerRecords.consume(kafka, Topics.ENRICH_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer(), 1);
        ConsumerRecord<byte[], byte[]> dl = dlq.get(0);
        assertArrayEquals(poison, dl.value(), "the DLQ keeps the original bytes");
        assertArrayEquals(bytes("poison"), dl.key());
        assertEquals(Topics.ARTICLES_RAW, DeadLetters.header(dl.headers(), DeadLetters.SOURCE_TOPIC));
        assertEquals("1", DeadLetters.header(dl.headers(), DeadLetters.SOURCE_OFFSET));
        assertEquals("enrich", DeadLetters.header(dl.headers(), DeadLetters.STAGE));
        assertEquals(1, dead.get());
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
