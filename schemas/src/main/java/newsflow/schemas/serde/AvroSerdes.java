package newsflow.schemas.serde;

import java.util.HashMap;
import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Factories for ready-to-use Confluent-wire-format Avro serdes: pass the result straight to
 * {@code Consumed.with}, {@code Produced.with} or a client constructor; no {@code configure} call is needed.
 */
public final class AvroSerdes {

  private AvroSerdes() {}

  /** A serde for generated class {@code type} that auto-registers under {@code <topic>-key|-value}. */
  public static <T extends SpecificRecord> Serde<T> specific(Class<T> type, SchemaRegistryClient client, boolean isKey) {
    return new AvroSerde<>(client, type, isKey);
  }

  /**
   * A serde for {@code type} configured by properties ({@code schema.registry.url}, {@code
   * auto.register.schemas}, basic-auth and TLS keys).
   */
  public static <T extends SpecificRecord> Serde<T> specific(Class<T> type, Map<String, ?> config, boolean isKey) {
    AvroSerializer<T> serializer = new AvroSerializer<>();
    AvroDeserializer<T> deserializer = new AvroDeserializer<>();
    Map<String, Object> cfg = new HashMap<>(config);
    cfg.put(isKey ? AvroSerdeConfig.SPECIFIC_AVRO_KEY_TYPE : AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE, type);
    AvroSerde<T> serde = new AvroSerde<>(serializer, deserializer);
    serde.configure(cfg, isKey);
    return serde;
  }

  /** A serde for GenericRecord through {@code client}. */
  public static Serde<GenericRecord> generic(SchemaRegistryClient client, boolean isKey) {
    return new AvroSerde<>(new AvroSerializer<>(client, true, isKey), new AvroDeserializer<>(client, false));
  }
}
