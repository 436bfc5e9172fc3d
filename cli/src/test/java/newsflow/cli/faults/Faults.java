package newsflow.cli.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import newsflow.schemas.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Waiting and reading topics for the fault tests. */
final class Faults {
  private Faults() {}

  static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    await(what, timeout, condition, () -> "");
  }

  static void await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("timed out after " + timeout + " waiting for " + what + " " + state.get());
      Thread.sleep(200);
    }
  }

  /** Every committed record of {@code topic} (read_committed: aborted transactions and markers left out). */
  static List<ConsumerRecord<byte[], byte[]>> readCommitted(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(i -> new TopicPartition(topic, i.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(parts, Duration.ofSeconds(30)));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) throw new AssertionError("could not read " + topic + " to its end " + end);
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) out.add(r);
      }
    }
    return out;
  }

  /** Dead letters of {@code dlq} whose provenance names {@code sourceTopic}, one per source offset. */
  static long deadLettersFrom(List<ConsumerRecord<byte[], byte[]>> dlq, String sourceTopic) {
    return dlq.stream().filter(r -> sourceTopic.equals(DeadLetters.header(r.headers(), DeadLetters.SOURCE_TOPIC)))
        .map(r -> DeadLetters.header(r.headers(), DeadLetters.SOURCE_PARTITION) + "@"
            + DeadLetters.header(r.headers(), DeadLetters.SOURCE_OFFSET))
        .distinct().count();
  }

  /** The distinct keys of {@code records} and how often each occurs. */
  static Map<String, Integer> keyCounts(List<ConsumerRecord<byte[], byte[]>> records) {
    Map<String, Integer> out = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      if (r.value() == null) continue;
      out.merge(r.key() == null ? "" : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8), 1, Integer::sum);
    }
    return out;
  }
}
