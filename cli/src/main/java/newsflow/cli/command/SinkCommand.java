package newsflow.cli.command;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.cli.Newsflow;
import newsflow.cli.ops.ConsumerLag;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.OpsOptions;
import newsflow.cli.ops.PipelineMetrics;
import newsflow.cli.run.RoleRunner;
import newsflow.schemas.config.ClientConfig;
import newsflow.sink.SinkApp;
import newsflow.sink.SinkConfig;
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
        "Scale by starting more instances with the same NEWSFLOW_SINK_GROUP_ID."})
public final class SinkCommand implements Callable<Integer> {
  @ParentCommand Newsflow root;
  @Spec CommandSpec spec;
  @Mixin ClusterOptions cluster;
  @Mixin OpsOptions ops;

  @Option(names = "--warehouse", paramLabel = "JDBC_URL",
      description = "jdbc:duckdb:FILE or jdbc:postgresql://... (env NEWSFLOW_WAREHOUSE_URL; default: DuckDB in the data directory).")
  String warehouse;

  @Option(names = "--webhook", paramLabel = "URL", description = "POST each new alert here as JSON (env NEWSFLOW_WEBHOOK_URL).")
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
    bindMetrics(app, metrics);
    Map<String, Object> props = new HashMap<>(client.kafka());
    props.put("bootstrap.servers", client.bootstrapServers());
    ConsumerLag lag = new ConsumerLag(props, config.groupId(), metrics.registry());
    Health health = new Health().check("sink", app::isRunning);
    return RoleRunner.run(spec, "sink", ops.resolve(env, 9403), metrics, health, app::start, () -> {
      app.close();
      lag.close();
    }, null);
  }

  /** Exposes the sink's own counters as Prometheus meters. */
  public static void bindMetrics(SinkApp app, PipelineMetrics metrics) {
    var r = metrics.registry();
    FunctionCounter.builder(PipelineMetrics.RECORDS_IN, app, a -> a.metrics().snapshot().recordsIn())
        .tag("stage", "sink").register(r);
    FunctionCounter.builder(PipelineMetrics.RECORDS_OUT, app, a -> a.metrics().snapshot().articlesWritten())
        .tag("stage", "sink").tag("topic", "warehouse.articles").register(r);
    FunctionCounter.builder(PipelineMetrics.RECORDS_OUT, app, a -> a.metrics().snapshot().alertsWritten())
        .tag("stage", "sink").tag("topic", "warehouse.alerts").register(r);
    FunctionCounter.builder(PipelineMetrics.DEAD_LETTERED, app, a -> a.metrics().snapshot().deadLettered())
        .tag("stage", "sink").tag("reason", "write").register(r);
    FunctionCounter.builder("newsflow.alerts.delivered", app, a -> a.metrics().snapshot().alertsDelivered())
        .register(r);
    Gauge.builder("newsflow.sink.paused", app, a -> a.metrics().snapshot().paused() ? 1 : 0).register(r);
  }
}
