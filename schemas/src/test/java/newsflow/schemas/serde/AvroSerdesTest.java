package newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.StubRegistryServer;
import newsflow.schemas.serde.WireFormatException.Reason;
import newsflow.v1.Image;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AvroSerdesTest {

  private static final String TOPIC = "news.articles.raw.v1";
  private static StubRegistryServer registry;
  private static SchemaRegistryClient client;

  @BeforeAll
  static void start() throws Exception {
    registry = new StubRegistryServer();
    client = new SchemaRegistryClient(registry.url());
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  static RawArticle article(String id) {
    return RawArticle.newBuilder()
        .setId(id)
        .setUrl("https://example.org/" + id)
        .setCanonicalUrl("https://example.org/" + id)
        .setSource(Source.newBuilder().setFeedUrl(null).setPublisher("Example Times").setDomain("example.org").build())
        .setTitle("Hegseth says \"no betrayal\"")
        .setAuthors(List.of("A. Writer"))
        .setPublishedAt(Instant.parse("2025-06-01T10:15:30Z"))
        .setFetchedAt(Instant.parse("2025-06-01T10:20:00Z"))
        .setLanguage("en")
        .setText("First paragraph — with “quotes”.\n\nSecond paragraph.")
        .setHeadings(List.of())
        .setImages(List.of(Image.newBuilder().setUrl("https://example.org/i.jpg").setCaption(null).build()))
        .setContentHash("ab".repeat(32))
        .build();
  }

  private static byte[] validBytes() {
    return AvroSerdes.specific(RawArticle.class, client, false).serializer().serialize(TOPIC, article("valid"));
  }

  @Test
  void roundTripsAGeneratedRecordWithLogicalTypes() {
    Serde<RawArticle> serde = AvroSerdes.specific(RawArticle.class, client, false);
    RawArticle original = article("a1");
    byte[] bytes = serde.serializer().serialize(TOPIC, original);
    RawArticle back = serde.deserializer().deserialize(TOPIC, bytes);
    assertEquals(original, back);
    assertEquals(Instant.parse("2025-06-01T10:15:30Z"), back.getPublishedAt());
  }

  @Test
  void writesMagicByteAndBigEndianSchemaIdRegisteredUnderTheValueSubject() {
    byte[] bytes = validBytes();
    int id = client.idOf(TOPIC + "-value", RawArticle.getClassSchema());
    assertEquals(0, bytes[0]);
    assertEquals(id, ByteBuffer.wrap(bytes, 1, 4).getInt());
    assertTrue(client.subjects().contains(TOPIC + "-value"));
  }

  @Test
  void keySerdeRegistersUnderTheKeySubject() {
    AvroSerdes.specific(Source.class, client, true).serializer()
        .serialize("keys.topic", Source.newBuilder().setFeedUrl(null).setPublisher(null).setDomain("d").build());
    assertTrue(client.subjects().contains("keys.topic-key"), client.subjects().toString());
  }

  @Test
  void nullStaysNull() {
    Serde<RawArticle> serde = AvroSerdes.specific(RawArticle.class, client, false);
    assertNull(serde.serializer().serialize(TOPIC, null));
    assertNull(serde.deserializer().deserialize(TOPIC, null));
  }

  @Test
  void wrongMagicByteSaysSo() {
    byte[] bytes = validBytes();
    bytes[0] = 1;
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> new AvroDeserializer<RawArticle>(client, RawArticle.class).deserialize(TOPIC, bytes));
    assertEquals(Reason.WRONG_MAGIC_BYTE, e.reason());
    assertInstanceOf(SerializationException.class, e);
    assertTrue(e.getMessage().contains("0x01"), e.getMessage());
  }

  @Test
  void plainTextIsAWrongMagicByteNotATruncation() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> new AvroDeserializer<RawArticle>(client, RawArticle.class).deserialize(TOPIC, "{}".getBytes()));
    assertEquals(Reason.WRONG_MAGIC_BYTE, e.reason());
  }

  @Test
  void unknownSchemaIdSaysSo() {
    byte[] bytes = validBytes();
    ByteBuffer.wrap(bytes).putInt(1, 987_654);
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> new AvroDeserializer<RawArticle>(client, RawArticle.class).deserialize(TOPIC, bytes));
    assertEquals(Reason.UNKNOWN_SCHEMA_ID, e.reason());
    assertFalse(e.isTransient());
    assertTrue(e.getMessage().contains("987654"), e.getMessage());
  }

  @Test
  void truncatedHeaderSaysSo() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> new AvroDeserializer<RawArticle>(client, RawArticle.class).deserialize(TOPIC, new byte[] {0, 0, 1}));
    assertEquals(Reason.TRUNCATED, e.reason());
    assertTrue(e.getMessage().contains("3 bytes"), e.getMessage());
  }

  @Test
  void truncatedPayloadSaysSoAtEveryCut() {
    byte[] bytes = validBytes();
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(client, RawArticle.class);
    for (int cut = 5; cut < bytes.length; cut += 7) {
      byte[] head = Arrays.copyOf(bytes, cut);
      SerializationException e = assertThrows(SerializationException.class, () -> deserializer.deserialize(TOPIC, head),
          "cut at " + cut);
      assertEquals(Reason.TRUNCATED, ((WireFormatException) e).reason(), "cut at " + cut + ": " + e.getMessage());
    }
  }

  @Test
  void genericReaderByDefaultAndSpecificWhenAsked() {
    byte[] bytes = validBytes();
    Deserializer<Object> byProperties = new AvroDeserializer<>();
    byProperties.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
    Object generic = byProperties.deserialize(TOPIC, bytes);
    assertInstanceOf(GenericRecord.class, generic);
    assertEquals("valid", ((GenericRecord) generic).get("id").toString());

    Deserializer<Object> specific = new AvroDeserializer<>();
    specific.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url(), AvroSerdeConfig.SPECIFIC_AVRO_READER, "true"), false);
    assertEquals(article("valid"), specific.deserialize(TOPIC, bytes));
  }

  @Test
  void configuredByPropertiesLikeAPlainProducer() {
    Serializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
    byte[] bytes = serializer.serialize("plain.topic", article("p1"));
    assertEquals(article("p1"), new AvroDeserializer<RawArticle>(client, RawArticle.class).deserialize("plain.topic", bytes));
    serializer.close();
  }

  @Test
  void basicAuthSettingsPassFromSerdePropertiesToTheRegistry() throws Exception {
    try (StubRegistryServer secured = new StubRegistryServer()) {
      String header = "Basic " + java.util.Base64.getEncoder().encodeToString("svc:pw".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      secured.requireAuthorization(header);
      Serializer<RawArticle> anonymous = new AvroSerializer<>();
      anonymous.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, secured.url()), false);
      WireFormatException refused = assertThrows(WireFormatException.class, () -> anonymous.serialize("auth.topic", article("x")));
      assertTrue(refused.getMessage().contains("401"), refused.getMessage());
      assertEquals(Reason.REGISTRY_ERROR, refused.reason());
      assertFalse(refused.isTransient(), "401 is permanent");

      Map<String, Object> props = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, secured.url(),
          AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO", AvroSerdeConfig.BASIC_AUTH_USER_INFO, "svc:pw",
          AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
      Serializer<RawArticle> serializer = new AvroSerializer<>();
      serializer.configure(props, false);
      Deserializer<RawArticle> deserializer = new AvroDeserializer<>();
      deserializer.configure(props, false);
      assertEquals(article("x"), deserializer.deserialize("auth.topic", serializer.serialize("auth.topic", article("x"))));
    }
  }

  @Test
  void withoutAutoRegisterAnUnregisteredSchemaFails() {
    Serializer<GenericRecord> serializer = new AvroSerializer<>();
    serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
        AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false"), false);
    Schema schema = SchemaBuilder.record("Unregistered").namespace("t").fields().requiredInt("n").endRecord();
    GenericRecord record = new GenericData.Record(schema);
    record.put("n", 1);
    WireFormatException e = assertThrows(WireFormatException.class, () -> serializer.serialize("unreg.topic", record));
    assertEquals(Reason.REGISTRY_ERROR, e.reason());
    assertTrue(e.getMessage().contains("40401"), e.getMessage());
  }

  @Test
  void unreachableRegistryIsATransientFailure() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(
        new SchemaRegistryClient("http://127.0.0.1:" + closedPort), RawArticle.class);
    WireFormatException e = assertThrows(WireFormatException.class, () -> deserializer.deserialize(TOPIC, validBytes()));
    assertEquals(Reason.REGISTRY_ERROR, e.reason());
    assertTrue(e.isTransient());
  }

  @Test
  void missingRegistryUrlFailsAtConfigure() {
    assertThrows(org.apache.kafka.common.config.ConfigException.class,
        () -> new AvroSerializer<RawArticle>().configure(Map.of(), false));
  }

  @Test
  void olderWriterResolvesToTheNewerReaderClass() {
    // A writer schema that lacks optional fields: the reader fills the defaults (BACKWARD evolution).
    Schema old = SchemaBuilder.record("RawArticle").namespace("newsflow.v1").fields()
        .requiredString("id")
        .name("source").type(Source.getClassSchema()).noDefault()
        .name("fetchedAt").type(RawArticle.getClassSchema().getField("fetchedAt").schema()).noDefault()
        .requiredString("text")
        .requiredString("contentHash")
        .endRecord();
    GenericRecord record = new GenericData.Record(old);
    record.put("id", "old1");
    GenericRecord source = new GenericData.Record(Source.getClassSchema());
    source.put("domain", "example.org");
    record.put("source", source);
    record.put("fetchedAt", 1_700_000_000_000L);
    record.put("text", "t");
    record.put("contentHash", "h");
    byte[] bytes = AvroSerdes.generic(client, false).serializer().serialize("evolve.topic", record);
    RawArticle back = new AvroDeserializer<RawArticle>(client, RawArticle.class).deserialize("evolve.topic", bytes);
    assertEquals("old1", back.getId());
    assertNull(back.getTitle());
    assertEquals(List.of(), back.getAuthors());
    assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), back.getFetchedAt());
  }

  @Test
  void payloadThatDoesNotDecodeIsMalformed() {
    byte[] bytes = validBytes();
    byte[] garbage = Arrays.copyOf(bytes, bytes.length);
    // A huge negative length prefix for the first string field.
    garbage[5] = (byte) 0x81;
    SerializationException e = assertThrows(SerializationException.class,
        () -> new AvroDeserializer<RawArticle>(client, RawArticle.class).deserialize(TOPIC, garbage));
    assertInstanceOf(WireFormatException.class, e);
  }
}
