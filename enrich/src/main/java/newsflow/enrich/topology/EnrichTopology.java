package newsflow.enrich.topology;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsflow.enrich.mapping.Alerts;
import newsflow.enrich.mapping.EnrichedArticles;
import newsflow.enrich.mapping.EnrichmentException;
import newsflow.enrich.mapping.OfficialDirectory;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.schemas.Topics;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich stage's Kafka Streams topology: reads {@code news.articles.raw.v1}, applies the NLP and
 * writes {@code news.articles.enriched.v1} (key = article id) and {@code news.alerts.v1} (one alert
 * per article and watched official, key = alert id). Failures are routed to the DLQ by
 * {@link EnrichExceptionHandler}; {@link #build()} only wires.
 */
public final class EnrichTopology {
  private final Serde<RawArticle> rawSerde;
  private final Serde<EnrichedArticle> enrichedSerde;
  private final Serde<OfficialAlert> alertSerde;
  private final ArticleAnalysisFunction analyzer;
  private final OfficialDirectory officials;
  private final Clock clock;
  private final String enricherVersion;
  private final EnrichListener listener;

  public EnrichTopology(
      Serde<RawArticle> rawSerde,
      Serde<EnrichedArticle> enrichedSerde,
      Serde<OfficialAlert> alertSerde,
      ArticleAnalysisFunction analyzer,
      OfficialDirectory officials,
      Clock clock,
      String enricherVersion,
      EnrichListener listener) {
    this.rawSerde = Objects.requireNonNull(rawSerde, "rawSerde");
    this.enrichedSerde = Objects.requireNonNull(enrichedSerde, "enrichedSerde");
    this.alertSerde = Objects.requireNonNull(alertSerde, "alertSerde");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.officials = Objects.requireNonNull(officials, "officials");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.enricherVersion = Objects.requireNonNull(enricherVersion, "enricherVersion");
    this.listener = listener == null ? EnrichListener.NONE : listener;
  }

  /** The topology; building it touches no broker. */
  public Topology build() {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, EnrichedArticle> enriched = builder
        .stream(Topics.ARTICLES_RAW, Consumed.with(Serdes.String(), rawSerde).withName("read-raw-articles"))
        .filter((key, raw) -> raw != null, Named.as("skip-tombstones"))
        .map((key, raw) -> KeyValue.pair(raw.getId(), enrich(raw)), Named.as("enrich-article"));
    enriched.to(Topics.ARTICLES_ENRICHED,
        Produced.with(Serdes.String(), enrichedSerde).withName("write-enriched-articles"));
    enriched
        .flatMap((key, article) -> alerts(article), Named.as("detect-official-alerts"))
        .to(Topics.ALERTS, Produced.with(Serdes.String(), alertSerde).withName("write-alerts"));
    return builder.build();
  }

  private EnrichedArticle enrich(RawArticle raw) {
    listener.articleRead();
    long started = System.nanoTime();
    ArticleAnalysis analysis;
    try {
      analysis = analyzer.analyze(raw.getText(), raw.getLanguage(), raw.getAuthors(), raw.getPublishedAt());
    } catch (RuntimeException e) {
      throw new EnrichmentException(raw.getId(), "analysis failed: " + e, e);
    } catch (StackOverflowError e) {
      // this article's text nests too deep for a recursive rule; the stack unwound, the JVM is fine,
      // so it is a poison pill (to the DLQ), not an Error that stops enrich
      throw new EnrichmentException(raw.getId(), "analysis overflowed the stack", e);
    }
    if (analysis == null) throw new EnrichmentException(raw.getId(), "the analyzer returned no analysis");
    EnrichedArticle article = EnrichedArticles.from(raw, analysis, clock.instant(), enricherVersion);
    boolean analyzed = isEnglish(article.getLanguage());
    listener.articleEnriched(System.nanoTime() - started, article.getLanguage(), analyzed);
    return article;
  }

  private List<KeyValue<String, OfficialAlert>> alerts(EnrichedArticle article) {
    List<OfficialAlert> alerts = Alerts.forArticle(article, officials, clock.instant());
    List<KeyValue<String, OfficialAlert>> out = new ArrayList<>(alerts.size());
    for (OfficialAlert a : alerts) {
      out.add(KeyValue.pair(a.getId(), a));
      listener.alertFired(a);
    }
    return out;
  }

  /** English or unknown: the languages the NLP analyses. */
  static boolean isEnglish(String language) {
    return language == null || language.isBlank() || language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
  }
}
