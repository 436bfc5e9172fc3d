package newsflow.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.cli.UserException;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.ops.PipelineMetrics;
import newsflow.enrich.nlp.ner.Nlp4jTagger;
import newsflow.sink.query.QueryException;
import newsflow.sink.query.QueryRunner;

/**
 * {@code newsflow run --demo}: a fresh pipeline under {@code <data-dir>/demo} fed by the bundled
 * articles (the seed article through a watched directory, four pages through an RSS feed served on
 * loopback), alerts for the sample watchlist printed as they fire, then a summary from the warehouse
 * and the command to explore it. Needs no network.
 */
public final class DemoRun {
  static final String MARKER = ".newsflow-demo";
  static final Duration TIMEOUT = Duration.ofSeconds(150);
  private static final String SEED = "hegseth-nato.txt";

  private DemoRun() {}

  /** Runs the demo with the broker and registry on {@code ports}; returns the exit code. */
  public static int run(Path baseDataDir, OpsConfig ops, LocalPorts ports, PrintStream out, boolean terminal) {
    return run(baseDataDir, ops, ports, out, terminal, "newsflow");
  }

  /**
   * Runs the demo; {@code command} is how the user runs newsflow (e.g. {@code ./newsflow}), for the
   * query hint at the end, which works as printed from the same directory.
   */
  public static int run(Path baseDataDir, OpsConfig ops, LocalPorts ports, PrintStream out, boolean terminal,
      String command) {
    long t0 = System.nanoTime();
    Path demo = baseDataDir.resolve("demo").toAbsolutePath().normalize();
    reset(demo);
    Path inbox = demo.resolve("inbox");
    Path watchlist = demo.resolve("watchlist.yaml");
    try {
      Files.createDirectories(inbox);
      Files.writeString(demo.resolve(MARKER), "created by newsflow run --demo; deleted by the next demo run\n");
      copyResource("/demo/watchlist.yaml", watchlist);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the demo directory " + demo, e);
    }
    int expected = DemoSite.PAGES.size() + 1;
    out.println("newsflow demo: " + expected + " sample articles -> embedded Kafka -> enrich -> DuckDB in " + demo);
    if (!Nlp4jTagger.isCacheBuilt(Nlp4jTagger.defaultCacheDir())) {
      out.println("first run: the NLP models are converted once into " + Nlp4jTagger.defaultCacheDir()
          + " (progress below); later runs start in seconds");
    }
    out.flush();
    boolean complete;
    PipelineCounts finalCounts;
    List<String> account;
    LocalPipeline pipeline;
    try (DemoSite site = DemoSite.start()) {
      LocalPipeline.Settings settings = new LocalPipeline.Settings(demo, site.feedUrl(), inbox, watchlist, null,
          List.of("127.0.0.1", "localhost"), Duration.ofMinutes(10), ops, Map.of(), ports);
      pipeline = new LocalPipeline(settings);
      pipeline.validate();
      LastRun.record(baseDataDir, pipeline.warehouseUrl());
      ProgressDisplay display = new ProgressDisplay(out, terminal, pipeline::counts, pipeline.startup()).steady();
      try {
        display.start();
        pipeline.start(display);
        display.println(pipeline.addresses());
        // the seed article arrives through the watched directory once everything runs
        copyResource("/demo/" + SEED, inbox.resolve(SEED));
        complete = await(pipeline, expected);
      } finally {
        display.close();
        finalCounts = pipeline.counts();
        pipeline.close();
        account = pipeline.accounts().stream().map(StageAccounts.Account::line).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    summary(out, demo, finalCounts, command);
    out.println();
    out.println("Account per stage (records in = out + dead-lettered):");
    account.forEach(line -> out.println("  " + line));
    out.printf(Locale.ROOT, "%ndemo finished in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    if (pipeline.failure().isDone()) {
      throw new IllegalStateException("the demo stopped: " + ComponentStopped.describe(pipeline.failure().join()) + "; see the log above");
    }
    if (!complete) {
      throw new UserException("the demo timed out: " + finalCounts.written() + " of " + expected
          + " articles reached the warehouse (" + finalCounts.deadLettered() + " dead letters); see the log above");
    }
    return 0;
  }

  private static boolean await(LocalPipeline pipeline, int expected) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && !pipeline.failure().isDone()) {
      PipelineCounts c = pipeline.counts();
      double fired = pipeline.metrics().total(PipelineMetrics.ALERTS_FIRED);
      boolean allArrived = c.written() + c.deadLettered() >= expected;
      // every alert written has also been through delivery (printed), which runs on its own consumer
      boolean allPrinted = pipeline.sinkMetrics().delivery().in() >= pipeline.sinkMetrics().alerts().in();
      if (allArrived && c.alertsWritten() >= fired && allPrinted) return c.written() >= expected;
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  static void summary(PrintStream out, Path demo, PipelineCounts counts, String command) {
    String url = newsflow.sink.SinkConfig.defaultWarehouseUrl(demo);
    out.println();
    out.println("== summary ==");
    try (QueryRunner q = QueryRunner.open(url)) {
      out.println("articles " + scalar(q, "SELECT count(*) FROM articles") + ", entities "
          + scalar(q, "SELECT count(*) FROM entities") + ", quotes " + scalar(q, "SELECT count(*) FROM quotes")
          + ", places " + scalar(q, "SELECT count(*) FROM places") + ", alerts " + scalar(q, "SELECT count(*) FROM alerts")
          + ", dead letters " + counts.deadLettered());
      out.println();
      out.println("Top quoted people:");
      out.print(QueryRunner.render(q.run("SELECT speaker, count(*) AS quotes FROM quotes WHERE speaker IS NOT NULL "
          + "GROUP BY speaker ORDER BY quotes DESC, speaker LIMIT 8"), QueryRunner.Format.TABLE));
      out.println();
      out.println("Places:");
      out.print(QueryRunner.render(q.run("SELECT name, country_code, round(lat, 2) AS lat, round(lon, 2) AS lon, "
          + "count(*) AS articles FROM places GROUP BY name, country_code, lat, lon "
          + "ORDER BY articles DESC, name LIMIT 10"), QueryRunner.Format.TABLE));
      out.println();
      out.println("Alerts:");
      out.print(QueryRunner.render(q.run("SELECT official_name, kind, mention_count FROM alerts "
          + "ORDER BY official_name"), QueryRunner.Format.TABLE));
    } catch (QueryException e) {
      out.println("(cannot read the warehouse: " + e.getMessage() + ")");
    }
    Path shown = relative(demo);
    out.println();
    out.println("Explore the warehouse:");
    out.println("  " + command + " query --data-dir " + shellWord(shown.toString())
        + " \"SELECT speaker, left(text, 60) AS quote FROM quotes ORDER BY speaker\"");
  }

  /** {@code s} as one POSIX shell word: unchanged when it is safe, else in single quotes. */
  public static String shellWord(String s) {
    if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:@%+=,-]+")) return s;
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static Object scalar(QueryRunner q, String sql) throws QueryException {
    QueryRunner.Result r = q.run(sql);
    return r.rows().isEmpty() ? 0 : r.rows().get(0).get(0);
  }

  private static Path relative(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    return p.startsWith(cwd) ? cwd.relativize(p) : p;
  }

  /** Deletes an earlier demo's directory, but only one the demo created (it holds the marker). */
  static void reset(Path demo) {
    if (!Files.exists(demo)) return;
    if (!Files.exists(demo.resolve(MARKER))) {
      throw new UserException(demo + " exists and was not created by the demo; remove it or choose --data-dir");
    }
    try {
      Files.walkFileTree(demo, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the previous demo in " + demo, e);
    }
  }

  static void copyResource(String resource, Path target) throws IOException {
    try (InputStream in = DemoRun.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException("resource " + resource + " is missing from the jar");
      Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
