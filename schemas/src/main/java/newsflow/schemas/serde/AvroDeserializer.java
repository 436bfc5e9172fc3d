package newsflow.schemas.serde;

import java.io.EOFException;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.SchemaRegistryException;
import newsflow.schemas.serde.WireFormatException.Reason;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro: checks the magic byte, fetches the writer schema by its id (cached),
 * and decodes, resolving to the reader schema of a generated class when one is given or
 * {@code specific.avro.reader=true}; otherwise returns GenericRecord. No length in the record may
 * reach past its bytes or the {@link AvroDecodeLimits}; whatever fails to decode, including what Avro
 * throws, fails with a {@link WireFormatException} (a Kafka {@code SerializationException}) naming the
 * problem, so that consumers dead-letter it.
 */
public class AvroDeserializer<T> implements Deserializer<T> {

  private SchemaRegistryClient client;
  private boolean specificReader;
  private Class<? extends SpecificRecord> type;
  private final Map<String, DatumReader<Object>> readers = new ConcurrentHashMap<>();
  private final AvroDecodeLimits limits = decodeLimits();

  /** For Kafka's reflective construction; {@link #configure} must then provide {@code schema.registry.url}. */
  public AvroDeserializer() {}

  /** A deserializer returning GenericRecord, or generated classes when {@code specificReader} is true. */
  public AvroDeserializer(SchemaRegistryClient client, boolean specificReader) {
    this.client = Objects.requireNonNull(client, "client");
    this.specificReader = specificReader;
  }

  /** A deserializer that resolves every record to {@code type}'s schema and returns instances of it. */
  public AvroDeserializer(SchemaRegistryClient client, Class<? extends T> type) {
    this.client = Objects.requireNonNull(client, "client");
    this.type = specificClass(type);
    this.specificReader = true;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (client == null || configs.containsKey(AvroSerdeConfig.SCHEMA_REGISTRY_URL)) {
      client = AvroSerdeConfig.clientFrom(configs);
    }
    specificReader = AvroSerdeConfig.flag(configs, AvroSerdeConfig.SPECIFIC_AVRO_READER, specificReader);
    String typeKey = isKey ? AvroSerdeConfig.SPECIFIC_AVRO_KEY_TYPE : AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE;
    Object configured = configs.get(typeKey);
    if (configured != null) {
      try {
        Class<?> cls = configured instanceof Class<?> c ? c
            : Class.forName(configured.toString().trim(), true, Thread.currentThread().getContextClassLoader());
        type = specificClass(cls);
        specificReader = true;
      } catch (ClassNotFoundException | IllegalArgumentException e) {
        throw new ConfigException(typeKey, configured, "not a generated Avro class on the classpath: " + e.getMessage());
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(String topic, byte[] data) {
    if (data == null) return null;
    if (data.length >= 1 && data[0] != AvroSerializer.MAGIC_BYTE) {
      throw new WireFormatException(Reason.WRONG_MAGIC_BYTE, topic,
          String.format("first byte is 0x%02x, expected 0x00: not Confluent wire-format Avro", data[0] & 0xff), null);
    }
    if (data.length < AvroSerializer.HEADER_LENGTH) {
      throw new WireFormatException(Reason.TRUNCATED, topic,
          "record has " + data.length + " bytes, fewer than the 5-byte header (magic byte + schema id)", null);
    }
    if (client == null) {
      throw new WireFormatException(Reason.REGISTRY_ERROR, topic,
          "deserializer not configured: set " + AvroSerdeConfig.SCHEMA_REGISTRY_URL, null);
    }
    int id = ((data[1] & 0xff) << 24) | ((data[2] & 0xff) << 16) | ((data[3] & 0xff) << 8) | (data[4] & 0xff);
    Schema writer;
    try {
      writer = client.schemaById(id);
    } catch (SchemaRegistryException e) {
      if (e.isNotFound()) {
        throw new WireFormatException(Reason.UNKNOWN_SCHEMA_ID, topic,
            "schema id " + id + " is not known to the registry (" + e.getMessage() + ")", e);
      }
      throw new WireFormatException(Reason.REGISTRY_ERROR, topic, "cannot fetch schema id " + id + ": " + e.getMessage(), e);
    }
    DatumReader<Object> reader = readers.computeIfAbsent(id + "/" + (type == null ? specificReader : type.getName()),
        k -> readerFor(topic, writer));
    int payload = data.length - AvroSerializer.HEADER_LENGTH;
    BoundedBinaryDecoder decoder = new BoundedBinaryDecoder(data, AvroSerializer.HEADER_LENGTH, payload, limits);
    String what = writer.getFullName() + " (schema id " + id + ")";
    try {
      return (T) reader.read(null, decoder);
    } catch (EOFException e) {
      throw new WireFormatException(Reason.TRUNCATED, topic,
          "Avro payload of " + payload + " bytes ends before the record " + what + " is complete"
              + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    } catch (BoundedBinaryDecoder.LimitExceededException e) {
      throw new WireFormatException(Reason.LIMIT_EXCEEDED, topic, "cannot decode " + what + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // Whatever Avro or a logical-type conversion throws on bytes it cannot make sense of
      // (AvroRuntimeException, IndexOutOfBounds for a bad union or enum index, ClassCast, ...).
      throw new WireFormatException(Reason.MALFORMED_PAYLOAD, topic, "cannot decode " + what + ": " + e, e);
    } catch (OutOfMemoryError e) {
      // Declared lengths are bounded by the record's size, so this should not happen; if decoding
      // one record still exhausts the heap, what it allocated is garbage now and the record is the
      // poison pill, not the process.
      throw new WireFormatException(Reason.LIMIT_EXCEEDED, topic,
          "decoding " + payload + " bytes of " + what + " exhausted the heap: " + e.getMessage(), null);
    }
  }

  private static AvroDecodeLimits decodeLimits() {
    try {
      return AvroDecodeLimits.configured();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private DatumReader<Object> readerFor(String topic, Schema writer) {
    if (!specificReader) return new GenericDatumReader<>(writer, writer, GenericData.get());
    Class<?> cls = type;
    if (cls == null) {
      cls = SpecificData.get().getClass(writer);
      if (cls == null || !SpecificRecord.class.isAssignableFrom(cls)) {
        throw new WireFormatException(Reason.UNKNOWN_READER_TYPE, topic,
            "specific.avro.reader is on but no generated class " + writer.getFullName() + " is on the classpath", null);
      }
    }
    SpecificData model = SpecificData.getForClass(cls);
    return new SpecificDatumReader<>(writer, model.getSchema(cls), model);
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends SpecificRecord> specificClass(Class<?> cls) {
    if (cls == null || !SpecificRecord.class.isAssignableFrom(cls)) {
      throw new IllegalArgumentException(cls + " is not a generated Avro SpecificRecord class");
    }
    return (Class<? extends SpecificRecord>) cls;
  }

  /** The registry client in use (null until configured). */
  public SchemaRegistryClient client() {
    return client;
  }
}
