package newsflow.schemas.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import newsflow.v1.RawArticle;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientTest {

  private StubRegistryServer registry;

  @BeforeEach
  void start() throws Exception {
    registry = new StubRegistryServer();
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void cachesIdsBothWaysSoTheRegistryIsAskedOnce() {
    SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    int id = client.register("news-value", RawArticle.getClassSchema());
    assertEquals(id, client.register("news-value", RawArticle.getClassSchema()));
    assertEquals(RawArticle.getClassSchema(), client.schemaById(id));
    assertEquals(List.of("POST /subjects/news-value/versions"), registry.requests());

    SchemaRegistryClient fresh = new SchemaRegistryClient(registry.url());
    assertEquals(RawArticle.getClassSchema(), fresh.schemaById(id));
    assertEquals(RawArticle.getClassSchema(), fresh.schemaById(id));
    assertEquals(2, registry.requests().size(), registry.requests().toString());
  }

  @Test
  void looksUpWithoutRegistering() {
    SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    Schema schema = SchemaBuilder.record("Probe").namespace("t").fields().requiredString("a").endRecord();
    SchemaRegistryException missing = assertThrows(SchemaRegistryException.class, () -> client.lookup("probe-value", schema));
    assertEquals(SchemaRegistryException.SUBJECT_NOT_FOUND, missing.errorCode());
    assertEquals(404, missing.httpStatus());
    assertTrue(missing.isNotFound());
    assertFalse(missing.isTransient());

    int id = new SchemaRegistryClient(registry.url()).register("probe-value", schema);
    RegisteredSchema found = client.lookup("probe-value", schema);
    assertEquals(id, found.id());
    assertEquals(1, found.version());
    assertEquals("probe-value", found.subject());
    assertEquals(id, client.idOf("probe-value", schema));
  }

  @Test
  void carriesStatusAndErrorCodeOfARefusal() {
    SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    registry.failNext(409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}");
    SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
        () -> client.register("x-value", RawArticle.getClassSchema()));
    assertEquals(409, e.httpStatus());
    assertEquals(SchemaRegistryException.INCOMPATIBLE_SCHEMA, e.errorCode());
    assertTrue(e.getMessage().contains("incompatible"), e.getMessage());
    assertEquals("POST /subjects/x-value/versions", e.request());
  }

  @Test
  void sendsBasicAuthFromUserInfo() {
    String expected = "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
    registry.requireAuthorization(expected);
    SchemaRegistryClient anonymous = new SchemaRegistryClient(registry.url());
    assertEquals(401, assertThrows(SchemaRegistryException.class, anonymous::subjects).httpStatus());

    SchemaRegistryClient client = new SchemaRegistryClient(registry.url(),
        Map.of("basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "alice:s3cret"));
    assertEquals(List.of(), client.subjects());
    SchemaRegistryClient prefixed = new SchemaRegistryClient(registry.url(),
        Map.of("schema.registry.basic.auth.user.info", "alice:s3cret"));
    assertEquals(List.of(), prefixed.subjects());
    SchemaRegistryClient fromUrl = new SchemaRegistryClient(registry.url().replace("http://", "http://alice:s3cret@"),
        Map.of("basic.auth.credentials.source", "URL"));
    assertEquals(List.of(), fromUrl.subjects());
    assertEquals(expected, registry.authorizations().get(registry.authorizations().size() - 1));
  }

  @Test
  void unreachableRegistryIsTransientWithoutStatus() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    SchemaRegistryClient client = new SchemaRegistryClient("http://127.0.0.1:" + closedPort);
    SchemaRegistryException e = assertThrows(SchemaRegistryException.class, client::subjects);
    assertEquals(0, e.httpStatus());
    assertTrue(e.isTransient());
  }

  @Test
  void triesTheNextUrlWhenOneIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    SchemaRegistryClient client = new SchemaRegistryClient("http://127.0.0.1:" + closedPort + "," + registry.url());
    assertEquals(List.of(), client.subjects());
  }

  @Test
  void rejectsNonHttpUrlsAndUnknownCredentialSources() {
    assertThrows(IllegalArgumentException.class, () -> new SchemaRegistryClient("localhost:8081"));
    assertThrows(IllegalArgumentException.class,
        () -> new SchemaRegistryClient(registry.url(), Map.of("basic.auth.credentials.source", "SASL_INHERIT")));
  }

  @Test
  void failsClearlyOnAMissingTrustStore() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SchemaRegistryClient(
        "https://127.0.0.1:1", Map.of("schema.registry.ssl.truststore.location", "/nonexistent/truststore.p12")));
    assertTrue(e.getMessage().contains("TLS"), e.getMessage());
  }
}
