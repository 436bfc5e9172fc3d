package newsflow.cli.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.cli.UserException;
import newsflow.cli.bench.E2eBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow bench}: benchmark commands whose numbers go in docs/BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks of the whole pipeline (numbers and commands in docs/BENCHMARKS.md).",
    subcommands = {BenchCommand.E2e.class})
public final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code newsflow bench e2e}: throughput, latency, start time and memory of {@code newsflow run}. */
  @Command(name = "e2e", mixinStandardHelpOptions = true, sortOptions = false,
      description = {
          "Starts `newsflow run` as a separate process (same jar) fed by a synthetic news site on loopback (made-up "
              + "articles of varied length with quotes and watched officials, from templates and --seed), with a "
              + "webhook receiver on loopback, and measures:",
          "  start      launch to /health READY and to the first enriched article;",
          "  throughput --articles released at once: articles/s through ingest, enrich and the warehouse (middle 80%);",
          "  latency    for each of --rates, articles released one by one at that rate for --phase-seconds: "
              + "publish on news.articles.raw.v1 to the alert on news.alerts.v1, to its rows in the warehouse and "
              + "to the webhook call (p50/p90/p99/max);",
          "  memory     peak heap (GC log) and peak RSS of the run.",
          "Ends with SIGTERM and checks every article and alert came through exactly once (exit 1 if not). "
              + "The run polls the feed every 100 ms, without the 1 s per-host pause meant for real publishers."})
  public static final class E2e implements Callable<Integer> {
    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
        description = "Enrich stream threads of the run (and partitions of its topics); default ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--warehouse", paramLabel = "duckdb|JDBC_URL", defaultValue = "duckdb",
        description = "duckdb (the run's own file) or a jdbc:postgresql: URL; a fresh schema is used and dropped.")
    String warehouse;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "400",
        description = "Articles of the throughput phase (0 skips it); default ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--rates", paramLabel = "R", split = ",", defaultValue = "10,80%",
        description = "Latency phases: articles/s, or a percentage of the measured sustained throughput; "
            + "default ${DEFAULT-VALUE}. Empty (--rates=) skips them.")
    List<String> rates = new ArrayList<>();

    @Option(names = "--phase-seconds", paramLabel = "S", defaultValue = "60",
        description = "Length of each latency phase; default ${DEFAULT-VALUE}.")
    int phaseSeconds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
        description = "Articles waiting in the feed at launch (the start measurement), not counted elsewhere; "
            + "default ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the article generator; default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--jvm-options", paramLabel = "OPTS", defaultValue = "-Xmx3g",
        description = "JVM options of the run, space-separated; default ${DEFAULT-VALUE} (as ./newsflow).")
    String jvmOptions;

    @Option(names = "--env", paramLabel = "KEY=VALUE",
        description = "Extra environment of the run, e.g. NEWSFLOW_KAFKA_COMMIT_INTERVAL_MS=100 (repeatable).")
    Map<String, String> env = new LinkedHashMap<>();

    @Option(names = "--data-dir", paramLabel = "DIR",
        description = "An empty directory for the run's data, kept afterwards (default: a temporary one, deleted).")
    Path dataDir;

    @Option(names = "--keep", description = "Keep the temporary data directory (and the PostgreSQL schema).")
    boolean keep;

    @Option(names = "--json", paramLabel = "FILE", description = "Append the results as JSON to FILE.")
    Path json;

    @Option(names = "--settle-timeout", paramLabel = "S", defaultValue = "300",
        description = "Seconds a phase may take to reach the warehouse after its last article; default ${DEFAULT-VALUE}.")
    int settleSeconds;

    @Override
    public Integer call() throws Exception {
      if (threads < 1 || threads > 16) throw new UserException("--threads must be between 1 and 16, got " + threads);
      if (articles < 0) throw new UserException("--articles must be >= 0, got " + articles);
      if (warmup < 1) throw new UserException("--warmup must be >= 1, got " + warmup);
      if (phaseSeconds < 1) throw new UserException("--phase-seconds must be >= 1, got " + phaseSeconds);
      if (settleSeconds < 1) throw new UserException("--settle-timeout must be >= 1, got " + settleSeconds);
      List<String> rateSpecs = rates.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
      for (String r : rateSpecs) {
        if (r.endsWith("%") && articles == 0) {
          throw new UserException("--rates " + r + " is a share of the throughput: it needs --articles > 0");
        }
        E2eBenchmark.parseRate(r, 1);
      }
      for (String k : env.keySet()) {
        if (!k.startsWith("NEWSFLOW_")) throw new UserException("--env " + k + ": only NEWSFLOW_* variables");
      }
      List<String> jvm = jvmOptions.isBlank() ? List.of() : List.of(jvmOptions.strip().split("\\s+"));
      return new E2eBenchmark(new E2eBenchmark.Options(threads, warehouse, warmup, articles, rateSpecs, phaseSeconds,
          seed, dataDir, keep, jvm, env, Duration.ofSeconds(settleSeconds), json), System.out).run();
    }
  }
}
