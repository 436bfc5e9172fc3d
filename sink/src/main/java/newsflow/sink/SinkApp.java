package newsflow.sink;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroDeserializer;
import newsflow.sink.alert.AlertDispatcher;
import newsflow.sink.alert.ConsoleNotifier;
import newsflow.sink.alert.Notifier;
import newsflow.sink.alert.WebhookNotifier;
import newsflow.sink.warehouse.WarehouseDeliveryLog;
import newsflow.sink.warehouse.WarehouseUnavailableException;
import newsflow.sink.warehouse.WarehouseWriter;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink role: reads {@code news.articles.enriched.v1} and {@code news.alerts.v1}, writes the
 * warehouse (DuckDB or PostgreSQL) idempotently, notifies new alerts (webhook, console) once each,
 * and dead-letters what cannot be written or delivered to {@code news.sink.dlq.v1}. {@link #start()}
 * opens the warehouse (applying migrations) and starts one consumer thread; {@link #close()} stops it.
 */
public final class SinkApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SinkApp.class);

  private final SinkConfig config;
  private final PrintStream console;
  private final List<Notifier> extraNotifiers;
  private final SinkMetrics metrics = new SinkMetrics();
  private WarehouseWriter writer;
  private SinkConsumerLoop loop;
  private Thread thread;
  private volatile Throwable failure;

  /** A sink whose console alerts (when configured) go to standard output. */
  public SinkApp(SinkConfig config) {
    this(config, System.out, List.of());
  }

  /** A sink printing console alerts to {@code console}, with more notifiers beside the configured ones. */
  public SinkApp(SinkConfig config, PrintStream console, List<Notifier> extraNotifiers) {
    this.config = config;
    this.console = console;
    this.extraNotifiers = List.copyOf(extraNotifiers);
  }

  /**
   * Opens the warehouse and starts consuming. A warehouse that is configured wrongly fails here; one
   * that is merely unreachable is retried by the running sink.
   */
  public synchronized void start() {
    if (thread != null) throw new IllegalStateException("sink already started");
    try {
      java.nio.file.Files.createDirectories(config.dataDir());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create data directory " + config.dataDir() + ": " + e.getMessage(), e);
    }
    writer = WarehouseWriter.lazy(config.warehouseUrl());
    try {
      writer.connection();
    } catch (WarehouseUnavailableException e) {
      LOG.warn("Warehouse {} not reachable yet ({}); the sink will retry", writer.url(), e.getMessage());
    }

    List<Notifier> notifiers = new ArrayList<>();
    if (config.webhookUrl() != null) {
      notifiers.add(new WebhookNotifier(config.webhookUrl(), config.webhookToken(), config.webhookTimeout(),
          config.webhookRetry()));
    }
    if (config.consoleAlerts()) notifiers.add(new ConsoleNotifier(console));
    notifiers.addAll(extraNotifiers);
    AlertDispatcher dispatcher = new AlertDispatcher(notifiers, new WarehouseDeliveryLog(writer), Clock.systemUTC());

    SchemaRegistryClient registry = new SchemaRegistryClient(config.client().schemaRegistryUrl(), config.client().registry());
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
    KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(producerProperties(),
        new ByteArraySerializer(), new ByteArraySerializer());
    loop = new SinkConsumerLoop(consumer, dlq,
        new AvroDeserializer<EnrichedArticle>(registry, EnrichedArticle.class),
        new AvroDeserializer<OfficialAlert>(registry, OfficialAlert.class),
        writer, dispatcher, config.warehouseRetry(), metrics, Clock.systemUTC());
    thread = new Thread(() -> {
      try {
        loop.run();
      } catch (Throwable t) {
        failure = t;
        LOG.error("Sink stopped: {}", t.toString(), t);
      } finally {
        dlq.close(java.time.Duration.ofSeconds(5));
      }
    }, "newsflow-sink");
    thread.start();
    LOG.info("Sink started: {}", config);
  }

  Properties consumerProperties() {
    Map<String, Object> p = new HashMap<>(config.client().kafka());
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.client().bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // enrich writes with exactly-once transactions: never read aborted output
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxBatch());
    // an enriched article is ~15 KB: fetch enough per partition that a busy topic fills whole
    // batches (one warehouse transaction each), while waiting at most 250 ms when it is quiet
    p.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    p.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 256 * 1024);
    p.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 250);
    p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, config.groupId() + "-consumer");
    Properties props = new Properties();
    props.putAll(p);
    return props;
  }

  Properties producerProperties() {
    Map<String, Object> p = new HashMap<>(config.client().kafka());
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.client().bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, config.groupId() + "-dlq");
    // consumer-only settings passed through would only produce warnings here
    p.keySet().removeIf(k -> k.startsWith("group.") || k.startsWith("auto.offset") || k.startsWith("isolation"));
    Properties props = new Properties();
    props.putAll(p);
    return props;
  }

  public SinkConfig config() {
    return config;
  }

  /** Live counters for progress output and metrics. */
  public SinkMetrics metrics() {
    return metrics;
  }

  /** True while the consumer thread runs. */
  public boolean isRunning() {
    return thread != null && thread.isAlive();
  }

  /** Why the sink stopped on its own, or null. */
  public Throwable failure() {
    return failure;
  }

  /** Stops consuming (the current batch finishes or is abandoned uncommitted) and closes the warehouse. */
  @Override
  public synchronized void close() {
    if (loop != null) loop.stop();
    if (thread != null) {
      try {
        thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (writer != null) writer.close();
    LOG.info("Sink closed: {}", metrics.snapshot());
  }
}
