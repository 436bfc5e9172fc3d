package newsflow.sink.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.v1.OfficialAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook notifier against a real HTTP server on loopback that fails on purpose. */
class WebhookNotifierTest {
  private static final Backoff FAST = new Backoff(4, Duration.ofMillis(20), Duration.ofMillis(80));
  private static final OfficialAlert ALERT = SyntheticArticles.alert("art-1", "us-secdef", Instant.parse("2026-11-26T10:00:00Z"));

  private HttpServer server;
  private final AtomicInteger calls = new AtomicInteger();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
  /** Status per call (1-based); -1 = hang past the client timeout; beyond the list = 200. */
  private volatile List<Integer> script = List.of();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.createContext("/hook", this::handle);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    int n = calls.incrementAndGet();
    bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
    idempotencyKeys.add(String.valueOf(ex.getRequestHeaders().getFirst("Idempotency-Key")));
    int status = n <= script.size() ? script.get(n - 1) : 200;
    if (status == -1) {
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      status = 200;
    }
    byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }

  private WebhookNotifier notifier(String token) {
    return new WebhookNotifier(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"), token,
        Duration.ofMillis(300), FAST);
  }

  @Test
  void postsSlackTextBesideTheFullAlertWithBearerToken() throws Exception {
    notifier("s3cret").deliver(ALERT);

    assertEquals(1, calls.get());
    assertEquals("Bearer s3cret", authorizations.get(0));
    JsonNode body = new ObjectMapper().readTree(bodies.get(0));
    assertTrue(body.get("text").asText().startsWith("Pete Hegseth (Defense Secretary) was quoted by Example News: \"There is no betrayal there\""),
        body.get("text").asText());
    assertEquals("us-secdef", body.get("alert").get("officialId").asText());
    assertEquals("QUOTED", body.get("alert").get("kind").asText());
    assertEquals("2026-11-26T10:00:00Z", body.get("alert").get("detectedAt").asText());
  }

  @Test
  void everyRetryCarriesTheAlertIdAsIdempotencyKeyAndInTheBody() throws Exception {
    script = List.of(503, -1, 200);
    notifier(null).deliver(ALERT);

    assertEquals(3, calls.get());
    assertEquals(List.of(ALERT.getId(), ALERT.getId(), ALERT.getId()), idempotencyKeys);
    for (String body : bodies) assertEquals(ALERT.getId(), new ObjectMapper().readTree(body).get("alert").get("id").asText());
  }

  @Test
  void sendsNoAuthorizationWithoutToken() throws Exception {
    notifier(null).deliver(ALERT);
    assertEquals("null", authorizations.get(0));
  }

  @Test
  void retriesServerErrorsUntilTheReceiverRecovers() throws Exception {
    script = List.of(500, 503, 200);
    notifier(null).deliver(ALERT);
    assertEquals(3, calls.get());
  }

  @Test
  void retriesTimeouts() throws Exception {
    script = List.of(-1, 200);
    notifier(null).deliver(ALERT);
    assertEquals(2, calls.get());
  }

  @Test
  void clientErrorIsNotRetriedAndFailsTheDelivery() {
    script = List.of(400);
    DeliveryException e = assertThrows(DeliveryException.class, () -> notifier(null).deliver(ALERT));
    assertEquals(1, calls.get());
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
    assertEquals(ALERT.getId(), e.alertId());
  }

  @Test
  void givesUpAfterTheLastRetry() {
    script = List.of(500, 500, 500, 500, 500, 500);
    DeliveryException e = assertThrows(DeliveryException.class, () -> notifier(null).deliver(ALERT));
    assertEquals(FAST.maxAttempts(), calls.get());
    assertTrue(e.getMessage().contains("retries exhausted"), e.getMessage());
  }

  @Test
  void unreachableReceiverFailsAfterRetries() throws Exception {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    WebhookNotifier n = new WebhookNotifier(URI.create("http://127.0.0.1:" + port + "/hook"), null, Duration.ofMillis(300), FAST);
    DeliveryException e = assertThrows(DeliveryException.class, () -> n.deliver(ALERT));
    assertEquals(FAST.maxAttempts(), e.attempts());
  }
}
