package newsflow.sink;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.schemas.Topics;
import newsflow.sink.alert.Backoff;
import newsflow.sink.warehouse.RecordWriteException;
import newsflow.sink.warehouse.WarehouseWriter;
import newsflow.sink.warehouse.WriteResult;
import newsflow.v1.EnrichedArticle;
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
 * The warehouse writer: polls {@code news.articles.enriched.v1} and {@code news.alerts.v1} as raw
 * bytes, decodes each record itself (poison pills go to {@code news.sink.dlq.v1}), writes a poll's
 * worth in one warehouse transaction, dead-letters what the database refuses, and only then commits
 * the offsets. It never waits for a notifier: alerts are delivered by {@link AlertDeliveryLoop}.
 */
final class WarehouseLoop extends ConsumerLoop {
  static final String STAGE = "sink";
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseLoop.class);

  private final Deserializer<EnrichedArticle> articleDecoder;
  private final Deserializer<OfficialAlert> alertDecoder;
  private final WarehouseWriter writer;
  private final SinkMetrics metrics;

  WarehouseLoop(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> dlq,
      Deserializer<EnrichedArticle> articleDecoder, Deserializer<OfficialAlert> alertDecoder,
      WarehouseWriter writer, Backoff retry, SinkMetrics metrics, Clock clock) {
    super(consumer, dlq, List.of(Topics.ARTICLES_ENRICHED, Topics.ALERTS), retry, metrics.writer, clock);
    this.articleDecoder = articleDecoder;
    this.alertDecoder = alertDecoder;
    this.writer = writer;
    this.metrics = metrics;
  }

  @Override
  protected String role() {
    return "Warehouse writer";
  }

  @Override
  protected void processOnce(ConsumerRecords<byte[], byte[]> records) {
    List<EnrichedArticle> articles = new ArrayList<>();
    List<ConsumerRecord<byte[], byte[]>> articleSources = new ArrayList<>();
    List<OfficialAlert> alerts = new ArrayList<>();
    List<ConsumerRecord<byte[], byte[]>> alertSources = new ArrayList<>();
    List<DeadLetter> deadLetters = new ArrayList<>();
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();

    for (ConsumerRecord<byte[], byte[]> r : records) {
      offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
      if (r.topic().equals(Topics.ARTICLES_ENRICHED)) {
        route(decode(articleDecoder, r), r, articles, articleSources, deadLetters);
      } else if (r.topic().equals(Topics.ALERTS)) {
        route(decode(alertDecoder, r), r, alerts, alertSources, deadLetters);
      } else {
        deadLetters.add(new DeadLetter(r, STAGE, new RecordWriteException(key(r), "unexpected topic " + r.topic(), null)));
      }
    }

    WriteResult result = writer.write(articles, alerts);
    for (WriteResult.Rejection rej : result.rejections()) {
      ConsumerRecord<byte[], byte[]> source = rej.kind() == WriteResult.Kind.ARTICLE
          ? articleSources.get(rej.index()) : alertSources.get(rej.index());
      deadLetters.add(new DeadLetter(source, STAGE, rej.error()));
    }

    sendDeadLetters(deadLetters);
    if (!commit(offsets)) return;

    long articlesIn = 0;
    long articlesDead = 0;
    long alertsDead = 0;
    for (ConsumerRecord<byte[], byte[]> r : records) {
      if (r.topic().equals(Topics.ARTICLES_ENRICHED)) articlesIn++;
    }
    for (DeadLetter d : deadLetters) {
      if (d.source().topic().equals(Topics.ARTICLES_ENRICHED)) {
        articlesDead++;
      } else {
        alertsDead++;
      }
    }
    metrics.articles.in.addAndGet(articlesIn);
    metrics.articles.written.addAndGet(result.articlesWritten());
    metrics.articles.deadLettered.addAndGet(articlesDead);
    metrics.alerts.in.addAndGet(records.count() - articlesIn);
    metrics.alerts.written.addAndGet(result.alertsWritten());
    metrics.alerts.deadLettered.addAndGet(alertsDead);
    metrics.staleSkipped.addAndGet(result.staleSkipped());
    metrics.batches.incrementAndGet();
    LOG.debug("Committed batch: {} records, {} articles, {} alerts, {} dead letters",
        records.count(), result.articlesWritten(), result.alertsWritten(), deadLetters.size());
  }

  /** A decoded value to be written with its source record, or the record to the dead letters. */
  private static <T> void route(Decoded<T> d, ConsumerRecord<byte[], byte[]> r, List<T> values,
      List<ConsumerRecord<byte[], byte[]>> sources, List<DeadLetter> deadLetters) {
    if (d.ok()) {
      values.add(d.value());
      sources.add(r);
    } else {
      deadLetters.add(new DeadLetter(r, STAGE, d.failure()));
    }
  }
}
