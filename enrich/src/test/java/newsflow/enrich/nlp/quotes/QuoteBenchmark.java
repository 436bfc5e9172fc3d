package newsflow.enrich.nlp.quotes;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.text.TextPipeline;

/**
 * Single-thread throughput of the text pipeline and of quote finding + attribution on one article
 * ({@code QuoteBenchmark FILE [seconds]}): warm-up, then articles per second in several rounds. Rates
 * are per CPU-second of the benchmark thread, so a busy shared machine does not distort them.
 */
public final class QuoteBenchmark {
  private QuoteBenchmark() {}

  /** Runs the benchmark and prints one line per round and stage. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: QuoteBenchmark ARTICLE.txt [seconds-per-round]");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
    TextPipeline pipeline = TextPipeline.instance();
    QuoteAttributor attributor = new QuoteAttributor();
    Document doc = pipeline.process(text);
    int quotes = attributor.attribute(doc, new ArrayList<>()).size();
    System.out.printf(Locale.ROOT, "article: %d chars, %d sentences, %d quotes%n", text.length(),
        doc.sentences().size(), quotes);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < 5; round++) {
      boolean warmup = round < 2;
      long t0 = cpu.getCurrentThreadCpuTime();
      int n = 0;
      while (cpu.getCurrentThreadCpuTime() - t0 < seconds * 1e9) {
        sink += pipeline.process(text).sentences().size();
        n++;
      }
      double textRate = n / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
      t0 = cpu.getCurrentThreadCpuTime();
      n = 0;
      while (cpu.getCurrentThreadCpuTime() - t0 < seconds * 1e9) {
        List<Entity> entities = new ArrayList<>();
        sink += attributor.attribute(doc, entities).size();
        n++;
      }
      double quoteRate = n / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
      System.out.printf(Locale.ROOT, "%s round %d: TextPipeline %.0f articles/cpu-s, QuoteAttributor %.0f articles/cpu-s, "
              + "both %.0f articles/cpu-s%n", warmup ? "warm-up" : "measure", round, textRate, quoteRate,
          1 / (1 / textRate + 1 / quoteRate));
    }
    if (sink == 42) System.out.println();
  }
}
