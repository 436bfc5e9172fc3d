package newsflow.embedded;

import static newsflow.embedded.RegistryHttp.schemaBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsflow.embedded.ConfluentStoreModel.Served;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The {@code _schemas} topic as Confluent's registry reads it: records in Confluent's format, so that a
 * cp-schema-registry taking over the topic ({@link ConfluentStoreModel}) serves the subjects, versions and ids
 * the embedded registry serves; topics of the earlier newsflow format are read and rewritten once; unreadable
 * records are logged and skipped without stopping the registry. Each test uses a topic of its own.
 */
class SchemaTopicFormatIT {

  @TempDir static Path dataDir;
  static EmbeddedKafka kafka;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.start(dataDir);
  }

  @AfterAll
  static void stop() {
    if (kafka != null) kafka.close();
  }

  static Schema record(String name, boolean withB) {
    SchemaBuilder.FieldAssembler<Schema> f = SchemaBuilder.record(name).namespace("format").fields().requiredString("a");
    if (withB) f = f.name("b").type().intType().intDefault(0);
    return f.endRecord();
  }

  /** What the REST API serves, in the model's shape: subject -> version -> id, schema, soft-deleted. */
  static Map<String, Map<Integer, Served>> served(RegistryHttp http) {
    Map<String, Map<Integer, Served>> out = new TreeMap<>();
    for (JsonNode subject : http.get("/subjects?deleted=true").body()) {
      String s = subject.asText();
      Set<Integer> live = new HashSet<>();
      RegistryHttp.Response liveVersions = http.get("/subjects/" + s + "/versions");
      if (liveVersions.status() == 200) liveVersions.body().forEach(v -> live.add(v.asInt()));
      for (JsonNode v : http.get("/subjects/" + s + "/versions?deleted=true").body()) {
        JsonNode version = http.get("/subjects/" + s + "/versions/" + v.asInt() + "?deleted=true").body();
        out.computeIfAbsent(s, k -> new TreeMap<>()).put(v.asInt(),
            new Served(version.path("id").asInt(), version.path("schema").asText(), !live.contains(v.asInt())));
      }
    }
    return out;
  }

  static void produce(String topic, List<byte[][]> records) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
      for (byte[][] r : records) producer.send(new ProducerRecord<>(topic, 0, r[0], r[1])).get();
    }
  }

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String value(String subject, int version, int id, Schema schema, boolean deleted) {
    return "{\"subject\":\"" + subject + "\",\"version\":" + version + ",\"id\":" + id + ",\"schema\":"
        + com.fasterxml.jackson.databind.node.TextNode.valueOf(schema.toString()) + ",\"deleted\":" + deleted + "}";
  }

  @Test
  void writesRecordsThatConfluentsRegistryServesAsTheSameSubjectsVersionsAndIds() {
    String topic = "_schemas_format";
    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0, topic)) {
      RegistryHttp http = new RegistryHttp(registry.url());
      http.post("/subjects/orders-value/versions", schemaBody(record("Order", false)));
      http.post("/subjects/orders-value/versions", schemaBody(record("Order", true)));
      http.post("/subjects/copies-value/versions", schemaBody(record("Order", false)));
      http.post("/subjects/gone-value/versions", schemaBody(record("Gone", false)));
      http.put("/config", "{\"compatibility\":\"FULL\"}");
      http.put("/config/orders-value", "{\"compatibility\":\"NONE\"}");
      http.put("/config/copies-value", "{\"compatibility\":\"FORWARD\"}");
      http.delete("/config/copies-value");
      http.put("/config/gone-value", "{\"compatibility\":\"NONE\"}");
      http.delete("/subjects/orders-value/versions/1");
      http.delete("/subjects/copies-value");
      http.delete("/subjects/gone-value");
      http.delete("/subjects/gone-value?permanent=true");
      http.post("/subjects/orders-value/versions", schemaBody(record("Order", false)));

      List<ConsumerRecord<byte[], byte[]>> records = ConfluentStoreModel.records(kafka.bootstrapServers(), topic);
      Set<String> keyTypes = new HashSet<>();
      for (ConsumerRecord<byte[], byte[]> r : records) {
        String key = new String(r.key(), StandardCharsets.UTF_8);
        assertFalse(key.contains("proposal") || key.contains("DELETE_SCHEMA"), key);
        assertTrue(key.matches("\\{\"keytype\":\"(SCHEMA|CONFIG|DELETE_SUBJECT)\"(,\"subject\":\"[^\"]+\")?(,\"version\":\\d+)?,\"magic\":[01]}"), key);
        keyTypes.add(key.replaceAll(".*keytype\":\"([A-Z_]+).*", "$1") + (r.value() == null ? "/tombstone" : ""));
        if (r.value() != null) assertFalse(new String(r.value(), StandardCharsets.UTF_8).contains("null"), key);
      }
      assertEquals(Set.of("SCHEMA", "SCHEMA/tombstone", "CONFIG", "CONFIG/tombstone", "DELETE_SUBJECT"), keyTypes);

      ConfluentStoreModel confluent = ConfluentStoreModel.read(kafka.bootstrapServers(), topic);
      assertEquals(served(http), confluent.subjects());
      assertEquals(List.of(), confluent.skipped());
      assertEquals("FULL", confluent.compatibility(null));
      assertEquals("NONE", confluent.compatibility("orders-value"));
      assertNull(confluent.compatibility("gone-value"), "deleting a subject drops its own level");
      assertEquals(List.of("orders-value"), confluent.subjectsWithCompatibility());
      assertFalse(confluent.subjects().containsKey("gone-value"));
    }
  }

  @Test
  void readsATopicOfTheEarlierFormatAndRewritesItOnceForConfluent() throws Exception {
    String topic = "_schemas_earlier";
    Schema a = record("A", false);
    Schema b = record("B", false);
    // as newsflow wrote _schemas before: proposal keys, a losing proposal, DELETE_SCHEMA, null config values
    String proposal = "{\"keytype\":\"SCHEMA\",\"subject\":\"%s\",\"version\":1,\"id\":%d,\"proposal\":\"%s\",\"magic\":1}";
    produce(topic, List.of(
        new byte[][] {b(String.format(proposal, "s1", 1, "6f2b1c1e-0000-4000-8000-000000000001")), b(value("s1", 1, 1, a, false))},
        new byte[][] {b(String.format(proposal, "s1", 2, "6f2b1c1e-0000-4000-8000-000000000002")), b(value("s1", 1, 2, b, false))},
        new byte[][] {b(String.format(proposal, "s2", 2, "6f2b1c1e-0000-4000-8000-000000000003")), b(value("s2", 1, 2, b, false))},
        new byte[][] {b("{\"keytype\":\"DELETE_SCHEMA\",\"subject\":\"s2\",\"version\":1,\"id\":2,\"magic\":1}"),
            b("{\"subject\":\"s2\",\"version\":1,\"id\":2,\"deleted\":true}")},
        new byte[][] {b("{\"keytype\":\"CONFIG\",\"magic\":0,\"subject\":null}"), b("{\"compatibilityLevel\":\"FULL\"}")},
        new byte[][] {b("{\"keytype\":\"CONFIG\",\"magic\":0,\"subject\":\"s1\"}"), b("{\"compatibilityLevel\":\"NONE\"}")},
        new byte[][] {b("{\"keytype\":\"CONFIG\",\"magic\":0,\"subject\":\"s1\"}"), b("{\"compatibilityLevel\":null}")}));
    Map<Integer, Served> s1Before = ConfluentStoreModel.read(kafka.bootstrapServers(), topic).subjects().get("s1");
    assertEquals(b.toString(), s1Before.get(1).schema(), "Confluent would read the losing proposal: why a rewrite is needed");

    long endAfterRewrite;
    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0, topic)) {
      RegistryHttp http = new RegistryHttp(registry.url());
      Map<String, Map<Integer, Served>> expected = Map.of(
          "s1", Map.of(1, new Served(1, a.toString(), false)),
          "s2", Map.of(1, new Served(2, b.toString(), true)));
      assertEquals(expected, served(http));
      assertEquals("FULL", http.get("/config").body().path("compatibilityLevel").asText());
      assertEquals(40408, http.get("/config/s1").errorCode());
      ConfluentStoreModel confluent = ConfluentStoreModel.read(kafka.bootstrapServers(), topic);
      assertEquals(expected, confluent.subjects());
      assertEquals("FULL", confluent.compatibility(null));
      assertNull(confluent.compatibility("s1"));
      endAfterRewrite = ConfluentStoreModel.records(kafka.bootstrapServers(), topic).size();
    }
    try (EmbeddedSchemaRegistry again = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0, topic)) {
      assertEquals(endAfterRewrite, ConfluentStoreModel.records(kafka.bootstrapServers(), topic).size(), "rewritten once only");
      RegistryHttp http = new RegistryHttp(again.url());
      assertEquals(a.toString(), http.get("/subjects/s1/versions/1").body().path("schema").asText());
      int id = http.post("/subjects/s3/versions", schemaBody(record("C", false))).body().path("id").asInt();
      assertEquals(3, id, "ids of the earlier format stay taken");
      assertEquals(served(http), ConfluentStoreModel.read(kafka.bootstrapServers(), topic).subjects());
    }
  }

  @Test
  void skipsUnreadableRecordsWithAWarningAndKeepsServing() throws Exception {
    String topic = "_schemas_poison";
    Schema good = record("Good", false);
    produce(topic, List.of(
        new byte[][] {SchemaRecords.schemaKey("ok", 1), b(value("ok", 1, 1, good, false))},
        new byte[][] {new byte[] {(byte) 0xff, (byte) 0xfe, 0x00}, b("{}")},
        new byte[][] {b("not json at all"), b("garbage")},
        new byte[][] {b("[\"SCHEMA\"]"), b("{}")},
        new byte[][] {b("{\"keytype\":\"NO_SUCH_TYPE\",\"magic\":0}"), b("{}")},
        new byte[][] {SchemaRecords.schemaKey("ok", 2), b("{\"subject\":\"ok\",\"version\":2,\"schema\":\"\\\"int\\\"\"}")},
        new byte[][] {SchemaRecords.schemaKey("ok", 3), new byte[] {1, 2, 3}},
        new byte[][] {null, b("{}")},
        new byte[][] {SchemaRecords.schemaKey("bad", 1), b("{\"subject\":\"bad\",\"version\":1,\"id\":5,\"schema\":\"{not avro\"}")},
        new byte[][] {SchemaRecords.schemaKey("proto", 1),
            b("{\"subject\":\"proto\",\"version\":1,\"id\":7,\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}")}));
    Logger logger = (Logger) LoggerFactory.getLogger(SchemaLog.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0, topic)) {
      RegistryHttp http = new RegistryHttp(registry.url());
      assertEquals(7, registry.skippedRecords(), appender.list.toString());
      assertEquals(List.of("ok"), List.of(http.get("/subjects").body().get(0).asText()));
      assertEquals(1, http.get("/subjects").body().size());
      assertEquals(good.toString(), http.get("/schemas/ids/1").body().path("schema").asText());
      List<String> warnings = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertTrue(warnings.stream().anyMatch(w -> w.startsWith("Skipping unreadable record in " + topic + " at offset 2: key is not JSON")), warnings.toString());
      assertTrue(warnings.stream().anyMatch(w -> w.contains("offset 5") && w.contains("id is not a number")), warnings.toString());
      assertTrue(warnings.stream().anyMatch(w -> w.contains("offset 9") && w.contains("PROTOBUF") && w.contains("id stays reserved")), warnings.toString());
      assertTrue(warnings.stream().anyMatch(w -> w.contains("offset 8") && w.contains("not valid Avro")), warnings.toString());

      int next = http.post("/subjects/ok/versions", schemaBody(record("Good", true))).body().path("id").asInt();
      assertEquals(8, next, "ids of records this registry cannot serve stay taken");
      produce(topic, List.<byte[][]>of(new byte[][] {b("{\"keytype\":"), b("{")}));
      RegistryHttp.Response afterPoison = http.post("/subjects/later/versions", schemaBody(record("Later", false)));
      assertEquals(200, afterPoison.status(), afterPoison.toString());
      assertNotEquals(next, afterPoison.body().path("id").asInt());
      assertEquals(8, registry.skippedRecords());
    } finally {
      logger.detachAppender(appender);
    }
  }
}
