package newsflow.schemas.serde;

import java.util.HashMap;
import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.common.config.ConfigException;

/**
 * The property names the Avro serdes read, the same as Confluent's serdes so that existing client
 * configurations work unchanged. Basic-auth and TLS keys are passed to {@link SchemaRegistryClient}.
 */
public final class AvroSerdeConfig {

  /** Registry URL(s), comma-separated. Required unless a client is given programmatically. */
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  /** Whether the serializer registers a record's schema under its subject (default {@code true}). */
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  /** Whether the deserializer returns generated classes instead of GenericRecord (default {@code false}). */
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
  /** Optional generated class to read keys as (its schema is the reader schema). */
  public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";
  /** Optional generated class to read values as (its schema is the reader schema). */
  public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";
  /** {@code USER_INFO} or {@code URL}. */
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  /** {@code user:password} when the credentials source is {@code USER_INFO}. */
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

  private AvroSerdeConfig() {}

  /** Subject name under Confluent's default TopicNameStrategy: {@code <topic>-key} or {@code <topic>-value}. */
  public static String subject(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }

  static SchemaRegistryClient clientFrom(Map<String, ?> configs) {
    Object url = configs.get(SCHEMA_REGISTRY_URL);
    if (url == null || url.toString().isBlank()) {
      throw new ConfigException(SCHEMA_REGISTRY_URL + " is required by the Avro serdes (or pass a SchemaRegistryClient)");
    }
    return new SchemaRegistryClient(url.toString(), new HashMap<>(configs));
  }

  static boolean flag(Map<String, ?> configs, String key, boolean defaultValue) {
    Object v = configs.get(key);
    if (v == null) return defaultValue;
    if (v instanceof Boolean b) return b;
    String s = v.toString().trim();
    if (s.equalsIgnoreCase("true")) return true;
    if (s.equalsIgnoreCase("false")) return false;
    throw new ConfigException(key, v, "must be true or false");
  }
}
