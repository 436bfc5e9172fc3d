package newsflow.sink.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.sink.warehouse.WarehouseWriter;
import newsflow.sink.warehouse.WriteResult;
import newsflow.v1.EnrichedArticle;

/**
 * Measures warehouse write throughput: seed-sized enriched articles (30 entities, 28 quotes, 13
 * places) written in batches through {@link WarehouseWriter}, as the sink writes them, and for
 * DuckDB a final checkpoint so that the work DuckDB defers to checkpoints is counted. Prints
 * articles/s after a warm-up round, then for a replay of the same records (skipped as already
 * stored) and for a re-enrichment of all of them (children deleted and rewritten).
 *
 * <pre>
 * mvn -pl sink test-compile; java -cp sink/target/test-classes:sink/target/classes:... newsflow.sink.bench.SinkBenchmark --target duckdb|postgres [--articles N] [--batch B]
 *     [--url JDBC_URL] [--keep]
 * </pre>
 * PostgreSQL defaults to {@code NEWSFLOW_TEST_POSTGRES_URL} or the local server's database
 * {@code test}, in a new schema that is dropped afterwards unless {@code --keep}.
 */
public final class SinkBenchmark {
  private SinkBenchmark() {}

  public static void main(String[] args) throws Exception {
    String target = "duckdb";
    int articles = 5000;
    int batch = 500;
    String url = null;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--target" -> target = args[++i].toLowerCase(Locale.ROOT);
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--url" -> url = args[++i];
        case "--keep" -> keep = true;
        default -> {
          System.err.println("unknown argument " + args[i]
              + "; usage: --target duckdb|postgres [--articles N] [--batch B] [--url JDBC_URL] [--keep]");
          System.exit(2);
        }
      }
    }
    String schema = null;
    String baseUrl = null;
    Path tempDir = null;
    if (url == null) {
      if (target.equals("duckdb")) {
        tempDir = Files.createTempDirectory("sink-bench");
        url = "jdbc:duckdb:" + tempDir.resolve("bench.duckdb");
      } else if (target.equals("postgres") || target.equals("postgresql")) {
        String env = System.getenv("NEWSFLOW_TEST_POSTGRES_URL");
        baseUrl = env != null && !env.isBlank() ? env : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        schema = "bench_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
          s.execute("CREATE SCHEMA " + schema);
        }
        url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      } else {
        System.err.println("--target must be duckdb or postgres, got " + target);
        System.exit(2);
      }
    }

    Instant t0 = Instant.parse("2026-11-26T00:00:00Z");
    List<EnrichedArticle> warm = build("warm", Math.min(articles, 1000), t0);
    List<EnrichedArticle> measured = build("a", articles, t0);
    try (WarehouseWriter writer = WarehouseWriter.open(url)) {
      run(writer, warm, batch);
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      run(writer, measured, batch);
      checkpoint(writer); // count the compression and writing DuckDB defers to its checkpoints
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      Map<String, Long> counts = writer.rowCounts();
      System.out.printf(Locale.ROOT, "target=%s articles=%d batch=%d seconds=%.2f articles/s=%.0f rows/s=%.0f%n",
          writer.dialect().name().toLowerCase(Locale.ROOT), articles, batch, seconds, articles / seconds,
          articles * 72 / seconds);
      System.out.printf(Locale.ROOT, "cpu seconds=%.2f (this process, all threads) articles per cpu-second=%.0f "
          + "load average=%.1f on %d cores%n", cpuSeconds, articles / cpuSeconds,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      System.out.println("rows " + counts);
      // a replay of the same records: recognised as stored, rows unchanged
      long replayStart = System.nanoTime();
      run(writer, measured, batch);
      double replay = (System.nanoTime() - replayStart) / 1e9;
      System.out.printf(Locale.ROOT, "replay articles/s=%.0f rows unchanged=%s%n", articles / replay,
          counts.equals(writer.rowCounts()));
      // every article re-enriched: children deleted and rewritten, rows replaced
      List<EnrichedArticle> reEnriched = build("a", articles, t0.plusSeconds(60));
      long reStart = System.nanoTime();
      run(writer, reEnriched, batch);
      double re = (System.nanoTime() - reStart) / 1e9;
      System.out.printf(Locale.ROOT, "re-enrichment articles/s=%.0f rows unchanged=%s%n", articles / re,
          counts.equals(writer.rowCounts()));
    } finally {
      if (schema != null && !keep) {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
          System.err.println("could not drop schema " + schema + ": " + e.getMessage());
        }
      }
      if (tempDir != null && !keep) {
        try (var files = Files.walk(tempDir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private static void checkpoint(WarehouseWriter writer) throws SQLException {
    if (writer.dialect() != newsflow.sink.warehouse.Dialect.DUCKDB) return;
    Connection c = writer.connection();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("CHECKPOINT");
    } finally {
      c.setAutoCommit(false);
    }
  }

  /** CPU time of this JVM (DuckDB's native threads included); -1 when the platform cannot tell. */
  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  private static List<EnrichedArticle> build(String prefix, int n, Instant t0) {
    List<EnrichedArticle> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(SyntheticArticles.seedSized(prefix + i, t0));
    return out;
  }

  private static void run(WarehouseWriter writer, List<EnrichedArticle> articles, int batch) {
    for (int i = 0; i < articles.size(); i += batch) {
      WriteResult r = writer.write(articles.subList(i, Math.min(articles.size(), i + batch)), List.of());
      if (!r.rejections().isEmpty()) throw new IllegalStateException("rejected: " + r.rejections());
    }
  }
}
