package newsflow.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newsflow.cli.UserException;
import newsflow.cli.command.EnrichCommand;
import newsflow.cli.command.SinkCommand;
import newsflow.cli.config.Nlp;
import newsflow.cli.config.TopicPlan;
import newsflow.cli.ops.ConsumerLag;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.MetricsServer;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.ops.PipelineMetrics;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.enrich.nlp.ner.Nlp4jTagger;
import newsflow.enrich.topology.EnrichApp;
import newsflow.enrich.topology.EnrichConfig;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.ingest.fetch.AddressPolicy;
import newsflow.ingest.fetch.FetchException;
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
  private final Startup startup = new Startup();
  private volatile EmbeddedKafka kafka;
  private volatile EmbeddedSchemaRegistry registry;
  private volatile EnrichApp enrich;
  private volatile SinkApp sink;
  private volatile IngestApp ingest;
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

  /** The steps of {@link #start} that take seconds, for the progress display. */
  public Startup startup() {
    return startup;
  }

  /**
   * Checks what the user gave before anything starts: the feeds (file or URLs), the watched
   * directory, the watchlist. A mistake is a {@link UserException} naming the flag, or the variable
   * when that was the source.
   */
  public void validate() {
    IngestConfig config;
    try {
      config = ingestBuilder(null).build();
    } catch (ClientConfig.ConfigException e) {
      throw new UserException(flagged(e), e);
    }
    AddressPolicy addresses = new AddressPolicy(config.fetch().allowHosts());
    config.feeds().forEach(f -> refusedHost(addresses, f.url()));
    Nlp.watchlist(settings.watchlist());
  }

  /**
   * A feed on a loopback or private address given as an IP literal or {@code localhost} (no DNS
   * look-up here) that the allow-list does not cover: ingest would refuse it at every poll.
   */
  private void refusedHost(AddressPolicy addresses, String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new UserException(source(IngestConfig.ENV_FEEDS, "--feeds") + ": not a URL: " + url);
    }
    String host = uri.getHost();
    if (host == null) return;
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    boolean literal = bare.equalsIgnoreCase("localhost") || bare.contains(":") || bare.matches("[0-9.]+");
    if (!literal) return;
    try {
      addresses.check(uri);
    } catch (FetchException e) {
      if (e.reason() == FetchException.Reason.ADDRESS_REFUSED) {
        throw new UserException(source(IngestConfig.ENV_FEEDS, "--feeds") + " " + url + ": " + bare
            + " is a loopback or private address, which newsflow does not fetch from unless allowed: add --allow-host "
            + bare);
      }
    }
  }

  /** The flag when the user gave it, else the variable. */
  private String source(String env, String flag) {
    return settings.feeds() != null || !env().containsKey(env) ? flag : env;
  }

  /** The message of {@code e} with the variable replaced by the flag when the flag gave the value. */
  private String flagged(ClientConfig.ConfigException e) {
    String flag = null;
    if (e.key().equals(IngestConfig.ENV_FEEDS) && settings.feeds() != null) flag = "--feeds";
    if (e.key().equals(IngestConfig.ENV_WATCH_DIR) && settings.watchDir() != null) flag = "--watch";
    String m = e.getMessage();
    if (flag == null) return m;
    String rest = m.startsWith(e.key()) ? m.substring(e.key().length()).strip() : m;
    return flag + ": " + rest;
  }

  private IngestConfig.Builder ingestBuilder(ClientConfig client) {
    IngestConfig.Builder b = IngestConfig.fromEnv(env()).dataDir(settings.dataDir());
    if (client != null) b.client(client);
    if (settings.feeds() != null) b.feeds(settings.feeds());
    if (settings.watchDir() != null) b.watchDir(settings.watchDir());
    if (settings.pollInterval() != null) b.pollInterval(settings.pollInterval());
    if (settings.allowHosts() != null && !settings.allowHosts().isEmpty()) b.allowHosts(settings.allowHosts());
    return b;
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
    // the NLP takes seconds to load (a minute the first time): do it while the broker starts (Nlp caches it for EnrichApp)
    Startup.Step nlpStep = startup.begin("NLP models", Startup::nlpCacheDetail);
    boolean cacheBuilt = Nlp4jTagger.isCacheBuilt(Nlp4jTagger.defaultCacheDir());
    Thread nlp = new Thread(() -> {
      try {
        Nlp.analyzer(settings.watchlist());
        nlpStep.done(cacheBuilt ? null : "the NLP cache in " + Nlp4jTagger.defaultCacheDir() + " is built once");
      } catch (RuntimeException e) {
        nlpStep.abandon();
        LOG.debug("early NLP load failed; enrich will report it: {}", e.toString());
      }
    }, "newsflow-nlp-load");
    nlp.setDaemon(true);
    nlp.start();
    new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(metrics.registry());
    Health health = new Health();
    if (settings.ops().enabled()) {
      server = MetricsServer.start(settings.ops(), metrics.registry(), health);
    }
    // NEWSFLOW_ENRICH_THREADS stream threads, and as many partitions per topic when the topics are new
    // (a data directory keeps the partitions it was created with; threads beyond them stay idle)
    int threads = EnrichConfig.threadsFromEnv(env());
    long t0 = System.nanoTime();
    Startup.Step brokerStep = startup.begin("broker", null);
    kafka = EmbeddedKafka.start(data.resolve("kafka"), settings.ports().kafka());
    for (TopicPlan.TopicSpec t : TopicPlan.topics(threads, false)) kafka.createTopic(t.name(), t.partitions(), t.configs());
    brokerStep.done("at " + kafka.bootstrapServers());
    Startup.Step registryStep = startup.begin("schema registry", null);
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), settings.ports().registry());
    registryStep.done("at " + registry.url());
    LOG.info("broker {} and registry {} up in {} ms", kafka.bootstrapServers(), registry.url(),
        (System.nanoTime() - t0) / 1_000_000);
    // one process owns every group here: after a crash, let the dead members' sessions expire in 10 s
    // rather than the default 45 s, so a restarted run resumes quickly
    // NEWSFLOW_KAFKA_* reach the clients (not the embedded broker) as they do in the roles
    Map<String, String> clientSettings = new java.util.LinkedHashMap<>(Map.of("session.timeout.ms", "10000"));
    clientSettings.putAll(ClientConfig.passThrough(env(), ClientConfig.ENV_KAFKA_PREFIX));
    ClientConfig client = new ClientConfig(kafka.bootstrapServers(), registry.url(), clientSettings, Map.of());

    EnrichConfig enrichConfig = new EnrichConfig(client, EnrichConfig.DEFAULT_APPLICATION_ID, threads,
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

    IngestConfig ingestConfig;
    try {
      ingestConfig = ingestBuilder(client).build();
    } catch (ClientConfig.ConfigException e) {
      throw new UserException(flagged(e), e);
    }
    ingest = new IngestApp(ingestConfig);
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
      // a feed that failed or was refused is dead-lettered too (each time it is polled)
      dlq += s.deadLettered() + s.feedFailures();
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
