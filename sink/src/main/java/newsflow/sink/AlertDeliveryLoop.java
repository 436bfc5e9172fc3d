package newsflow.sink;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.schemas.Topics;
import newsflow.sink.alert.AlertDispatcher;
import newsflow.sink.alert.Backoff;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert delivery, apart from the warehouse writer: its own consumer group on {@code news.alerts.v1}
 * ({@link SinkConfig#alertsGroupId()}), its own thread and committed progress, so a slow or hanging
 * webhook never holds up warehouse writes. Each alert goes through every notifier
 * ({@link AlertDispatcher}, with the delivery log in the warehouse) and its offset is committed once
 * it is settled: delivered, or dead-lettered to {@code news.sink.dlq.v1} (stage {@code sink-alerts})
 * after the notifier's bounded retries. An alert whose delivery a crash left unconfirmed is read again
 * and sent again under the same idempotency key.
 */
final class AlertDeliveryLoop extends ConsumerLoop {
  /** The dead-letter stage of alerts that could not be delivered; {@code newsflow dlq replay --stage sink-alerts}. */
  static final String STAGE = "sink-alerts";
  /** Dead-letter header naming the notifier that gave up. */
  static final String NOTIFIER_HEADER = "newsflow.dlq.notifier";
  private static final Logger LOG = LoggerFactory.getLogger(AlertDeliveryLoop.class);

  private final Deserializer<OfficialAlert> decoder;
  private final AlertDispatcher dispatcher;
  private final SinkMetrics metrics;

  AlertDeliveryLoop(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> dlq, Deserializer<OfficialAlert> decoder,
      AlertDispatcher dispatcher, Backoff retry, SinkMetrics metrics, Clock clock) {
    super(consumer, dlq, List.of(Topics.ALERTS), retry, metrics.delivery, clock);
    this.decoder = decoder;
    this.dispatcher = dispatcher;
    this.metrics = metrics;
  }

  @Override
  protected String role() {
    return "Alert delivery";
  }

  @Override
  protected void processOnce(ConsumerRecords<byte[], byte[]> records) {
    for (ConsumerRecord<byte[], byte[]> r : records) {
      TopicPartition tp = new TopicPartition(r.topic(), r.partition());
      Long done = committedOffset(tp);
      if (done != null && r.offset() < done) continue; // settled by an earlier try of this batch
      Decoded<OfficialAlert> d = decode(decoder, r);
      if (!d.ok()) {
        // the warehouse writer reads the same record and dead-letters it; one dead letter per record
        LOG.debug("Alert record {}-{}@{} undecodable, left to the warehouse writer's dead letter: {}",
            r.topic(), r.partition(), r.offset(), d.failure().getMessage());
        if (!commit(Map.of(tp, new OffsetAndMetadata(r.offset() + 1)))) return;
        metrics.deliveryIn.incrementAndGet();
        metrics.deliveryUndecodable.incrementAndGet();
        continue;
      }
      AlertDispatcher.Outcome outcome = dispatcher.dispatch(List.of(d.value()));
      if (!running()) {
        // a delivery cut short by shutdown is not a failure: the alert is read again at the next start
        LOG.info("Alert {} not settled before shutdown; it is delivered at the next start", d.value().getId());
        return;
      }
      List<DeadLetter> letters = new ArrayList<>();
      for (AlertDispatcher.Failure f : outcome.failures()) {
        letters.add(new DeadLetter(r, STAGE, f.error(), Map.of(NOTIFIER_HEADER, f.error().notifier())));
      }
      sendDeadLetters(letters);
      if (!commit(Map.of(tp, new OffsetAndMetadata(r.offset() + 1)))) return;
      metrics.deliveryIn.incrementAndGet();
      (letters.isEmpty() ? metrics.deliverySettled : metrics.deliveryDeadLettered).incrementAndGet();
      metrics.notificationsSent.addAndGet(outcome.delivered());
      metrics.notificationsAlreadyDelivered.addAndGet(outcome.skipped());
      metrics.notificationsResumed.addAndGet(outcome.resumed());
      metrics.notificationsFailed.addAndGet(outcome.failures().size());
    }
  }
}
