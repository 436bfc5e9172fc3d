package newsflow.enrich.nlp.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Watchlist;

/**
 * Benchmark main for the article NLP: time from a cold JVM until {@link ArticleAnalyzer} is ready,
 * heap in use after loading (after a full GC), and steady-state articles per second on one thread,
 * reported both as wall-clock and as thread-CPU throughput (the latter is what one core delivers
 * even on a loaded machine). Usage: {@code NlpBenchmark ARTICLE.txt [seconds=30]}.
 */
public final class NlpBenchmark {
  private NlpBenchmark() {}

  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long t0 = System.nanoTime();
    ArticleAnalyzer analyzer = ArticleAnalyzer.load(Watchlist.defaults());
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    double sinceJvmStart = (System.currentTimeMillis() - jvmStart) / 1e3;
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapMb = mem.getHeapMemoryUsage().getUsed() >> 20;
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;

    SteadyState r = steadyState(() -> analyzer.analyze(text, "en"), 20, seconds);
    int n = r.runs();
    double wall = r.wallSeconds();
    double cpu = r.cpuSeconds();
    long heapAfter = mem.getHeapMemoryUsage().getUsed() >> 20;
    System.out.printf(Locale.ROOT, "ready: %.1f s (load call), %.1f s since JVM start%n", loadSeconds, sinceJvmStart);
    System.out.printf(Locale.ROOT, "heap after load: %d MB (max %d MB); at end of run: %d MB%n", heapMb,
        mem.getHeapMemoryUsage().getMax() >> 20, heapAfter);
    System.out.printf(Locale.ROOT, "steady state: %d articles, %.1f articles/s wall, %.1f articles/s per CPU-second"
        + " (%d chars each)%n", n, n / wall, n / cpu, text.length());
  }

  /** Runs of a steady-state measurement, with the wall-clock and thread-CPU seconds they took. */
  public record SteadyState(int runs, double wallSeconds, double cpuSeconds) {}

  /**
   * Runs {@code work} for 10 s (and at least {@code minWarmRuns} times) to warm the JIT, then for
   * {@code seconds} on this thread, measuring wall-clock and this thread's CPU time.
   */
  public static SteadyState steadyState(Runnable work, int minWarmRuns, int seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmEnd = System.nanoTime() + 10_000_000_000L;
    int warm = 0;
    while (System.nanoTime() < warmEnd || warm < minWarmRuns) {
      work.run();
      warm++;
    }
    long c0 = threads.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    long end = w0 + seconds * 1_000_000_000L;
    int n = 0;
    while (System.nanoTime() < end) {
      work.run();
      n++;
    }
    return new SteadyState(n, (System.nanoTime() - w0) / 1e9, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
  }
}
