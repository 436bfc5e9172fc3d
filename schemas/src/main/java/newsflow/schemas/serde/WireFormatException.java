package newsflow.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Bytes that are not a valid Confluent-wire-format Avro record, or a record that cannot be written.
 * A Kafka {@link SerializationException} (so Kafka and Kafka Streams handlers treat it as a poison
 * record) whose {@link #reason()} says which problem it is, e.g. for dead-letter headers.
 */
public class WireFormatException extends SerializationException {

  /** What is wrong with the record. */
  public enum Reason {
    /** The first byte is not 0. */
    WRONG_MAGIC_BYTE,
    /** The 4-byte schema id is not known to the registry. */
    UNKNOWN_SCHEMA_ID,
    /**
     * Fewer bytes than the header, or the Avro payload ends early: also when a string, bytes value,
     * array or map declares more bytes or items than remain in the record.
     */
    TRUNCATED,
    /**
     * A length within the record that passes an {@link AvroDecodeLimits} bound (the
     * {@code org.apache.avro.limits.*} settings), or a decode that exhausted the heap.
     */
    LIMIT_EXCEEDED,
    /** The payload does not decode with the writer schema, or does not resolve to the reader schema. */
    MALFORMED_PAYLOAD,
    /** {@code specific.avro.reader} is on but no generated class matches the writer schema's name. */
    UNKNOWN_READER_TYPE,
    /** The registry refused or could not be reached. */
    REGISTRY_ERROR,
    /** The record could not be encoded. */
    SERIALIZATION_FAILED
  }

  private final Reason reason;
  private final String topic;

  public WireFormatException(Reason reason, String topic, String message, Throwable cause) {
    super(reason + " (topic " + topic + "): " + message, cause);
    this.reason = reason;
    this.topic = topic;
  }

  /** Which problem this is. */
  public Reason reason() {
    return reason;
  }

  /**
   * True when retrying the same bytes may succeed: the registry could not be reached or answered 5xx/429.
   * Every other reason is permanent for these bytes (dead-letter them).
   */
  public boolean isTransient() {
    return reason == Reason.REGISTRY_ERROR
        && getCause() instanceof newsflow.schemas.registry.SchemaRegistryException e && e.isTransient();
  }

  /** The topic of the record. */
  public String topic() {
    return topic;
  }
}
