package newsflow.enrich.nlp.ner;

import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
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
    NLPDecoder d = decoder;
    NlpBenchmark.SteadyState r = NlpBenchmark.steadyState(() -> {
      try {
        d.decodeDocument(text);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, 5, seconds);
    System.out.printf(Locale.ROOT, "NLP4J as published (POS+NER): ready %.1f s, heap after load %d MB%n", loadSeconds,
        heapMb);
    System.out.printf(Locale.ROOT, "steady state: %d articles, %.1f articles/s wall, %.1f articles/s per CPU-second%n",
        r.runs(), r.runs() / r.wallSeconds(), r.runs() / r.cpuSeconds());
  }
}
