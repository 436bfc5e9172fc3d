package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerializer;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow sink} as its own process: the webhook from {@code NEWSFLOW_WEBHOOK_URL} gets the
 * bearer token of {@code NEWSFLOW_WEBHOOK_TOKEN}, the URL's secret path appears in no log line,
 * {@code /metrics} carries the per-topic account, and {@code /health} answers 503 naming the broker
 * once the broker is stopped.
 */
class SinkRoleIT {
  @TempDir Path dir;

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static HttpResponse<String> get(HttpClient http, String url) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  static HttpResponse<String> awaitResponse(HttpClient http, String url, Predicate<HttpResponse<String>> ok, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = get(http, url);
      if (last != null && ok.test(last)) return last;
      Thread.sleep(300);
    }
    throw new AssertionError("timed out waiting on " + url + "; last: " + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
  }

  @Test
  void theSinkRoleSendsTheTokenHidesTheHookAndFailsHealthWithoutABroker() throws Exception {
    List<String> authorizations = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hook.createContext("/services/T00/B00/very-secret-path", ex -> {
      ex.getRequestBody().readAllBytes();
      authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    hook.start();
    int metricsPort = freePort();
    Path err = dir.resolve("sink.err");
    EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    EmbeddedSchemaRegistry registry = null;
    Process sink = null;
    try {
      registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0);
      for (String t : List.of(Topics.ARTICLES_ENRICHED, Topics.ALERTS, Topics.SINK_DLQ)) kafka.createTopic(t, 1, Map.of());
      ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
          "-cp", System.getProperty("java.class.path"), Newsflow.class.getName(), "sink",
          "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
          "--warehouse", "jdbc:duckdb:" + dir.resolve("warehouse.duckdb"), "--metrics-port", Integer.toString(metricsPort))
          .redirectOutput(dir.resolve("sink.out").toFile()).redirectError(err.toFile());
      pb.environment().put("NEWSFLOW_WEBHOOK_URL",
          "http://127.0.0.1:" + hook.getAddress().getPort() + "/services/T00/B00/very-secret-path");
      pb.environment().put("NEWSFLOW_WEBHOOK_TOKEN", "tok-123");
      pb.environment().put("NEWSFLOW_LOG_LEVEL", "DEBUG");
      sink = pb.start();
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + metricsPort;
      HttpResponse<String> ready = awaitResponse(http, base + "/health", r -> r.statusCode() == 200, Duration.ofSeconds(120));
      assertTrue(ready.body().contains("\"broker\":true"), ready.body());

      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
      Instant detected = Instant.parse("2026-11-26T10:00:00Z");
      OfficialAlert alert = OfficialAlert.newBuilder().setId("role1:us-secdef").setArticleId("role1")
          .setOfficialId("us-secdef").setOfficialName("Pete Hegseth").setOfficialTitle("Defense Secretary")
          .setKind(newsflow.v1.AlertKind.QUOTED).setMentionCount(3).setQuotes(List.of("There is no betrayal there"))
          .setTitle("Article role1").setUrl("https://news.example/role1").setPublisher("Example News")
          .setPublishedAt(detected.minusSeconds(3600)).setDetectedAt(detected).build();
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
        byte[] value = new AvroSerializer<OfficialAlert>(new SchemaRegistryClient(registry.url())).serialize(Topics.ALERTS, alert);
        producer.send(new ProducerRecord<>(Topics.ALERTS, alert.getId().getBytes(), value)).get();
      }
      awaitResponse(http, base + "/metrics",
          r -> r.body().contains("newsflow_sink_records_written_total{topic=\"news.alerts.v1\"} 1.0")
              && r.body().contains("newsflow_sink_alerts_settled_total{outcome=\"delivered\"} 1.0"), Duration.ofSeconds(60));
      assertEquals(List.of("Bearer tok-123"), authorizations);

      kafka.close();
      HttpResponse<String> down = awaitResponse(http, base + "/health", r -> r.statusCode() == 503, Duration.ofSeconds(60));
      assertTrue(down.body().contains("\"broker\":false"), down.body());
    } finally {
      if (sink != null) {
        sink.destroy();
        if (!sink.waitFor(30, TimeUnit.SECONDS)) sink.destroyForcibly();
      }
      if (registry != null) registry.close();
      kafka.close();
      hook.stop(0);
    }
    String logs = Files.readString(err);
    assertTrue(logs.contains("webhook=http://127.0.0.1:" + hook.getAddress().getPort() + "/***"), logs);
    assertFalse(logs.contains("very-secret-path"), "the webhook's path is in a log line");
    assertFalse(logs.contains("tok-123"), "the token is in a log line");
  }
}
