package newsflow.enrich.topology;

import java.time.Clock;
import java.util.ArrayDeque;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import newsflow.enrich.mapping.OfficialDirectory;
import newsflow.enrich.nlp.ner.NerModel;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich role: loads the NLP, builds {@link EnrichTopology} and runs it as a Kafka Streams
 * application with {@code processing.guarantee=exactly_once_v2}. Reads {@code news.articles.raw.v1};
 * writes {@code news.articles.enriched.v1}, {@code news.alerts.v1} and {@code news.enrich.dlq.v1}.
 * Ready (for the health endpoint) once the NLP is loaded and the streams are RUNNING; an Error in a
 * stream thread stops it for good ({@link #failure()}).
 */
public final class EnrichApp implements AutoCloseable {
  /**
   * The version written to {@code EnrichedArticle.enricherVersion}: the code's version and the id of the
   * shipped entity model ("newsflow-enrich/0.1.0+ner-1a2b3c4d5e6f"), which changes whenever the model does.
   */
  public static final String ENRICHER_VERSION = "newsflow-enrich/0.1.0+" + NerModel.shippedId();

  private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(8);

  /** The three value serdes the topology needs. */
  public record EnrichSerdes(Serde<RawArticle> raw, Serde<EnrichedArticle> enriched, Serde<OfficialAlert> alerts) {}

  private final EnrichConfig config;
  private final Supplier<ArticleAnalysisFunction> analyzerLoader;
  private final OfficialDirectory officials;
  private final EnrichSerdes serdes;
  private final EnrichListener listener;
  /** More thread failures than this within {@link #REPLACEMENT_WINDOW} stop enrich instead of looping. */
  static final int MAX_REPLACEMENTS = 5;
  static final Duration REPLACEMENT_WINDOW = Duration.ofMinutes(10);

  private final CompletableFuture<String> failure = new CompletableFuture<>();
  private final ArrayDeque<Long> replacements = new ArrayDeque<>();
  private volatile boolean nlpReady;
  private volatile KafkaStreams streams;
  private DeadLetterSink deadLetters;

  /**
   * {@code analyzerLoader} is called once by {@link #start()} (loading the NLP may take seconds);
   * {@code officials} names the watched officials in alerts.
   */
  public EnrichApp(EnrichConfig config, Supplier<ArticleAnalysisFunction> analyzerLoader, OfficialDirectory officials,
      EnrichSerdes serdes, EnrichListener listener) {
    this.config = Objects.requireNonNull(config, "config");
    this.analyzerLoader = Objects.requireNonNull(analyzerLoader, "analyzerLoader");
    this.officials = Objects.requireNonNull(officials, "officials");
    this.serdes = Objects.requireNonNull(serdes, "serdes");
    this.listener = listener == null ? EnrichListener.NONE : listener;
  }

  /** Loads the NLP and starts the streams; returns once they are starting (not yet RUNNING). */
  public synchronized void start() {
    if (streams != null) throw new IllegalStateException("already started");
    long t0 = System.nanoTime();
    ArticleAnalysisFunction analyzer = analyzerLoader.get();
    nlpReady = true;
    LOG.info("NLP loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
    EnrichTopology topology = new EnrichTopology(serdes.raw(), serdes.enriched(), serdes.alerts(), analyzer,
        officials, Clock.systemUTC(), ENRICHER_VERSION, listener);
    Map<String, Object> clientProps = new HashMap<>(config.client().kafka());
    clientProps.put("bootstrap.servers", config.client().bootstrapServers());
    deadLetters = new KafkaDeadLetterSink(clientProps);
    Properties props = new Properties();
    props.putAll(config.client().kafka());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.client().bootstrapServers());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
    props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
    KafkaStreams s = new KafkaStreams(topology.build(), streamsProperties(props, deadLetters, listener));
    s.setUncaughtExceptionHandler(this::onStreamThreadFailure);
    s.setStateListener((now, before) -> {
      LOG.info("enrich streams {} -> {}", before, now);
      if (now == KafkaStreams.State.ERROR) stop("the enrich streams are in state ERROR");
    });
    streams = s;
    s.start();
  }

  /**
   * Poison pills never get here: EnrichExceptionHandler dead-letters records that do not decode or
   * whose analysis fails. What does is either infrastructure (the broker, a transaction), where a new
   * thread can succeed, or an Error, after which this JVM cannot be trusted: it stops enrich, fails
   * health and tells whoever waits on {@link #failure()}, rather than replacing the thread in a loop.
   */
  private StreamThreadExceptionResponse onStreamThreadFailure(Throwable e) {
    if (missingTopics(e)) {
      return stop("its topics do not exist (" + e.getMessage() + "); create them with `newsflow topics create`");
    }
    Throwable error = firstError(e);
    if (error != null) {
      return stop("a stream thread failed with " + error + "; restart the process (the open transaction is aborted, "
          + "so nothing is lost)");
    }
    long now = System.nanoTime();
    synchronized (replacements) {
      replacements.addLast(now);
      while (now - replacements.getFirst() > REPLACEMENT_WINDOW.toNanos()) replacements.removeFirst();
      if (replacements.size() > MAX_REPLACEMENTS) {
        return stop("its stream thread failed " + replacements.size() + " times within " + REPLACEMENT_WINDOW.toMinutes()
            + " minutes, the last time with " + e);
      }
    }
    LOG.error("enrich stream thread failed, replacing it: {}", e.toString());
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  private StreamThreadExceptionResponse stop(String reason) {
    if (failure.complete(reason)) LOG.error("enrich stops: {}", reason);
    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
  }

  private static Throwable firstError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Error) return t;
    }
    return null;
  }

  /**
   * Completes, with the reason, when enrich has stopped for good: an Error in a stream thread, its
   * topics missing, threads failing over and over, or the streams in state ERROR. The roles exit
   * when it completes; until then {@link #ready()} is already false.
   */
  public CompletableFuture<String> failure() {
    return failure;
  }

  /**
   * The streams settings every enrich instance uses on top of {@code base}: exactly-once v2, and the
   * exception handlers that send failed records to {@code sink}.
   */
  public static Properties streamsProperties(Properties base, DeadLetterSink sink, EnrichListener listener) {
    Properties p = new Properties();
    p.putAll(base);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, EnrichExceptionHandler.class.getName());
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, EnrichExceptionHandler.class.getName());
    p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, EnrichExceptionHandler.class.getName());
    p.put(EnrichExceptionHandler.SINK_CONFIG, Objects.requireNonNull(sink, "sink"));
    p.put(EnrichExceptionHandler.LISTENER_CONFIG, listener == null ? EnrichListener.NONE : listener);
    p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
    return p;
  }

  private static boolean missingTopics(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.apache.kafka.streams.errors.MissingSourceTopicException) return true;
    }
    return false;
  }

  /** True once the NLP is loaded and the streams are RUNNING, and enrich has not stopped for good. */
  public boolean ready() {
    KafkaStreams s = streams;
    return nlpReady && !failure.isDone() && s != null && s.state() == KafkaStreams.State.RUNNING;
  }

  /** True once the NLP is loaded. */
  public boolean nlpReady() {
    return nlpReady;
  }

  /** The running streams (for metrics binding), or null before {@link #start()}. */
  public KafkaStreams streams() {
    return streams;
  }

  /** Closes the streams (committing offsets and the open transaction) and the DLQ producer. */
  @Override
  public synchronized void close() {
    KafkaStreams s = streams;
    if (s != null) {
      boolean closed = s.close(CLOSE_TIMEOUT);
      if (!closed) LOG.warn("enrich streams did not close within {}", CLOSE_TIMEOUT);
    }
    if (deadLetters != null) deadLetters.close();
  }
}
