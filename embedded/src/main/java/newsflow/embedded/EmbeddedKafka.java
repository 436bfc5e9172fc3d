package newsflow.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A genuine single-node Apache Kafka broker running in this JVM: KRaft mode, one process acting as
 * both broker and controller, built from Kafka's own server classes. The data directory is formatted
 * with Kafka's storage formatter the first time and reused afterwards, so topics and records survive
 * a restart on the same directory.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final int NODE_ID = 1;
  private static final String BROKER_LISTENER = "PLAINTEXT";
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final String HOST = "127.0.0.1";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Path dataDir;
  private final int port;
  private final String clusterId;
  private final KafkaRaftServer server;
  private final Admin admin;
  private final DirectoryLock lock;
  private volatile long startupMillis;
  private volatile boolean closed;

  private EmbeddedKafka(Path dataDir, int port, String clusterId, KafkaRaftServer server, Admin admin, DirectoryLock lock) {
    this.lock = lock;
    this.dataDir = dataDir;
    this.port = port;
    this.clusterId = clusterId;
    this.server = server;
    this.admin = admin;
  }

  /** Starts a broker on a free loopback port, storing its data in {@code dataDir} (created if missing). */
  public static EmbeddedKafka start(Path dataDir) {
    return start(dataDir, 0);
  }

  /**
   * Starts a broker on the given loopback port (0 = a free one), storing its data in {@code dataDir}.
   * An existing, formatted directory is reused with its cluster id, topics and records.
   */
  public static EmbeddedKafka start(Path dataDir, int port) {
    Objects.requireNonNull(dataDir, "dataDir");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    long t0 = System.nanoTime();
    QuietKafkaLogs.apply();
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new EmbeddedKafkaException("cannot create data directory " + dir, e);
    }
    DirectoryLock lock = DirectoryLock.acquire(dir);
    try {
      return startLocked(dir, port, lock, t0);
    } catch (RuntimeException e) {
      lock.release();
      throw e;
    }
  }

  private static EmbeddedKafka startLocked(Path dir, int port, DirectoryLock lock, long t0) {
    int brokerPort = port == 0 ? freePort() : requireFree(port);
    int controllerPort = freePort();
    KafkaConfig config = KafkaConfig.fromProps(brokerProperties(dir, brokerPort, controllerPort), false);
    String clusterId = formatIfEmpty(dir);

    long formatted = System.nanoTime();
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      shutdownQuietly(server);
      throw new EmbeddedKafkaException("Kafka broker failed to start in " + dir + " on port " + brokerPort + ": " + rootMessage(e), e);
    }
    long started = System.nanoTime();
    String bootstrap = HOST + ":" + brokerPort;
    Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-embedded-admin",
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis()));
    EmbeddedKafka kafka = new EmbeddedKafka(dir, brokerPort, clusterId, server, admin, lock);
    try {
      kafka.awaitReady();
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
    }
    long ready = System.nanoTime();
    kafka.startupMillis = TimeUnit.NANOSECONDS.toMillis(ready - t0);
    LOG.debug("Start phases: config+format {} ms, server startup {} ms, first admin answer {} ms",
        TimeUnit.NANOSECONDS.toMillis(formatted - t0), TimeUnit.NANOSECONDS.toMillis(started - formatted),
        TimeUnit.NANOSECONDS.toMillis(ready - started));
    LOG.info("Embedded Kafka ready at {} in {} ms (cluster {}, data {})", bootstrap, kafka.startupMillis, clusterId, dir);
    return kafka;
  }

  /** {@code host:port} for clients' {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return HOST + ":" + port;
  }

  /** The broker's client port. */
  public int port() {
    return port;
  }

  /** The KRaft cluster id, kept in the data directory across restarts. */
  public String clusterId() {
    return clusterId;
  }

  /** The directory that holds the broker's logs and metadata. */
  public Path dataDir() {
    return dataDir;
  }

  /** How long {@link #start} took until the broker answered an admin request, in milliseconds. */
  public long startupMillis() {
    return startupMillis;
  }

  /**
   * Creates a topic with replication factor 1 and the given configs (e.g. {@code cleanup.policy=compact});
   * an existing topic of that name is left as it is.
   */
  public void createTopic(String name, int partitions, Map<String, String> configs) {
    Objects.requireNonNull(name, "name");
    if (partitions < 1) throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
    NewTopic topic = new NewTopic(name, partitions, (short) 1).configs(configs == null ? Map.of() : configs);
    try {
      admin.createTopics(java.util.List.of(topic)).all().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) return;
      throw new EmbeddedKafkaException("cannot create topic " + name, e.getCause());
    } catch (TimeoutException e) {
      throw new EmbeddedKafkaException("timed out creating topic " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedKafkaException("interrupted while creating topic " + name, e);
    }
  }

  /** An admin client bound to this broker, owned by this object (do not close it). */
  public Admin admin() {
    return admin;
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    admin.close(Duration.ofSeconds(5));
    shutdownQuietly(server);
    lock.release();
    LOG.info("Embedded Kafka at {} stopped", bootstrapServers());
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) return;
      } catch (ExecutionException | TimeoutException e) {
        last = new EmbeddedKafkaException("broker not ready", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmbeddedKafkaException("interrupted while waiting for the broker", e);
      }
      sleep(50);
    }
    throw new EmbeddedKafkaException("broker at " + bootstrapServers() + " not ready within " + READY_TIMEOUT, last);
  }

  private static Properties brokerProperties(Path dir, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    p.put("controller.listener.names", CONTROLLER_LISTENER);
    p.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
    p.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
    p.put("inter.broker.listener.name", BROKER_LISTENER);
    p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    p.put("log.dirs", dir.toString());
    // One node: every internal topic has one replica, and nothing waits for peers.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("num.partitions", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    p.put("auto.create.topics.enable", "true");
    p.put("log.flush.interval.messages", "1");
    p.put("num.network.threads", "2");
    p.put("num.io.threads", "2");
    p.put("background.threads", "2");
    p.put("log.cleaner.threads", "1");
    p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
    p.put("controller.quorum.election.timeout.ms", "500");
    p.put("controller.quorum.fetch.timeout.ms", "1000");
    return p;
  }

  /** Formats an empty directory with Kafka's own storage formatter; returns the cluster id either way. */
  private static String formatIfEmpty(Path dir) {
    Path meta = dir.resolve("meta.properties");
    if (Files.exists(meta)) return readClusterId(meta);
    String clusterId = Uuid.randomUuid().toString();
    Formatter formatter = new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
        .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
        .setNodeId(NODE_ID)
        .setClusterId(clusterId)
        .addDirectory(dir.toString())
        .setMetadataLogDirectory(dir.toString())
        .setControllerListenerName(CONTROLLER_LISTENER)
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
    try {
      formatter.run();
    } catch (Exception e) {
      throw new EmbeddedKafkaException("cannot format Kafka storage in " + dir, e);
    }
    LOG.debug("Formatted Kafka storage in {} with cluster id {}", dir, clusterId);
    return clusterId;
  }

  private static String readClusterId(Path meta) {
    Properties props = new Properties();
    try (var in = Files.newInputStream(meta)) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + meta, e);
    }
    String id = props.getProperty("cluster.id");
    if (id == null) throw new EmbeddedKafkaException(meta + " has no cluster.id: not a Kafka data directory", null);
    return id;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    }
  }

  private static int requireFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
      return port;
    } catch (IOException e) {
      throw new EmbeddedKafkaException("cannot start Kafka on " + HOST + ":" + port + ": the port is in use (" + e.getMessage() + ")", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  private static void shutdownQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      LOG.warn("Error while stopping the embedded Kafka broker", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedKafkaException("interrupted while waiting for the broker", e);
    }
  }
}
