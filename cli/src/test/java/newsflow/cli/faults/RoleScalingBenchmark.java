package newsflow.cli.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, benchmark item 4: how enrich and sink scale from one to two instances (child JVMs of
 * {@code newsflow enrich} / {@code newsflow sink}) on three brokers (RF 3, {@code min.insync.replicas=2},
 * four partitions). Not a test: its name matches neither the surefire nor the failsafe includes, so
 * {@code verify} (with or without {@code -Pfaults}) never runs it. Run it alone (docs/BENCHMARKS.md,
 * "Scaling on a 3-broker cluster"):
 *
 * <pre>
 * NEWSFLOW_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres \
 * ./mvnw -B -o -pl cli -am verify -Dtest=none -Dit.test=RoleScalingBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false [-Dscaling.articles=N (default 5000)]
 * </pre>
 *
 * <p>Ingest writes N made-up articles to the raw topic once (its rate is printed). For each run the
 * role's consumer group is created with its offsets at the end of its input topic, the instances are
 * started and awaited until every one of them holds partitions, and only then are the N records
 * released by copying them (bytes, same partition) onto the input topic, so no instance starts
 * alone. Throughput is records over the time from the first to the last output record (enriched
 * records read_committed; rows in the warehouse), so JVM start and model loading are not counted.
 * Each run checks exactly-once: N outputs, N distinct article ids.
 */
class RoleScalingBenchmark {
  static final int PARTITIONS = 4;
  static final int ARTICLES = Integer.getInteger("scaling.articles", 5000);
  @TempDir Path dir;

  @Test
  @Timeout(3600)
  void enrichAndSinkWithOneAndTwoInstances() throws Exception {
    String pgBase = System.getenv("NEWSFLOW_TEST_POSTGRES_URL");
    assertTrue(pgBase != null && !pgBase.isBlank(), "set NEWSFLOW_TEST_POSTGRES_URL (the sink runs need PostgreSQL)");
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path watchlist = FaultArticles.writeWatchlist(dir);
    List<String> results = new ArrayList<>();
    try (ThreeBrokerCluster cluster = new ThreeBrokerCluster(dir.resolve("cluster"), PARTITIONS);
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(cluster.bootstrapServers(), 0)) {
      String bootstrap = cluster.bootstrapServers();
      // preload: one in-process ingest reads N files into the raw topic
      ClientConfig client = new ClientConfig(bootstrap, registry.url(), Map.of(), Map.of());
      FaultArticles.write(inbox, 0, ARTICLES);
      try (IngestApp ingest = new IngestApp(IngestConfig.fromEnv(Map.of()).client(client).dataDir(dir.resolve("ingest"))
          .watchDir(inbox).watchInterval(Duration.ofMillis(200)).build())) {
        Observer raw = new Observer(bootstrap, Topics.ARTICLES_RAW);
        ingest.start();
        raw.awaitAll(ARTICLES, Duration.ofMinutes(10));
        results.add(raw.line("ingest x1 (preload, in-process)"));
      }
      List<ConsumerRecord<byte[], byte[]>> rawRecords = Faults.readCommitted(bootstrap, Topics.ARTICLES_RAW);
      assertEquals(ARTICLES, rawRecords.size());

      List<ConsumerRecord<byte[], byte[]>> enrichedOnce = null;
      for (int instances = 1; instances <= 2; instances++) {
        String app = "scale-enrich-" + instances;
        commitAtEnd(cluster, app, List.of(Topics.ARTICLES_RAW));
        List<Process> children = new ArrayList<>();
        try {
          for (int i = 0; i < instances; i++) children.add(child("enrich", app, i, List.of("--bootstrap-servers", bootstrap,
              "--schema-registry-url", registry.url(), "--watchlist", watchlist.toString(),
              "--state-dir", dir.resolve(app + "-state-" + i).toString()), Map.of("NEWSFLOW_ENRICH_APPLICATION_ID", app)));
          awaitGroup(cluster, app, instances, Topics.ARTICLES_RAW, children);
          Observer out = new Observer(bootstrap, Topics.ARTICLES_ENRICHED);
          copy(bootstrap, rawRecords, Topics.ARTICLES_RAW);
          List<ConsumerRecord<byte[], byte[]>> got = out.awaitAll(ARTICLES, Duration.ofMinutes(20));
          Thread.sleep(3_000); // room for a doubled record
          got.addAll(out.drain());
          assertEquals(ARTICLES, got.size(), "enrich x" + instances + ": records in the enriched topic");
          assertEquals(ARTICLES, Faults.keyCounts(got).size(), "enrich x" + instances + ": each article once");
          results.add(out.line("enrich x" + instances) + " cpu " + cpu(children));
          if (enrichedOnce == null) enrichedOnce = got;
        } finally {
          stop(children);
        }
      }

      for (int instances = 1; instances <= 2; instances++) {
        String group = "scale-sink-" + instances;
        String schema = "scale_sink_" + instances + "_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(pgBase); Statement s = c.createStatement()) {
          s.execute("CREATE SCHEMA " + schema);
        }
        String url = pgBase + (pgBase.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        commitAtEnd(cluster, group, List.of(Topics.ARTICLES_ENRICHED, Topics.ALERTS));
        commitAtEnd(cluster, group + "-alerts", List.of(Topics.ALERTS));
        List<Process> children = new ArrayList<>();
        try {
          for (int i = 0; i < instances; i++) children.add(child("sink", group, i, List.of("--bootstrap-servers", bootstrap,
              "--schema-registry-url", registry.url(), "--warehouse", url,
              "--data-dir", dir.resolve(group + "-data-" + i).toString()), Map.of("NEWSFLOW_SINK_GROUP_ID", group)));
          awaitGroup(cluster, group, instances, Topics.ARTICLES_ENRICHED, children);
          copy(bootstrap, enrichedOnce, Topics.ARTICLES_ENRICHED);
          long first = 0;
          long last = 0;
          long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
          long[] counts = {0, 0};
          while (counts[0] < ARTICLES) {
            if (System.nanoTime() > deadline) throw new AssertionError("sink x" + instances + ": " + counts[0] + " rows");
            counts = articleCounts(url);
            long now = System.nanoTime();
            if (counts[0] > 0 && first == 0) first = now;
            last = now;
            Thread.sleep(50);
          }
          Thread.sleep(3_000);
          counts = articleCounts(url);
          assertEquals(ARTICLES, counts[0], "sink x" + instances + ": rows");
          assertEquals(ARTICLES, counts[1], "sink x" + instances + ": distinct ids");
          double seconds = (last - first) / 1e9;
          results.add(String.format(Locale.ROOT, "sink x%d: %d rows (%d distinct ids), first to last %.2f s, %.0f articles/s cpu %s",
              instances, counts[0], counts[1], seconds, counts[0] / seconds, cpu(children)));
        } finally {
          stop(children);
          try (Connection c = DriverManager.getConnection(pgBase); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
          }
        }
      }
    } finally {
      System.out.printf("role scaling, %d articles, %d partitions, 3 brokers RF 3 min.insync.replicas=2, %d cores, load %.2f%n",
          ARTICLES, PARTITIONS, Runtime.getRuntime().availableProcessors(),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      results.forEach(r -> System.out.println("role scaling: " + r));
    }
  }

  private static long[] articleCounts(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      if (!tableExists(c)) return new long[] {0, 0};
      try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT id) FROM articles")) {
        r.next();
        return new long[] {r.getLong(1), r.getLong(2)};
      }
    }
  }

  private static boolean tableExists(Connection c) throws Exception {
    try (ResultSet r = c.getMetaData().getTables(null, c.getSchema(), "articles", null)) {
      return r.next();
    }
  }

  /** Reads a topic (read_committed) from its current end, noting when the first and last records arrive. */
  static final class Observer implements AutoCloseable {
    final KafkaConsumer<byte[], byte[]> consumer;
    final String topic;
    long first;
    long last;
    int count;
    final Set<String> keys = new HashSet<>();

    Observer(String bootstrap, String topic) {
      this.topic = topic;
      Map<String, Object> p = new HashMap<>();
      p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
      p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
      List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(i -> new TopicPartition(topic, i.partition())).toList();
      consumer.assign(parts);
      consumer.seekToEnd(parts);
      parts.forEach(consumer::position); // fix the start now, before anything is released
    }

    List<ConsumerRecord<byte[], byte[]>> awaitAll(int n, Duration timeout) {
      List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
      long deadline = System.nanoTime() + timeout.toNanos();
      while (out.size() < n) {
        if (System.nanoTime() > deadline) throw new AssertionError(topic + ": " + out.size() + " of " + n + " records");
        out.addAll(poll());
      }
      return out;
    }

    List<ConsumerRecord<byte[], byte[]>> drain() {
      List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
      for (int i = 0; i < 4; i++) out.addAll(poll());
      return out;
    }

    private List<ConsumerRecord<byte[], byte[]>> poll() {
      List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) out.add(r);
      if (!out.isEmpty()) {
        long now = System.nanoTime();
        if (first == 0) first = now;
        last = now;
        count += out.size();
      }
      return out;
    }

    String line(String what) {
      double seconds = (last - first) / 1e9;
      consumer.close();
      return String.format(Locale.ROOT, "%s: %d records, first to last %.2f s, %.0f records/s", what, count, seconds,
          count / seconds);
    }

    @Override public void close() {
      consumer.close();
    }
  }

  /** Creates {@code group} with its offsets at the current end of {@code topics}: it starts there. */
  private static void commitAtEnd(ThreeBrokerCluster cluster, String group, List<String> topics) throws Exception {
    try (Admin admin = cluster.admin()) {
      Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
      for (String t : topics) {
        Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> spec = new HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) spec.put(new TopicPartition(t, p), org.apache.kafka.clients.admin.OffsetSpec.latest());
        admin.listOffsets(spec).all().get(30, TimeUnit.SECONDS)
            .forEach((tp, info) -> offsets.put(tp, new OffsetAndMetadata(info.offset())));
      }
      admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
    }
  }

  private static void awaitGroup(ThreeBrokerCluster cluster, String group, int instances, String topic, List<Process> children)
      throws InterruptedException {
    Faults.await(group + ": " + instances + " members holding " + topic, Duration.ofMinutes(5), () -> {
      if (children.stream().anyMatch(c -> !c.isAlive())) throw new AssertionError(group + ": a child exited");
      try (Admin admin = cluster.admin()) {
        ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
            .get(10, TimeUnit.SECONDS);
        return d.members().size() == instances && d.members().stream().allMatch(m -> m.assignment().topicPartitions()
            .stream().anyMatch(tp -> tp.topic().equals(topic)))
            && d.members().stream().mapToLong(m -> m.assignment().topicPartitions().stream()
                .filter(tp -> tp.topic().equals(topic)).count()).sum() == PARTITIONS;
      } catch (Exception e) {
        return false;
      }
    });
    Thread.sleep(2_000); // a stable assignment, not one mid-rebalance
  }

  /** Appends {@code records} (bytes and headers as they are) to the same partitions of {@code topic}. */
  private static void copy(String bootstrap, List<ConsumerRecord<byte[], byte[]>> records, String topic) throws Exception {
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> r : records) {
        sent.add(producer.send(new ProducerRecord<>(topic, r.partition(), null, r.key(), r.value(), r.headers())));
      }
      producer.flush();
      for (java.util.concurrent.Future<?> f : sent) f.get(60, TimeUnit.SECONDS); // every copy acknowledged
    }
  }

  private Process child(String role, String name, int i, List<String> args, Map<String, String> env) throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", classpath, "newsflow.cli.Newsflow", role));
    command.addAll(args);
    command.addAll(List.of("--metrics-port", Integer.toString(freePort())));
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + "-" + i + ".log").toFile());
    b.environment().putAll(env);
    return b.start();
  }

  private static String cpu(List<Process> children) {
    List<String> out = new ArrayList<>();
    for (Process c : children) {
      out.add(c.info().totalCpuDuration().map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1e3)).orElse("?"));
    }
    return String.join(" + ", out) + " (since JVM start)";
  }

  private static void stop(List<Process> children) throws InterruptedException {
    for (Process c : children) c.destroy();
    for (Process c : children) {
      if (!c.waitFor(30, TimeUnit.SECONDS)) c.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
