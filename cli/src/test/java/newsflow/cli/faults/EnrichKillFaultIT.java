package newsflow.cli.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsflow.cli.config.TopicPlan;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.enrich.topology.EnrichConfig;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, fault test 2: two {@code newsflow enrich} processes (child JVMs) share the raw topic's
 * four partitions; one is killed with SIGKILL while articles stream through. The survivor owns all
 * four partitions within the session timeout plus a rebalance (here {@code session.timeout.ms=10000}
 * through {@code NEWSFLOW_KAFKA_SESSION_TIMEOUT_MS}; Kafka's default is 45 s), the killed process's
 * open transaction is aborted, and every article is in the enriched topic exactly once (read_committed),
 * every alert once.
 */
class EnrichKillFaultIT {
  static final int ARTICLES = 80;
  static final int PARTITIONS = 4;
  static final int SESSION_TIMEOUT_MS = 10_000;
  @TempDir Path dir;

  @Test
  @Timeout(900)
  void theSurvivorTakesOverAndEveryArticleIsEnrichedOnce() throws Exception {
    long t0 = System.nanoTime();
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path watchlist = FaultArticles.writeWatchlist(dir);
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      for (TopicPlan.TopicSpec t : TopicPlan.topics(PARTITIONS, false)) kafka.createTopic(t.name(), t.partitions(), t.configs());
      List<Process> children = new ArrayList<>();
      List<Integer> ports = new ArrayList<>();
      try {
        for (int i = 0; i < 2; i++) {
          int port = freePort();
          ports.add(port);
          children.add(enrich(kafka, registry, watchlist, i, port));
        }
        for (int n = 0; n < 2; n++) {
          int i = n;
          int port = ports.get(i);
          Process child = children.get(i);
          Faults.await("enrich " + i + " ready", Duration.ofSeconds(300), () -> ready(port) || !child.isAlive(),
              () -> tail(dir.resolve("enrich-" + i + ".log")));
          assertTrue(child.isAlive(), tail(dir.resolve("enrich-" + i + ".log")));
        }
        Faults.await("both instances in the group", Duration.ofSeconds(120), () -> members(kafka).size() == 2
            && members(kafka).stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty()));
        System.out.printf("enrich kill test: two instances up after %.0f s%n", (System.nanoTime() - t0) / 1e9);

        ClientConfig client = new ClientConfig(kafka.bootstrapServers(), registry.url(), Map.of(), Map.of());
        try (IngestApp ingest = new IngestApp(IngestConfig.fromEnv(Map.of()).client(client).dataDir(dir.resolve("ingest"))
            .watchDir(inbox).watchInterval(Duration.ofMillis(200)).build())) {
          ingest.start();
          FaultArticles.write(inbox, 0, ARTICLES / 2);
          Faults.await("a quarter enriched", Duration.ofSeconds(300),
              () -> Faults.readCommitted(kafka.bootstrapServers(), Topics.ARTICLES_ENRICHED).size() >= ARTICLES / 4);
          FaultArticles.write(inbox, ARTICLES / 2, ARTICLES);
          long killedAt = System.nanoTime();
          children.get(0).destroyForcibly(); // SIGKILL, mid-stream
          assertTrue(children.get(0).waitFor(30, TimeUnit.SECONDS));
          int enrichedAtKill = Faults.readCommitted(kafka.bootstrapServers(), Topics.ARTICLES_ENRICHED).size();
          Faults.await("the survivor owning every partition", Duration.ofSeconds(120), () -> {
            List<MemberDescription> m = members(kafka);
            return m.size() == 1 && m.get(0).assignment().topicPartitions().stream()
                .filter(tp -> tp.topic().equals(Topics.ARTICLES_RAW)).count() == PARTITIONS;
          });
          double takeover = (System.nanoTime() - killedAt) / 1e9;
          Faults.await("every article enriched", Duration.ofSeconds(400),
              () -> Faults.readCommitted(kafka.bootstrapServers(), Topics.ARTICLES_ENRICHED).size() >= ARTICLES,
              () -> tail(dir.resolve("enrich-1.log")));
          double allDone = (System.nanoTime() - killedAt) / 1e9;
          Thread.sleep(3_000); // room for a doubled record
          System.out.printf("enrich kill test: killed with %d of %d enriched; survivor owned all %d partitions %.1f s"
              + " after the kill; all enriched %.1f s after it%n", enrichedAtKill, ARTICLES, PARTITIONS, takeover, allDone);
          assertTrue(takeover < SESSION_TIMEOUT_MS / 1000.0 + 20, "takeover took " + takeover + " s");
          assertTrue(enrichedAtKill < ARTICLES, "everything was enriched before the kill: nothing tested");
        }
        List<ConsumerRecord<byte[], byte[]>> raw = Faults.readCommitted(kafka.bootstrapServers(), Topics.ARTICLES_RAW);
        List<ConsumerRecord<byte[], byte[]>> enriched = Faults.readCommitted(kafka.bootstrapServers(), Topics.ARTICLES_ENRICHED);
        List<ConsumerRecord<byte[], byte[]>> alerts = Faults.readCommitted(kafka.bootstrapServers(), Topics.ALERTS);
        long dlq = Faults.deadLettersFrom(Faults.readCommitted(kafka.bootstrapServers(), Topics.ENRICH_DLQ), Topics.ARTICLES_RAW);
        System.out.printf("enrich kill test account (topics): raw %d = enriched %d + dead-lettered %d; alerts %d (%d ids)%n",
            raw.size(), enriched.size(), dlq, alerts.size(), Faults.keyCounts(alerts).size());
        assertEquals(ARTICLES, raw.size());
        assertEquals(raw.size(), enriched.size() + dlq, "enrich account");
        assertEquals(ARTICLES, Faults.keyCounts(enriched).size(), "each article enriched once");
        assertEquals(ARTICLES, alerts.size(), "one alert per article");
        assertEquals(ARTICLES, Faults.keyCounts(alerts).size(), "no alert twice");
      } finally {
        for (Process c : children) c.destroyForcibly();
      }
    }
    System.out.printf("enrich kill test: %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }

  private static List<MemberDescription> members(EmbeddedKafka kafka) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(EnrichConfig.DEFAULT_APPLICATION_ID))
          .describedGroups().get(EnrichConfig.DEFAULT_APPLICATION_ID).get(10, TimeUnit.SECONDS);
      return new ArrayList<>(d.members());
    } catch (Exception e) {
      return List.of();
    }
  }

  private static boolean ready(int port) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Process enrich(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry, Path watchlist, int i, int port)
      throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", classpath, "newsflow.cli.Newsflow", "enrich",
        "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
        "--watchlist", watchlist.toString(), "--state-dir", dir.resolve("state-" + i).toString(),
        "--metrics-port", Integer.toString(port));
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("enrich-" + i + ".log").toFile());
    b.environment().put("NEWSFLOW_KAFKA_SESSION_TIMEOUT_MS", Integer.toString(SESSION_TIMEOUT_MS));
    b.environment().put("NEWSFLOW_LOG_LEVEL", "INFO");
    return b.start();
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
