package newsflow.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsflow.cli.UserException;
import newsflow.enrich.nlp.officials.Watchlist;

/**
 * {@code newsflow bench e2e}: starts {@code newsflow run} as its own process (the jar or class path
 * this JVM runs from) against a {@link SyntheticNewsSite} and a {@link WebhookReceiver}, watches it
 * with a {@link PipelineObserver}, and measures, in phases:
 * <ol>
 *   <li>start: launch to the first enriched article and to {@code /health} READY, while a few warm-up
 *       articles wait in the feed;</li>
 *   <li>throughput: N articles released at once, articles/s through ingest, enrich and the warehouse;</li>
 *   <li>latency at each given rate: articles released one by one at that rate; publish on
 *       {@code news.articles.raw.v1} to the alert readable on {@code news.alerts.v1}, to its rows in the
 *       warehouse, and to the webhook call (p50/p90/p99/max);</li>
 * </ol>
 * and over the whole run the peak heap (from the run's GC log: the most heap in use when a
 * collection started) and the peak RSS ({@code VmHWM}). It ends by stopping the run with SIGTERM and
 * checking that every article is in the warehouse exactly once and every alert was delivered once.
 */
public final class E2eBenchmark {
  /** The sink's consumer group, whose commits mark rows as being in the warehouse. */
  static final String SINK_GROUP = "newsflow-sink";
  private static final Pattern GC = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
  private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)(%?)");

  /** What to run. {@code warehouse} is "duckdb" or a {@code jdbc:postgresql:} URL. */
  public record Options(int threads, String warehouse, int warmup, int articles, List<String> rates,
      int phaseSeconds, long seed, Path dataDir, boolean keep, List<String> jvmOptions, Map<String, String> env,
      Duration settleTimeout, Path json) {}

  private final Options o;
  private final PrintStream out;
  private final Map<String, Object> result = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private Path log;
  private volatile long rssPeakKb;

  public E2eBenchmark(Options options, PrintStream out) {
    this.o = options;
    this.out = out;
  }

  /** Runs the benchmark; returns the exit code (0 when every article and alert came through once). */
  public int run() throws Exception {
    for (String r : o.rates()) parseRate(r, 1);
    Path data = o.dataDir() != null ? o.dataDir() : Files.createTempDirectory("newsflow-bench-");
    if (o.dataDir() != null) {
      Files.createDirectories(data);
      try (Stream<Path> s = Files.list(data)) {
        if (s.findAny().isPresent()) throw new UserException("--data-dir " + data + " is not empty");
      }
    }
    String warehouseUrl = null;
    String pgSchema = null;
    if (o.warehouse().startsWith("jdbc:postgresql:")) {
      pgSchema = "newsflow_bench_" + ProcessHandle.current().pid();
      warehouseUrl = o.warehouse() + (o.warehouse().contains("?") ? "&" : "?") + "currentSchema=" + pgSchema;
      try (Connection c = DriverManager.getConnection(o.warehouse()); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + pgSchema + " CASCADE");
        s.execute("CREATE SCHEMA " + pgSchema);
      }
    } else if (!o.warehouse().equals("duckdb")) {
      throw new UserException("--warehouse must be duckdb or a jdbc:postgresql: URL, got '" + o.warehouse() + "'");
    }
    int capacity = o.warmup() + o.articles() + 20_000;
    ArticleGenerator generator = new ArticleGenerator(o.seed(), Watchlist.defaults().officials());
    int code;
    try (SyntheticNewsSite site = SyntheticNewsSite.start(generator, capacity);
        WebhookReceiver hook = WebhookReceiver.start()) {
      code = measure(data, warehouseUrl, site, hook);
    } finally {
      stopProcess();
      if (pgSchema != null && !o.keep()) {
        try (Connection c = DriverManager.getConnection(o.warehouse()); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + pgSchema + " CASCADE");
        } catch (SQLException e) {
          out.println("note: could not drop schema " + pgSchema + ": " + e.getMessage());
        }
      }
      if (o.dataDir() == null && !o.keep()) deleteTree(data);
    }
    return code;
  }

  private int measure(Path data, String warehouseUrl, SyntheticNewsSite site, WebhookReceiver hook) throws Exception {
    int kafkaPort = freePort();
    int registryPort = freePort();
    int metricsPort = freePort();
    Path runDir = data.resolve("run");
    log = data.resolve("run.log");
    Path gcLog = data.resolve("gc.log");
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(o.jvmOptions());
    cmd.add("-Xlog:gc:file=" + gcLog);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "newsflow.cli.Newsflow", "run",
        "--feeds", site.feedUrl(), "--allow-host", "127.0.0.1", "--webhook", hook.url(), "--data-dir", runDir.toString(),
        "--kafka-port", Integer.toString(kafkaPort), "--registry-port", Integer.toString(registryPort),
        "--metrics-port", Integer.toString(metricsPort)));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("NEWSFLOW_") && !k.equals("NEWSFLOW_NLP_CACHE") && !k.equals("NEWSFLOW_DEBUG"));
    env.put("NEWSFLOW_POLL_INTERVAL", "100ms");
    env.put("NEWSFLOW_HOST_INTERVAL", "1ms");
    env.put("NEWSFLOW_ENRICH_THREADS", Integer.toString(o.threads()));
    env.put("NEWSFLOW_LOG_LEVEL", "INFO");
    if (warehouseUrl != null) env.put("NEWSFLOW_WAREHOUSE_URL", warehouseUrl);
    env.putAll(o.env());

    result.put("command", "newsflow bench e2e " + String.join(" ", describeOptions()));
    result.put("when", Instant.now().toString());
    result.put("load_before", loadAverage());
    out.printf(Locale.ROOT, "bench e2e: %d stream thread(s), warehouse %s, load average %s; data in %s%n",
        o.threads(), warehouseUrl == null ? "DuckDB" : "PostgreSQL", loadAverage(), data);

    // start: warm-up articles wait in the feed from the first moment
    site.releaseUpTo(o.warmup());
    long launched = System.currentTimeMillis();
    process = pb.start();
    startRssSampler();
    PipelineObserver obs = new PipelineObserver("127.0.0.1:" + kafkaPort, "http://127.0.0.1:" + registryPort, SINK_GROUP);
    obs.start();
    try {
      String metricsUrl = "http://127.0.0.1:" + metricsPort;
      long ready = awaitReady(metricsUrl + "/health", Duration.ofMinutes(5));
      await("the first enriched article", () -> obs.firstEnriched() > 0, Duration.ofMinutes(5), obs);
      await("the warm-up articles in the warehouse", () -> settled(obs, hook, 0, o.warmup()), o.settleTimeout(), obs);
      Map<String, Object> start = new LinkedHashMap<>();
      start.put("ready_s", (ready - launched) / 1000.0);
      start.put("first_enriched_s", (obs.firstEnriched() - launched) / 1000.0);
      result.put("start", start);
      out.printf(Locale.ROOT, "start: /health READY after %.1f s, first enriched article after %.1f s%n",
          (ready - launched) / 1000.0, (obs.firstEnriched() - launched) / 1000.0);

      int next = o.warmup();
      double sustained = 0;
      if (o.articles() > 0) {
        double[] nlp0 = nlpSeconds(metricsUrl);
        double cpu0 = cpuSeconds(process.pid());
        long t0 = System.currentTimeMillis();
        site.releaseUpTo(next + o.articles());
        int from = next;
        await(o.articles() + " articles in the warehouse", () -> settled(obs, hook, from, from + o.articles()),
            o.settleTimeout().plusSeconds(o.articles()), obs);
        Map<String, Object> tp = throughput(obs, from, from + o.articles(), t0);
        tp.put("nlp_ms_per_article", nlpMean(nlp0, nlpSeconds(metricsUrl)));
        double cpu = cpuSeconds(process.pid()) - cpu0;
        tp.put("run_cpu_s", round1(cpu));
        tp.put("articles_per_cpu_s", cpu <= 0 ? 0.0 : round1(o.articles() / cpu));
        tp.put("load", loadAverage());
        result.put("throughput", tp);
        sustained = (double) tp.get("warehouse_per_s");
        next += o.articles();
        out.printf(Locale.ROOT, "throughput (%d articles): ingest %.1f/s, enrich %.1f/s, warehouse %.1f/s sustained "
                + "(middle 80%%); all in the warehouse %.1f s after release (%.1f/s overall); NLP %.0f ms per article; "
                + "the run used %.1f CPU-s (%.1f articles per CPU-second); load %s%n", o.articles(), tp.get("ingest_per_s"),
            tp.get("enrich_per_s"), sustained, tp.get("total_s"), tp.get("overall_per_s"), tp.get("nlp_ms_per_article"),
            tp.get("run_cpu_s"), tp.get("articles_per_cpu_s"), tp.get("load"));
      }

      List<Object> phases = new ArrayList<>();
      for (String spec : o.rates()) {
        double rate = parseRate(spec, sustained);
        int n = Math.max(1, (int) Math.round(rate * o.phaseSeconds()));
        double[] nlp0 = nlpSeconds(metricsUrl);
        int from = next;
        long t0 = System.currentTimeMillis();
        for (int k = 0; k < n; k++) {
          long due = t0 + Math.round(k * 1000.0 / rate);
          long wait = due - System.currentTimeMillis();
          if (wait > 0) Thread.sleep(wait);
          site.releaseUpTo(from + k + 1);
        }
        next += n;
        await(n + " articles at " + spec + " in the warehouse", () -> settled(obs, hook, from, from + n),
            o.settleTimeout(), obs);
        Map<String, Object> ph = latency(obs, hook, site, from, from + n);
        ph.put("rate_spec", spec);
        ph.put("rate_per_s", round1(rate));
        ph.put("articles", n);
        ph.put("nlp_ms_per_article", nlpMean(nlp0, nlpSeconds(metricsUrl)));
        ph.put("load", loadAverage());
        phases.add(ph);
        out.printf(Locale.ROOT, "latency at %.1f articles/s (%s, %d articles, %s alerts), load %s:%n", rate, spec, n,
            ph.get("alerts"), ph.get("load"));
        for (String k : List.of("alert", "alert_warehouse", "alert_webhook", "article_enriched", "article_warehouse",
            "stage_sink", "stage_delivery", "ingest_release_to_publish")) {
          out.printf(Locale.ROOT, "  %-26s %s%n", k, ph.get(k));
        }
        out.printf(Locale.ROOT, "  NLP %.0f ms per article%n", (double) ph.get("nlp_ms_per_article"));
      }
      result.put("latency", phases);

      rssPeakKb = Math.max(rssPeakKb, procStatusKb(process.pid(), "VmHWM"));
      Map<String, Object> mem = gcPeaks(gcLog);
      mem.put("rss_peak_mb", rssPeakKb / 1024);
      result.put("memory", mem);
      out.printf(Locale.ROOT, "memory: peak heap in use %s MB (largest live set after a GC %s MB, heap committed at most "
          + "%s MB), peak RSS %d MB%n", mem.get("heap_peak_mb"), mem.get("heap_after_gc_max_mb"),
          mem.get("heap_committed_max_mb"), rssPeakKb / 1024);
      return account(obs, hook, site.released(), runDir, warehouseUrl);
    } finally {
      obs.close();
      stopProcess();
      result.put("load_after", loadAverage());
      if (o.json() != null) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(o.json(), m.writeValueAsString(result) + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
    }
  }

  private List<String> describeOptions() {
    List<String> d = new ArrayList<>(List.of("--threads", "" + o.threads(), "--warehouse",
        o.warehouse().startsWith("jdbc:") ? "postgresql" : o.warehouse(), "--articles", "" + o.articles(),
        "--rates", String.join(",", o.rates()), "--phase-seconds", "" + o.phaseSeconds(), "--seed", "" + o.seed()));
    o.env().forEach((k, v) -> d.add("--env " + k + "=" + v));
    if (!o.jvmOptions().isEmpty()) d.add("--jvm-options '" + String.join(" ", o.jvmOptions()) + "'");
    return d;
  }

  /** Articles {@code from..to-1} are in the warehouse, and each of their alerts is in it and delivered. */
  private static boolean settled(PipelineObserver obs, WebhookReceiver hook, int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < to; i++) {
      PipelineObserver.ArticleTimes a = obs.byIndex.get(i);
      if (a == null || a.warehouse == 0) return false;
      ids.add(a.id);
    }
    java.util.Set<String> set = new java.util.HashSet<>(ids);
    for (PipelineObserver.AlertTimes al : obs.alerts.values()) {
      if (set.contains(al.articleId) && (al.warehouse == 0 || hook.firstCall(al.id) == null)) return false;
    }
    return true;
  }

  private Map<String, Object> throughput(PipelineObserver obs, int from, int to, long released) {
    List<Long> pub = new ArrayList<>();
    List<Long> enr = new ArrayList<>();
    List<Long> wh = new ArrayList<>();
    for (int i = from; i < to; i++) {
      PipelineObserver.ArticleTimes a = obs.byIndex.get(i);
      pub.add(a.published);
      enr.add(a.enriched);
      wh.add(a.warehouse);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", to - from);
    m.put("ingest_per_s", round1(middleRate(pub)));
    m.put("enrich_per_s", round1(middleRate(enr)));
    m.put("warehouse_per_s", round1(middleRate(wh)));
    long last = wh.stream().mapToLong(Long::longValue).max().orElse(released);
    m.put("total_s", round1((last - released) / 1000.0));
    m.put("overall_per_s", round1((to - from) * 1000.0 / Math.max(1, last - released)));
    return m;
  }

  /** Articles per second between the 10th and the 90th percentile of {@code times}. */
  static double middleRate(List<Long> times) {
    long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
    if (t.length < 10) return t.length < 2 ? 0 : (t.length - 1) * 1000.0 / Math.max(1, t[t.length - 1] - t[0]);
    int a = (int) (t.length * 0.1);
    int b = (int) (t.length * 0.9) - 1;
    return (b - a) * 1000.0 / Math.max(1, t[b] - t[a]);
  }

  private Map<String, Object> latency(PipelineObserver obs, WebhookReceiver hook, SyntheticNewsSite site, int from, int to) {
    Map<String, PipelineObserver.ArticleTimes> phase = new LinkedHashMap<>();
    List<Long> enriched = new ArrayList<>();
    List<Long> warehouse = new ArrayList<>();
    List<Long> ingest = new ArrayList<>();
    for (int i = from; i < to; i++) {
      PipelineObserver.ArticleTimes a = obs.byIndex.get(i);
      phase.put(a.id, a);
      enriched.add(a.enriched - a.published);
      warehouse.add(a.warehouse - a.published);
      ingest.add(a.published - site.releasedAt(i));
    }
    List<Long> alert = new ArrayList<>();
    List<Long> alertWh = new ArrayList<>();
    List<Long> webhook = new ArrayList<>();
    List<Long> sink = new ArrayList<>();
    List<Long> delivery = new ArrayList<>();
    for (PipelineObserver.AlertTimes al : obs.alerts.values()) {
      PipelineObserver.ArticleTimes a = phase.get(al.articleId);
      if (a == null) continue;
      Long called = hook.firstCall(al.id);
      alert.add(al.visible - a.published);
      alertWh.add(al.warehouse - a.published);
      sink.add(al.warehouse - al.visible);
      if (called != null) {
        webhook.add(called - a.published);
        delivery.add(called - al.visible);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alerts", alert.size());
    m.put("alert", Latencies.of(alert));
    m.put("alert_warehouse", Latencies.of(alertWh));
    m.put("alert_webhook", Latencies.of(webhook));
    m.put("article_enriched", Latencies.of(enriched));
    m.put("article_warehouse", Latencies.of(warehouse));
    m.put("stage_sink", Latencies.of(sink));
    m.put("stage_delivery", Latencies.of(delivery));
    m.put("ingest_release_to_publish", Latencies.of(ingest));
    return m;
  }

  /** Checks that every released article and every alert arrived once; prints the run's own account. */
  private int account(PipelineObserver obs, WebhookReceiver hook, int released, Path runDir, String warehouseUrl)
      throws Exception {
    long rawDup = obs.articles.values().stream().filter(a -> a.rawCopies > 1).count();
    long enrDup = obs.articles.values().stream().filter(a -> a.enrichedCopies > 1).count();
    long alertDup = obs.alerts.values().stream().filter(a -> a.copies > 1).count();
    int seen = obs.byIndex.size();
    stopProcess();
    long[] rows = warehouseRows(runDir, warehouseUrl);
    Map<String, Object> acc = new LinkedHashMap<>();
    acc.put("released", released);
    acc.put("published", seen);
    acc.put("raw_duplicates", rawDup);
    acc.put("enriched_duplicates", enrDup);
    acc.put("alerts", obs.alerts.size());
    acc.put("alert_duplicates", alertDup);
    acc.put("warehouse_articles", rows[0]);
    acc.put("warehouse_alerts", rows[1]);
    acc.put("webhook_alerts", hook.distinct());
    acc.put("webhook_calls", hook.calls());
    List<String> runAccount = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.startsWith("sink ")) runAccount.add(line);
    }
    acc.put("run_account", runAccount);
    result.put("account", acc);
    out.printf(Locale.ROOT, "account: %d released, %d published, %d in the warehouse; %d alerts, %d in the warehouse, "
            + "%d delivered (%d webhook calls); duplicates raw %d, enriched %d, alerts %d%n", released, seen, rows[0],
        obs.alerts.size(), rows[1], hook.distinct(), hook.calls(), rawDup, enrDup, alertDup);
    runAccount.forEach(l -> out.println("  run: " + l));
    boolean ok = seen == released && rows[0] == released && rows[1] == obs.alerts.size()
        && hook.distinct() == obs.alerts.size() && rawDup == 0 && enrDup == 0 && alertDup == 0;
    if (!ok) out.println("bench e2e: the account does not balance (see above); run log: " + log);
    return ok ? 0 : 1;
  }

  private static long[] warehouseRows(Path runDir, String warehouseUrl) throws SQLException {
    String url = warehouseUrl != null ? warehouseUrl : "jdbc:duckdb:" + runDir.resolve("warehouse.duckdb").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      return new long[] {count(s, "SELECT count(DISTINCT id) FROM articles"), count(s, "SELECT count(DISTINCT id) FROM alerts")};
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Rate spec: "10" articles/s, or "80%" of the sustained throughput measured in this run. */
  public static double parseRate(String spec, double sustained) {
    Matcher m = RATE.matcher(spec.strip());
    if (!m.matches()) throw new UserException("--rates: '" + spec + "' is neither articles/s (10) nor a share of the throughput (80%)");
    double v = Double.parseDouble(m.group(1));
    if (v <= 0) throw new UserException("--rates: '" + spec + "' must be positive");
    if (m.group(2).isEmpty()) return v;
    if (sustained <= 0) throw new UserException("--rates: '" + spec + "' needs the throughput phase (--articles > 0)");
    return sustained * v / 100.0;
  }

  private long awaitReady(String healthUrl, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      checkAlive();
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(healthUrl)).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) return System.currentTimeMillis();
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("newsflow run was not READY within " + timeout + "; log: " + log);
  }

  private void await(String what, BooleanSupplier done, Duration timeout, PipelineObserver obs) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      checkAlive();
      if (obs.failure() != null) throw new IllegalStateException("the observer failed: " + obs.failure(), obs.failure());
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what + "; log: " + log);
      }
      Thread.sleep(50);
    }
  }

  private void checkAlive() {
    if (process != null && !process.isAlive()) {
      throw new IllegalStateException("newsflow run exited with code " + process.exitValue() + "; log: " + log);
    }
  }

  /** The enrich latency histogram's sum (s) and count from the run's /metrics. */
  private double[] nlpSeconds(String metricsUrl) {
    try {
      String body = http.send(HttpRequest.newBuilder(URI.create(metricsUrl + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      double sum = 0;
      double count = 0;
      for (String line : body.split("\n")) {
        if (line.startsWith("newsflow_enrich_latency_seconds_sum")) sum += lastNumber(line);
        if (line.startsWith("newsflow_enrich_latency_seconds_count")) count += lastNumber(line);
      }
      return new double[] {sum, count};
    } catch (IOException | RuntimeException e) {
      return new double[] {0, 0};
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new double[] {0, 0};
    }
  }

  private static double nlpMean(double[] before, double[] after) {
    double n = after[1] - before[1];
    return n <= 0 ? 0 : round1((after[0] - before[0]) * 1000 / n);
  }

  private static double lastNumber(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  private void startRssSampler() {
    Thread t = new Thread(() -> {
      while (process != null && process.isAlive()) {
        rssPeakKb = Math.max(rssPeakKb, procStatusKb(process.pid(), "VmHWM"));
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "newsflow-bench-rss");
    t.setDaemon(true);
    t.start();
  }

  /** User + system CPU seconds of a process so far ({@code /proc/PID/stat}, 100 ticks a second), or 0. */
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static long procStatusKb(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process is gone
    }
    return 0;
  }

  /** Peak heap in use (before a collection), the largest heap after one, and the most committed, in MB. */
  static Map<String, Object> gcPeaks(Path gcLog) throws IOException {
    long before = 0;
    long after = 0;
    long committed = 0;
    int gcs = 0;
    if (Files.exists(gcLog)) {
      for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
        Matcher m = GC.matcher(line);
        if (!m.find()) continue;
        gcs++;
        before = Math.max(before, mb(m.group(1), m.group(2)));
        after = Math.max(after, mb(m.group(3), m.group(4)));
        committed = Math.max(committed, mb(m.group(5), m.group(6)));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("heap_peak_mb", before);
    m.put("heap_after_gc_max_mb", after);
    m.put("heap_committed_max_mb", committed);
    m.put("gc_pauses", gcs);
    return m;
  }

  private static long mb(String n, String unit) {
    long v = Long.parseLong(n);
    return switch (unit) {
      case "K" -> v / 1024;
      case "G" -> v * 1024;
      default -> v;
    };
  }

  private void stopProcess() {
    Process p = process;
    if (p == null || !p.isAlive()) return;
    rssPeakKb = Math.max(rssPeakKb, procStatusKb(p.pid(), "VmHWM"));
    p.destroy(); // SIGTERM: the run commits and prints its account
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // best effort
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // best effort
    }
  }
}
