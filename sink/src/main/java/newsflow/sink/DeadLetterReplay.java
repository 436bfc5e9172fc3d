package newsflow.sink;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-publishes the dead letters of one stage to the topic each came from, with its original key and
 * bytes: e.g. alerts whose delivery was dead-lettered while a webhook was down ({@code sink-alerts}),
 * once it is back, so that the running sink delivers them. Reads the stage's dead-letter topic up to
 * its end at the start of the run; progress is committed in the consumer group
 * {@code newsflow-dlq-replay-<stage>}, so each dead letter is replayed once (unless asked to start
 * from the beginning). Dead letters of other stages in the same topic are left alone.
 */
public final class DeadLetterReplay {
  /** Header on a replayed record: where in the dead-letter topic it came from ({@code topic-partition@offset}). */
  public static final String REPLAYED_FROM = "newsflow.replayed.from";
  /** The stages whose dead letters can be replayed, and the dead-letter topic of each. */
  public static final Map<String, String> DLQ_OF_STAGE = stages();

  private DeadLetterReplay() {}

  private static Map<String, String> stages() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(AlertDeliveryLoop.STAGE, Topics.SINK_DLQ);
    m.put(WarehouseLoop.STAGE, Topics.SINK_DLQ);
    m.put("enrich", Topics.ENRICH_DLQ);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * What a run did: dead letters of the stage replayed (or, on a dry run, that would be) per target
   * topic, dead letters of other stages skipped, and dead letters of the stage without a source
   * topic (an input that never was a record), which cannot be replayed.
   */
  public record Result(String stage, String dlqTopic, Map<String, Long> replayedTo, long otherStages, long withoutSource,
      boolean dryRun) {
    public long replayed() {
      return replayedTo.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The consumer group holding the replay's progress for {@code stage}. */
  public static String group(String stage) {
    return "newsflow-dlq-replay-" + stage;
  }

  /**
   * Replays the dead letters of {@code stage} written since the last replay (or all of them with
   * {@code fromBeginning}). {@code client} holds {@code bootstrap.servers} and any pass-through
   * client settings. Fails with IllegalArgumentException for a stage that has no replayable topic.
   */
  public static Result replay(Map<String, Object> client, String stage, boolean fromBeginning, boolean dryRun,
      Duration timeout) {
    String dlqTopic = DLQ_OF_STAGE.get(stage);
    if (dlqTopic == null) {
      throw new IllegalArgumentException("cannot replay stage '" + stage + "': one of " + DLQ_OF_STAGE.keySet()
          + " (ingest dead letters are inputs, not records: fix the input and ingest it again)");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Long> replayedTo = new TreeMap<>();
    long other = 0;
    long withoutSource = 0;
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(client, stage),
            new ByteArrayDeserializer(), new ByteArrayDeserializer());
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps(client),
            new ByteArraySerializer(), new ByteArraySerializer())) {
      List<PartitionInfo> infos = consumer.partitionsFor(dlqTopic, left(deadline));
      if (infos == null || infos.isEmpty()) throw new IllegalStateException("topic " + dlqTopic + " does not exist");
      List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
      consumer.assign(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, left(deadline));
      Map<TopicPartition, OffsetAndMetadata> done = fromBeginning ? Map.of() : consumer.committed(new java.util.HashSet<>(partitions), left(deadline));
      for (TopicPartition tp : partitions) {
        OffsetAndMetadata o = done.get(tp);
        if (o == null) {
          consumer.seekToBeginning(List.of(tp));
        } else {
          consumer.seek(tp, o.offset());
        }
      }
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      while (!caughtUp(consumer, partitions, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s reading " + dlqTopic);
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) continue;
          if (!stage.equals(DeadLetters.header(r.headers(), DeadLetters.STAGE))) {
            other++;
            continue;
          }
          String source = DeadLetters.header(r.headers(), DeadLetters.SOURCE_TOPIC);
          if (source == null) {
            withoutSource++;
            continue;
          }
          replayedTo.merge(source, 1L, Long::sum);
          if (dryRun) continue;
          ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(source, null, r.key(), r.value());
          again.headers().add(REPLAYED_FROM, (r.topic() + "-" + r.partition() + "@" + r.offset()).getBytes(StandardCharsets.UTF_8));
          sent.add(producer.send(again));
        }
      }
      if (!dryRun) {
        producer.flush();
        for (Future<RecordMetadata> f : sent) f.get(left(deadline).toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
        for (TopicPartition tp : partitions) progress.put(tp, new OffsetAndMetadata(consumer.position(tp)));
        consumer.commitSync(progress, left(deadline));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("replay not acknowledged by the broker: " + e.getMessage(), e);
    }
    return new Result(stage, dlqTopic, replayedTo, other, withoutSource, dryRun);
  }

  private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
      Map<TopicPartition, Long> end) {
    for (TopicPartition tp : partitions) {
      if (consumer.position(tp) < end.get(tp)) return false;
    }
    return true;
  }

  private static Duration left(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }

  private static Properties consumerProps(Map<String, Object> client, String stage) {
    Properties p = new Properties();
    p.putAll(client);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, group(stage));
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, group(stage));
    p.keySet().retainAll(ConsumerConfig.configNames());
    return p;
  }

  private static Properties producerProps(Map<String, Object> client) {
    Properties p = new Properties();
    p.putAll(client);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-dlq-replay");
    p.keySet().retainAll(ProducerConfig.configNames());
    return p;
  }
}
