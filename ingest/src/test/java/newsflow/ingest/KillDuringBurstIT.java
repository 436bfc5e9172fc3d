package newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroDeserializer;
import newsflow.v1.RawArticle;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest burst: a separate JVM watches a directory of article files and
 * publishes them to the embedded broker this test owns; it is killed with SIGKILL while the burst is
 * under way, then started again on the same data directory. Every file must be in the raw topic
 * exactly once: nothing acknowledged is published twice, nothing unacknowledged is lost.
 */
class KillDuringBurstIT {
  /**
   * Enough files that the burst cannot finish between the poll that sees the first few dozen published and the
   * kill: on an idle machine 400 were all published in that window once, and the test then tested nothing.
   */
  private static final int FILES = 2000;
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(120);

  @TempDir Path dir;

  /** The child process: ingest of a watched directory, run until killed, or one pass and exit. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      String bootstrap = args[0];
      String registry = args[1];
      Path data = Path.of(args[2]);
      Path watch = Path.of(args[3]);
      boolean once = args[4].equals("once");
      IngestConfig config = IngestConfig.builder()
          .client(new ClientConfig(bootstrap, registry, Map.of(), Map.of()))
          .dataDir(data).watchDir(watch).watchInterval(Duration.ofMillis(100)).build();
      IngestApp app = new IngestApp(config);
      if (once) {
        System.out.println("child: " + app.runOnce());
        app.close();
        System.exit(0);
      }
      app.start();
      System.out.println("child: started");
      Thread.sleep(Long.MAX_VALUE);
    }
  }

  private static String article(int i) {
    return "# Ward report number " + i + "\n\nThe ward " + i + " committee met on Tuesday and voted " + (i % 7 + 2)
        + " to 1 to resurface the lane behind the market hall, after residents of house " + (i * 3 + 1)
        + " complained about potholes.\n\nThe work is planned for week " + (i % 50 + 1)
        + " and will close the lane for " + (i % 4 + 1) + " days.\n";
  }

  private Process child(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry, Path data, Path watch, String mode,
      Path log) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
        Child.class.getName(), kafka.bootstrapServers(), registry.url(), data.toString(), watch.toString(), mode));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  @Test
  void everyFileIsInTheRawTopicExactlyOnceAfterAKillNineMidBurst() throws Exception {
    Path watch = Files.createDirectories(dir.resolve("inbox"));
    Path data = dir.resolve("data");
    FileTime settled = FileTime.from(Instant.now().minusSeconds(60));
    for (int i = 0; i < FILES; i++) {
      Path f = watch.resolve(String.format("ward-%03d.md", i));
      Files.writeString(f, article(i));
      Files.setLastModifiedTime(f, settled);
    }
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      kafka.createTopic(Topics.ARTICLES_RAW, 2, Map.of());
      kafka.createTopic(Topics.INGEST_DLQ, 1, Map.of());

      Process first = child(kafka, registry, data, watch, "run", dir.resolve("child-1.log"));
      long atKill;
      try {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        long published = 0;
        // kill once a few dozen articles are in: the burst is under way, most files still to come
        while ((published = endOffset(kafka)) < 40 && first.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertTrue(first.isAlive(), "the child died on its own: " + Files.readString(dir.resolve("child-1.log")));
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no close
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        atKill = endOffset(kafka);
        assertTrue(published >= 40, "the burst never got going: " + Files.readString(dir.resolve("child-1.log")));
        assertTrue(atKill < FILES, "the child finished before the kill (" + atKill + "), nothing was tested");
      } finally {
        first.destroyForcibly();
      }

      Process second = child(kafka, registry, data, watch, "once", dir.resolve("child-2.log"));
      try {
        assertTrue(second.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the restarted child did not finish");
        assertEquals(0, second.exitValue(), Files.readString(dir.resolve("child-2.log")));
      } finally {
        second.destroyForcibly();
      }

      Map<String, Integer> copies = titlesOnTheRawTopic(kafka, registry);
      System.out.printf("kill -9 at %d of %d records; after the restart %d records, %d distinct titles%n%s%n", atKill,
          FILES, endOffset(kafka), copies.size(), Files.readString(dir.resolve("child-2.log")).lines()
              .filter(l -> l.contains("read back") || l.contains("child:")).toList());
      List<String> missing = new ArrayList<>();
      List<String> twice = new ArrayList<>();
      for (int i = 0; i < FILES; i++) {
        String title = "Ward report number " + i;
        int n = copies.getOrDefault(title, 0);
        if (n == 0) missing.add(title);
        if (n > 1) twice.add(title + " x" + n);
      }
      assertEquals(List.of(), missing, "lost by the kill (" + atKill + " records at the kill)");
      assertEquals(List.of(), twice, "published twice");
      assertEquals(FILES, copies.values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(0, endOffsets(kafka, Topics.INGEST_DLQ), "no file was dead-lettered");
    }
  }

  private static long endOffset(EmbeddedKafka kafka) {
    return endOffsets(kafka, Topics.ARTICLES_RAW);
  }

  private static long endOffsets(EmbeddedKafka kafka, String topic) {
    try (KafkaConsumer<byte[], byte[]> c = consumer(kafka)) {
      List<TopicPartition> partitions = c.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      return c.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static KafkaConsumer<byte[], byte[]> consumer(EmbeddedKafka kafka) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static Map<String, Integer> titlesOnTheRawTopic(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry) {
    AvroDeserializer<RawArticle> values = new AvroDeserializer<>(new SchemaRegistryClient(registry.url()), RawArticle.class);
    Map<String, Integer> copies = new TreeMap<>();
    try (KafkaConsumer<byte[], byte[]> c = consumer(kafka)) {
      List<TopicPartition> partitions = c.partitionsFor(Topics.ARTICLES_RAW).stream()
          .map(p -> new TopicPartition(Topics.ARTICLES_RAW, p.partition())).toList();
      c.assign(partitions);
      c.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(partitions));
      long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
      while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
          copies.merge(values.deserialize(r.topic(), r.value()).getTitle(), 1, Integer::sum);
        }
      }
    }
    return copies;
  }
}
