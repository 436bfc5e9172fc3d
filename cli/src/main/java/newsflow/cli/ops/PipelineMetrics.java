package newsflow.cli.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsflow.enrich.topology.EnrichListener;
import newsflow.v1.OfficialAlert;

/**
 * The stage metrics of one process in a Prometheus registry: records in/out/dead-lettered per stage,
 * enrichment latency (histogram), alerts fired, articles the NLP skipped for their language. Also
 * keeps the latest alerts for the live display of {@code newsflow run}.
 */
public final class PipelineMetrics implements EnrichListener {
  public static final String RECORDS_IN = "newsflow.records.in";
  public static final String RECORDS_OUT = "newsflow.records.out";
  public static final String DEAD_LETTERED = "newsflow.records.dead.lettered";
  public static final String ENRICH_LATENCY = "newsflow.enrich.latency";
  public static final String ALERTS_FIRED = "newsflow.alerts.fired";
  public static final String NOT_ANALYZED = "newsflow.articles.not.analyzed";

  private static final int LATEST_ALERTS = 5;

  private final PrometheusMeterRegistry registry;
  private volatile Counter enrichIn;
  private volatile Counter enrichOut;
  private volatile Timer latency;
  private final Deque<OfficialAlert> latest = new ArrayDeque<>();

  public PipelineMetrics() {
    this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  public PipelineMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Registers the enrich stage's meters (at zero) so they are scraped before the first record; the
   * listener methods register them on first use otherwise. Processes without enrich never show them.
   */
  public synchronized PipelineMetrics enrichStage() {
    if (enrichIn != null) return this;
    latency = Timer.builder(ENRICH_LATENCY).description("NLP time per article")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry);
    enrichOut = Counter.builder(RECORDS_OUT).tag("stage", "enrich").tag("topic", "news.articles.enriched.v1")
        .description("records written by a stage").register(registry);
    for (String reason : List.of("deserialization", "processing", "serialization")) {
      Counter.builder(DEAD_LETTERED).tag("stage", "enrich").tag("reason", reason).register(registry);
    }
    enrichIn = Counter.builder(RECORDS_IN).tag("stage", "enrich").description("records read by a stage")
        .register(registry);
    return this;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  @Override
  public void articleRead() {
    if (enrichIn == null) enrichStage();
    enrichIn.increment();
  }

  @Override
  public void articleEnriched(long latencyNanos, String language, boolean analyzed) {
    if (enrichIn == null) enrichStage();
    enrichOut.increment();
    latency.record(latencyNanos, TimeUnit.NANOSECONDS);
    if (!analyzed) {
      Counter.builder(NOT_ANALYZED).tag("language", language == null ? "unknown" : language)
          .description("articles passed through without NLP because of their language").register(registry).increment();
    }
  }

  @Override
  public void alertFired(OfficialAlert alert) {
    Counter.builder(ALERTS_FIRED).tag("kind", alert.getKind().toString()).description("official alerts emitted")
        .register(registry).increment();
    synchronized (latest) {
      latest.addFirst(alert);
      while (latest.size() > LATEST_ALERTS) latest.removeLast();
    }
  }

  @Override
  public void deadLettered(String reason) {
    Counter.builder(DEAD_LETTERED).tag("stage", "enrich").tag("reason", reason).register(registry).increment();
  }

  /** Counts a record read by another stage (ingest, sink). */
  public void recordIn(String stage) {
    Counter.builder(RECORDS_IN).tag("stage", stage).register(registry).increment();
  }

  /** Counts a record written by another stage. */
  public void recordOut(String stage, String topic) {
    Counter.builder(RECORDS_OUT).tag("stage", stage).tag("topic", topic).register(registry).increment();
  }

  /** Counts a dead letter of another stage. */
  public void deadLettered(String stage, String reason) {
    Counter.builder(DEAD_LETTERED).tag("stage", stage).tag("reason", reason).register(registry).increment();
  }

  /** The sum of a counter over all its tags with the given stage (0 when never incremented). */
  public double total(String name, String stage) {
    return registry.find(name).tag("stage", stage).counters().stream().mapToDouble(Counter::count).sum();
  }

  /** A counter's value for one stage and reason (0 when never incremented). */
  public double total(String name, String stage, String reason) {
    return registry.find(name).tag("stage", stage).tag("reason", reason).counters().stream()
        .mapToDouble(Counter::count).sum();
  }

  /** The sum of a counter over all its tags. */
  public double total(String name) {
    return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
  }

  /** The most recent alerts, newest first. */
  public List<OfficialAlert> latestAlerts() {
    synchronized (latest) {
      return new ArrayList<>(latest);
    }
  }

  /** Mean NLP latency so far in milliseconds. */
  public double meanLatencyMillis() {
    Timer t = latency;
    return t == null || t.count() == 0 ? 0 : t.mean(TimeUnit.MILLISECONDS);
  }
}
