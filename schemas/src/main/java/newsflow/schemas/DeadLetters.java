package newsflow.schemas;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds dead-letter records: the original key and value bytes, with the failure described in
 * headers (stage, error class, message, source topic/partition/offset, time). Every stage's DLQ
 * ({@code news.<stage>.dlq.v1}) uses these header names.
 */
public final class DeadLetters {
  public static final String STAGE = "newsflow.dlq.stage";
  public static final String ERROR_CLASS = "newsflow.dlq.error.class";
  public static final String ERROR_MESSAGE = "newsflow.dlq.error.message";
  public static final String SOURCE_TOPIC = "newsflow.dlq.source.topic";
  public static final String SOURCE_PARTITION = "newsflow.dlq.source.partition";
  public static final String SOURCE_OFFSET = "newsflow.dlq.source.offset";
  public static final String SOURCE_URI = "newsflow.dlq.source.uri";
  public static final String TIME = "newsflow.dlq.time";

  private static final int MAX_MESSAGE = 2000;

  private DeadLetters() {}

  /** Headers describing a failure of {@code stage} on a record read from a topic. */
  public static Headers headers(
      String stage, Throwable error, String topic, Integer partition, Long offset, Instant time) {
    Headers h = new RecordHeaders();
    put(h, STAGE, stage);
    put(h, ERROR_CLASS, error.getClass().getName());
    put(h, ERROR_MESSAGE, message(error));
    if (topic != null) put(h, SOURCE_TOPIC, topic);
    if (partition != null) put(h, SOURCE_PARTITION, Integer.toString(partition));
    if (offset != null) put(h, SOURCE_OFFSET, Long.toString(offset));
    put(h, TIME, time.toString());
    return h;
  }

  /** A dead letter for input that never was a Kafka record (a URL, a file): provenance is a URI. */
  public static ProducerRecord<byte[], byte[]> forInput(
      String dlqTopic, String stage, String sourceUri, byte[] key, byte[] value, Throwable error, Instant time) {
    Headers h = headers(stage, error, null, null, null, time);
    put(h, SOURCE_URI, sourceUri);
    return new ProducerRecord<>(dlqTopic, null, key, value, h);
  }

  /** A dead letter for a record read from {@code topic}. */
  public static ProducerRecord<byte[], byte[]> forRecord(
      String dlqTopic, String stage, String topic, int partition, long offset,
      byte[] key, byte[] value, Throwable error, Instant time) {
    return new ProducerRecord<>(dlqTopic, null, key, value,
        headers(stage, error, topic, partition, offset, time));
  }

  /** The value of a header as text, or null when absent. */
  public static String header(Headers headers, String name) {
    var h = headers.lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  static String message(Throwable error) {
    String m = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    Throwable cause = error.getCause();
    if (cause != null && cause != error && cause.getMessage() != null && !m.contains(cause.getMessage())) {
      m = m + ": " + cause.getMessage();
    }
    return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) : m;
  }

  private static void put(Headers h, String name, String value) {
    h.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
