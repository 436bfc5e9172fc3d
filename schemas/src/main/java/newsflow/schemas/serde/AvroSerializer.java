package newsflow.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.SchemaRegistryException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated classes or GenericRecord) in Confluent's wire format: magic byte 0,
 * the 4-byte big-endian schema id, then Avro binary. The schema is registered under
 * {@code <topic>-value} (or {@code -key}) unless {@code auto.register.schemas=false}, in which case it
 * must already be there. Usable as {@code value.serializer} with {@code schema.registry.url} set.
 */
public class AvroSerializer<T extends GenericContainer> implements Serializer<T> {

  static final byte MAGIC_BYTE = 0;
  static final int HEADER_LENGTH = 5;

  private SchemaRegistryClient client;
  private boolean autoRegister = true;
  private boolean isKey;
  private final Map<Schema, DatumWriter<Object>> specificWriters = new ConcurrentHashMap<>();
  private final Map<Schema, DatumWriter<Object>> genericWriters = new ConcurrentHashMap<>();

  /** For Kafka's reflective construction; {@link #configure} must then provide {@code schema.registry.url}. */
  public AvroSerializer() {}

  /** A value serializer that auto-registers schemas through {@code client}. */
  public AvroSerializer(SchemaRegistryClient client) {
    this(client, true, false);
  }

  /** A serializer through {@code client}; {@code isKey} picks the {@code -key} subject. */
  public AvroSerializer(SchemaRegistryClient client, boolean autoRegister, boolean isKey) {
    this.client = Objects.requireNonNull(client, "client");
    this.autoRegister = autoRegister;
    this.isKey = isKey;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.isKey = isKey;
    if (client == null || configs.containsKey(AvroSerdeConfig.SCHEMA_REGISTRY_URL)) {
      client = AvroSerdeConfig.clientFrom(configs);
    }
    autoRegister = AvroSerdeConfig.flag(configs, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, autoRegister);
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) return null;
    if (client == null) {
      throw new WireFormatException(WireFormatException.Reason.SERIALIZATION_FAILED, topic,
          "serializer not configured: set " + AvroSerdeConfig.SCHEMA_REGISTRY_URL, null);
    }
    Schema schema = record.getSchema();
    String subject = AvroSerdeConfig.subject(topic, isKey);
    int id;
    try {
      id = autoRegister ? client.register(subject, schema) : client.idOf(subject, schema);
    } catch (SchemaRegistryException e) {
      throw new WireFormatException(WireFormatException.Reason.REGISTRY_ERROR, topic,
          (autoRegister ? "cannot register " : "cannot find ") + schema.getFullName() + " under subject " + subject
              + ": " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.write(MAGIC_BYTE);
    out.write(id >>> 24);
    out.write(id >>> 16);
    out.write(id >>> 8);
    out.write(id);
    try {
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      DatumWriter<Object> writer = record instanceof SpecificRecord
          ? specificWriters.computeIfAbsent(schema, s -> specificWriter(s, record.getClass()))
          : genericWriters.computeIfAbsent(schema, AvroSerializer::genericWriter);
      writer.write(record, encoder);
      encoder.flush();
    } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
      throw new WireFormatException(WireFormatException.Reason.SERIALIZATION_FAILED, topic,
          "cannot encode " + schema.getFullName() + " with schema id " + id + ": " + e, e);
    }
    return out.toByteArray();
  }

  private static DatumWriter<Object> specificWriter(Schema schema, Class<?> type) {
    // Generated classes carry their logical-type conversions (e.g. Instant) in their own model.
    return new SpecificDatumWriter<>(schema, SpecificData.getForClass(type));
  }

  private static DatumWriter<Object> genericWriter(Schema schema) {
    return new GenericDatumWriter<>(schema, GenericData.get());
  }

  /** The registry client in use (null until configured). */
  public SchemaRegistryClient client() {
    return client;
  }
}
