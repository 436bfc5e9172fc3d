package newsflow.embedded;

import static newsflow.embedded.RegistryHttp.schemaBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsflow.embedded.RegistryHttp.Response;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain HTTP against the embedded registry for every row of Confluent Schema Registry's behaviour that
 * newsflow once answered differently (docs/foundation.md, "Conformance"), plus the happy path: the status,
 * {@code error_code} and body a Confluent client or a curl user gets.
 */
class RegistryConformanceIT {

  @TempDir static Path dataDir;
  static EmbeddedKafka kafka;
  static EmbeddedSchemaRegistry registry;
  static RegistryHttp http;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.start(dataDir);
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0);
    http = new RegistryHttp(registry.url());
  }

  @AfterAll
  static void stop() {
    if (registry != null) registry.close();
    if (kafka != null) kafka.close();
  }

  /** A record with a required string {@code a} and, optionally, a string {@code b} with or without a default. */
  static Schema record(String name, String b) {
    SchemaBuilder.FieldAssembler<Schema> f = SchemaBuilder.record(name).namespace("conformance").fields().requiredString("a");
    if ("default".equals(b)) f = f.name("b").type().stringType().stringDefault("x");
    if ("required".equals(b)) f = f.requiredString("b");
    return f.endRecord();
  }

  static int register(String subject, Schema schema) {
    Response r = http.post("/subjects/" + subject + "/versions", schemaBody(schema));
    assertEquals(200, r.status(), r.toString());
    return r.body().path("id").asInt();
  }

  static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static void assertError(int status, int code, Response r) {
    assertEquals(status, r.status(), r.toString());
    assertEquals(code, r.errorCode(), r.toString());
    assertFalse(r.body().path("message").asText().isEmpty(), r.toString());
  }

  @Test
  void writesToTheSubjectsCollectionAre405NotAServerError() {
    for (String method : List.of("PUT", "POST", "DELETE")) {
      Response r = http.send(method, "/subjects", method.equals("DELETE") ? null : "{}");
      assertError(405, 405, r);
      assertEquals("HTTP 405 Method Not Allowed", r.body().path("message").asText());
      assertEquals("GET", r.headers().firstValue("Allow").orElse(""), method);
    }
    assertError(405, 405, http.put("/subjects/x-value/versions", schemaBody(record("X", null))));
    assertError(405, 405, http.delete("/schemas/ids/1"));
    assertError(404, 404, http.get("/no/such/path"));
    assertEquals(200, http.get("/subjects").status());
  }

  @Test
  void compatibilityWithTheLatestVersionOfASubjectWithoutVersionsIsTrue() {
    Response unknown = http.post("/compatibility/subjects/never-registered-value/versions/latest", schemaBody(record("N", null)));
    assertEquals(200, unknown.status(), unknown.toString());
    assertTrue(unknown.body().path("is_compatible").asBoolean(), unknown.toString());
    register("all-gone-value", record("G", null));
    assertEquals(200, http.delete("/subjects/all-gone-value").status());
    Response deleted = http.post("/compatibility/subjects/all-gone-value/versions/latest?verbose=true",
        schemaBody(record("G", "required")));
    assertTrue(deleted.body().path("is_compatible").asBoolean(), "soft-deleted versions are not compared: " + deleted);
    assertEquals(0, deleted.body().path("messages").size(), deleted.toString());
    assertError(404, 40402, http.post("/compatibility/subjects/never-registered-value/versions/1", schemaBody(record("N", null))));
    assertError(422, 42202, http.post("/compatibility/subjects/never-registered-value/versions/zero", schemaBody(record("N", null))));
  }

  @Test
  void checksAgainstTheWholeSubjectWithoutAVersionAndAgainstOnlyTheNamedVersionWithOne() {
    String subject = "transitive-value";
    register(subject, record("T", null));
    assertEquals(200, http.put("/config/" + subject, "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}").status());
    register(subject, record("T", "default"));
    Schema candidate = record("T", "required"); // reads version 2's data, not version 1's (b has no default)

    Response whole = http.post("/compatibility/subjects/" + subject + "/versions?verbose=true", schemaBody(candidate));
    assertEquals(200, whole.status(), whole.toString());
    assertFalse(whole.body().path("is_compatible").asBoolean(), whole.toString());
    assertTrue(whole.body().path("messages").toString().contains("READER_FIELD_MISSING_DEFAULT_VALUE"), whole.toString());
    assertTrue(whole.body().path("messages").toString().contains("{oldSchemaVersion: 1}"), whole.toString());
    assertTrue(http.post("/compatibility/subjects/" + subject + "/versions/latest", schemaBody(candidate)).body()
        .path("is_compatible").asBoolean(), "latest alone is compared, even under a _TRANSITIVE level");
    assertTrue(http.post("/compatibility/subjects/" + subject + "/versions/2", schemaBody(candidate)).body()
        .path("is_compatible").asBoolean());
    assertFalse(http.post("/compatibility/subjects/" + subject + "/versions/1", schemaBody(candidate)).body()
        .path("is_compatible").asBoolean());
    assertError(409, 409, http.post("/subjects/" + subject + "/versions", schemaBody(candidate)));

    assertEquals(200, http.put("/config/" + subject, "{\"compatibility\":\"BACKWARD\"}").status());
    assertTrue(http.post("/compatibility/subjects/" + subject + "/versions", schemaBody(candidate)).body()
        .path("is_compatible").asBoolean(), "BACKWARD compares with the latest version only");
    Response invalid = http.post("/compatibility/subjects/" + subject + "/versions?verbose=true", schemaBody("{\"type\":\"nope\"}"));
    assertEquals(200, invalid.status(), invalid.toString());
    assertFalse(invalid.body().path("is_compatible").asBoolean());
    assertError(422, 42201, http.post("/compatibility/subjects/" + subject + "/versions", schemaBody("{\"type\":\"nope\"}")));
  }

  @Test
  void deletedTrueShowsSoftDeletedVersions() {
    String subject = "soft-value";
    int id1 = register(subject, record("S", null));
    register(subject, record("S", "default"));
    assertEquals(1, http.delete("/subjects/" + subject + "/versions/1").body().asInt());

    assertEquals(List.of(2), ints(http.get("/subjects/" + subject + "/versions").body()));
    assertEquals(List.of(1, 2), ints(http.get("/subjects/" + subject + "/versions?deleted=true").body()));
    assertEquals(List.of(1), ints(http.get("/subjects/" + subject + "/versions?deletedOnly=true").body()));
    assertError(404, 40402, http.get("/subjects/" + subject + "/versions/1"));
    Response v1 = http.get("/subjects/" + subject + "/versions/1?deleted=true");
    assertEquals(200, v1.status(), v1.toString());
    assertEquals(id1, v1.body().path("id").asInt());
    assertEquals(record("S", null).toString(), v1.body().path("schema").asText());
    assertEquals(record("S", null), new Schema.Parser().parse(http.get("/subjects/" + subject + "/versions/1/schema?deleted=true").body().toString()));
    assertError(404, 40403, http.post("/subjects/" + subject, schemaBody(record("S", null))));
    assertEquals(1, http.post("/subjects/" + subject + "?deleted=true", schemaBody(record("S", null))).body().path("version").asInt());
    assertEquals(200, http.get("/schemas/ids/" + id1).status(), "a soft-deleted schema stays readable by id");
    assertEquals(List.of(), ints(http.get("/schemas/ids/" + id1 + "/versions").body()));
    assertEquals(1, http.get("/schemas/ids/" + id1 + "/versions?deleted=true").body().size());

    assertEquals(List.of(2), ints(http.delete("/subjects/" + subject).body()));
    assertError(404, 40401, http.get("/subjects/" + subject + "/versions"));
    assertError(404, 40401, http.get("/subjects/" + subject + "/versions/latest"));
    assertEquals(2, http.get("/subjects/" + subject + "/versions/latest?deleted=true").body().path("version").asInt());
    assertFalse(strings(http.get("/subjects").body()).contains(subject));
    assertTrue(strings(http.get("/subjects?deleted=true").body()).contains(subject));
    assertTrue(strings(http.get("/subjects?deletedOnly=true").body()).contains(subject));
  }

  @Test
  void deletingWhatIsAlreadySoftDeletedIs40406Or40404() {
    String subject = "twice-value";
    register(subject, record("W", null));
    register(subject, record("W", "default"));
    assertEquals(200, http.delete("/subjects/" + subject + "/versions/1").status());
    Response again = http.delete("/subjects/" + subject + "/versions/1");
    assertError(404, 40406, again);
    assertEquals("Subject '" + subject + "' Version 1 was soft deleted.Set permanent=true to delete permanently",
        again.body().path("message").asText());
    assertError(404, 40402, http.delete("/subjects/" + subject + "/versions/9"));
    assertError(422, 42202, http.delete("/subjects/" + subject + "/versions/0"));
    assertEquals(200, http.delete("/subjects/" + subject).status());
    assertError(404, 40404, http.delete("/subjects/" + subject));
    assertError(404, 40406, http.delete("/subjects/" + subject + "/versions/latest"));
    assertError(404, 40401, http.delete("/subjects/never-there-value"));
    assertError(404, 40401, http.delete("/subjects/never-there-value/versions/1"));
  }

  @Test
  void permanentDeleteOfSomethingLiveIs40407Or40405AndDeletesNothing() {
    String subject = "live-value";
    int id = register(subject, record("L", null));
    register(subject, record("L", "default"));
    assertError(404, 40407, http.delete("/subjects/" + subject + "/versions/1?permanent=true"));
    assertError(404, 40405, http.delete("/subjects/" + subject + "?permanent=true"));
    assertEquals(List.of(1, 2), ints(http.get("/subjects/" + subject + "/versions").body()));
    assertEquals(id, http.get("/subjects/" + subject + "/versions/1").body().path("id").asInt());
    assertEquals(List.of(1, 2), ints(http.get("/subjects/" + subject + "/versions?deleted=true").body()));
  }

  @Test
  void permanentDeleteAfterASoftDeleteRemovesForGood() {
    String subject = "hard-value";
    int id1 = register(subject, record("H", null));
    int id2 = register(subject, record("H", "default"));
    assertEquals(200, http.delete("/subjects/" + subject + "/versions/1").status());
    Response hard = http.delete("/subjects/" + subject + "/versions/1?permanent=true");
    assertEquals(200, hard.status(), hard.toString());
    assertEquals(1, hard.body().asInt());
    assertEquals(List.of(2), ints(http.get("/subjects/" + subject + "/versions?deleted=true").body()));
    assertError(404, 40403, http.get("/schemas/ids/" + id1));
    assertError(404, 40402, http.get("/subjects/" + subject + "/versions/1?deleted=true"));

    assertEquals(200, http.delete("/subjects/" + subject).status());
    Response all = http.delete("/subjects/" + subject + "?permanent=true");
    assertEquals(List.of(2), ints(all.body()), all.toString());
    assertError(404, 40401, http.get("/subjects/" + subject + "/versions?deleted=true"));
    assertFalse(strings(http.get("/subjects?deleted=true").body()).contains(subject));
    assertError(404, 40403, http.get("/schemas/ids/" + id2));

    int again = register(subject, record("H", null));
    assertTrue(again > id2, "a hard-deleted id is not handed out again: " + again + " after " + id2);
    assertEquals(List.of(1), ints(http.get("/subjects/" + subject + "/versions").body()), "versions start again at 1");
  }

  @Test
  void reRegisteringASoftDeletedSchemaMakesANewVersionAndTheSoftDeletedOneGoes() {
    String subject = "revive-value";
    Schema a = record("R", null);
    int idA = register(subject, a);
    int idB = register(subject, record("R", "default"));
    assertEquals(200, http.delete("/subjects/" + subject + "/versions/1").status());
    assertEquals(idA, register(subject, a), "the schema keeps its id");
    assertEquals(List.of(2, 3), ints(http.get("/subjects/" + subject + "/versions?deleted=true").body()));
    JsonNode v3 = http.get("/subjects/" + subject + "/versions/3").body();
    assertEquals(idA, v3.path("id").asInt());
    assertEquals(a.toString(), v3.path("schema").asText());

    assertEquals(200, http.delete("/subjects/" + subject).status());
    assertEquals(idB, register(subject, record("R", "default")));
    assertEquals(List.of(4), ints(http.get("/subjects/" + subject + "/versions").body()));
    assertEquals(List.of(3, 4), ints(http.get("/subjects/" + subject + "/versions?deleted=true").body()),
        "version 2 (same id) went; version 3 (another schema) stays soft-deleted");
  }

  @Test
  void happyPathAndTheOtherErrorCodes() {
    String subject = "happy-value";
    Schema v1 = record("P", null);
    int id = register(subject, v1);
    assertEquals(id, register(subject, v1), "the same schema again answers the same id");
    assertEquals(id, register("happy-other-value", v1), "and the same id under another subject");
    JsonNode found = http.post("/subjects/" + subject, schemaBody(v1)).body();
    assertEquals(subject, found.path("subject").asText());
    assertEquals(1, found.path("version").asInt());
    assertEquals(id, found.path("id").asInt());
    assertEquals(v1.toString(), http.get("/schemas/ids/" + id).body().path("schema").asText());
    assertTrue(http.get("/schemas/ids/" + id + "?fetchMaxId=true").body().path("maxId").asInt() >= id);
    assertEquals(v1, new Schema.Parser().parse(http.get("/schemas/ids/" + id + "/schema").body().toString()));
    assertEquals(List.of("happy-other-value", subject), strings(http.get("/schemas/ids/" + id + "/subjects").body()));
    assertTrue(strings(http.get("/subjects?subjectPrefix=happy").body()).containsAll(List.of(subject, "happy-other-value")));
    assertEquals("[\"AVRO\"]", http.get("/schemas/types").body().toString());
    assertEquals(1, http.get("/schemas?subjectPrefix=happy-value&latestOnly=true").body().size());

    assertError(404, 40401, http.get("/subjects/nobody-value/versions/latest"));
    assertError(404, 40402, http.get("/subjects/" + subject + "/versions/7"));
    assertError(422, 42202, http.get("/subjects/" + subject + "/versions/seven"));
    assertError(404, 40403, http.get("/schemas/ids/987654"));
    assertError(404, 40403, http.post("/subjects/" + subject, schemaBody(record("P", "default"))));
    assertError(422, 42201, http.post("/subjects/" + subject + "/versions", schemaBody("{\"type\":\"record\"}")));
    assertError(422, 42201, http.post("/subjects/" + subject + "/versions", "{\"schema\":\"\\\"int\\\"\",\"schemaType\":\"PROTOBUF\"}"));
    assertError(409, 409, http.post("/subjects/" + subject + "/versions", schemaBody(record("P", "required"))));
    assertError(422, 42203, http.put("/config/" + subject, "{\"compatibility\":\"SIDEWAYS\"}"));
    assertError(404, 40408, http.get("/config/" + subject));
    assertEquals("BACKWARD", http.get("/config/" + subject + "?defaultToGlobal=true").body().path("compatibilityLevel").asText());
    assertEquals("NONE", http.put("/config/" + subject, "{\"compatibility\":\"none\"}").body().path("compatibility").asText());
    assertEquals("NONE", http.delete("/config/" + subject).body().path("compatibilityLevel").asText());
    assertError(404, 40401, http.delete("/config/" + subject));
    assertEquals("READWRITE", http.get("/mode").body().path("mode").asText());
  }

  @Test
  void normalizeFindsTheSameSchemaWrittenDifferently() {
    String subject = "normal-value";
    // the same schema twice; Avro keeps custom properties and aliases in the order written, normalizing sorts them
    String written = "{\"type\":\"record\",\"name\":\"Norm\",\"namespace\":\"conformance\",\"owner\":\"desk\","
        + "\"area\":\"news\",\"aliases\":[\"Old\",\"Older\"],\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
    String reordered = "{\"aliases\":[\"Older\",\"Old\"],\"area\":\"news\",\"owner\":\"desk\",\"fields\":["
        + "{\"type\":\"string\",\"name\":\"a\"}],\"name\":\"conformance.Norm\",\"type\":\"record\"}";
    assertFalse(new Schema.Parser().parse(written).toString().equals(new Schema.Parser().parse(reordered).toString()),
        "without normalizing, the two texts differ");
    Response first = http.post("/subjects/" + subject + "/versions?normalize=true", schemaBody(written));
    assertEquals(200, first.status(), first.toString());
    int id = first.body().path("id").asInt();
    assertEquals(id, http.post("/subjects/" + subject + "/versions?normalize=true", schemaBody(reordered)).body().path("id").asInt());
    assertEquals(List.of(1), ints(http.get("/subjects/" + subject + "/versions").body()));
    assertEquals(id, http.post("/subjects/" + subject + "?normalize=true", schemaBody(reordered)).body().path("id").asInt());
    assertError(404, 40403, http.post("/subjects/" + subject, schemaBody(reordered)));
    assertEquals("{\"name\":\"conformance.Norm\",\"type\":\"record\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}],"
        + "\"aliases\":[\"conformance.Old\",\"conformance.Older\"],\"area\":\"news\",\"owner\":\"desk\"}",
        http.get("/schemas/ids/" + id).body().path("schema").asText());
  }

  @Test
  void aReadOnlySubjectRefusesWrites() {
    String subject = "frozen-value";
    register(subject, record("F", null));
    assertEquals("READONLY", http.put("/mode/" + subject, "{\"mode\":\"READONLY\"}").body().path("mode").asText());
    assertError(422, 42205, http.post("/subjects/" + subject + "/versions", schemaBody(record("F", "default"))));
    assertError(422, 42205, http.delete("/subjects/" + subject));
    assertError(422, 42204, http.put("/mode/" + subject, "{\"mode\":\"SOMETIMES\"}"));
    assertEquals("READONLY", http.delete("/mode/" + subject).body().path("mode").asText());
    assertError(404, 40409, http.get("/mode/" + subject));
    register(subject, record("F", "default"));
  }

  @Test
  void aRestartKeepsSubjectsVersionsAndIdsAndNeverReusesAnId() {
    String subject = "restart-value";
    int id1 = register(subject, record("Z", null));
    int id2 = register(subject, record("Z", "default"));
    http.delete("/subjects/" + subject + "/versions/2");
    http.delete("/subjects/" + subject + "/versions/2?permanent=true");
    registry.close();
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0);
    http = new RegistryHttp(registry.url());
    assertEquals(List.of(1), ints(http.get("/subjects/" + subject + "/versions?deleted=true").body()));
    assertEquals(id1, http.get("/subjects/" + subject + "/versions/1").body().path("id").asInt());
    int id3 = register("restart-other-value", record("Y", null));
    assertTrue(id3 > id2, "id " + id3 + " after the hard-deleted " + id2);
    assertEquals(0, registry.skippedRecords());
  }
}
