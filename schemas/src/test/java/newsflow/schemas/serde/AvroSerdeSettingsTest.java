package newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.StubRegistryServer;
import newsflow.v1.RawArticle;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings users give Confluent's serdes: strategies, auto-registration, latest version, normalizing. */
class AvroSerdeSettingsTest {

  private StubRegistryServer registry;

  @BeforeEach
  void start() throws Exception {
    registry = new StubRegistryServer();
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  private Map<String, Object> props(Object... keyValues) {
    Map<String, Object> p = new HashMap<>();
    p.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    for (int i = 0; i < keyValues.length; i += 2) p.put((String) keyValues[i], keyValues[i + 1]);
    return p;
  }

  private <T extends org.apache.avro.generic.GenericContainer> Serializer<T> serializer(boolean isKey, Object... keyValues) {
    Serializer<T> s = new AvroSerializer<>();
    s.configure(props(keyValues), isKey);
    return s;
  }

  static Schema note(boolean withLanguage, boolean languageHasDefault) {
    SchemaBuilder.FieldAssembler<Schema> f = SchemaBuilder.record("Note").namespace("settings").fields().requiredString("text");
    if (withLanguage && languageHasDefault) f = f.name("lang").type().stringType().stringDefault("en");
    if (withLanguage && !languageHasDefault) f = f.requiredString("lang");
    return f.endRecord();
  }

  static GenericRecord note(Schema schema, String text) {
    GenericRecord r = new GenericData.Record(schema);
    r.put("text", text);
    return r;
  }

  static int id(byte[] bytes) {
    return ByteBuffer.wrap(bytes, 1, 4).getInt();
  }

  @Test
  void theThreeSubjectNameStrategiesNameTheSubjectAsConfluentsDo() {
    RawArticle article = AvroSerdesTest.article("s1");
    serializer(false).serialize("t1", article);
    serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "io.confluent.kafka.serializers.subject.RecordNameStrategy")
        .serialize("t1", article);
    serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy")
        .serialize("t1", article);
    serializer(true, AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY, "TopicRecordNameStrategy").serialize("t2", article);
    serializer(true, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "RecordNameStrategy").serialize("t3", article);
    assertEquals(List.of("POST /subjects/t1-value/versions", "POST /subjects/newsflow.v1.RawArticle/versions",
        "POST /subjects/t1-newsflow.v1.RawArticle/versions", "POST /subjects/t2-newsflow.v1.RawArticle/versions",
        "POST /subjects/t3-key/versions"), registry.requests(), "a key serializer reads key.subject.name.strategy only");
  }

  @Test
  void recordStrategiesNeedARecord() {
    Schema colours = SchemaBuilder.enumeration("Colour").namespace("settings").symbols("RED", "GREEN");
    Serializer<GenericData.EnumSymbol> s = serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "RecordNameStrategy");
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> s.serialize("t", new GenericData.EnumSymbol(colours, "RED")));
    assertEquals(WireFormatException.Reason.SERIALIZATION_FAILED, e.reason());
    assertTrue(e.getMessage().contains("value.subject.name.strategy") && e.getMessage().contains("record schema"), e.getMessage());
  }

  @Test
  void anUnknownStrategyIsRefusedNamingTheSetting() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "com.example.MyStrategy"));
    assertTrue(e.getMessage().contains("value.subject.name.strategy") && e.getMessage().contains("com.example.MyStrategy"),
        e.getMessage());
    assertTrue(e.getMessage().contains("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy"), e.getMessage());
  }

  @Test
  void useLatestVersionWritesWithTheSubjectsLatestSchema() {
    SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    client.register("notes-value", note(false, false));
    int latestId = client.register("notes-value", note(true, true));
    Serializer<GenericRecord> s = serializer(false, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false",
        AvroSerdeConfig.USE_LATEST_VERSION, "true");
    byte[] bytes = s.serialize("notes", note(note(false, false), "first"));
    s.serialize("notes", note(note(false, false), "second"));
    assertEquals(latestId, id(bytes));
    GenericRecord back = new AvroDeserializer<GenericRecord>(client, false).deserialize("notes", bytes);
    assertEquals("first", back.get("text").toString());
    assertEquals("en", back.get("lang").toString(), "the latest schema's default filled in");
    assertEquals(1, registry.requests().stream().filter(r -> r.equals("GET /subjects/notes-value/versions/latest")).count(),
        "the latest version is cached: " + registry.requests());

    Serializer<GenericRecord> fresh = serializer(false, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false",
        AvroSerdeConfig.USE_LATEST_VERSION, "true", AvroSerdeConfig.LATEST_CACHE_TTL_SEC, "0");
    fresh.serialize("notes", note(note(false, false), "a"));
    fresh.serialize("notes", note(note(false, false), "b"));
    assertEquals(3, registry.requests().stream().filter(r -> r.equals("GET /subjects/notes-value/versions/latest")).count());
  }

  @Test
  void useLatestVersionRefusesARecordTheLatestSchemaCannotRead() {
    SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    client.register("strict-value", note(true, false)); // lang required, no default
    Serializer<GenericRecord> s = serializer(false, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false,
        AvroSerdeConfig.USE_LATEST_VERSION, true);
    WireFormatException e = assertThrows(WireFormatException.class, () -> s.serialize("strict", note(note(false, false), "x")));
    assertTrue(e.getMessage().contains("latest.compatibility.strict"), e.getMessage());
  }

  @Test
  void theDeserializerReadsGenericRecordsIntoTheLatestSchemaWithUseLatestVersion() {
    SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    byte[] old = new AvroSerializer<GenericRecord>(client).serialize("docs", note(note(false, false), "old"));
    client.register("docs-value", note(true, true));
    Deserializer<Object> d = new AvroDeserializer<>();
    d.configure(props(AvroSerdeConfig.USE_LATEST_VERSION, "true"), false);
    GenericRecord r = assertInstanceOf(GenericRecord.class, d.deserialize("docs", old));
    assertEquals(note(true, true), r.getSchema());
    assertEquals("en", r.get("lang").toString());
  }

  @Test
  void normalizeSchemasAsksTheRegistryToNormalize() {
    serializer(false, AvroSerdeConfig.NORMALIZE_SCHEMAS, "true").serialize("n1", note(note(false, false), "x"));
    Serializer<GenericRecord> lookup = serializer(false, AvroSerdeConfig.NORMALIZE_SCHEMAS, true,
        AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false);
    lookup.serialize("n1", note(note(false, false), "y"));
    assertEquals(List.of("POST /subjects/n1-value/versions?normalize=true", "POST /subjects/n1-value?normalize=true"),
        registry.requests());
  }

  @Test
  void aConfluentSettingNewsflowDoesNotSupportFailsNamingIt() {
    for (Object[] setting : List.of(new Object[] {"use.schema.id", "5"}, new Object[] {"bearer.auth.token", "secret"},
        new Object[] {"request.header.X-Team", "news"}, new Object[] {"avro.use.logical.type.converters", true},
        new Object[] {"max.retries", 10}, new Object[] {"context.name.strategy", "com.example.Contexts"})) {
      ConfigException e = assertThrows(ConfigException.class, () -> serializer(false, setting), setting[0].toString());
      assertTrue(e.getMessage().contains((String) setting[0]) && e.getMessage().contains("not support"), e.getMessage());
      Deserializer<Object> d = new AvroDeserializer<>();
      assertThrows(ConfigException.class, () -> d.configure(props(setting), false), setting[0].toString());
    }
    // Confluent's defaults ask for nothing different and are accepted
    serializer(false, "use.schema.id", "-1", "max.retries", 3, "id.compatibility.strict", "true",
        "value.schema.id.serializer", "io.confluent.kafka.serializers.schema.id.PrefixSchemaIdSerializer");
    assertThrows(ConfigException.class, () -> serializer(false, AvroSerdeConfig.LATEST_CACHE_TTL_SEC, "soon"));
    assertThrows(ConfigException.class, () -> serializer(false, AvroSerdeConfig.USE_LATEST_VERSION, "maybe"));
  }
}
