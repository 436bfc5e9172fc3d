package newsflow.cli.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.cli.command.EnrichCommand;
import newsflow.cli.command.SinkCommand;
import newsflow.cli.ops.PipelineMetrics;
import newsflow.cli.run.IngestMetrics;
import newsflow.cli.run.StageAccounts;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.enrich.topology.EnrichApp;
import newsflow.enrich.topology.EnrichConfig;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import newsflow.sink.SinkApp;
import newsflow.sink.SinkConfig;
import newsflow.sink.alert.Notifier;
import newsflow.sink.query.QueryRunner;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, fault test 1: ingest, enrich and sink against three brokers and three KRaft controllers
 * (Kafka's test kit, in this JVM), topics at replication factor 3 with {@code min.insync.replicas=2}.
 * While articles arrive, one broker (the leader of the raw topic's first partition) is stopped and
 * started again, then the active controller is stopped for good (two of three voters remain). Every
 * article is in the enriched topic once, in the warehouse once, and every alert once on its topic,
 * in the warehouse and at the notifier; each stage's account balances.
 */
class ClusterFaultIT {
  static final int ARTICLES = 90;
  @TempDir Path dir;

  @Test
  @Timeout(600)
  void aBrokerRestartAndAControllerFailoverUnderLoadLoseAndDoubleNothing() throws Exception {
    long t0 = System.nanoTime();
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path watchlist = FaultArticles.writeWatchlist(dir);
    Path data = Files.createDirectories(dir.resolve("data"));
    Map<String, Integer> notified = new ConcurrentHashMap<>();
    Notifier recorder = new Notifier() {
      @Override public String name() {
        return "console";
      }

      @Override public void deliver(OfficialAlert alert) {
        notified.merge(alert.getId(), 1, Integer::sum);
      }
    };
    PipelineMetrics metrics = new PipelineMetrics().enrichStage();
    try (ThreeBrokerCluster cluster = new ThreeBrokerCluster(dir.resolve("cluster"), 3);
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(cluster.bootstrapServers(), 0)) {
      // fail over quickly: a member that vanished with a broker is noticed in 10 s, not 45 s
      ClientConfig client = new ClientConfig(cluster.bootstrapServers(), registry.url(),
          Map.of("session.timeout.ms", "10000"), Map.of());
      EnrichApp enrich = EnrichCommand.create(new EnrichConfig(client, "fault-enrich", 1, data.resolve("streams"),
          watchlist), metrics);
      SinkApp sink = new SinkApp(SinkConfig.fromEnv(Map.of(), client, null, null, data, false), System.out,
          List.of(recorder));
      SinkCommand.bindMetrics(sink, metrics);
      IngestApp ingest = new IngestApp(IngestConfig.fromEnv(Map.of()).client(client).dataDir(data).watchDir(inbox)
          .watchInterval(Duration.ofMillis(200)).build());
      IngestMetrics.bind(ingest, metrics);
      try (sink; enrich; ingest) {
        sink.start();
        enrich.start();
        ingest.start();
        Faults.await("enrich running", Duration.ofSeconds(180), enrich::ready);
        System.out.printf("cluster fault test: cluster and pipeline up after %.0f s%n", (System.nanoTime() - t0) / 1e9);

        int stopped = cluster.leaderOfRawArticles();
        int batch = 6;
        int written = 0;
        String events = "";
        while (written < ARTICLES) {
          FaultArticles.write(inbox, written, Math.min(ARTICLES, written + batch));
          written = Math.min(ARTICLES, written + batch);
          Thread.sleep(1_000);
          if (written == 18) {
            cluster.broker(stopped).shutdown();
            events += String.format("broker %d stopped at %d articles (%d in the warehouse); ", stopped, written,
                sink.metrics().snapshot().articlesWritten());
          } else if (written == 42) {
            cluster.broker(stopped).startup();
            events += String.format("broker %d started at %d (%d in the warehouse); ", stopped, written,
                sink.metrics().snapshot().articlesWritten());
          } else if (written == 60) {
            int active = cluster.activeController();
            cluster.controller(active).shutdown();
            events += String.format("active controller %d stopped at %d (%d in the warehouse); ", active, written,
                sink.metrics().snapshot().articlesWritten());
          }
        }
        System.out.println("cluster fault test: " + events);
        Faults.await("every article in the warehouse", Duration.ofSeconds(300),
            () -> sink.metrics().snapshot().articlesWritten() >= ARTICLES
                && notified.size() >= ARTICLES, () -> sink.metrics().snapshot() + " notified " + notified.size());
        Thread.sleep(2_000); // room for a doubled record to arrive
        List<StageAccounts.Account> accounts = List.of(
            StageAccounts.ingest(ingest.stats().snapshot()),
            StageAccounts.enrich((long) metrics.total(PipelineMetrics.RECORDS_IN, "enrich"),
                (long) metrics.total(PipelineMetrics.RECORDS_OUT, "enrich"),
                (long) metrics.total(PipelineMetrics.DEAD_LETTERED, "enrich", "deserialization"),
                (long) metrics.total(PipelineMetrics.DEAD_LETTERED, "enrich", "processing")));
        accounts = new java.util.ArrayList<>(accounts);
        accounts.addAll(StageAccounts.sink(sink.metrics().snapshot()));
        accounts.forEach(a -> System.out.println("cluster fault test account: " + a.line()));
        for (StageAccounts.Account a : accounts) assertTrue(a.balanced(), a.line());
      }

      // the topics, read_committed: what a downstream consumer sees
      String bootstrap = cluster.bootstrapServers();
      List<ConsumerRecord<byte[], byte[]>> raw = Faults.readCommitted(bootstrap, Topics.ARTICLES_RAW);
      List<ConsumerRecord<byte[], byte[]>> enriched = Faults.readCommitted(bootstrap, Topics.ARTICLES_ENRICHED);
      List<ConsumerRecord<byte[], byte[]>> alerts = Faults.readCommitted(bootstrap, Topics.ALERTS);
      long enrichDlq = Faults.deadLettersFrom(Faults.readCommitted(bootstrap, Topics.ENRICH_DLQ), Topics.ARTICLES_RAW);
      long sinkDlq = Faults.readCommitted(bootstrap, Topics.SINK_DLQ).size();
      System.out.printf("cluster fault test topics: raw %d, enriched %d (%d ids), alerts %d (%d ids), enrich DLQ %d,"
          + " sink DLQ %d; notified %d alerts%n", raw.size(), enriched.size(), Faults.keyCounts(enriched).size(),
          alerts.size(), Faults.keyCounts(alerts).size(), enrichDlq, sinkDlq, notified.size());
      assertEquals(ARTICLES, raw.size(), "raw articles: one record per file");
      assertEquals(raw.size(), enriched.size() + enrichDlq, "enrich account from the topics: raw = enriched + DLQ");
      assertEquals(0, enrichDlq);
      assertEquals(ARTICLES, Faults.keyCounts(enriched).size(), "distinct enriched articles");
      assertEquals(ARTICLES, alerts.size(), "one alert per article");
      assertEquals(ARTICLES, Faults.keyCounts(alerts).size(), "no alert twice on the topic");
      assertEquals(0, sinkDlq);
      assertEquals(ARTICLES, notified.size());
      assertTrue(notified.values().stream().allMatch(n -> n == 1), "an alert notified twice: " + notified);
    }
    try (QueryRunner q = QueryRunner.open(SinkConfig.defaultWarehouseUrl(data))) {
      assertEquals(List.of(List.of((long) ARTICLES, (long) ARTICLES, (long) ARTICLES)),
          q.run("SELECT count(*), count(DISTINCT id), count(DISTINCT text) FROM articles").rows());
      assertEquals(List.of(List.of((long) ARTICLES, (long) ARTICLES)),
          q.run("SELECT count(*), count(DISTINCT article_id) FROM alerts").rows());
      List<List<Object>> quotes = q.run("SELECT count(*), count(DISTINCT text) FROM quotes").rows();
      assertEquals(quotes.get(0).get(0), quotes.get(0).get(1), "no quote twice");
    }
    System.out.printf("cluster fault test: %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
