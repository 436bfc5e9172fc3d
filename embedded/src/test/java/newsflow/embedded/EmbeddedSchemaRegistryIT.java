package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsflow.schemas.registry.RegisteredSchema;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.SchemaRegistryException;
import newsflow.schemas.serde.AvroSerializer;
import newsflow.schemas.serde.WireFormatException;
import newsflow.v1.RawArticle;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedSchemaRegistryIT {

  @TempDir static Path dataDir;
  static EmbeddedKafka kafka;
  static EmbeddedSchemaRegistry registry;
  static SchemaRegistryClient client;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.start(dataDir);
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0);
    client = new SchemaRegistryClient(registry.url());
  }

  @AfterAll
  static void stop() {
    if (registry != null) registry.close();
    if (kafka != null) kafka.close();
  }

  static Schema person(String name, boolean withOptionalAge, boolean withRequiredEmail) {
    SchemaBuilder.FieldAssembler<Schema> f = SchemaBuilder.record(name).namespace("it").fields().requiredString("name");
    if (withOptionalAge) f = f.optionalInt("age");
    if (withRequiredEmail) f = f.requiredString("email");
    return f.endRecord();
  }

  @Test
  void registersAndFetchesByIdVersionAndLatest() {
    Schema v1 = person("Person", false, false);
    Schema v2 = person("Person", true, false);
    int id1 = client.register("people-value", v1);
    int id2 = client.register("people-value", v2);
    assertNotEquals(id1, id2);
    SchemaRegistryClient fresh = new SchemaRegistryClient(registry.url());
    assertEquals(v1, fresh.schemaById(id1));
    RegisteredSchema first = fresh.version("people-value", 1);
    assertEquals(new RegisteredSchema("people-value", 1, id1, v1), first);
    RegisteredSchema latest = fresh.latest("people-value");
    assertEquals(2, latest.version());
    assertEquals(id2, latest.id());
    assertEquals(List.of(1, 2), fresh.versions("people-value"));
    assertTrue(fresh.subjects().contains("people-value"));
    assertEquals(List.of(Map.entry("people-value", 2)), fresh.subjectVersionsOf(id2));
    assertEquals(id1, fresh.lookup("people-value", v1).id());
  }

  @Test
  void theSameSchemaRegisteredTwiceGetsTheSameIdEvenUnderAnotherSubject() {
    Schema s = person("Twice", false, false);
    int id = new SchemaRegistryClient(registry.url()).register("twice-value", s);
    assertEquals(id, new SchemaRegistryClient(registry.url()).register("twice-value", s));
    assertEquals(id, new SchemaRegistryClient(registry.url()).register("twice-other-value", s));
    assertEquals(List.of(1), client.versions("twice-value"));
  }

  @Test
  void refusesAnIncompatibleSchemaWith409() {
    client.register("strict-value", person("Strict", false, false));
    Schema breaking = person("Strict", false, true); // new required field without default: BACKWARD-incompatible
    assertFalse(client.isCompatible("strict-value", breaking));
    SchemaRegistryClient.CompatibilityResult result = client.checkCompatibility("strict-value", "latest", breaking);
    assertTrue(result.messages().toString().contains("READER_FIELD_MISSING_DEFAULT_VALUE"), result.messages().toString());
    SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.register("strict-value", breaking));
    assertEquals(409, e.httpStatus());
    assertEquals(SchemaRegistryException.INCOMPATIBLE_SCHEMA, e.errorCode());
    assertTrue(client.isCompatible("strict-value", person("Strict", true, false)));
  }

  @Test
  void compatibilityNoneAcceptsAnythingForThatSubjectOnly() throws Exception {
    client.register("loose-value", person("Loose", false, false));
    client.setCompatibility("loose-value", "NONE");
    assertEquals("NONE", client.compatibility("loose-value"));
    assertEquals("BACKWARD", client.compatibility(null));
    client.register("loose-value", person("Loose", false, true));
    assertEquals(List.of(1, 2), client.versions("loose-value"));
    HttpResponse<String> cleared = send("DELETE", "/config/loose-value", null);
    assertEquals(200, cleared.statusCode(), cleared.body());
    assertEquals("BACKWARD", client.compatibility("loose-value"), "back to the global level");
    HttpResponse<String> viaLevel = send("PUT", "/config/loose-value", "{\"compatibilityLevel\":\"full\"}");
    assertEquals(200, viaLevel.statusCode(), viaLevel.body());
    assertEquals("FULL", client.compatibility("loose-value"));
    HttpResponse<String> bad = send("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}");
    assertEquals(422, bad.statusCode());
    assertTrue(bad.body().contains("42203"), bad.body());
  }

  @Test
  void rejectsAnInvalidSchemaWith42201() throws Exception {
    HttpResponse<String> response = post("/subjects/bad-value/versions", "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"X\\\",\\\"fields\\\":[{\\\"name\\\":\\\"a\\\",\\\"type\\\":\\\"nosuchtype\\\"}]}\"}");
    assertEquals(422, response.statusCode());
    assertTrue(response.body().contains("\"error_code\":42201"), response.body());
    assertEquals(EmbeddedSchemaRegistry.CONTENT_TYPE, response.headers().firstValue("Content-Type").orElse(""));
    HttpResponse<String> notJson = post("/subjects/bad-value/versions", "{\"schema\":\"not json\"}");
    assertTrue(notJson.body().contains("\"error_code\":42201"), notJson.body());
  }

  @Test
  void answersUnknownSubjectVersionAndIdWithConfluentErrorCodes() {
    assertEquals(SchemaRegistryException.SUBJECT_NOT_FOUND,
        assertThrows(SchemaRegistryException.class, () -> client.latest("nobody-value")).errorCode());
    assertEquals(SchemaRegistryException.SUBJECT_NOT_FOUND,
        assertThrows(SchemaRegistryException.class, () -> client.versions("nobody-value")).errorCode());
    client.register("known-value", person("Known", false, false));
    assertEquals(SchemaRegistryException.VERSION_NOT_FOUND,
        assertThrows(SchemaRegistryException.class, () -> client.version("known-value", 7)).errorCode());
    SchemaRegistryException unknownId = assertThrows(SchemaRegistryException.class, () -> client.schemaById(424_242));
    assertEquals(SchemaRegistryException.SCHEMA_NOT_FOUND, unknownId.errorCode());
    assertEquals(404, unknownId.httpStatus());
    assertEquals(SchemaRegistryException.SCHEMA_NOT_FOUND, assertThrows(SchemaRegistryException.class,
        () -> client.lookup("known-value", person("Known", true, false))).errorCode());
  }

  @Test
  void deletesASubjectButKeepsItsSchemaIds() {
    int id = client.register("gone-value", person("Gone", false, false));
    assertEquals(List.of(1), client.deleteSubject("gone-value"));
    assertFalse(client.subjects().contains("gone-value"));
    assertEquals(SchemaRegistryException.SUBJECT_NOT_FOUND,
        assertThrows(SchemaRegistryException.class, () -> client.latest("gone-value")).errorCode());
    assertEquals(person("Gone", false, false), new SchemaRegistryClient(registry.url()).schemaById(id));
    assertEquals(id, client.register("gone-value", person("Gone", false, false)), "ids are never reused or changed");
  }

  @Test
  void keepsIdsAcrossARestartAndTwoInstancesAgree() {
    int id = client.register("durable-value", RawArticle.getClassSchema());
    registry.close();
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0);
    client = new SchemaRegistryClient(registry.url());
    assertEquals(RawArticle.getClassSchema(), client.schemaById(id));
    assertEquals(id, client.latest("durable-value").id());

    try (EmbeddedSchemaRegistry second = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      SchemaRegistryClient other = new SchemaRegistryClient(second.url());
      int fromSecond = other.register("second-value", person("Second", false, false));
      assertEquals(person("Second", false, false), new SchemaRegistryClient(registry.url()).schemaById(fromSecond));
      assertEquals(id, other.register("durable-value", RawArticle.getClassSchema()));
    }
  }

  @Test
  void concurrentRegistrationsOnTwoInstancesNeverShareAnId() throws Exception {
    try (EmbeddedSchemaRegistry second = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      List<String> urls = List.of(registry.url(), second.url());
      for (int i = 0; i < 3; i++) client.setCompatibility("race-" + i + "-value", "NONE"); // unrelated records share subjects
      ExecutorService pool = Executors.newFixedThreadPool(4);
      Map<Integer, Schema> byId = new ConcurrentHashMap<>();
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          Schema s = person("Race" + n, false, false);
          int id = new SchemaRegistryClient(urls.get(n % 2)).register("race-" + (n % 3) + "-value", s);
          Schema previous = byId.putIfAbsent(id, s);
          assertTrue(previous == null || previous.equals(s), "id " + id + " given to two schemas");
          return null;
        }));
      }
      for (Future<?> f : futures) f.get();
      pool.shutdown();
      assertEquals(16, byId.size());
      Set<Integer> seen = new HashSet<>();
      for (Map.Entry<Integer, Schema> e : byId.entrySet()) {
        assertEquals(e.getValue(), new SchemaRegistryClient(second.url()).schemaById(e.getKey()));
        assertEquals(e.getValue(), new SchemaRegistryClient(registry.url()).schemaById(e.getKey()));
        seen.add(e.getKey());
      }
      assertEquals(16, seen.size());
    }
  }

  @Test
  void storesSchemasInACompactedTopic() throws Exception {
    var config = kafka.admin().describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "_schemas"))).all().get();
    assertEquals("compact", config.values().iterator().next().get("cleanup.policy").value());
  }

  @Test
  void malformedRecordsOnATopicFailWithTheSpecificReason() throws Exception {
    {
      String topic = "poison";
      kafka.createTopic(topic, 1, Map.of());
      byte[] valid = new AvroSerializer<RawArticle>(new SchemaRegistryClient(registry.url())).serialize(topic, TestArticles.article("ok"));
      byte[] wrongMagic = valid.clone();
      wrongMagic[0] = 7;
      byte[] unknownId = valid.clone();
      ByteBuffer.wrap(unknownId).putInt(1, 31_337);
      byte[] truncated = Arrays.copyOf(valid, valid.length / 2);
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
      p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
        for (byte[] value : List.of(wrongMagic, unknownId, truncated, valid)) {
          producer.send(new ProducerRecord<>(topic, "k", value)).get();
        }
      }
      List<WireFormatException.Reason> reasons = new ArrayList<>();
      List<RawArticle> good = new ArrayList<>();
      try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(AvroRoundTripIT.consumerProps(kafka, registry))) {
        consumer.subscribe(List.of(topic));
        long deadline = System.currentTimeMillis() + 30_000;
        while (good.isEmpty() && System.currentTimeMillis() < deadline) {
          try {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> good.add(r.value()));
          } catch (RecordDeserializationException e) {
            WireFormatException cause = assertInstanceOf(WireFormatException.class, e.getCause(), e.toString());
            reasons.add(cause.reason());
            consumer.seek(e.topicPartition(), e.offset() + 1); // skip the poison record, as a DLQ handler would
          }
        }
      }
      assertEquals(List.of(WireFormatException.Reason.WRONG_MAGIC_BYTE, WireFormatException.Reason.UNKNOWN_SCHEMA_ID,
          WireFormatException.Reason.TRUNCATED), reasons);
      assertEquals(List.of(TestArticles.article("ok")), good);
    }
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return send("POST", path, body);
  }

  private static HttpResponse<String> send(String method, String path, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(registry.url() + path))
        .header("Content-Type", EmbeddedSchemaRegistry.CONTENT_TYPE)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
