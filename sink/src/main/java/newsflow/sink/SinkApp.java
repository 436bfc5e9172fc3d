package newsflow.sink;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import newsflow.schemas.Topics;
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
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink role: reads {@code news.articles.enriched.v1} and {@code news.alerts.v1}, writes the
 * warehouse (DuckDB or PostgreSQL) idempotently on one thread ({@link WarehouseLoop}), delivers new
 * alerts (webhook, console) on another with its own consumer group ({@link AlertDeliveryLoop}), and
 * dead-letters what cannot be decoded, written or delivered to {@code news.sink.dlq.v1}. A failure
 * that is neither a bad record nor an outage stops the sink, is logged at ERROR, shows in
 * {@link #isRunning()} and is handed to the {@link #onFailure} listener (which stops the process).
 */
public final class SinkApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SinkApp.class);
  private static final Duration PROBE_EVERY = Duration.ofSeconds(2);
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
  private static final String DELIVERY_THREAD = "newsflow-sink-alerts";

  private final SinkConfig config;
  private final PrintStream console;
  private final List<Notifier> extraNotifiers;
  private final SinkMetrics metrics = new SinkMetrics();
  private final List<Thread> threads = new ArrayList<>();
  private final List<ConsumerLoop> loops = new ArrayList<>();
  private final CountDownLatch deliveryPositioned = new CountDownLatch(1);
  private WarehouseWriter writer;
  private WarehouseWriter deliveryWriter;
  private KafkaProducer<byte[], byte[]> dlq;
  private Admin admin;
  private ScheduledExecutorService probe;
  private Consumer<Throwable> failureListener = t -> { };
  private volatile Throwable failure;
  private volatile boolean closing;

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
   * Called once, on a thread of its own, when the sink stopped because of a failure that is neither
   * a bad record nor an outage (an Error, a permanent warehouse error); the sink is already stopped
   * and has logged why. The CLI stops the process.
   */
  public synchronized SinkApp onFailure(Consumer<Throwable> listener) {
    this.failureListener = listener;
    return this;
  }

  /**
   * Opens the warehouse and starts consuming. A warehouse that is configured wrongly fails here; one
   * that is merely unreachable is retried by the running sink.
   */
  public synchronized void start() {
    if (!threads.isEmpty()) throw new IllegalStateException("sink already started");
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
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

    SchemaRegistryClient registry = new SchemaRegistryClient(config.client().schemaRegistryUrl(), config.client().registry());
    dlq = new KafkaProducer<>(producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
    admin = Admin.create(adminProperties());
    probe = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsflow-sink-broker-probe");
      t.setDaemon(true);
      return t;
    });
    probe.scheduleWithFixedDelay(this::probeBroker, 0, PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);

    WarehouseLoop warehouse = new WarehouseLoop(
        new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer()), dlq,
        new AvroDeserializer<EnrichedArticle>(registry, EnrichedArticle.class),
        new AvroDeserializer<OfficialAlert>(registry, OfficialAlert.class),
        writer, config.warehouseRetry(), metrics, Clock.systemUTC());
    loops.add(warehouse);
    if (notifiers.isEmpty()) {
      deliveryPositioned.countDown();
    } else {
      deliveryWriter = WarehouseWriter.lazy(config.warehouseUrl());
      AlertDispatcher dispatcher = new AlertDispatcher(notifiers, new WarehouseDeliveryLog(deliveryWriter), Clock.systemUTC());
      AlertDeliveryLoop delivery = new AlertDeliveryLoop(
          new KafkaConsumer<>(deliveryConsumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer()), dlq,
          new AvroDeserializer<OfficialAlert>(registry, OfficialAlert.class), dispatcher, config.warehouseRetry(),
          metrics, Clock.systemUTC());
      loops.add(delivery);
      threads.add(thread(DELIVERY_THREAD, "alert delivery", () -> {
        positionDeliveryGroup();
        delivery.run();
      }));
    }
    threads.add(0, thread("newsflow-sink", "warehouse writer", () -> {
      awaitDeliveryPositioned();
      warehouse.run();
    }));
    threads.forEach(Thread::start);
    LOG.info("Sink started: {}; {} notifier(s)", config, notifiers.size());
  }

  private Thread thread(String name, String part, Runnable body) {
    return new Thread(() -> {
      try {
        body.run();
        if (!closing) fail(part, new IllegalStateException("the " + part + " stopped on its own"));
      } catch (Throwable t) {
        if (closing) {
          LOG.debug("{} ended while closing: {}", part, t.toString());
        } else {
          fail(part, t);
        }
      }
    }, name);
  }

  /**
   * Stops everything after a failure that is neither a bad record nor an outage, logs it at ERROR
   * and tells the listener (on a thread of its own: the listener may exit the JVM, whose shutdown
   * hook closes this app and joins these threads).
   */
  private void fail(String part, Throwable t) {
    Consumer<Throwable> listener;
    synchronized (this) {
      if (failure != null) return;
      failure = t;
      listener = failureListener;
    }
    LOG.error("Sink stopped: the {} failed with {}. /health reports it; records not yet committed are read "
        + "again at the next start", part, t.toString(), t);
    loops.forEach(ConsumerLoop::stop);
    Thread notify = new Thread(() -> listener.accept(t), "newsflow-sink-failure");
    notify.setDaemon(true);
    notify.start();
  }

  /** Asks the broker for its cluster: health says whether the sink can reach Kafka. */
  private void probeBroker() {
    boolean reachable;
    String problem = null;
    try {
      admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) PROBE_TIMEOUT.toMillis()))
          .nodes().get(PROBE_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
      reachable = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      reachable = false;
      problem = e instanceof ExecutionException && e.getCause() != null ? e.getCause().toString() : e.toString();
    }
    boolean was = metrics.brokerReachable;
    metrics.brokerReachable = reachable;
    if (was && !reachable) LOG.warn("Kafka at {} not reachable: {}", config.client().bootstrapServers(), problem);
    if (!was && reachable) LOG.info("Kafka at {} reachable", config.client().bootstrapServers());
  }

  /**
   * A delivery group that has never committed starts where the warehouse writer's group stands on
   * {@code news.alerts.v1}, when it has a position there: alerts before it were handled by a sink that
   * delivered them itself, or by one without notifiers, and are not sent again. Otherwise it starts
   * at the earliest alert. The warehouse writer waits for this, so it cannot move ahead first.
   */
  private void positionDeliveryGroup() {
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (!closing) {
        try {
          Map<TopicPartition, OffsetAndMetadata> own = groupOffsets(config.alertsGroupId());
          if (!own.isEmpty()) return;
          Map<TopicPartition, OffsetAndMetadata> alerts = new HashMap<>();
          groupOffsets(config.groupId()).forEach((tp, o) -> {
            if (tp.topic().equals(Topics.ALERTS) && o != null) alerts.put(tp, o);
          });
          if (alerts.isEmpty()) return;
          admin.alterConsumerGroupOffsets(config.alertsGroupId(), alerts).all().get(10, TimeUnit.SECONDS);
          LOG.info("Alert delivery group {} starts where group {} stands on {}: {}", config.alertsGroupId(),
              config.groupId(), Topics.ALERTS, alerts);
          return;
        } catch (TimeoutException | ExecutionException e) {
          boolean retriable = e instanceof TimeoutException
              || e.getCause() instanceof org.apache.kafka.common.errors.RetriableException;
          if (!retriable || System.nanoTime() > deadline) {
            LOG.warn("Cannot position alert delivery group {} ({}); it starts at the earliest alert not delivered",
                config.alertsGroupId(), e.getCause() == null ? e.toString() : e.getCause().toString());
            return;
          }
          Thread.sleep(1000);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      deliveryPositioned.countDown();
    }
  }

  private Map<TopicPartition, OffsetAndMetadata> groupOffsets(String group)
      throws InterruptedException, ExecutionException, TimeoutException {
    return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
  }

  private void awaitDeliveryPositioned() {
    try {
      while (!closing && !deliveryPositioned.await(200, TimeUnit.MILLISECONDS)) {
        // waiting for the delivery group's start position
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What both consumers share: manual commits, from the earliest record, read_committed. */
  private Map<String, Object> consumerBase(String group) {
    Map<String, Object> p = new HashMap<>(config.client().kafka());
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.client().bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // enrich writes with exactly-once transactions: never read aborted output
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return p;
  }

  Properties consumerProperties() {
    Map<String, Object> p = consumerBase(config.groupId());
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxBatch());
    // an enriched article is ~15 KB: fetch enough per partition that a busy topic fills whole
    // batches (one warehouse transaction each), while waiting at most 50 ms when it is quiet: a
    // sink with a backlog gets full batches anyway, and at 10 articles/s a 250 ms wait was most of
    // the time from alert to warehouse rows (docs/BENCHMARKS.md "End to end")
    p.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    p.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 256 * 1024);
    p.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, config.groupId() + "-consumer");
    return properties(p);
  }

  /**
   * The delivery consumer takes one alert per poll and may spend one whole webhook delivery (every
   * attempt timing out, plus the waits) between polls: {@code max.poll.interval.ms} is at least that
   * plus a minute, so the group never evicts it in the middle of a delivery.
   */
  Properties deliveryConsumerProperties() {
    Map<String, Object> p = consumerBase(config.alertsGroupId());
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
    // an alert is delivered as soon as it is committed upstream
    p.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
    long needed = config.webhookDeliveryBound().plusMinutes(1).toMillis();
    long configured = Long.parseLong(String.valueOf(p.getOrDefault(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 300_000)));
    p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, Math.max(needed, configured)));
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, config.alertsGroupId() + "-consumer");
    return properties(p);
  }

  Properties producerProperties() {
    Map<String, Object> p = new HashMap<>(config.client().kafka());
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.client().bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, config.groupId() + "-dlq");
    p.keySet().retainAll(ProducerConfig.configNames());
    return properties(p);
  }

  Properties adminProperties() {
    Map<String, Object> p = new HashMap<>(config.client().kafka());
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.client().bootstrapServers());
    p.put(AdminClientConfig.CLIENT_ID_CONFIG, config.groupId() + "-admin");
    p.keySet().retainAll(AdminClientConfig.configNames());
    return properties(p);
  }

  private static Properties properties(Map<String, Object> p) {
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

  /** True while the warehouse writer (and alert delivery, when there are notifiers) runs and nothing failed. */
  public boolean isRunning() {
    return !threads.isEmpty() && failure == null && !closing && threads.stream().allMatch(Thread::isAlive);
  }

  /** True while the sink runs and no outage (warehouse, registry, broker) holds it up. */
  public boolean isProcessing() {
    return isRunning() && !metrics.snapshot().paused();
  }

  /** True unless the last attempt to use the warehouse found it unreachable. */
  public boolean warehouseReachable() {
    return metrics.writer.outage() != SinkMetrics.Dependency.WAREHOUSE
        && metrics.delivery.outage() != SinkMetrics.Dependency.WAREHOUSE;
  }

  /** True when the broker answered the last probe (every 2 s). */
  public boolean brokerReachable() {
    return metrics.brokerReachable;
  }

  /** Why the sink stopped on its own, or null. */
  public Throwable failure() {
    return failure;
  }

  /** Stops consuming (the current batch finishes or is abandoned uncommitted) and closes the warehouse. */
  @Override
  public void close() {
    synchronized (this) {
      if (closing) return;
      closing = true;
    }
    loops.forEach(ConsumerLoop::stop);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (Thread t : threads) {
      try {
        boolean delivery = t.getName().equals(DELIVERY_THREAD);
        t.join(delivery ? 2_000 : 5_000);
        if (t.isAlive()) {
          // a webhook delivery in its retries is cut short (it is not settled, so it is read again at the next start)
          if (delivery) t.interrupt();
          t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (probe != null) probe.shutdownNow();
    if (dlq != null) dlq.close(Duration.ofSeconds(5));
    if (admin != null) admin.close(Duration.ofSeconds(2));
    if (writer != null) writer.close();
    if (deliveryWriter != null) deliveryWriter.close();
    LOG.info("Sink closed. {}", String.join("; ", metrics.snapshot().accountLines()));
  }
}
