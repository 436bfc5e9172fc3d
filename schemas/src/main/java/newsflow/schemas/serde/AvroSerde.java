package newsflow.schemas.serde;

import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An {@link AvroSerializer} and {@link AvroDeserializer} as one Kafka {@link Serde}, e.g. for Kafka
 * Streams' {@code default.value.serde} (configured by properties) or built by {@link AvroSerdes}.
 */
public class AvroSerde<T extends GenericContainer> implements Serde<T> {

  private final AvroSerializer<T> serializer;
  private final AvroDeserializer<T> deserializer;

  /** For reflective construction; configure with {@code schema.registry.url} and {@code specific.avro.reader}. */
  public AvroSerde() {
    this(new AvroSerializer<>(), new AvroDeserializer<>());
  }

  AvroSerde(AvroSerializer<T> serializer, AvroDeserializer<T> deserializer) {
    this.serializer = serializer;
    this.deserializer = deserializer;
  }

  /** A serde through {@code client} for {@code type}; {@code isKey} picks the {@code -key} subject. */
  public AvroSerde(SchemaRegistryClient client, Class<T> type, boolean isKey) {
    this(new AvroSerializer<>(client, true, isKey), new AvroDeserializer<>(client, type));
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
