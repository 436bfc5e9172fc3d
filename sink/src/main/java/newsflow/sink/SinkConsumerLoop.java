package newsflow.sink;

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
import newsflow.sink.alert.AlertDispatcher;
import newsflow.sink.alert.Backoff;
import newsflow.sink.warehouse.RecordWriteException;
import newsflow.sink.warehouse.WarehouseUnavailableException;
import newsflow.sink.warehouse.WarehouseWriter;
import newsflow.sink.warehouse.WriteResult;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's Kafka wiring: polls {@code news.articles.enriched.v1} and {@code news.alerts.v1} as raw
 * bytes, decodes each record itself (undecodable ones go to {@code news.sink.dlq.v1}), writes a poll's
 * worth in one warehouse transaction, delivers new alerts, dead-letters what failed for good, and only
 * then commits the offsets. While the warehouse (or the registry) is unreachable it pauses its
 * partitions and retries the same batch with capped backoff, so nothing is lost or duplicated.
 */
final class SinkConsumerLoop implements Runnable {
  static final String STAGE = "sink";
  private static final Logger LOG = LoggerFactory.getLogger(SinkConsumerLoop.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> dlq;
  private final Deserializer<EnrichedArticle> articleDecoder;
  private final Deserializer<OfficialAlert> alertDecoder;
  private final WarehouseWriter writer;
  private final AlertDispatcher dispatcher;
  private final Backoff retry;
  private final SinkMetrics metrics;
  private final Clock clock;
  private final Set<TopicPartition> revokedDuringBatch = new HashSet<>();
  private volatile boolean running = true;
  private boolean paused;

  SinkConsumerLoop(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> dlq,
      Deserializer<EnrichedArticle> articleDecoder, Deserializer<OfficialAlert> alertDecoder,
      WarehouseWriter writer, AlertDispatcher dispatcher, Backoff retry, SinkMetrics metrics, Clock clock) {
    this.consumer = consumer;
    this.dlq = dlq;
    this.articleDecoder = articleDecoder;
    this.alertDecoder = alertDecoder;
    this.writer = writer;
    this.dispatcher = dispatcher;
    this.retry = retry;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public void run() {
    consumer.subscribe(List.of(Topics.ARTICLES_ENRICHED, Topics.ALERTS), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        revokedDuringBatch.addAll(partitions);
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        // partitions gained during an outage must not deliver records until the warehouse is back
        if (paused) consumer.pause(partitions);
      }
    });
    try {
      while (running) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
        if (records.isEmpty()) continue;
        revokedDuringBatch.clear();
        process(records);
      }
    } catch (WakeupException e) {
      if (running) throw e;
    } finally {
      consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  /** Stops the loop from another thread; {@link #run} returns after closing the consumer. */
  void stop() {
    running = false;
    consumer.wakeup();
  }

  /** Decodes, writes, delivers, dead-letters and commits one poll's records; retries while unavailable. */
  private void process(ConsumerRecords<byte[], byte[]> records) {
    int attempt = 0;
    while (running) {
      try {
        processOnce(records);
        if (paused) {
          consumer.resume(consumer.paused());
          paused = false;
          metrics.paused = false;
          LOG.info("Warehouse reachable again; consumption resumed");
        }
        return;
      } catch (WarehouseUnavailableException | TransientDecodeException | KafkaUnavailableException e) {
        attempt++;
        metrics.warehouseRetries.incrementAndGet();
        metrics.lastError = e.getMessage();
        if (!paused) {
          consumer.pause(consumer.assignment());
          paused = true;
          metrics.paused = true;
          LOG.warn("Sink paused: {}; retrying the batch of {} records with backoff", e.getMessage(), records.count());
        } else {
          LOG.info("Still unavailable (attempt {}): {}", attempt, e.getMessage());
        }
        waitPolling(retry.delayAfter(attempt), records);
        if (!revokedDuringBatch.isEmpty()) {
          // another consumer owns some of these records now; re-read the rest from the committed point
          rewind(records);
          LOG.info("Partitions {} revoked during an outage; batch abandoned to be re-read", revokedDuringBatch);
          return;
        }
      }
    }
    rewind(records);
  }

  /** Sleeps while keeping the group membership alive: paused partitions return nothing from poll. */
  private void waitPolling(Duration wait, ConsumerRecords<byte[], byte[]> batch) {
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

  private void processOnce(ConsumerRecords<byte[], byte[]> records) {
    List<EnrichedArticle> articles = new ArrayList<>();
    List<ConsumerRecord<byte[], byte[]>> articleSources = new ArrayList<>();
    List<OfficialAlert> alerts = new ArrayList<>();
    List<ConsumerRecord<byte[], byte[]>> alertSources = new ArrayList<>();
    List<DeadLetter> deadLetters = new ArrayList<>();
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();

    for (ConsumerRecord<byte[], byte[]> r : records) {
      offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
      try {
        if (r.value() == null) throw new RecordWriteException(key(r), "record has no value (tombstone)", null);
        if (r.topic().equals(Topics.ARTICLES_ENRICHED)) {
          articles.add(articleDecoder.deserialize(r.topic(), r.headers(), r.value()));
          articleSources.add(r);
        } else if (r.topic().equals(Topics.ALERTS)) {
          alerts.add(alertDecoder.deserialize(r.topic(), r.headers(), r.value()));
          alertSources.add(r);
        } else {
          throw new RecordWriteException(key(r), "unexpected topic " + r.topic(), null);
        }
      } catch (WireFormatException e) {
        if (e.reason() == WireFormatException.Reason.REGISTRY_ERROR) throw new TransientDecodeException(e);
        deadLetters.add(new DeadLetter(r, e));
      } catch (RuntimeException e) {
        // anything else a decoder throws is about this record's bytes: a poison pill, not a stop
        deadLetters.add(new DeadLetter(r, e));
      }
    }

    WriteResult result = writer.write(articles, alerts);
    Set<Integer> rejectedAlerts = new HashSet<>();
    for (WriteResult.Rejection rej : result.rejections()) {
      ConsumerRecord<byte[], byte[]> source = rej.kind() == WriteResult.Kind.ARTICLE
          ? articleSources.get(rej.index()) : alertSources.get(rej.index());
      if (rej.kind() == WriteResult.Kind.ALERT) rejectedAlerts.add(rej.index());
      deadLetters.add(new DeadLetter(source, rej.error()));
    }

    int delivered = 0;
    int skipped = 0;
    int uncertain = 0;
    if (dispatcher.hasNotifiers() && !alerts.isEmpty()) {
      List<OfficialAlert> toDeliver = new ArrayList<>();
      List<ConsumerRecord<byte[], byte[]>> toDeliverSources = new ArrayList<>();
      for (int i = 0; i < alerts.size(); i++) {
        if (rejectedAlerts.contains(i)) continue;
        toDeliver.add(alerts.get(i));
        toDeliverSources.add(alertSources.get(i));
      }
      AlertDispatcher.Outcome outcome = dispatcher.dispatch(toDeliver);
      delivered = outcome.delivered();
      skipped = outcome.skipped();
      uncertain = outcome.uncertain();
      for (AlertDispatcher.Failure f : outcome.failures()) {
        deadLetters.add(new DeadLetter(toDeliverSources.get(f.index()), f.error()));
      }
    }

    sendDeadLetters(deadLetters);
    try {
      consumer.commitSync(offsets);
    } catch (CommitFailedException | RebalanceInProgressException e) {
      // the group moved on while this batch was written: the new owner re-reads it, and writes are idempotent
      LOG.warn("Offsets of a written batch not committed ({}); its records will be read again", e.getMessage());
      return;
    } catch (org.apache.kafka.common.errors.TimeoutException e) {
      throw new KafkaUnavailableException("offset commit timed out", e);
    }

    // a record that failed delivery was still written, so it counts once, as written
    long deadLetteredRecords = deadLetters.stream().filter(d -> !(d.error instanceof newsflow.sink.alert.DeliveryException)).count();
    metrics.recordsIn.addAndGet(records.count());
    metrics.articlesWritten.addAndGet(result.articlesWritten());
    metrics.alertsWritten.addAndGet(result.alertsWritten());
    metrics.staleSkipped.addAndGet(result.staleSkipped());
    metrics.deadLettered.addAndGet(deadLetteredRecords);
    metrics.alertsDelivered.addAndGet(delivered);
    metrics.deliveriesSkipped.addAndGet(skipped);
    metrics.deliveriesUncertain.addAndGet(uncertain);
    metrics.deliveryFailures.addAndGet(deadLetters.size() - deadLetteredRecords);
    metrics.batches.incrementAndGet();
    LOG.debug("Committed batch: {} records, {} articles, {} alerts, {} dead letters",
        records.count(), result.articlesWritten(), result.alertsWritten(), deadLetters.size());
  }

  private void sendDeadLetters(List<DeadLetter> deadLetters) {
    if (deadLetters.isEmpty()) return;
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (DeadLetter d : deadLetters) {
      ConsumerRecord<byte[], byte[]> r = d.source;
      LOG.warn("Dead-lettering {}-{}@{} (key {}): {}", r.topic(), r.partition(), r.offset(), key(r), d.error.getMessage());
      try {
        sent.add(dlq.send(DeadLetters.forRecord(Topics.SINK_DLQ, STAGE, r.topic(), r.partition(), r.offset(),
            r.key(), r.value(), d.error, clock.instant())));
      } catch (KafkaException e) {
        throw new KafkaUnavailableException("dead-letter topic " + Topics.SINK_DLQ + " unavailable", e);
      }
    }
    dlq.flush();
    for (Future<RecordMetadata> f : sent) {
      try {
        f.get(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KafkaUnavailableException("interrupted while dead-lettering", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new KafkaUnavailableException("dead-letter topic " + Topics.SINK_DLQ + " unavailable", e);
      }
    }
  }

  private static String key(ConsumerRecord<byte[], byte[]> r) {
    return r.key() == null ? "null" : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private record DeadLetter(ConsumerRecord<byte[], byte[]> source, Exception error) {}

  /** The registry could not be asked for a schema: a transient failure, retried like an outage. */
  static final class TransientDecodeException extends RuntimeException {
    TransientDecodeException(WireFormatException cause) {
      super("schema registry unavailable: " + cause.getMessage(), cause);
    }
  }

  /**
   * The dead-letter topic could not be written or the offsets committed: retried like an outage,
   * since offsets must never pass records whose dead letters were not sent.
   */
  static final class KafkaUnavailableException extends RuntimeException {
    KafkaUnavailableException(String what, Throwable cause) {
      super(what + ": " + cause.getMessage(), cause);
    }
  }
}
