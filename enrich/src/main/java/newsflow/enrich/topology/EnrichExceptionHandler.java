package newsflow.enrich.topology;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams exception handler for the enrich stage: a record that cannot be decoded, whose
 * enrichment throws, or whose result cannot be serialised, is written with its original bytes and provenance headers to
 * {@code news.enrich.dlq.v1}, and the stream goes on. If the dead letter itself cannot be written the
 * handler answers FAIL, so nothing is skipped silently.
 *
 * <p>Configured through the streams properties: {@link #SINK_CONFIG} holds the {@link DeadLetterSink}
 * instance, {@link #LISTENER_CONFIG} an optional {@link EnrichListener}.
 */
public final class EnrichExceptionHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {
  /** Streams property holding the {@link DeadLetterSink} object. */
  public static final String SINK_CONFIG = "newsflow.enrich.dlq.sink";
  /** Streams property holding the {@link EnrichListener} object (optional). */
  public static final String LISTENER_CONFIG = "newsflow.enrich.listener";
  /** The stage name written to the {@link DeadLetters#STAGE} header. */
  public static final String STAGE = "enrich";

  private static final Logger LOG = LoggerFactory.getLogger(EnrichExceptionHandler.class);
  private static final long WARN_EVERY_MS = 10_000;
  private static final AtomicLong LAST_WARN = new AtomicLong();

  private DeadLetterSink sink;
  private EnrichListener listener = EnrichListener.NONE;

  @Override
  public void configure(Map<String, ?> configs) {
    Object s = configs.get(SINK_CONFIG);
    if (!(s instanceof DeadLetterSink)) {
      throw new ConfigException(SINK_CONFIG, s, "must hold a " + DeadLetterSink.class.getName() + " instance");
    }
    sink = (DeadLetterSink) s;
    if (configs.get(LISTENER_CONFIG) instanceof EnrichListener l) listener = l;
  }

  @Override
  public DeserializationHandlerResponse handle(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    boolean written = deadLetter("deserialization", record.topic(), record.partition(), record.offset(),
        record.key(), record.value(), exception);
    return written ? DeserializationHandlerResponse.CONTINUE : DeserializationHandlerResponse.FAIL;
  }

  @Override
  public ProcessingHandlerResponse handle(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    boolean written = deadLetter("processing", context.topic(), context.partition(), context.offset(),
        context.sourceRawKey(), context.sourceRawValue(), exception);
    return written ? ProcessingHandlerResponse.CONTINUE : ProcessingHandlerResponse.FAIL;
  }

  @Override
  @SuppressWarnings("rawtypes") // the interface declares a raw ProducerRecord
  public ProductionExceptionHandlerResponse handleSerializationException(ErrorHandlerContext context,
      ProducerRecord record, Exception exception, SerializationExceptionOrigin origin) {
    boolean written = deadLetter("serialization", context.topic(), context.partition(), context.offset(),
        context.sourceRawKey(), context.sourceRawValue(), exception);
    return written ? ProductionExceptionHandlerResponse.CONTINUE : ProductionExceptionHandlerResponse.FAIL;
  }

  @Override
  public ProductionExceptionHandlerResponse handle(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    // a send that failed is the broker's problem, not the record's: retry what can be retried, else stop
    return exception instanceof RetriableException
        ? ProductionExceptionHandlerResponse.RETRY : ProductionExceptionHandlerResponse.FAIL;
  }

  private boolean deadLetter(String reason, String topic, int partition, long offset, byte[] key, byte[] value,
      Exception error) {
    Throwable cause = unwrap(error);
    try {
      sink.send(DeadLetters.forRecord(Topics.ENRICH_DLQ, STAGE, topic, partition, offset, key, value, cause,
          Instant.now()));
    } catch (RuntimeException e) {
      LOG.error("cannot dead-letter {} failure at {}-{}@{}: {}", reason, topic, partition, offset, e.toString());
      return false;
    }
    listener.deadLettered(reason);
    long now = System.currentTimeMillis();
    long last = LAST_WARN.get();
    if (now - last >= WARN_EVERY_MS && LAST_WARN.compareAndSet(last, now)) {
      LOG.warn("dead-lettered record {}-{}@{} to {} ({} failure): {}", topic, partition, offset, Topics.ENRICH_DLQ,
          reason, cause.toString());
    }
    return true;
  }

  // Streams wraps processor failures; the DLQ header should name the real error.
  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t
        && t.getClass().getName().startsWith("org.apache.kafka.streams.errors.")) {
      t = t.getCause();
    }
    return t;
  }
}
