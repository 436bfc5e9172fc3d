package newsflow.enrich.nlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Watchlist;

/**
 * Benchmark main (not a test): how analysis time grows with text length. Builds texts of the given
 * sizes from real news articles (PolNeAR's training split, one article after another, repeated when
 * the size asks for more), analyses each once with the cap lifted and once with the default cap, and
 * prints wall time, this thread's CPU time (and per MB: linear NLP keeps it flat), the process's CPU
 * time (with GC) and the peak heap during the call.
 *
 * <p>{@code java -Xmx3g -cp ... newsflow.enrich.nlp.LongTextBenchmark [--data DIR] [MB ...]} (default
 * sizes 1 2 4 8; DIR defaults to ../shared/eval/quotes/polnear/train/text).
 */
public final class LongTextBenchmark {
  private LongTextBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of("../shared/eval/quotes/polnear/train/text");
    List<Double> sizes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data")) data = Path.of(args[++i]);
      else sizes.add(Double.parseDouble(args[i]));
    }
    if (sizes.isEmpty()) sizes = List.of(1.0, 2.0, 4.0, 8.0);
    List<String> articles = articles(data);
    ArticleAnalyzer capped = ArticleAnalyzer.load(Watchlist.defaults());
    ArticleAnalyzer uncapped = capped.withMaxAnalysedChars(Integer.MAX_VALUE);
    // warm up on seed-sized and long texts, so that the first size is not measuring the JIT
    for (int i = 0; i < 3; i++) uncapped.analyze(text(articles, 0.2), "en");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.out.printf(Locale.ROOT, "%8s %10s %8s %12s %10s %12s %10s %8s %8s%n", "MB", "chars", "wall s",
        "thread cpu s", "per MB", "process cpu s", "peak heap", "entities", "quotes");
    for (double mb : sizes) {
      String text = text(articles, mb);
      for (ArticleAnalyzer analyzer : List.of(uncapped, capped)) {
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ArticleAnalysis a = analyzer.analyze(text, "en");
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double process = (os.getProcessCpuTime() - process0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%8s %10d %8.2f %12.2f %10.2f %12.2f %7d MB %8d %8d%s%n",
            analyzer == capped ? "(capped)" : String.format(Locale.ROOT, "%.2f", mb), text.length(), wall, cpu,
            cpu / mb, process, peak >> 20, a.entities().size(), a.quotes().size(), a.truncated() ? "  truncated" : "");
      }
    }
  }

  private static List<String> articles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8).strip());
      }
      if (out.isEmpty()) throw new IOException("no .txt articles in " + dir);
      return out;
    }
  }

  /** About {@code mb} million characters of articles separated by blank lines. */
  static String text(List<String> articles, double mb) {
    long target = (long) (mb * 1_000_000);
    StringBuilder sb = new StringBuilder((int) target + 100_000);
    for (int i = 0; sb.length() < target; i++) {
      sb.append(articles.get(i % articles.size())).append("\n\n");
    }
    return sb.substring(0, (int) target);
  }
}
