package newsflow.cli.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import newsflow.cli.UserException;
import newsflow.schemas.config.ClientConfig;
import newsflow.v1.AlertKind;
import newsflow.v1.OfficialAlert;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static OfficialAlert alert(AlertKind kind) {
    return OfficialAlert.newBuilder().setId("x").setArticleId("a").setOfficialId("o").setOfficialName("Jane Roe")
        .setOfficialTitle(null).setKind(kind).setMentionCount(1).setQuotes(List.of()).setTitle(null).setUrl(null)
        .setPublisher(null).setPublishedAt(null).setDetectedAt(Instant.EPOCH).build();
  }

  @Test
  void healthIsReadyOnlyWhenEveryCheckPasses() throws Exception {
    PipelineMetrics metrics = new PipelineMetrics();
    AtomicBoolean nlp = new AtomicBoolean(false);
    AtomicBoolean streams = new AtomicBoolean(false);
    Health health = new Health().check("nlp", nlp::get).check("streams", streams::get);
    try (MetricsServer server = MetricsServer.start(new OpsConfig("127.0.0.1", 0), metrics.registry(), health)) {
      HttpResponse<String> r = get(server.url() + "/health");
      assertEquals(503, r.statusCode());
      assertTrue(r.body().contains("\"nlp\":false"), r.body());
      nlp.set(true);
      assertEquals(503, get(server.url() + "/health").statusCode(), "streams not RUNNING yet");
      streams.set(true);
      r = get(server.url() + "/health");
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("\"status\":\"READY\""), r.body());
      assertEquals(200, get(server.url() + "/live").statusCode());
    }
  }

  @Test
  void servesStageCountersAndTheLatencyHistogramInPrometheusFormat() throws Exception {
    PipelineMetrics metrics = new PipelineMetrics();
    metrics.articleRead();
    metrics.articleEnriched(12_000_000, "en", true);
    metrics.articleEnriched(1_000_000, "de", false);
    metrics.alertFired(alert(AlertKind.QUOTED));
    metrics.deadLettered("processing");
    try (MetricsServer server = MetricsServer.start(new OpsConfig("127.0.0.1", 0), metrics.registry(), new Health())) {
      HttpResponse<String> r = get(server.url() + "/metrics");
      assertEquals(200, r.statusCode());
      String body = r.body();
      assertTrue(body.contains("newsflow_records_in_total{stage=\"enrich\"} 1.0"), body);
      assertTrue(body.contains("newsflow_records_out_total{stage=\"enrich\",topic=\"news.articles.enriched.v1\"} 2.0"), body);
      assertTrue(body.contains("newsflow_records_dead_lettered_total{reason=\"processing\",stage=\"enrich\"} 1.0"), body);
      assertTrue(body.contains("newsflow_alerts_fired_total{kind=\"QUOTED\"} 1.0"), body);
      assertTrue(body.contains("newsflow_articles_not_analyzed_total{language=\"de\"} 1.0"), body);
      assertTrue(body.contains("newsflow_enrich_latency_seconds_bucket{le="), "latency histogram: " + body);
      assertEquals(405, HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/metrics"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }
  }

  @Test
  void processesWithoutEnrichDoNotExposeEnrichMeters() {
    PipelineMetrics sinkOnly = new PipelineMetrics();
    sinkOnly.recordIn("sink");
    String scrape = sinkOnly.registry().scrape();
    assertTrue(scrape.contains("newsflow_records_in_total{stage=\"sink\"} 1.0"), scrape);
    assertTrue(!scrape.contains("stage=\"enrich\""), scrape);
    assertTrue(new PipelineMetrics().enrichStage().registry().scrape()
        .contains("newsflow_records_dead_lettered_total{reason=\"processing\",stage=\"enrich\"} 0.0"));
  }

  @Test
  void aTakenPortIsAUserErrorNamingTheSetting() {
    PipelineMetrics metrics = new PipelineMetrics();
    try (MetricsServer first = MetricsServer.start(new OpsConfig("127.0.0.1", 0), metrics.registry(), new Health())) {
      UserException e = assertThrows(UserException.class,
          () -> MetricsServer.start(new OpsConfig("127.0.0.1", first.port()), metrics.registry(), new Health()));
      assertTrue(e.getMessage().contains(OpsConfig.ENV_METRICS_PORT), e.getMessage());
    }
  }

  @Test
  void configDefaultsToLoopbackAndFlagsWinOverTheEnvironment() {
    OpsConfig defaults = OpsConfig.fromEnv(Map.of(), null, null, 9402);
    assertEquals("127.0.0.1", defaults.bind());
    assertEquals(9402, defaults.port());
    OpsConfig env = OpsConfig.fromEnv(Map.of(OpsConfig.ENV_METRICS_PORT, "9500", OpsConfig.ENV_METRICS_BIND, "0.0.0.0"),
        null, null, 9402);
    assertEquals(9500, env.port());
    assertEquals("0.0.0.0", env.bind());
    assertEquals(9600, OpsConfig.fromEnv(Map.of(OpsConfig.ENV_METRICS_PORT, "9500"), null, 9600, 9402).port());
    ClientConfig.ConfigException bad = assertThrows(ClientConfig.ConfigException.class,
        () -> OpsConfig.fromEnv(Map.of(OpsConfig.ENV_METRICS_PORT, "http"), null, null, 9402));
    assertEquals(OpsConfig.ENV_METRICS_PORT, bad.key());
  }
}
