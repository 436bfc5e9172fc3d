package newsflow.schemas.serde;

import java.util.Arrays;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/**
 * Confluent's three subject name strategies: under which registry subject a record's schema lives.
 * Set by {@code key.subject.name.strategy} / {@code value.subject.name.strategy} with Confluent's class
 * names ({@code io.confluent.kafka.serializers.subject.RecordNameStrategy}, ...) or their simple names.
 */
public enum SubjectNameStrategy {
  /** {@code <topic>-key} or {@code <topic>-value} (Confluent's default). */
  TOPIC("TopicNameStrategy"),
  /** The record's fully qualified name, whatever the topic: one subject per record type. */
  RECORD("RecordNameStrategy"),
  /** {@code <topic>-<record full name>}: one subject per record type and topic. */
  TOPIC_RECORD("TopicRecordNameStrategy");

  private static final String CONFLUENT_PACKAGE = "io.confluent.kafka.serializers.subject.";
  private final String simpleName;

  SubjectNameStrategy(String simpleName) {
    this.simpleName = simpleName;
  }

  /** Confluent's class name for this strategy, the value Confluent's serdes are configured with. */
  public String confluentClassName() {
    return CONFLUENT_PACKAGE + simpleName;
  }

  /** The subject of {@code schema} written to {@code topic}; the record strategies need a named record. */
  public String subject(String topic, boolean isKey, Schema schema) {
    if (this == TOPIC) return topic + (isKey ? "-key" : "-value");
    if (schema.getType() != Schema.Type.RECORD) {
      throw new IllegalArgumentException("In configuration " + configKey(isKey) + " = " + confluentClassName()
          + ", the message must only be a record schema, not " + schema.getType());
    }
    return this == RECORD ? schema.getFullName() : topic + "-" + schema.getFullName();
  }

  /** The setting that chooses the strategy for keys or for values. */
  public static String configKey(boolean isKey) {
    return isKey ? AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY : AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY;
  }

  /**
   * The strategy a setting names: Confluent's class name (also as a {@code Class}), its simple name, or the
   * constant's name. A custom strategy class is refused with a message naming the setting.
   */
  public static SubjectNameStrategy fromConfig(String key, Object value) {
    if (value == null) return TOPIC;
    String name = (value instanceof Class<?> c ? c.getName() : value.toString()).trim();
    for (SubjectNameStrategy s : values()) {
      if (name.equals(s.confluentClassName()) || name.equals(s.simpleName) || name.toUpperCase(Locale.ROOT).equals(s.name())) {
        return s;
      }
    }
    throw new ConfigException(key, value, "is not a subject name strategy newsflow's serdes support; use one of "
        + String.join(", ", Arrays.stream(values()).map(SubjectNameStrategy::confluentClassName).toList())
        + " (custom strategy classes are not supported)");
  }
}
