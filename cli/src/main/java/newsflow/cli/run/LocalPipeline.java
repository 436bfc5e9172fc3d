package newsflow.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newsflow.cli.command.EnrichCommand;
import newsflow.cli.command.SinkCommand;
import newsflow.cli.config.TopicPlan;
import newsflow.cli.ops.ConsumerLag;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.MetricsServer;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.ops.PipelineMetrics;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.enrich.topology.EnrichApp;
import newsflow.enrich.topology.EnrichConfig;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.config.ClientConfig;
import newsflow.sink.SinkApp;
import newsflow.sink.SinkConfig;
import newsflow.sink.SinkMetrics;
import newsflow.sink.alert.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one JVM: an embedded Kafka broker and schema registry, ingest, enrich and
 * sink, all keeping their state under one data directory (broker log, registry topic, dedup store,
 * streams state, DuckDB warehouse), so a restart resumes where the last run stopped.
 */
public final class LocalPipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);

  /** What to ingest and where to keep state. */
  public record Settings(
      Path dataDir, String feeds, Path watchDir, Path watchlist, String webhook, List<String> allowHosts,
      Duration pollInterval, OpsConfig ops, Map<String, String> env, LocalPorts ports) {

    /** Settings with a free port for the broker and the registry. */
    public Settings(Path dataDir, String feeds, Path watchDir, Path watchlist, String webhook, List<String> allowHosts,
        Duration pollInterval, OpsConfig ops, Map<String, String> env) {
      this(dataDir, feeds, watchDir, watchlist, webhook, allowHosts, pollInterval, ops, env, LocalPorts.ANY);
    }
  }

  private final Settings settings;
  private final PipelineMetrics metrics = new PipelineMetrics().enrichStage();
  private EmbeddedKafka kafka;
  private EmbeddedSchemaRegistry registry;
  private EnrichApp enrich;
  private SinkApp sink;
  private IngestApp ingest;
  private MetricsServer server;
  private boolean closed;
  private final List<ConsumerLag> lags = new ArrayList<>();
  private final CompletableFuture<Throwable> failure = new CompletableFuture<>();
  private SinkConfig sinkConfig;

  public LocalPipeline(Settings settings) {
    this.settings = settings;
  }

  public PipelineMetrics metrics() {
    return metrics;
  }

  /** The metrics endpoint's base URL, or null when off. */
  public String metricsUrl() {
    return server == null ? null : server.url();
  }

  /** The embedded broker's address for other Kafka tools ({@code bootstrap.servers}), or null before start. */
  public String bootstrapServers() {
    return kafka == null ? null : kafka.bootstrapServers();
  }

  /** The embedded schema registry's URL for other tools ({@code schema.registry.url}), or null before start. */
  public String registryUrl() {
    return registry == null ? null : registry.url();
  }

  /** One line for people: where the broker, the registry and (when on) the metrics listen. */
  public String addresses() {
    return "broker " + bootstrapServers() + ", schema registry " + registryUrl()
        + (metricsUrl() == null ? "" : ", metrics " + metricsUrl() + "/metrics");
  }

  /** The warehouse the sink writes. */
  public String warehouseUrl() {
    return sinkConfig != null ? sinkConfig.warehouseUrl() : SinkConfig.warehouseUrl(env(), null, settings.dataDir());
  }

  /**
   * Completed when a component stopped because of a failure that is neither a bad record nor an
   * outage (it has logged why at ERROR): the sink after an Error or a permanent warehouse failure,
   * enrich after an Error in a stream thread. Health fails from then on; the caller closes the
   * pipeline and exits non-zero.
   */
  public CompletableFuture<Throwable> failure() {
    return failure;
  }

  private Map<String, String> env() {
    return settings.env() == null ? Map.of() : settings.env();
  }

  /**
   * The sink's configuration: the webhook of {@code --webhook} or {@code NEWSFLOW_WEBHOOK_URL}, its
   * token from {@code NEWSFLOW_WEBHOOK_TOKEN}, the warehouse of {@code NEWSFLOW_WAREHOUSE_URL} or the
   * DuckDB file in the data directory.
   */
  static SinkConfig sinkConfig(Settings settings, ClientConfig client) {
    Map<String, String> env = settings.env() == null ? Map.of() : settings.env();
    return SinkConfig.fromEnv(env, client, null, settings.webhook(), settings.dataDir(), false);
  }

  /** Starts everything; {@code alerts} sees every new alert once (after the sink wrote it). */
  public void start(Notifier alerts) {
    Path data = settings.dataDir();
    try {
      Files.createDirectories(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + data, e);
    }
    // the NLP takes seconds to load: do it while the broker starts (Nlp caches it for EnrichApp)
    Thread nlp = new Thread(() -> {
      try {
        newsflow.cli.config.Nlp.analyzer(settings.watchlist());
      } catch (RuntimeException e) {
        LOG.debug("early NLP load failed; enrich will report it: {}", e.toString());
      }
    }, "newsflow-nlp-load");
    nlp.setDaemon(true);
    nlp.start();
    Health health = new Health();
    if (settings.ops().enabled()) {
      server = MetricsServer.start(settings.ops(), metrics.registry(), health);
    }
    long t0 = System.nanoTime();
    kafka = EmbeddedKafka.start(data.resolve("kafka"), settings.ports().kafka());
    for (TopicPlan.TopicSpec t : TopicPlan.topics(1, false)) kafka.createTopic(t.name(), t.partitions(), t.configs());
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), settings.ports().registry());
    LOG.info("broker {} and registry {} up in {} ms", kafka.bootstrapServers(), registry.url(),
        (System.nanoTime() - t0) / 1_000_000);
    // one process owns every group here: after a crash, let the dead members' sessions expire in 10 s
    // rather than the default 45 s, so a restarted run resumes quickly
    ClientConfig client = new ClientConfig(kafka.bootstrapServers(), registry.url(),
        Map.of("session.timeout.ms", "10000"), Map.of());

    EnrichConfig enrichConfig = new EnrichConfig(client, EnrichConfig.DEFAULT_APPLICATION_ID, 1,
        data.resolve("streams"), settings.watchlist());
    enrich = EnrichCommand.create(enrichConfig, metrics);
    health.check("nlp", enrich::nlpReady).check("streams", enrich::ready);
    enrich.failure().thenAccept(reason -> failure.complete(new ComponentStopped("enrich", reason)));

    sinkConfig = sinkConfig(settings, client);
    sink = new SinkApp(sinkConfig, System.out, alerts == null ? List.of() : List.of(alerts));
    sink.onFailure(failure::complete);
    SinkCommand.bindMetrics(sink, metrics);
    SinkCommand.healthChecks(health, sink);
    sink.start();

    enrich.start();

    Map<String, Object> adminProps = Map.of("bootstrap.servers", client.bootstrapServers());
    lags.addAll(SinkCommand.lags(adminProps, sinkConfig, alerts != null || sinkConfig.webhookUrl() != null, metrics));
    lags.add(new ConsumerLag(adminProps, enrichConfig.applicationId(), metrics.registry()));

    IngestConfig.Builder b = IngestConfig.fromEnv(settings.env() == null ? Map.of() : settings.env()).client(client).dataDir(data);
    if (settings.feeds() != null) b.feeds(settings.feeds());
    if (settings.watchDir() != null) b.watchDir(settings.watchDir());
    if (settings.pollInterval() != null) b.pollInterval(settings.pollInterval());
    if (settings.allowHosts() != null && !settings.allowHosts().isEmpty()) b.allowHosts(settings.allowHosts());
    ingest = new IngestApp(b.build());
    IngestMetrics.bind(ingest, metrics);
    StageAccounts.bind(metrics.registry(), this::accounts);
    try {
      ingest.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start ingest: " + e.getMessage(), e);
    }
  }

  /** Current totals. */
  public PipelineCounts counts() {
    long ingested = 0;
    long dlq = (long) metrics.total(PipelineMetrics.DEAD_LETTERED, "enrich");
    if (ingest != null) {
      var s = ingest.stats().snapshot();
      ingested = s.published();
      dlq += s.deadLettered();
    }
    long written = 0;
    long alerts = 0;
    if (sink != null) {
      var s = sink.metrics().snapshot();
      written = s.articlesWritten();
      alerts = s.alertsWritten();
      dlq += s.deadLettered();
    }
    return new PipelineCounts(ingested, (long) metrics.total(PipelineMetrics.RECORDS_OUT, "enrich"), written, alerts, dlq);
  }

  /**
   * The account of every stage in this process: ingest, enrich, and the sink's two source topics and
   * alert delivery (see {@link StageAccounts}).
   */
  public List<StageAccounts.Account> accounts() {
    List<StageAccounts.Account> out = new ArrayList<>();
    out.add(StageAccounts.ingest(ingest == null ? new newsflow.ingest.source.IngestStats().snapshot()
        : ingest.stats().snapshot()));
    out.add(StageAccounts.enrich((long) metrics.total(PipelineMetrics.RECORDS_IN, "enrich"),
        (long) metrics.total(PipelineMetrics.RECORDS_OUT, "enrich"),
        (long) metrics.total(PipelineMetrics.DEAD_LETTERED, "enrich", "deserialization"),
        (long) metrics.total(PipelineMetrics.DEAD_LETTERED, "enrich", "processing")));
    out.addAll(StageAccounts.sink(sinkMetrics()));
    return out;
  }

  /** The sink's counters (zero before it started). */
  public SinkMetrics.Snapshot sinkMetrics() {
    return sink == null ? new SinkMetrics().snapshot() : sink.metrics().snapshot();
  }

  /** True when the enrich streams are RUNNING with the NLP loaded and the sink is consuming. */
  public boolean ready() {
    return enrich != null && enrich.ready() && sink != null && sink.isRunning();
  }

  /**
   * Stops ingest, enrich and sink in parallel (each commits what it finished), then the registry and
   * the broker; meant to end well within 10 seconds.
   */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    long t0 = System.nanoTime();
    List<Thread> stoppers = new ArrayList<>();
    for (AutoCloseable c : new AutoCloseable[] {ingest, enrich, sink}) {
      if (c == null) continue;
      Thread t = new Thread(() -> {
        try {
          c.close();
        } catch (Exception e) {
          LOG.warn("error while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
        }
      }, "newsflow-stop-" + c.getClass().getSimpleName());
      t.start();
      stoppers.add(t);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
    for (Thread t : stoppers) {
      try {
        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (t.isAlive()) LOG.warn("{} is still stopping; shutting the broker down anyway", t.getName());
    }
    lags.forEach(ConsumerLag::close);
    if (registry != null) registry.close();
    if (kafka != null) kafka.close();
    if (server != null) server.close();
    LOG.info("pipeline stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
  }
}
