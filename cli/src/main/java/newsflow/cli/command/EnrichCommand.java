package newsflow.cli.command;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.cli.Newsflow;
import newsflow.cli.config.Nlp;
import newsflow.cli.ops.ConsumerLag;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.OpsOptions;
import newsflow.cli.ops.PipelineMetrics;
import newsflow.cli.run.ComponentStopped;
import newsflow.cli.run.RoleRunner;
import newsflow.enrich.topology.EnrichApp;
import newsflow.enrich.topology.EnrichConfig;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdes;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow enrich}: the Kafka Streams enrich role against a cluster. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = {"Runs the enrich role: news.articles.raw.v1 -> news.articles.enriched.v1 + news.alerts.v1 "
        + "(exactly-once), bad records to news.enrich.dlq.v1.",
        "Scale by starting more instances with the same NEWSFLOW_ENRICH_APPLICATION_ID."})
public final class EnrichCommand implements Callable<Integer> {
  @ParentCommand Newsflow root;
  @Spec CommandSpec spec;
  @Mixin ClusterOptions cluster;
  @Mixin OpsOptions ops;

  @Option(names = "--threads", paramLabel = "N", description = "Stream threads (env NEWSFLOW_ENRICH_THREADS; default 1).")
  Integer threads;

  @Option(names = "--state-dir", paramLabel = "DIR", description = "Kafka Streams state directory (env NEWSFLOW_ENRICH_STATE_DIR).")
  Path stateDir;

  @Option(names = "--watchlist", paramLabel = "FILE",
      description = "Watched officials, YAML or CSV (env NEWSFLOW_WATCHLIST; default: the built-in list).")
  Path watchlist;

  @Override
  public Integer call() {
    Map<String, String> env = root.env();
    ClientConfig client = cluster.resolve(env);
    EnrichConfig config = EnrichConfig.fromEnv(env, client, threads, stateDir, watchlist);
    PipelineMetrics metrics = new PipelineMetrics().enrichStage();
    EnrichApp app = create(config, metrics);
    Health health = new Health().check("nlp", app::nlpReady).check("streams", app::ready);
    Map<String, Object> props = new java.util.HashMap<>(client.kafka());
    props.put("bootstrap.servers", client.bootstrapServers());
    ConsumerLag lag = new ConsumerLag(props, config.applicationId(), metrics.registry());
    return RoleRunner.run(spec, "enrich", ops.resolve(env, 9402), metrics, health, app::start, () -> {
      app.close();
      lag.close();
    }, app::streams, app.failure().thenApply(reason -> (Throwable) new ComponentStopped("enrich", reason)));
  }

  /** The enrich app for {@code config}, with registry serdes and the NLP loaded on start. */
  public static EnrichApp create(EnrichConfig config, PipelineMetrics metrics) {
    SchemaRegistryClient registry = new SchemaRegistryClient(config.client().schemaRegistryUrl(), config.client().registry());
    EnrichApp.EnrichSerdes serdes = new EnrichApp.EnrichSerdes(
        AvroSerdes.specific(RawArticle.class, registry, false),
        AvroSerdes.specific(EnrichedArticle.class, registry, false),
        AvroSerdes.specific(OfficialAlert.class, registry, false));
    return new EnrichApp(config, () -> Nlp.analyzer(config.watchlist()), Nlp.officials(config.watchlist()), serdes, metrics);
  }
}
