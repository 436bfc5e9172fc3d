package newsflow.cli.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.run.DemoSite;
import newsflow.cli.run.LocalPipeline;
import newsflow.cli.run.StageAccounts;
import newsflow.schemas.Topics;
import newsflow.sink.SinkConfig;
import newsflow.sink.alert.Notifier;
import newsflow.sink.query.QueryRunner;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, fault test 7: a flood of copies of one article through {@code newsflow run}'s pipeline.
 * 10,000 times the same URL (one page of a loopback site) and 10,000 files with the same text under
 * different names: ingest publishes each once and counts the rest as duplicates. Then the same
 * enriched record and the same alert record, 10,000 times each straight onto their topics (a
 * producer upstream gone wrong): the warehouse keeps one row each, and the alert reaches the
 * notifier once. Every stage's account balances, also as served on /metrics.
 */
class FloodFaultIT {
  static final int COPIES = 10_000;
  @TempDir Path dir;

  @Test
  @Timeout(600)
  void tenThousandCopiesOfOneArticleLeaveOneRowAndOneAlert() throws Exception {
    long t0 = System.nanoTime();
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path data = dir.resolve("data");
    Path watchlist = dir.resolve("watchlist.yaml");
    String seed;
    try (InputStream w = DemoSite.class.getResourceAsStream("/demo/watchlist.yaml");
        InputStream s = DemoSite.class.getResourceAsStream("/demo/hegseth-nato.txt")) {
      Files.write(watchlist, w.readAllBytes());
      seed = new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Integer> notified = new ConcurrentHashMap<>();
    Notifier recorder = new Notifier() {
      @Override public String name() {
        return "console";
      }

      @Override public void deliver(OfficialAlert alert) {
        notified.merge(alert.getId(), 1, Integer::sum);
      }
    };
    try (DemoSite site = DemoSite.start()) {
      String url = site.baseUrl() + "/articles/" + DemoSite.PAGES.get(2) + ".html";
      Map<String, String> env = Map.of("NEWSFLOW_URLS", String.join(",", Collections.nCopies(COPIES, url)));
      LocalPipeline pipeline = new LocalPipeline(new LocalPipeline.Settings(data, null, inbox, watchlist, null,
          List.of("127.0.0.1"), Duration.ofMinutes(10), new OpsConfig("127.0.0.1", 0), env));
      try (pipeline) {
        pipeline.start(recorder);
        for (int i = 0; i < COPIES; i++) Files.writeString(inbox.resolve(String.format("copy-%05d.txt", i)), seed);
        Faults.await("both articles written and ingest idle", Duration.ofSeconds(300),
            () -> pipeline.counts().written() >= 2 && pipeline.accounts().get(0).in() >= 2L * COPIES
                && pipeline.accounts().stream().allMatch(StageAccounts.Account::balanced),
            () -> pipeline.accounts().toString());
        System.out.printf("flood test: ingest flood settled after %.0f s%n", (System.nanoTime() - t0) / 1e9);
        int alertsAfterIngest = notified.size();
        assertTrue(alertsAfterIngest >= 2, "alerts: " + notified);

        // the same records again and again, straight onto the topics
        String bootstrap = pipeline.bootstrapServers();
        List<ConsumerRecord<byte[], byte[]>> enriched = Faults.readCommitted(bootstrap, Topics.ARTICLES_ENRICHED);
        List<ConsumerRecord<byte[], byte[]>> alerts = Faults.readCommitted(bootstrap, Topics.ALERTS);
        assertEquals(2, enriched.size());
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
          for (int i = 0; i < COPIES; i++) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, enriched.get(0).key(), enriched.get(0).value()));
            producer.send(new ProducerRecord<>(Topics.ALERTS, alerts.get(0).key(), alerts.get(0).value()));
          }
        }
        Faults.await("the copies consumed", Duration.ofSeconds(300),
            () -> pipeline.sinkMetrics().articles().in() >= COPIES + 2
                && pipeline.sinkMetrics().delivery().in() >= COPIES + alerts.size()
                && pipeline.accounts().stream().allMatch(StageAccounts.Account::balanced),
            () -> pipeline.accounts().toString());

        List<StageAccounts.Account> accounts = pipeline.accounts();
        accounts.forEach(a -> System.out.println("flood test account: " + a.line()));
        StageAccounts.Account ingest = accounts.get(0);
        assertEquals(2L * COPIES, ingest.in());
        assertEquals(2, ingest.out(), "published once per distinct article");
        assertEquals(2L * COPIES - 2, ingest.other(), "the rest deduplicated");
        assertEquals(0, ingest.deadLettered());
        for (StageAccounts.Account a : accounts) assertTrue(a.balanced(), a.line());
        String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pipeline.metricsUrl() + "/metrics"))
            .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(scrape.contains("newsflow_stage_account_records{part=\"in\",source=\"\",stage=\"ingest\"} 20000.0"), scrape);
        assertTrue(scrape.contains("newsflow_stage_account_records{part=\"open\",source=\"news.articles.raw.v1\",stage=\"enrich\"} 0.0"),
            scrape);
        assertEquals(alertsAfterIngest, notified.size(), "no new alert from the copies");
        assertTrue(notified.values().stream().allMatch(n -> n == 1), "an alert notified twice: " + notified);
      }
    }
    try (QueryRunner q = QueryRunner.open(SinkConfig.defaultWarehouseUrl(data))) {
      assertEquals(List.of(List.of(2L)), q.run("SELECT count(*) FROM articles").rows());
      List<List<Object>> alerts = q.run("SELECT count(*), count(DISTINCT id) FROM alerts").rows();
      assertEquals(alerts.get(0).get(0), alerts.get(0).get(1));
      assertEquals((long) notified.size(), alerts.get(0).get(0));
    }
    System.out.printf("flood test: %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
