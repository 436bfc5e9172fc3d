package newsflow.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.schemas.registry.RegisteredSchema;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.SchemaRegistryException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes Avro records (generated classes or GenericRecord) in Confluent's wire format: magic byte 0,
 * the 4-byte big-endian schema id, then Avro binary. Configured like Confluent's serializer: the subject
 * comes from the subject name strategy ({@code <topic>-value} by default); the record's schema is registered
 * there ({@code auto.register.schemas}, default true) or must already be there; with
 * {@code use.latest.version} (and auto-registration off) the subject's latest schema is written instead;
 * {@code normalize.schemas} registers and looks up normalized schemas. Usable as {@code value.serializer}.
 */
public class AvroSerializer<T extends GenericContainer> implements Serializer<T> {

  static final byte MAGIC_BYTE = 0;
  static final int HEADER_LENGTH = 5;
  private static final Logger LOG = LoggerFactory.getLogger(AvroSerializer.class);

  private SchemaRegistryClient client;
  private AvroSerdeConfig.Settings settings = AvroSerdeConfig.Settings.defaults();
  private boolean isKey;
  private final Map<Schema, DatumWriter<Object>> specificWriters = new ConcurrentHashMap<>();
  private final Map<Schema, DatumWriter<Object>> genericWriters = new ConcurrentHashMap<>();
  private final LatestSchemas latestSchemas = new LatestSchemas();

  /** For Kafka's reflective construction; {@link #configure} must then provide {@code schema.registry.url}. */
  public AvroSerializer() {}

  /** A value serializer that auto-registers schemas through {@code client}. */
  public AvroSerializer(SchemaRegistryClient client) {
    this(client, true, false);
  }

  /** A serializer through {@code client}; {@code isKey} picks the {@code -key} subject. */
  public AvroSerializer(SchemaRegistryClient client, boolean autoRegister, boolean isKey) {
    this.client = Objects.requireNonNull(client, "client");
    this.settings = new AvroSerdeConfig.Settings(autoRegister, false, true, null, 1000, false, SubjectNameStrategy.TOPIC);
    this.isKey = isKey;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.isKey = isKey;
    settings = AvroSerdeConfig.settings(configs, isKey, settings);
    if (client == null || configs.containsKey(AvroSerdeConfig.SCHEMA_REGISTRY_URL)) {
      client = AvroSerdeConfig.clientFrom(configs);
    }
    if (settings.useLatestVersion() && settings.autoRegister()) {
      LOG.warn("{}=true takes effect only with {}=false (as in Confluent's serializers): the record's own schema is "
          + "registered and written", AvroSerdeConfig.USE_LATEST_VERSION, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS);
    }
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) return null;
    if (client == null) {
      throw new WireFormatException(WireFormatException.Reason.SERIALIZATION_FAILED, topic,
          "serializer not configured: set " + AvroSerdeConfig.SCHEMA_REGISTRY_URL, null);
    }
    Schema schema = record.getSchema();
    String subject;
    try {
      subject = settings.subjectNameStrategy().subject(topic, isKey, schema);
    } catch (IllegalArgumentException e) {
      throw new WireFormatException(WireFormatException.Reason.SERIALIZATION_FAILED, topic, e.getMessage(), e);
    }
    Schema writer = schema;
    Object datum = record;
    int id;
    try {
      if (settings.autoRegister()) {
        id = client.register(subject, schema, settings.normalize());
      } else if (settings.useLatestVersion()) {
        RegisteredSchema latest = latestSchemas.get(client, subject, settings.latestCacheTtl(), settings.latestCacheSize());
        writer = latest.schema();
        id = latest.id();
        if (!writer.equals(schema)) datum = resolve(topic, record, schema, writer);
      } else {
        id = client.idOf(subject, schema, settings.normalize());
      }
    } catch (SchemaRegistryException e) {
      String what = settings.autoRegister() ? "cannot register " + schema.getFullName() + " under subject "
          : settings.useLatestVersion() ? "cannot fetch the latest version of subject " : "cannot find " + schema.getFullName() + " under subject ";
      throw new WireFormatException(WireFormatException.Reason.REGISTRY_ERROR, topic, what + subject + ": " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    header(out, id);
    try {
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      writerFor(datum, writer).write(datum, encoder);
      encoder.flush();
    } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
      throw new WireFormatException(WireFormatException.Reason.SERIALIZATION_FAILED, topic,
          "cannot encode " + schema.getFullName() + " with schema id " + id + ": " + e, e);
    }
    return out.toByteArray();
  }

  private static void header(ByteArrayOutputStream out, int id) {
    out.write(MAGIC_BYTE);
    out.write(id >>> 24);
    out.write(id >>> 16);
    out.write(id >>> 8);
    out.write(id);
  }

  private DatumWriter<Object> writerFor(Object datum, Schema writer) {
    return datum instanceof SpecificRecord
        ? specificWriters.computeIfAbsent(writer, s -> new SpecificDatumWriter<>(s, SpecificData.getForClass(datum.getClass())))
        : genericWriters.computeIfAbsent(writer, s -> new GenericDatumWriter<>(s, GenericData.get()));
  }

  /**
   * The record as the latest schema reads it (Avro schema resolution: renamed-by-alias, added-with-default and
   * removed fields), so that it is written with the latest schema; with {@code latest.compatibility.strict}
   * (Confluent's default) a record the latest schema cannot read is refused.
   */
  private Object resolve(String topic, T record, Schema own, Schema latest) {
    SchemaCompatibility.SchemaPairCompatibility compatibility = SchemaCompatibility.checkReaderWriterCompatibility(latest, own);
    if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      if (settings.latestCompatibilityStrict()) {
        throw new WireFormatException(WireFormatException.Reason.SERIALIZATION_FAILED, topic,
            "the latest version of the subject cannot read " + own.getFullName() + " (" + compatibility.getDescription()
                + "); set " + AvroSerdeConfig.LATEST_COMPATIBILITY_STRICT + "=false to write it anyway", null);
      }
      return record; // written field by field with the latest schema, as Confluent does when not strict
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(bytes, null);
      writerFor(record, own).write(record, encoder);
      encoder.flush();
      return new GenericDatumReader<>(own, latest, GenericData.get())
          .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    } catch (IOException | AvroRuntimeException e) {
      throw new WireFormatException(WireFormatException.Reason.SERIALIZATION_FAILED, topic,
          "cannot write " + own.getFullName() + " with the latest schema of the subject: " + e, e);
    }
  }

  /** The registry client in use (null until configured). */
  public SchemaRegistryClient client() {
    return client;
  }
}
