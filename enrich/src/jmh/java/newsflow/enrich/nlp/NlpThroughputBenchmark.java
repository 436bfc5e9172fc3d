package newsflow.enrich.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Watchlist;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the whole article NLP ({@link ArticleAnalyzer#analyze}: sentences, POS and NER,
 * news rules, titles, quotes and speakers, places, officials) on one thread of a JVM that sees one
 * processor, steady state, over a seed-sized article. Reports articles per second. The NLP model cache
 * must exist or is built in setup (about a minute, once per machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1500m", "-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class NlpThroughputBenchmark {
  /** The article: a text file, or empty for the seed article on the test classpath. */
  @Param("")
  public String article;

  private String text;
  private ArticleAnalyzer analyzer;

  @Setup(Level.Trial)
  public void load() throws IOException {
    if (article.isEmpty()) {
      try (InputStream in = NlpThroughputBenchmark.class.getResourceAsStream("/seed/hegseth-nato.txt")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } else {
      text = Files.readString(Path.of(article), StandardCharsets.UTF_8);
    }
    analyzer = ArticleAnalyzer.load(Watchlist.defaults());
  }

  @Benchmark
  public ArticleAnalysis analyze() {
    return analyzer.analyze(text, "en");
  }
}
