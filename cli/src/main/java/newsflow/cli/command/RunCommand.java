package newsflow.cli.command;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import newsflow.cli.Newsflow;
import newsflow.cli.UserException;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.ops.OpsOptions;
import newsflow.cli.run.ComponentStopped;
import newsflow.cli.run.DemoRun;
import newsflow.cli.run.LastRun;
import newsflow.cli.run.LocalPipeline;
import newsflow.cli.run.LocalPorts;
import newsflow.cli.run.ProgressDisplay;
import newsflow.sink.SinkConfig;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsflow run}: the whole pipeline in one JVM, nothing to install. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs the whole pipeline in one JVM: an embedded Kafka broker and schema registry, ingest, "
        + "enrich and sink, writing a DuckDB warehouse. State lives in the data directory, so a restart resumes "
        + "where the last run stopped. Ctrl-C stops cleanly.",
        "Try it: newsflow run --demo"})
public final class RunCommand implements Callable<Integer> {
  @ParentCommand Newsflow root;
  @Spec CommandSpec spec;
  @Mixin OpsOptions ops;

  @Option(names = "--feeds", paramLabel = "FILE",
      description = "Feeds to poll: a file with one URL per line (or YAML), or URLs separated by commas (env NEWSFLOW_FEEDS).")
  String feeds;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "A directory watched for article files (.html, .html.gz, .txt, .md) (env NEWSFLOW_WATCH_DIR).")
  Path watch;

  @Option(names = "--watchlist", paramLabel = "FILE",
      description = "Watched officials, YAML or CSV (id, name, aliases, title, country, optional family, middle and since); default: the built-in list.")
  Path watchlist;

  @Option(names = "--webhook", paramLabel = "URL", description = "POST each new alert here as JSON (Slack-compatible; "
      + "env NEWSFLOW_WEBHOOK_URL; bearer token from NEWSFLOW_WEBHOOK_TOKEN; the URL's path is never logged).")
  String webhook;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Where the broker log, registry, dedup state and DuckDB warehouse live (env NEWSFLOW_DATA_DIR; "
          + "default ./newsflow-data).")
  Path dataDir;

  @Option(names = "--allow-host", paramLabel = "HOST",
      description = "Allow fetching from this private or loopback host/IP/CIDR (repeatable).")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--kafka-port", paramLabel = "PORT",
      description = "Port of the embedded Kafka broker on 127.0.0.1, for other Kafka tools (env NEWSFLOW_KAFKA_PORT; "
          + "default: a free port, printed at start).")
  Integer kafkaPort;

  @Option(names = "--registry-port", paramLabel = "PORT",
      description = "Port of the embedded schema registry on 127.0.0.1, for Confluent clients and curl "
          + "(env NEWSFLOW_REGISTRY_PORT; default: a free port, printed at start).")
  Integer registryPort;

  @Option(names = "--demo",
      description = "Run the offline demo: bundled articles and a local feed flow through the pipeline, alerts print "
          + "as they fire, then a summary; uses <data-dir>/demo, recreated each time.")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = root.env();
    Path data = SinkConfig.dataDir(env, dataDir);
    boolean terminal = System.console() != null;
    LocalPorts ports = LocalPorts.resolve(env, kafkaPort, registryPort);
    if (demo) {
      if (feeds != null || watch != null || watchlist != null || webhook != null) {
        throw new UserException("--demo brings its own articles and watchlist; drop --feeds, --watch, --watchlist and --webhook");
      }
      OpsConfig demoOps = ops.resolve(env, 0);
      ports.checkFree(demoOps);
      quietLogs(env);
      return DemoRun.run(data, demoOps, ports, System.out, terminal, command(env));
    }
    if (feeds == null && watch == null && !env.containsKey("NEWSFLOW_FEEDS") && !env.containsKey("NEWSFLOW_WATCH_DIR")
        && !env.containsKey("NEWSFLOW_URLS")) {
      throw new UserException("nothing to ingest: give --feeds FILE and/or --watch DIR (or try --demo)");
    }
    if (watch != null && !Files.isDirectory(watch)) throw new UserException("--watch " + watch + " is not a directory");
    if (watchlist != null && !Files.isRegularFile(watchlist)) throw new UserException("--watchlist " + watchlist + ": no such file");
    if (terminal) quietLogs(env);
    OpsConfig opsConfig = ops.resolve(env, OpsConfig.DEFAULT_PORT);
    ports.checkFree(opsConfig);
    LocalPipeline pipeline = new LocalPipeline(new LocalPipeline.Settings(data, feeds, watch, watchlist, webhook,
        allowHosts, null, opsConfig, env, ports));
    pipeline.validate();
    LastRun.record(data, pipeline.warehouseUrl());
    ProgressDisplay display = new ProgressDisplay(System.out, terminal, pipeline::counts, pipeline.startup());
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread hook = new Thread(() -> {
      display.println("stopping (committing offsets, shutting the broker down) ...");
      stop(display, pipeline);
      outcome.complete(null);
    }, "newsflow-run-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    pipeline.failure().whenComplete((t, e) -> outcome.complete(t != null ? t : e));
    display.start();
    try {
      pipeline.start(display);
    } catch (RuntimeException e) {
      display.abort();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook runs anyway
      }
      pipeline.close();
      throw e;
    }
    display.println("newsflow running; data in " + data.toAbsolutePath() + "; " + pipeline.addresses() + "; Ctrl-C stops");
    Throwable failure = outcome.get();
    if (failure == null) return 0;
    // a component stopped for good (it logged why at ERROR): stop the rest rather than run on without it
    display.println("newsflow: stopping: " + ComponentStopped.describe(failure));
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs anyway
    }
    stop(display, pipeline);
    return Newsflow.EXIT_FAILURE;
  }

  /**
   * Closes the display and the pipeline, then prints each stage's account (records in = out +
   * dead-lettered, see {@link newsflow.cli.run.StageAccounts}).
   */
  private static void stop(ProgressDisplay display, LocalPipeline pipeline) {
    display.close();
    pipeline.close();
    pipeline.accounts().forEach(a -> System.out.println(a.line()));
    System.out.flush();
  }

  /** How the user runs newsflow: the launcher says so in {@code NEWSFLOW_COMMAND} (e.g. ./newsflow), else "newsflow". */
  static String command(Map<String, String> env) {
    String c = env.get(newsflow.cli.config.KnownEnv.ENV_COMMAND);
    return c == null || c.isBlank() ? "newsflow" : DemoRun.shellWord(c.strip());
  }

  /** On a terminal the progress line is the output: keep INFO logs out of its way unless asked for. */
  private static void quietLogs(Map<String, String> env) {
    if (env.containsKey(newsflow.cli.config.KnownEnv.ENV_LOG_LEVEL)) return;
    if (LoggerFactory.getLogger("newsflow") instanceof ch.qos.logback.classic.Logger l) l.setLevel(Level.WARN);
  }

}
