package newsflow.embedded;

import static newsflow.embedded.NodeConformance.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.RegisteredSchema;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroDeserializer;
import newsflow.schemas.serde.AvroSerdeConfig;
import newsflow.schemas.serde.AvroSerializer;
import newsflow.v1.RawArticle;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance suite through Confluent's official JavaScript client and Avro serdes ({@link NodeConformance}):
 * every row of the conformance table as that client sees it, and the happy path: 13 demo records written by
 * newsflow's serdes, read and written again by Confluent's byte for byte, records of Confluent's read by
 * newsflow's (topic and record name strategies, normalized and inferred schemas), and a registry restart
 * after which every id still resolves and a new schema gets a new id.
 */
@DisabledIfSystemProperty(named = NodeConformance.SKIP_PROPERTY, matches = "true",
    disabledReason = "skipped on request (-Dnewsflow.skipNodeConformance=true): Confluent's JavaScript client was not run")
class JsConformanceIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static EmbeddedKafka kafka;
  static EmbeddedSchemaRegistry registry;

  @BeforeAll
  static void start() throws Exception {
    NodeConformance.install();
    kafka = EmbeddedKafka.start(dataDir);
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0);
  }

  @AfterAll
  static void stop() {
    if (registry != null) registry.close();
    if (kafka != null) kafka.close();
  }

  private static void assertRefused(JsonNode js, String name, int status, int errorCode) {
    JsonNode c = js.path(name);
    assertEquals(status, c.path("status").asInt(), name + ": " + c);
    assertEquals(errorCode, c.path("errorCode").asInt(), name + ": " + c);
  }

  private static JsonNode ok(JsonNode js, String name) {
    JsonNode c = js.path(name);
    assertTrue(c.has("ok"), name + " failed: " + c);
    return c.get("ok");
  }

  @Test
  void confluentsJavaScriptClientGetsConfluentsAnswerForEveryRowOfTheTable() throws Exception {
    JsonNode js = NodeConformance.conformance("table", registry.url(), JSON.createObjectNode());

    for (String method : List.of("PUT", "POST", "DELETE")) {
      assertRefused(js, "subjects" + method, 405, 405);
      assertEquals(1, js.path("subjects" + method).path("requests").asInt(), "a 405 is not retried, a 5xx would be");
    }

    assertTrue(ok(js, "compatLatestUnknown").asBoolean());
    assertRefused(js, "compatVersionUnknown", 404, 40402);
    assertFalse(ok(js, "compatWholeSubject").path("is_compatible").asBoolean(true), js.path("compatWholeSubject").toString());
    assertTrue(ok(js, "compatLatestTransitive").asBoolean(), "BACKWARD_TRANSITIVE against versions/latest checks that version");
    assertFalse(ok(js, "compatVersion1Transitive").asBoolean(true));

    assertEquals(1, ok(js, "softDeleteVersion").asInt());
    assertEquals(List.of(2), ints(ok(js, "versionsAfterSoftDelete")));
    assertRefused(js, "version1Live", 404, 40402);
    JsonNode deleted = ok(js, "version1Deleted");
    assertEquals(1, deleted.path("version").asInt());
    assertEquals(deleted.path("expectedId").asInt(), deleted.path("id").asInt());
    assertRefused(js, "lookupLive", 404, 40403);
    assertEquals(1, ok(js, "lookupDeleted").asInt());

    assertRefused(js, "softDeleteVersionAgain", 404, 40406);
    assertEquals(List.of(2), ints(ok(js, "softDeleteSubject")));
    assertRefused(js, "softDeleteSubjectAgain", 404, 40404);

    assertRefused(js, "permanentLiveVersion", 404, 40407);
    assertRefused(js, "permanentLiveSubject", 404, 40405);
    assertEquals(List.of(1), ints(ok(js, "versionsAfterRefusedPermanent")));

    assertEquals(1, ok(js, "permanentVersion").asInt());
    assertRefused(js, "version1AfterPermanent", 404, 40402);
    assertEquals(List.of(2), ints(ok(js, "permanentSubject")));
    assertFalse(ok(js, "subjectsAfterPermanent").toString().contains("js-hard-value"));

    JsonNode reRegistered = ok(js, "reRegister");
    assertEquals(reRegistered.path("expectedId").asInt(), reRegistered.path("id").asInt());
    assertEquals(List.of(2, 3), ints(ok(js, "versionsAfterReRegister")));
    assertRefused(js, "version1AfterReRegister", 404, 40402);

    for (String sameId : List.of("registerAgain", "getId", "latest")) {
      assertEquals(ok(js, sameId).path("expectedId").asInt(), ok(js, sameId).path("id").asInt(), sameId);
    }
    assertEquals(1, ok(js, "latest").path("version").asInt());
    assertTrue(ok(js, "byId").asBoolean());
    assertTrue(ok(js, "subjects").toString().contains("js-happy-value"));
    assertRefused(js, "unknownSubject", 404, 40401);
    assertRefused(js, "unknownVersion", 404, 40402);
    assertRefused(js, "unknownId", 404, 40403);
    assertRefused(js, "incompatible", 409, 409);
    assertRefused(js, "invalidSchema", 422, 42201);
    assertRefused(js, "noSubjectConfig", 404, 40408);
    assertEquals("FULL", ok(js, "getCompatibility").asText());
    assertEquals("BACKWARD", ok(js, "defaultCompatibility").asText());
  }

  /** One record written by newsflow's serializer: its topic, subject, class and bytes. */
  private record Written(String topic, String subject, SpecificRecord record, byte[] bytes) {}

  @Test
  void demoRecordsTravelBothWaysAndEveryIdSurvivesARestart() throws Exception {
    SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    List<Written> written = new ArrayList<>();
    AvroSerializer<SpecificRecord> byTopic = new AvroSerializer<>(client);
    for (SpecificRecord r : DemoRecords.raw()) written.add(new Written(Topics.ARTICLES_RAW, Topics.ARTICLES_RAW + "-value", r,
        byTopic.serialize(Topics.ARTICLES_RAW, r)));
    for (SpecificRecord r : DemoRecords.enriched()) written.add(new Written(Topics.ARTICLES_ENRICHED,
        Topics.ARTICLES_ENRICHED + "-value", r, byTopic.serialize(Topics.ARTICLES_ENRICHED, r)));
    Serializer<SpecificRecord> byRecordName = new AvroSerializer<>();
    byRecordName.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
        AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "io.confluent.kafka.serializers.subject.RecordNameStrategy"), false);
    for (SpecificRecord r : DemoRecords.alerts()) written.add(new Written(Topics.ALERTS, "newsflow.v1.OfficialAlert", r,
        byRecordName.serialize(Topics.ALERTS, r)));
    assertEquals(13, written.size());

    // a schema registered normalized by Java, registered normalized again by JS from differently ordered text
    Schema normalized = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Tagged\",\"namespace\":\"jsconformance\","
        + "\"desk\":\"city\",\"area\":\"news\",\"fields\":[{\"name\":\"tag\",\"type\":\"string\"}]}");
    Serializer<GenericRecord> normalizing = new AvroSerializer<>();
    normalizing.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url(), AvroSerdeConfig.NORMALIZE_SCHEMAS, true), false);
    GenericRecord tagged = new GenericData.Record(normalized);
    tagged.put("tag", "council");
    int normalizedId = java.nio.ByteBuffer.wrap(normalizing.serialize("js-normalized", tagged), 1, 4).getInt();

    ObjectNode input = JSON.createObjectNode().put("rawTopic", Topics.ARTICLES_RAW).put("inferredTopic", "js.inferred")
        .put("alertSubject", "newsflow.v1.OfficialAlert").put("normalizedSubject", "js-normalized-value")
        .put("normalizedSchemaReordered", "{\"fields\":[{\"type\":\"string\",\"name\":\"tag\"}],\"area\":\"news\","
            + "\"desk\":\"city\",\"name\":\"Tagged\",\"namespace\":\"jsconformance\",\"type\":\"record\"}");
    ArrayNode records = input.putArray("records");
    for (Written w : written) {
      records.addObject().put("topic", w.topic()).put("subject", w.subject()).put("hex", HexFormat.of().formatHex(w.bytes()));
    }
    input.set("jsRawArticle", JSON.readTree("{\"id\":\"js-1\",\"url\":\"https://westmere.example/js-1\",\"canonicalUrl\":null,"
        + "\"source\":{\"feedUrl\":null,\"publisher\":\"JS Daily\",\"domain\":\"westmere.example\"},\"title\":\"Written by JavaScript\","
        + "\"authors\":[\"Node Writer\"],\"publishedAt\":null,\"fetchedAt\":1700000000123,\"language\":\"en\","
        + "\"text\":\"“Quoted,” she said — in Nordby.\",\"headings\":[],\"images\":[],\"contentHash\":\"" + "cd".repeat(32) + "\"}"));

    JsonNode js = NodeConformance.conformance("roundtrip", registry.url(), input);

    AvroDeserializer<Object> reader = new AvroDeserializer<>(client, true);
    for (int i = 0; i < written.size(); i++) {
      Written w = written.get(i);
      byte[] back = HexFormat.of().parseHex(js.path("records").get(i).path("hex").asText());
      assertEquals(HexFormat.of().formatHex(w.bytes()), HexFormat.of().formatHex(back),
          "Confluent's serde wrote record " + i + " (" + w.subject() + ") with other bytes");
      assertEquals(w.record(), reader.deserialize(w.topic(), back));
    }
    assertEquals("demo-3", js.path("records").get(3).path("decoded").path("id").asText());
    assertEquals(DemoRecords.raw().get(3).getText(), js.path("records").get(3).path("decoded").path("text").asText());
    assertEquals("Brückenfeld", js.path("records").get(8).path("decoded").path("places").get(0).path("name").asText());
    assertEquals(4, js.path("alertRead").size());
    assertEquals("alert-2", js.path("alertRead").get(2).path("id").asText());
    assertEquals(client.latest("newsflow.v1.OfficialAlert").id(), ok(js, "alertSubjectLatest").asInt());

    RawArticle fromJs = new AvroDeserializer<RawArticle>(client, RawArticle.class)
        .deserialize(Topics.ARTICLES_RAW, HexFormat.of().parseHex(js.path("jsRawArticleHex").asText()));
    assertEquals("js-1", fromJs.getId());
    assertEquals("“Quoted,” she said — in Nordby.", fromJs.getText());
    assertEquals(Instant.ofEpochMilli(1_700_000_000_123L), fromJs.getFetchedAt());
    assertNull(fromJs.getPublishedAt());
    GenericRecord inferred = assertInstanceOf(GenericRecord.class, new AvroDeserializer<Object>(client, false)
        .deserialize("js.inferred", HexFormat.of().parseHex(js.path("jsInferredHex").asText())));
    assertEquals("hello", inferred.get("word").toString());
    assertEquals(42, ((Number) inferred.get("n")).intValue());
    GenericRecord recordNamed = assertInstanceOf(GenericRecord.class, new AvroDeserializer<Object>(client, false)
        .deserialize("js.inferred", HexFormat.of().parseHex(js.path("jsRecordNamedHex").asText())));
    assertEquals("Nordby", recordNamed.get("city").toString());
    assertTrue(client.subjects().containsAll(List.of("js.inferred-value", recordNamed.getSchema().getFullName())),
        "Confluent's RecordNameStrategy registered under the record's name: " + client.subjects());
    assertEquals(normalizedId, ok(js, "jsNormalized").asInt(), "the same normalized schema, the same id");

    // restart: every id resolves to the same schema, records decode again, a new schema gets a new id
    ArrayNode known = JSON.createArrayNode();
    int maxId = 0;
    for (String subject : client.subjects()) {
      for (int version : client.versions(subject)) {
        RegisteredSchema v = client.version(subject, version);
        known.addObject().put("subject", subject).put("id", v.id()).put("schema", registrySchemaText(subject, version));
        maxId = Math.max(maxId, v.id());
      }
    }
    registry.close();
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0);
    ObjectNode restartInput = JSON.createObjectNode();
    restartInput.set("known", known);
    restartInput.set("records", records);
    JsonNode after = NodeConformance.conformance("restart", registry.url(), restartInput);
    for (JsonNode k : after.path("known")) assertTrue(k.path("sameSchema").asBoolean(), k.toString());
    assertEquals(known.size(), after.path("known").size());
    for (int i = 0; i < written.size(); i++) {
      assertEquals(((GenericRecord) written.get(i).record()).get("id").toString(),
          after.path("decodedAgain").get(i).path("ok").asText(), after.path("decodedAgain").get(i).toString());
    }
    assertTrue(after.path("newId").asInt() > maxId, "id " + after.path("newId") + " after a restart, max before " + maxId);
    SchemaRegistryClient fresh = new SchemaRegistryClient(registry.url());
    assertEquals(written.get(0).record(), new AvroDeserializer<Object>(fresh, true).deserialize(written.get(0).topic(),
        HexFormat.of().parseHex(js.path("records").get(0).path("hex").asText())));
  }

  private static String registrySchemaText(String subject, int version) {
    return new RegistryHttp(registry.url()).get("/subjects/" + subject + "/versions/" + version).body().path("schema").asText();
  }
}
