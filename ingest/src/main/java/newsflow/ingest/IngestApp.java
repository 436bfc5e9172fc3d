package newsflow.ingest;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.ingest.dedup.DedupStore;
import newsflow.ingest.extract.ArticleExtractor;
import newsflow.ingest.extract.FileArticleReader;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.publish.KafkaArticleSink;
import newsflow.ingest.source.ArticleCandidate;
import newsflow.ingest.source.ArticleSink;
import newsflow.ingest.source.DirectoryWatcher;
import newsflow.ingest.source.FeedPoller;
import newsflow.ingest.source.FeedStateStore;
import newsflow.ingest.source.FeedSubscription;
import newsflow.ingest.source.IngestPipeline;
import newsflow.ingest.source.IngestStats;
import newsflow.schemas.config.ClientConfig.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest role: polls feeds and sitemaps on their intervals, fetches single URLs once, watches a
 * directory of article files, and publishes {@code RawArticle} records to {@code news.articles.raw.v1}
 * (failures to {@code news.ingest.dlq.v1}). {@link #start()} schedules the work in the background,
 * {@link #runOnce()} does one pass synchronously; {@link #close()} stops cleanly and flushes.
 */
public final class IngestApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestApp.class);
  /** The Kafka producer's default {@code delivery.timeout.ms}: the longest a send can take. */
  private static final Duration DEFAULT_DELIVERY_TIMEOUT = Duration.ofMinutes(2);
  /** Clock differences between this host and the broker (a topic may stamp records with append time). */
  private static final Duration RECOVERY_MARGIN = Duration.ofMinutes(1);

  private final IngestConfig config;
  private final ArticleSink givenSink;
  private final IngestStats stats = new IngestStats();
  private final Clock clock;
  private ArticleSink sink;
  private DedupStore dedup;
  private IngestPipeline pipeline;
  private final List<FeedPoller> pollers = new ArrayList<>();
  private DirectoryWatcher watcher;
  private ScheduledExecutorService scheduler;
  private boolean urlsDone;
  private boolean closed;

  /** An app publishing to the cluster in {@code config.client()}. */
  public IngestApp(IngestConfig config) {
    this(config, null, Clock.systemUTC());
  }

  private IngestApp(IngestConfig config, ArticleSink sink, Clock clock) {
    this.config = config;
    this.givenSink = sink;
    this.clock = clock;
    if (sink == null && config.client() == null) {
      throw new ConfigException("NEWSFLOW_BOOTSTRAP_SERVERS", "is required to publish");
    }
  }

  /** An app writing to a sink of the caller's (offline runs, tests); the sink is not closed by the app. */
  public static IngestApp withSink(IngestConfig config, ArticleSink sink) {
    return new IngestApp(config, sink, Clock.systemUTC());
  }

  public IngestConfig config() {
    return config;
  }

  /** Live counters for progress and metrics. */
  public IngestStats stats() {
    return stats;
  }

  /** Starts background polling of every source; returns at once. */
  public synchronized void start() throws IOException {
    open();
    if (scheduler != null) return;
    AtomicInteger n = new AtomicInteger();
    ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(config.threads(), r -> {
      Thread t = new Thread(r, "ingest-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    s.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    s.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    scheduler = s;
    if (!config.urls().isEmpty()) scheduler.execute(guard("urls", this::ingestUrlsOnce));
    for (FeedPoller poller : pollers) {
      long every = poller.subscription().interval().toMillis();
      scheduler.scheduleWithFixedDelay(guard(poller.subscription().url(), poller::poll), 0, every, TimeUnit.MILLISECONDS);
    }
    if (watcher != null) {
      scheduler.scheduleWithFixedDelay(guard(watcher.directory().toString(), this::scanWatchDir), 0,
          config.watchInterval().toMillis(), TimeUnit.MILLISECONDS);
    }
    LOG.info("ingest started: {} feeds, {} urls, watch dir {}", pollers.size(), config.urls().size(), config.watchDir());
  }

  /** One synchronous pass over every source (each feed polled once, the directory scanned once), then a flush. */
  public synchronized IngestStats.Snapshot runOnce() throws IOException {
    open();
    ingestUrlsOnce();
    for (FeedPoller poller : pollers) poller.poll();
    if (watcher != null) watcher.scan();
    sink.flush();
    return stats.snapshot();
  }

  /** Waits until everything handed to the sink so far is acknowledged. */
  public void flush() {
    ArticleSink s;
    synchronized (this) {
      s = sink;
    }
    if (s != null) s.flush();
  }

  private void open() throws IOException {
    if (closed) throw new IllegalStateException("ingest app is closed");
    if (pipeline != null) return;
    dedup = DedupStore.open(config.dataDir().resolve("ingest"));
    try {
      sink = givenSink != null ? givenSink
          : new KafkaArticleSink(config.client(), config.articlesTopic(), config.dlqTopic(), "newsflow-ingest", clock);
    } catch (RuntimeException e) {
      dedup.close();
      throw e;
    }
    recoverAcknowledged();
    HttpFetcher fetcher = new HttpFetcher(config.fetch());
    pipeline = new IngestPipeline(fetcher, new ArticleExtractor(), new FileArticleReader(), dedup, sink, stats, clock);
    FeedStateStore feedState = FeedStateStore.open(config.dataDir().resolve("ingest"));
    for (FeedSubscription sub : config.feeds()) {
      pollers.add(new FeedPoller(sub, pipeline, config.maxItemsPerPoll(), feedState));
    }
    if (config.watchDir() != null) watcher = new DirectoryWatcher(config.watchDir(), pipeline, config.watchInterval());
  }

  /**
   * A crash can fall between the broker acknowledging an article and its keys reaching the dedup log.
   * Articles sent since shortly before the log was last written (the longest a send can take, plus a
   * minute) are read back by id from the articles topic and committed, so that the inputs offered
   * again after the crash are recognised as duplicates, not published twice.
   */
  private void recoverAcknowledged() {
    Instant lastWritten = dedup.lastWrittenBeforeOpen();
    if (lastWritten == null) return; // a new data directory: nothing was published from it
    Instant since = lastWritten.minus(deliveryTimeout()).minus(RECOVERY_MARGIN);
    long t0 = System.nanoTime();
    try {
      Set<String> ids = sink.publishedSince(since);
      int before = dedup.size();
      dedup.commit(ids.stream().map(id -> "id:" + id).toList());
      LOG.info("ingest: {} articles sent since {} read back from the articles topic, {} not yet in the dedup log ({} ms)",
          ids.size(), since, dedup.size() - before, (System.nanoTime() - t0) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.warn("ingest: cannot read back the articles sent before the last stop ({}); an article acknowledged just "
          + "before a crash may be published a second time", e.toString());
    }
  }

  private Duration deliveryTimeout() {
    Object configured = config.client() == null ? null : config.client().kafka().get("delivery.timeout.ms");
    try {
      return configured == null ? DEFAULT_DELIVERY_TIMEOUT : Duration.ofMillis(Long.parseLong(configured.toString().trim()));
    } catch (NumberFormatException e) {
      return DEFAULT_DELIVERY_TIMEOUT;
    }
  }

  private void ingestUrlsOnce() {
    synchronized (this) {
      if (urlsDone) return;
      urlsDone = true;
    }
    for (String url : config.urls()) pipeline.ingestUrl(ArticleCandidate.of(url));
  }

  private void scanWatchDir() {
    try {
      watcher.scan();
    } catch (IOException e) {
      LOG.warn("cannot scan {}: {}", watcher.directory(), e.getMessage());
    }
  }

  // a periodic task that throws is never run again: keep every source alive
  private static Runnable guard(String name, Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        LOG.error("ingest task {} failed; it will run again next interval", name, e);
      }
    };
  }

  /** Stops polling (letting the current item finish), flushes the producer and closes the dedup store. */
  @Override
  public void close() {
    ScheduledExecutorService s;
    synchronized (this) {
      if (closed) return;
      closed = true;
      s = scheduler;
    }
    if (s != null) {
      s.shutdown();
      try {
        // let the page in hand finish briefly, then interrupt; interrupted items stay new for next time
        if (!s.awaitTermination(5, TimeUnit.SECONDS)) s.shutdownNow();
        s.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        s.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      try {
        if (sink != null) {
          if (givenSink == null && sink instanceof AutoCloseable c) {
            closeQuietly(c);
          } else {
            sink.flush();
          }
        }
      } finally {
        if (dedup != null) {
          try {
            dedup.close();
          } catch (IOException e) {
            LOG.warn("closing dedup store: {}", e.getMessage());
          }
        }
      }
      LOG.info("ingest stopped: {}", stats);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      LOG.warn("closing sink: {}", e.toString());
    }
  }
}
