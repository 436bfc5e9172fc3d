package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroDeserializer;
import newsflow.schemas.serde.AvroSerializer;
import newsflow.v1.RawArticle;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof of compatibility with Confluent's own code: its official JavaScript client and Avro serde
 * (npm {@code @confluentinc/schemaregistry}, installed into target/js-interop) talk to the embedded
 * registry, decode bytes from our serializer, and produce bytes our deserializer decodes.
 * Skips, saying why, where node or npm is missing or the package cannot be installed.
 */
class JsInteropIT {

  private static final Path SOURCES = Path.of("src/test/js");
  private static final Path WORK = Path.of("target/js-interop");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;

  @BeforeAll
  static void installConfluentClient() throws Exception {
    skipUnless(commandWorks("node", "--version"), "node is not installed");
    skipUnless(commandWorks("npm", "--version"), "npm is not installed");
    Files.createDirectories(WORK);
    Files.copy(SOURCES.resolve("package.json"), WORK.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(SOURCES.resolve("interop.js"), WORK.resolve("interop.js"), StandardCopyOption.REPLACE_EXISTING);
    String wanted = JSON.readTree(SOURCES.resolve("package.json").toFile()).path("dependencies")
        .path("@confluentinc/schemaregistry").asText();
    Path installed = WORK.resolve("node_modules/@confluentinc/schemaregistry/package.json");
    if (Files.exists(installed) && JSON.readTree(installed.toFile()).path("version").asText().equals(wanted)) return;
    Result install = run(List.of("npm", "install", "--no-audit", "--no-fund", "--loglevel=error"), 600);
    skipUnless(install.exit == 0, "npm install of @confluentinc/schemaregistry@" + wanted + " failed: " + install.output);
  }

  @Test
  void confluentJavaScriptClientAndOurSerdesReadEachOther() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir);
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
      String rawTopic = "news.articles.raw.v1";
      RawArticle javaArticle = TestArticles.article("from-java");
      byte[] javaBytes = new AvroSerializer<RawArticle>(client).serialize(rawTopic, javaArticle);
      Path in = WORK.resolve("input.json");
      Path out = WORK.resolve("output.json");
      Files.deleteIfExists(out);
      Files.writeString(in, JSON.createObjectNode().put("rawTopic", rawTopic).put("inferredTopic", "js.inferred")
          .put("javaRawArticleHex", HexFormat.of().formatHex(javaBytes)).toString());

      Result node = run(List.of("node", "interop.js", registry.url(), "input.json", "output.json"), 120);
      assertEquals(0, node.exit, "node interop.js failed:\n" + node.output);
      JsonNode js = JSON.readTree(out.toFile());

      // Registry API as the JS client sees it.
      int noteId = js.path("noteId").asInt();
      assertEquals(noteId, js.path("noteIdAgain").asInt());
      assertEquals(new Schema.Parser().parse(js.path("noteSchemaFetched").asText()), client.schemaById(noteId));
      assertEquals(noteId, js.path("noteLatest").path("id").asInt());
      assertEquals(1, js.path("noteLatest").path("version").asInt());
      assertEquals("[1]", js.path("noteVersions").toString());
      int rawId = client.latest(rawTopic + "-value").id();
      assertEquals(rawId, js.path("rawArticleLatest").path("id").asInt());
      assertTrue(js.path("subjects").toString().contains("js-notes-value"), js.path("subjects").toString());
      assertTrue(js.path("compatibleWithItself").asBoolean(), js.toString());
      assertEquals("false", js.path("breakingIsCompatible").asText(), js.toString());
      assertEquals(409, js.path("breakingRegisterError").path("errorCode").asInt(), js.path("breakingRegisterError").toString());
      assertEquals(404, js.path("unknownSubjectError").path("status").asInt(), js.path("unknownSubjectError").toString());
      assertEquals(40401, js.path("unknownSubjectError").path("errorCode").asInt(), js.path("unknownSubjectError").toString());

      // Our bytes, decoded by Confluent's deserializer.
      JsonNode decoded = js.path("decodedFromJava");
      assertEquals("from-java", decoded.path("id").asText());
      assertEquals(javaArticle.getText(), decoded.path("text").asText());
      assertEquals(javaArticle.getTitle(), decoded.path("title").asText());
      assertEquals("[\"Jane Reporter\"]", decoded.path("authors").toString());
      assertEquals("Example News", decoded.path("source").path("publisher").asText());
      assertEquals(javaArticle.getFetchedAt().toEpochMilli(), decoded.path("fetchedAt").asLong());
      assertEquals("Brussels", decoded.path("images").get(0).path("caption").asText());

      // Confluent's bytes, decoded by our deserializer.
      byte[] jsRaw = HexFormat.of().parseHex(js.path("jsRawArticleHex").asText());
      RawArticle fromJs = new AvroDeserializer<RawArticle>(client, RawArticle.class).deserialize(rawTopic, jsRaw);
      assertEquals("js-1", fromJs.getId());
      assertEquals("“Quoted,” she said — in Kyiv.", fromJs.getText());
      assertEquals(Instant.ofEpochMilli(1_700_000_000_123L), fromJs.getFetchedAt());
      assertNull(fromJs.getPublishedAt());
      assertEquals(List.of("Node Writer"), fromJs.getAuthors());

      byte[] inferred = HexFormat.of().parseHex(js.path("jsInferredHex").asText());
      Object generic = new AvroDeserializer<Object>(client, false).deserialize("js.inferred", inferred);
      GenericRecord record = assertInstanceOf(GenericRecord.class, generic);
      assertEquals("hello", record.get("word").toString());
      assertEquals(42, ((Number) record.get("n")).intValue());
      assertTrue(client.subjects().contains("js.inferred-value"), client.subjects().toString());
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
    Path log = Files.createTempFile("js-interop", ".log");
    Process p = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, "timed out after " + timeoutSeconds + " s: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Result(p.exitValue(), output.length() > 4000 ? output.substring(output.length() - 4000) : output);
  }

  private static boolean commandWorks(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.out.println("JsInteropIT skipped: " + reason);
      Assumptions.abort(reason);
    }
  }
}
