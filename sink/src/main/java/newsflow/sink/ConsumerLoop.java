package newsflow.sink;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.schemas.serde.WireFormatException;
import newsflow.sink.alert.Backoff;
import newsflow.sink.warehouse.WarehouseUnavailableException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the sink's consumer loops share: poll raw bytes, decode each record alone (a poison pill
 * comes back to be dead-lettered, never thrown), retry a batch with capped backoff while the
 * warehouse, the registry or the dead-letter topic is unreachable (partitions paused, group
 * membership kept), dead-letter with provenance headers, commit, and commit the consumed position
 * when idle so that transaction markers do not count as lag.
 */
abstract class ConsumerLoop implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);
  private static final Duration POLL = Duration.ofMillis(500);

  protected final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> dlq;
  private final List<String> topics;
  private final Backoff retry;
  private final SinkMetrics.LoopState state;
  protected final Clock clock;
  private final Set<TopicPartition> revokedDuringBatch = new HashSet<>();
  /** The offset this loop last committed per partition, so an idle poll commits only a position that moved. */
  private final Map<TopicPartition, Long> committed = new HashMap<>();
  private final WarnLimit warnings = new WarnLimit();
  private volatile boolean running = true;
  private boolean paused;

  ConsumerLoop(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> dlq, List<String> topics, Backoff retry,
      SinkMetrics.LoopState state, Clock clock) {
    this.consumer = consumer;
    this.dlq = dlq;
    this.topics = List.copyOf(topics);
    this.retry = retry;
    this.state = state;
    this.clock = clock;
  }

  /** Handles one poll's records and commits them; throws a {@link Transient} failure to have them retried. */
  protected abstract void processOnce(ConsumerRecords<byte[], byte[]> records);

  /** What this loop is called in logs ("warehouse writer", "alert delivery"). */
  protected abstract String role();

  @Override
  public void run() {
    consumer.subscribe(topics, new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        revokedDuringBatch.addAll(partitions);
        partitions.forEach(committed::remove);
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        // partitions gained during an outage must not deliver records until it is over
        if (paused) consumer.pause(partitions);
      }
    });
    try {
      while (running) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
        if (records.isEmpty()) {
          commitIdlePositions();
          continue;
        }
        revokedDuringBatch.clear();
        process(records);
      }
    } catch (WakeupException e) {
      if (running) throw e;
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  /** False once {@link #stop} was called. */
  protected boolean running() {
    return running;
  }

  /** The offset this loop last committed for {@code tp} while it owns it, or null. */
  protected Long committedOffset(TopicPartition tp) {
    return committed.get(tp);
  }

  /** Stops the loop from another thread; {@link #run} returns after closing the consumer. */
  void stop() {
    running = false;
    consumer.wakeup();
  }

  private void process(ConsumerRecords<byte[], byte[]> records) {
    int attempt = 0;
    while (running) {
      try {
        processOnce(records);
        if (paused) {
          consumer.resume(consumer.paused());
          paused = false;
          SinkMetrics.Dependency was = state.outage();
          state.outageOver();
          LOG.info("{}: {} reachable again after {} attempt(s); consumption resumed", role(),
              was == null ? "dependency" : was.name().toLowerCase(java.util.Locale.ROOT), attempt + 1);
        }
        return;
      } catch (Transient | WarehouseUnavailableException e) {
        attempt++;
        state.retried(e instanceof Transient t ? t.dependency() : SinkMetrics.Dependency.WAREHOUSE, e.getMessage());
        if (!paused) {
          consumer.pause(consumer.assignment());
          paused = true;
          LOG.warn("{} paused: {}; retrying the batch of {} records with backoff for as long as it takes",
              role(), e.getMessage(), records.count());
        } else {
          LOG.info("{}: still unavailable (attempt {}): {}", role(), attempt, e.getMessage());
        }
        waitPolling(retry.delayAfter(attempt));
        if (!revokedDuringBatch.isEmpty()) {
          // another consumer owns some of these records now; re-read the rest from the committed point
          rewind(records);
          LOG.info("{}: partitions {} revoked during an outage; batch abandoned to be re-read", role(), revokedDuringBatch);
          return;
        }
      }
    }
    rewind(records);
  }

  /** Sleeps while keeping the group membership alive: paused partitions return nothing from poll. */
  private void waitPolling(Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    while (running && System.nanoTime() < until) {
      long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()));
      ConsumerRecords<byte[], byte[]> unexpected = consumer.poll(Duration.ofMillis(Math.min(left, 200)));
      if (!unexpected.isEmpty()) {
        // cannot happen with every partition paused; if it does, give the records back
        rewind(unexpected);
        consumer.pause(consumer.assignment());
      }
      if (!revokedDuringBatch.isEmpty()) return;
    }
  }

  /** Seeks every still-assigned partition of {@code records} back to its first offset there. */
  private void rewind(ConsumerRecords<byte[], byte[]> records) {
    Set<TopicPartition> assigned = consumer.assignment();
    for (TopicPartition tp : records.partitions()) {
      if (assigned.contains(tp)) consumer.seek(tp, records.records(tp).get(0).offset());
    }
  }

  /**
   * Commits offsets; false when the group moved on meanwhile (the new owner re-reads the records,
   * and every write is idempotent). A commit that times out is an outage of the broker.
   */
  protected boolean commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    try {
      consumer.commitSync(offsets);
    } catch (CommitFailedException | RebalanceInProgressException e) {
      LOG.warn("{}: offsets of a finished batch not committed ({}); its records will be read again", role(), e.getMessage());
      return false;
    } catch (org.apache.kafka.common.errors.TimeoutException e) {
      throw new Transient(SinkMetrics.Dependency.KAFKA, "offset commit timed out: " + e.getMessage(), e);
    }
    offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
    return true;
  }

  /**
   * After an empty poll every record before the consumer's position has been handled; when the
   * position moved past what was committed (over EOS commit markers or aborted records, which a
   * read_committed consumer skips) it is committed, so the group's lag is 0 when it is caught up.
   */
  private void commitIdlePositions() {
    Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
    for (TopicPartition tp : consumer.assignment()) {
      if (consumer.paused().contains(tp)) continue;
      try {
        long position = consumer.position(tp, Duration.ofMillis(200));
        Long last = committed.get(tp);
        if (last == null || position > last) moved.put(tp, new OffsetAndMetadata(position));
      } catch (org.apache.kafka.common.errors.TimeoutException | IllegalStateException e) {
        // no position yet (still being looked up); the next idle poll tries again
      }
    }
    if (moved.isEmpty()) return;
    try {
      consumer.commitSync(moved, Duration.ofSeconds(5));
      moved.forEach((tp, o) -> committed.put(tp, o.offset()));
    } catch (KafkaException e) {
      LOG.debug("{}: idle position commit skipped: {}", role(), e.toString());
    }
  }

  /** A record and why it goes to the dead-letter topic, with extra headers. */
  protected record DeadLetter(ConsumerRecord<byte[], byte[]> source, String stage, Exception error, Map<String, String> headers) {
    DeadLetter(ConsumerRecord<byte[], byte[]> source, String stage, Exception error) {
      this(source, stage, error, Map.of());
    }
  }

  /** Sends dead letters and waits for the broker's acknowledgement of each; an outage is {@link Transient}. */
  protected void sendDeadLetters(List<DeadLetter> deadLetters) {
    if (deadLetters.isEmpty()) return;
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (DeadLetter d : deadLetters) {
      ConsumerRecord<byte[], byte[]> r = d.source();
      if (warnings.allow()) {
        LOG.warn("Dead-lettering {}-{}@{} (key {}, stage {}): {}", r.topic(), r.partition(), r.offset(), key(r), d.stage(),
            d.error().getMessage());
      }
      ProducerRecord<byte[], byte[]> letter = DeadLetters.forRecord(Topics.SINK_DLQ, d.stage(), r.topic(), r.partition(),
          r.offset(), r.key(), r.value(), d.error(), clock.instant());
      d.headers().forEach((k, v) -> letter.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
      try {
        sent.add(dlq.send(letter));
      } catch (KafkaException e) {
        throw new Transient(SinkMetrics.Dependency.KAFKA, "dead-letter topic " + Topics.SINK_DLQ + " unavailable: " + e.getMessage(), e);
      }
    }
    dlq.flush();
    for (Future<RecordMetadata> f : sent) {
      try {
        f.get(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Transient(SinkMetrics.Dependency.KAFKA, "interrupted while dead-lettering", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new Transient(SinkMetrics.Dependency.KAFKA, "dead-letter topic " + Topics.SINK_DLQ + " unavailable: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Decodes one record. Whatever the decoder throws about the bytes (wrong magic byte, unknown schema
   * id, malformed or truncated Avro, and an OutOfMemoryError or StackOverflowError raised while
   * decoding, i.e. a record declaring sizes no heap holds) comes back as the failure to dead-letter;
   * a registry that cannot be asked is {@link Transient}. Other Errors propagate and stop the sink.
   */
  protected static <T> Decoded<T> decode(Deserializer<T> decoder, ConsumerRecord<byte[], byte[]> r) {
    if (r.value() == null) return Decoded.failed(new UndecodableRecordException(r, "record has no value (tombstone)", null));
    try {
      return Decoded.of(decoder.deserialize(r.topic(), r.headers(), r.value()));
    } catch (WireFormatException e) {
      if (e.reason() == WireFormatException.Reason.REGISTRY_ERROR) {
        throw new Transient(SinkMetrics.Dependency.REGISTRY, "schema registry unavailable: " + e.getMessage(), e);
      }
      return Decoded.failed(e);
    } catch (RuntimeException e) {
      return Decoded.failed(new UndecodableRecordException(r, e.toString(), e));
    } catch (OutOfMemoryError | StackOverflowError e) {
      // the failed allocation (or recursion) was asked for by this record's bytes; the heap is intact
      return Decoded.failed(new UndecodableRecordException(r,
          "decoding needs more than the heap holds (" + e + "): the record declares sizes it cannot hold", e));
    }
  }

  /** A decoded value, or why the record cannot be decoded. */
  protected record Decoded<T>(T value, Exception failure) {
    static <T> Decoded<T> of(T value) {
      return new Decoded<>(value, null);
    }

    static <T> Decoded<T> failed(Exception failure) {
      return new Decoded<>(null, failure);
    }

    boolean ok() {
      return failure == null;
    }
  }

  static String key(ConsumerRecord<byte[], byte[]> r) {
    return r.key() == null ? "null" : new String(r.key(), StandardCharsets.UTF_8);
  }

  /**
   * At most {@value #PER_MINUTE} dead-letter WARN lines a minute, so a flood of poison pills cannot
   * flood the log; how many were left out is said with the first dead letter after the minute (the
   * metrics count every one).
   */
  private final class WarnLimit {
    private static final int PER_MINUTE = 20;
    private long windowStart = System.nanoTime();
    private int logged;
    private long suppressed;

    boolean allow() {
      if (System.nanoTime() - windowStart > TimeUnit.MINUTES.toNanos(1)) {
        if (suppressed > 0) LOG.warn("{}: {} more records dead-lettered in the last minute (not logged one by one)", role(), suppressed);
        windowStart = System.nanoTime();
        logged = 0;
        suppressed = 0;
      }
      if (logged < PER_MINUTE) {
        logged++;
        return true;
      }
      suppressed++;
      return false;
    }
  }

  /** A record whose bytes cannot be decoded: a poison pill for the dead-letter topic. */
  static final class UndecodableRecordException extends RuntimeException {
    UndecodableRecordException(ConsumerRecord<byte[], byte[]> r, String reason, Throwable cause) {
      super("cannot decode " + r.topic() + "-" + r.partition() + "@" + r.offset() + " ("
          + (r.value() == null ? 0 : r.value().length) + " bytes): " + reason, cause);
    }
  }

  /**
   * A dependency is unreachable (the warehouse, the registry, the broker for dead letters or
   * commits): the batch is retried with backoff, never dead-lettered, since offsets must not pass
   * records that were neither written nor dead-lettered.
   */
  static final class Transient extends RuntimeException {
    private final SinkMetrics.Dependency dependency;

    Transient(SinkMetrics.Dependency dependency, String message, Throwable cause) {
      super(message, cause);
      this.dependency = dependency;
    }

    SinkMetrics.Dependency dependency() {
      return dependency;
    }
  }
}
