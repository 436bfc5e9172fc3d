package newsflow.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.cli.Newsflow;
import newsflow.cli.UserException;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.OpsOptions;
import newsflow.cli.ops.PipelineMetrics;
import newsflow.cli.run.IngestMetrics;
import newsflow.cli.run.RoleRunner;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.config.ClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow ingest}: feeds, pages and files to {@code news.articles.raw.v1} against a cluster. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Runs the ingest role: polls feeds and sitemaps, fetches pages, watches a directory, and "
        + "publishes RawArticle records to news.articles.raw.v1 (failures to news.ingest.dlq.v1).",
        "Several instances can share a feeds file split between them; each keeps its own dedup state in its data directory."})
public final class IngestCommand implements Callable<Integer> {
  @ParentCommand Newsflow root;
  @Spec CommandSpec spec;
  @Mixin ClusterOptions cluster;
  @Mixin OpsOptions ops;

  @Option(names = "--feeds", paramLabel = "FILE", description = "Feeds file (one URL per line, or YAML) or comma-separated URLs (env NEWSFLOW_FEEDS).")
  String feeds;

  @Option(names = "--url", paramLabel = "URL", description = "A single page to ingest (repeatable; env NEWSFLOW_URLS).")
  List<String> urls = new ArrayList<>();

  @Option(names = "--watch", paramLabel = "DIR", description = "A directory watched for article files (env NEWSFLOW_WATCH_DIR).")
  Path watch;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the dedup state lives (env NEWSFLOW_DATA_DIR).")
  Path dataDir;

  @Option(names = "--allow-host", paramLabel = "HOST", description = "Allow a private/loopback host, IP or CIDR (repeatable; env NEWSFLOW_ALLOW_HOSTS).")
  List<String> allowHosts = new ArrayList<>();

  @Override
  public Integer call() {
    Map<String, String> env = root.env();
    ClientConfig client = cluster.resolve(env);
    IngestConfig.Builder b = IngestConfig.fromEnv(env).client(client);
    if (feeds != null) b.feeds(feeds);
    urls.forEach(b::url);
    if (watch != null) b.watchDir(watch);
    if (dataDir != null) b.dataDir(dataDir);
    if (!allowHosts.isEmpty()) b.allowHosts(allowHosts);
    IngestConfig config = b.build();
    if (!config.hasSources()) {
      throw new UserException("nothing to ingest: give --feeds, --url or --watch (or NEWSFLOW_FEEDS, NEWSFLOW_URLS, NEWSFLOW_WATCH_DIR)");
    }
    PipelineMetrics metrics = new PipelineMetrics();
    IngestApp app = new IngestApp(config);
    IngestMetrics.bind(app, metrics);
    Health health = new Health().check("ingest", () -> true);
    return RoleRunner.run(spec, "ingest", ops.resolve(env, 9401), metrics, health, () -> {
      try {
        app.start();
      } catch (java.io.IOException e) {
        throw new UserException("cannot start ingest: " + e.getMessage(), e);
      }
    }, app, null);
  }
}
