package newsflow.enrich.nlp.ner;

import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The yardstick for {@link NlpBenchmark}: NLP4J 1.1.3 as published (its own decoder, tokenizer, lexica,
 * POS and NER models; no dependency parser), timed the same way on the same article, so the two can
 * be compared on one machine. Usage: {@code Nlp4jBaselineBenchmark ARTICLE.txt [seconds=30]} with
 * {@code -Xmx3g}; test scope, not shipped.
 */
public final class Nlp4jBaselineBenchmark {
  private Nlp4jBaselineBenchmark() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    NLPDecoder decoder;
    try (InputStream config = Nlp4jBaselineBenchmark.class.getResourceAsStream("/bench/nlp4j-decode-pos-ner.xml")) {
      decoder = new NLPDecoder(config);
    }
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    System.gc();
    long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmEnd = System.nanoTime() + 10_000_000_000L;
    int warm = 0;
    while (System.nanoTime() < warmEnd || warm < 5) {
      decoder.decodeDocument(text);
      warm++;
    }
    long c0 = threads.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    long end = w0 + seconds * 1_000_000_000L;
    int n = 0;
    while (System.nanoTime() < end) {
      decoder.decodeDocument(text);
      n++;
    }
    double wall = (System.nanoTime() - w0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.printf(Locale.ROOT, "NLP4J as published (POS+NER): ready %.1f s, heap after load %d MB%n", loadSeconds,
        heapMb);
    System.out.printf(Locale.ROOT, "steady state: %d articles, %.1f articles/s wall, %.1f articles/s per CPU-second%n",
        n, n / wall, n / cpu);
  }
}
