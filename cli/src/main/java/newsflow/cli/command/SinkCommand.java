package newsflow.cli.command;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;
import newsflow.cli.Newsflow;
import newsflow.cli.ops.ConsumerLag;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.OpsOptions;
import newsflow.cli.ops.PipelineMetrics;
import newsflow.cli.run.RoleRunner;
import newsflow.schemas.config.ClientConfig;
import newsflow.sink.SinkApp;
import newsflow.sink.SinkConfig;
import newsflow.sink.SinkMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow sink}: the warehouse and alert-delivery role against a cluster. */
@Command(name = "sink", mixinStandardHelpOptions = true,
    description = {"Runs the sink role: news.articles.enriched.v1 and news.alerts.v1 -> the warehouse "
        + "(DuckDB file or PostgreSQL), alerts to a webhook and/or the console; failures to news.sink.dlq.v1.",
        "Alerts are delivered on their own consumer group (<group>-alerts), so a slow webhook never holds up "
        + "the warehouse; an alert dead-lettered after its retries can be sent again with 'newsflow dlq replay "
        + "--stage sink-alerts'.",
        "Scale by starting more instances with the same NEWSFLOW_SINK_GROUP_ID. Exits with 1 when the sink fails "
        + "for a reason that is neither a bad record nor an outage."})
public final class SinkCommand implements Callable<Integer> {
  @ParentCommand Newsflow root;
  @Spec CommandSpec spec;
  @Mixin ClusterOptions cluster;
  @Mixin OpsOptions ops;

  @Option(names = "--warehouse", paramLabel = "JDBC_URL",
      description = "jdbc:duckdb:FILE or jdbc:postgresql://... (env NEWSFLOW_WAREHOUSE_URL; default: DuckDB in the data directory).")
  String warehouse;

  @Option(names = "--webhook", paramLabel = "URL",
      description = "POST each new alert here as JSON (env NEWSFLOW_WEBHOOK_URL; bearer token from NEWSFLOW_WEBHOOK_TOKEN).")
  String webhook;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (env NEWSFLOW_DATA_DIR; default ./newsflow-data).")
  Path dataDir;

  @Option(names = "--console-alerts", description = "Also print each new alert on standard output.")
  boolean consoleAlerts;

  @Override
  public Integer call() {
    Map<String, String> env = root.env();
    ClientConfig client = cluster.resolve(env);
    SinkConfig config = SinkConfig.fromEnv(env, client, warehouse, webhook, dataDir, consoleAlerts);
    PipelineMetrics metrics = new PipelineMetrics();
    SinkApp app = new SinkApp(config);
    CompletableFuture<Throwable> failed = new CompletableFuture<>();
    app.onFailure(failed::complete);
    bindMetrics(app, metrics);
    Map<String, Object> props = new HashMap<>(client.kafka());
    props.put("bootstrap.servers", client.bootstrapServers());
    List<ConsumerLag> lags = lags(props, config, config.webhookUrl() != null || config.consoleAlerts(), metrics);
    Health health = healthChecks(new Health(), app);
    return RoleRunner.run(spec, "sink", ops.resolve(env, 9403), metrics, health, app::start, () -> {
      app.close();
      lags.forEach(ConsumerLag::close);
    }, null, failed);
  }

  /** The lag gauges of the sink's groups: the warehouse writer's and, when it delivers alerts, alert delivery's. */
  public static List<ConsumerLag> lags(Map<String, Object> adminProps, SinkConfig config, boolean delivers,
      PipelineMetrics metrics) {
    List<ConsumerLag> out = new ArrayList<>();
    out.add(new ConsumerLag(adminProps, config.groupId(), metrics.registry()));
    if (delivers) {
      out.add(new ConsumerLag(adminProps, config.alertsGroupId(), metrics.registry()));
    }
    return out;
  }

  /**
   * The sink's readiness checks: {@code sink} (running and not held up by an outage), {@code broker}
   * (Kafka answered within the last probe) and {@code warehouse} (reachable).
   */
  public static Health healthChecks(Health health, SinkApp app) {
    return health.check("sink", app::isProcessing).check("broker", app::brokerReachable)
        .check("warehouse", app::warehouseReachable);
  }

  /** Exposes the sink's own counters as Prometheus meters. */
  public static void bindMetrics(SinkApp app, PipelineMetrics metrics) {
    MeterRegistry r = metrics.registry();
    counter(r, PipelineMetrics.RECORDS_IN, app, s -> s.recordsIn(), "stage", "sink");
    counter(r, PipelineMetrics.RECORDS_OUT, app, s -> s.articlesWritten(), "stage", "sink", "topic", "warehouse.articles");
    counter(r, PipelineMetrics.RECORDS_OUT, app, s -> s.alertsWritten(), "stage", "sink", "topic", "warehouse.alerts");
    counter(r, PipelineMetrics.DEAD_LETTERED, app, s -> s.deadLettered(), "stage", "sink", "reason", "write");
    // the account per source topic: in = written + dead_lettered
    for (boolean articles : new boolean[] {true, false}) {
      ToDoubleFunction<SinkMetrics.Snapshot> in = s -> (articles ? s.articles() : s.alerts()).in();
      String topic = articles ? newsflow.schemas.Topics.ARTICLES_ENRICHED : newsflow.schemas.Topics.ALERTS;
      counter(r, "newsflow.sink.records.in", app, in, "topic", topic);
      counter(r, "newsflow.sink.records.written", app, s -> (articles ? s.articles() : s.alerts()).written(), "topic", topic);
      counter(r, "newsflow.sink.records.dead.lettered", app, s -> (articles ? s.articles() : s.alerts()).deadLettered(),
          "topic", topic);
    }
    // the delivery account: in = delivered + dead_lettered + undecodable
    counter(r, "newsflow.sink.alerts.in", app, s -> s.delivery().in());
    counter(r, "newsflow.sink.alerts.settled", app, s -> s.delivery().settled(), "outcome", "delivered");
    counter(r, "newsflow.sink.alerts.settled", app, s -> s.delivery().deadLettered(), "outcome", "dead_lettered");
    counter(r, "newsflow.sink.alerts.settled", app, s -> s.delivery().undecodable(), "outcome", "undecodable");
    counter(r, "newsflow.sink.notifications", app, s -> s.delivery().sent(), "outcome", "sent");
    counter(r, "newsflow.sink.notifications", app, s -> s.delivery().alreadyDelivered(), "outcome", "already_delivered");
    counter(r, "newsflow.sink.notifications", app, s -> s.delivery().resumed(), "outcome", "resumed");
    counter(r, "newsflow.sink.notifications", app, s -> s.delivery().failed(), "outcome", "failed");
    counter(r, "newsflow.alerts.delivered", app, s -> s.delivery().sent());
    counter(r, "newsflow.sink.retries", app, SinkMetrics.Snapshot::warehouseRetries);
    Gauge.builder("newsflow.sink.paused", app, a -> a.metrics().snapshot().paused() ? 1 : 0)
        .description("1 while an outage holds the sink up").register(r);
    for (String dependency : List.of("warehouse", "registry", "kafka")) {
      Gauge.builder("newsflow.sink.outage", app, a -> a.metrics().snapshot().outage().contains(dependency) ? 1 : 0)
          .tag("dependency", dependency).description("1 while the sink waits for this dependency").register(r);
    }
    Gauge.builder("newsflow.sink.broker.reachable", app, a -> a.brokerReachable() ? 1 : 0).register(r);
    Gauge.builder("newsflow.sink.up", app, a -> a.isRunning() ? 1 : 0)
        .description("1 while the sink runs; 0 after it stopped on a failure").register(r);
  }

  private static void counter(MeterRegistry r, String name, SinkApp app, ToDoubleFunction<SinkMetrics.Snapshot> value,
      String... tags) {
    FunctionCounter.builder(name, app, a -> value.applyAsDouble(a.metrics().snapshot())).tags(tags).register(r);
  }
}
