package newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.enrich.mapping.EnrichmentException;
import newsflow.enrich.mapping.OfficialRef;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Official;
import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Span;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.v1.AlertKind;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
  private static final Instant NOW = Instant.parse("2025-02-14T08:00:00Z");
  private static final String TEXT =
      "Defense Secretary Pete Hegseth spoke in Brussels.\n\n\"There is no betrayal there,\" Hegseth said.";

  private final SpecificAvroTestSerde<RawArticle> rawSerde = new SpecificAvroTestSerde<>(RawArticle.class);
  private final SpecificAvroTestSerde<EnrichedArticle> enrichedSerde = new SpecificAvroTestSerde<>(EnrichedArticle.class);
  private final SpecificAvroTestSerde<OfficialAlert> alertSerde = new SpecificAvroTestSerde<>(OfficialAlert.class);
  private final List<ProducerRecord<byte[], byte[]>> deadLetters = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger notAnalyzed = new AtomicInteger();
  private final AtomicInteger alertsFired = new AtomicInteger();

  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestInputTopic<String, byte[]> rawBytes;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<String, OfficialAlert> alerts;

  private static ArticleAnalyzer real;

  /** The real NLP (loaded once per JVM) watching Pete Hegseth. */
  static synchronized ArticleAnalyzer nlp() {
    if (real == null) {
      real = ArticleAnalyzer.load(Watchlist.of(List.of(
          new Official("us-hegseth", "Pete Hegseth", List.of(), "Secretary of Defense", "US"))));
    }
    return real;
  }

  /** The real NLP, except that "BOOM" makes it throw and "BADOFFSET" makes it return a broken span. */
  static ArticleAnalysis analyzer(String text, String language, List<String> authors, java.time.Instant publishedAt) {
    if (text.contains("BOOM")) throw new IllegalStateException("analyzer exploded");
    if (text.contains("BADOFFSET")) {
      Entity e = new Entity("e9", EntityType.PERSON, "Nobody");
      e.addMention(new Span(0, text.length() + 5, "x"));
      return new ArticleAnalysis("en", List.of(e), List.of(), List.of());
    }
    return nlp().analyze(text, language, authors);
  }

  static RawArticle article(String id, String text, String language) {
    return RawArticle.newBuilder()
        .setId(id).setUrl("https://news.example/" + id).setCanonicalUrl(null)
        .setSource(Source.newBuilder().setFeedUrl(null).setPublisher("Example News").setDomain("news.example").build())
        .setTitle("Hegseth in Brussels").setAuthors(List.of("A. Writer")).setPublishedAt(null)
        .setFetchedAt(Instant.parse("2025-02-13T12:00:00Z")).setLanguage(language).setText(text)
        .setHeadings(List.of()).setImages(List.of()).setContentHash("h-" + id).build();
  }

  @BeforeEach
  void start() {
    EnrichListener listener = new EnrichListener() {
      @Override public void articleEnriched(long latencyNanos, String language, boolean analyzed) {
        if (!analyzed) notAnalyzed.incrementAndGet();
      }
      @Override public void alertFired(OfficialAlert alert) {
        alertsFired.incrementAndGet();
      }
    };
    Topology topology = new EnrichTopology(rawSerde, enrichedSerde, alertSerde,
        EnrichTopologyTest::analyzer,
        id -> Optional.of(new OfficialRef(id, "Pete Hegseth", "Secretary of Defense")),
        Clock.fixed(NOW, ZoneOffset.UTC), "test-1", listener).build();
    driver = new TopologyTestDriver(topology, EnrichApp.streamsProperties(testProps(), deadLetters::add, listener));
    raw = driver.createInputTopic(Topics.ARTICLES_RAW, new StringSerializer(), rawSerde.serializer());
    rawBytes = driver.createInputTopic(Topics.ARTICLES_RAW, new StringSerializer(), new ByteArraySerializer());
    enriched = driver.createOutputTopic(Topics.ARTICLES_ENRICHED, new StringDeserializer(), enrichedSerde.deserializer());
    alerts = driver.createOutputTopic(Topics.ALERTS, new StringDeserializer(), alertSerde.deserializer());
  }

  private static Properties testProps() {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    return p;
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void enrichesRawArticleKeyedByArticleId() {
    raw.pipeInput("a1", article("a1", TEXT, "en"));
    var out = enriched.readKeyValue();
    assertEquals("a1", out.key);
    EnrichedArticle a = out.value;
    assertEquals(TEXT, a.getText());
    assertEquals("Example News", a.getSource().getPublisher());
    assertEquals(NOW, a.getEnrichedAt());
    assertEquals("test-1", a.getEnricherVersion());
    var hegseth = a.getEntities().stream().filter(e -> e.getName().equals("Pete Hegseth")).findFirst().orElseThrow();
    assertEquals("us-hegseth", hegseth.getOfficialId());
    for (var m : hegseth.getMentions()) assertEquals(m.getText(), TEXT.substring(m.getStart(), m.getEnd()));
    var quote = a.getQuotes().get(0);
    assertEquals(quote.getText(), TEXT.substring(quote.getStart(), quote.getEnd()));
    assertTrue(quote.getText().startsWith("There is no betrayal there"), quote.getText());
    assertEquals("Pete Hegseth", quote.getSpeaker());
    assertEquals(hegseth.getId(), quote.getSpeakerEntityId());
    assertTrue(enriched.isEmpty());
  }

  @Test
  void raisesOneQuotedAlertPerArticleAndOfficialWithStableId() {
    raw.pipeInput("a1", article("a1", TEXT, "en"));
    var first = alerts.readKeyValue();
    assertEquals(AlertKind.QUOTED, first.value.getKind());
    assertEquals(first.key, first.value.getId());
    assertEquals("us-hegseth", first.value.getOfficialId());
    assertEquals("Secretary of Defense", first.value.getOfficialTitle());
    assertEquals(2, first.value.getMentionCount());
    assertEquals(1, first.value.getQuotes().size());
    assertTrue(first.value.getQuotes().get(0).startsWith("There is no betrayal there"), first.value.getQuotes().toString());
    assertTrue(alerts.isEmpty(), "one alert per article and official");

    raw.pipeInput("a1", article("a1", TEXT, "en"));
    assertEquals(first.key, alerts.readKeyValue().key, "a replay must produce the same alert id");
    raw.pipeInput("a2", article("a2", TEXT, "en"));
    assertNotEquals(first.key, alerts.readKeyValue().key);
    assertEquals(3, alertsFired.get());
  }

  @Test
  void raisesMentionedAlertWhenTheOfficialIsNotQuoted() {
    raw.pipeInput("a3", article("a3", "Pete Hegseth met ministers in Brussels.", "en"));
    OfficialAlert alert = alerts.readValue();
    assertEquals(AlertKind.MENTIONED, alert.getKind());
    assertEquals(1, alert.getMentionCount());
    assertTrue(alert.getQuotes().isEmpty());
  }

  @Test
  void articleWithoutOfficialsRaisesNoAlert() {
    raw.pipeInput("a4", article("a4", "The weather in Brussels was mild.", "en"));
    assertEquals("a4", enriched.readKeyValue().key);
    assertTrue(alerts.isEmpty());
  }

  @Test
  void nonEnglishArticlePassesThroughWithLanguageAndNoEntities() {
    raw.pipeInput("de1", article("de1", "Pete Hegseth sprach in Brüssel.", "de"));
    EnrichedArticle a = enriched.readValue();
    assertEquals("de", a.getLanguage());
    assertTrue(a.getEntities().isEmpty());
    assertTrue(a.getQuotes().isEmpty());
    assertTrue(alerts.isEmpty());
    assertEquals(1, notAnalyzed.get());
  }

  @Test
  void undecodableRecordIsDeadLetteredWithProvenanceAndTheStreamGoesOn() {
    byte[] garbage = "not avro at all \u0000\u0001".getBytes(StandardCharsets.UTF_8);
    rawBytes.pipeInput("bad", garbage);
    raw.pipeInput("a1", article("a1", TEXT, "en"));

    assertEquals("a1", enriched.readKeyValue().key, "the stream continues after a poison pill");
    assertEquals(1, deadLetters.size());
    ProducerRecord<byte[], byte[]> dl = deadLetters.get(0);
    assertEquals(Topics.ENRICH_DLQ, dl.topic());
    assertArrayEquals(garbage, dl.value());
    assertArrayEquals("bad".getBytes(StandardCharsets.UTF_8), dl.key());
    assertEquals("enrich", DeadLetters.header(dl.headers(), DeadLetters.STAGE));
    assertEquals(Topics.ARTICLES_RAW, DeadLetters.header(dl.headers(), DeadLetters.SOURCE_TOPIC));
    assertEquals("0", DeadLetters.header(dl.headers(), DeadLetters.SOURCE_OFFSET));
    assertTrue(DeadLetters.header(dl.headers(), DeadLetters.ERROR_CLASS).endsWith("SerializationException"));
  }

  @Test
  void articleWhoseAnalysisFailsIsDeadLetteredWithItsOriginalBytes() {
    RawArticle boom = article("boom", "BOOM goes the parser", "en");
    raw.pipeInput("boom", boom);
    raw.pipeInput("a1", article("a1", TEXT, "en"));

    assertEquals("a1", enriched.readKeyValue().key);
    assertTrue(enriched.isEmpty());
    assertEquals(1, deadLetters.size());
    ProducerRecord<byte[], byte[]> dl = deadLetters.get(0);
    assertArrayEquals(rawSerde.serializer().serialize(Topics.ARTICLES_RAW, boom), dl.value());
    assertEquals(EnrichmentException.class.getName(), DeadLetters.header(dl.headers(), DeadLetters.ERROR_CLASS));
    assertTrue(DeadLetters.header(dl.headers(), DeadLetters.ERROR_MESSAGE).contains("analyzer exploded"));
    assertEquals("0", DeadLetters.header(dl.headers(), DeadLetters.SOURCE_PARTITION));
  }

  @Test
  void analysisWithOffsetsOutsideTheTextIsDeadLettered() {
    raw.pipeInput("x", article("x", "BADOFFSET text", "en"));
    assertTrue(enriched.isEmpty());
    assertEquals(1, deadLetters.size());
    assertTrue(DeadLetters.header(deadLetters.get(0).headers(), DeadLetters.ERROR_MESSAGE).contains("outside the text"));
  }

  @Test
  void tombstonesAreSkippedWithoutDeadLetters() {
    raw.pipeInput("gone", (RawArticle) null);
    assertTrue(enriched.isEmpty());
    assertTrue(deadLetters.isEmpty());
  }

  @Test
  void alertsOnlyForWatchedOfficials() {
    raw.pipeInput("a5", article("a5", "Vladimir Putin met Donald Trump in Helsinki.", "en"));
    assertEquals("a5", enriched.readKeyValue().key);
    assertTrue(alerts.isEmpty(), "neither is on the watchlist");
  }

  @Test
  void processorsAreNamed() {
    String description = new EnrichTopology(rawSerde, enrichedSerde, alertSerde,
        EnrichTopologyTest::analyzer, id -> Optional.empty(), Clock.systemUTC(), "v", null)
        .build().describe().toString();
    for (String name : List.of("read-raw-articles", "enrich-article", "write-enriched-articles",
        "detect-official-alerts", "write-alerts")) {
      assertTrue(description.contains(name), name + " missing from " + description);
    }
  }
}
