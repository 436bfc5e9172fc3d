package newsflow.enrich.topology;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import newsflow.enrich.mapping.OfficialDirectory;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.schemas.Topics;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Benchmark main (not a test): seed-sized articles through the enrich topology in a
 * TopologyTestDriver with Avro serdes, once with an analyzer that returns nothing (what the topology,
 * mapping and serdes cost) and once with the real NLP. Prints articles per second on one thread.
 *
 * <p>{@code java -cp ... newsflow.enrich.topology.TopologyThroughputBenchmark [articles]}
 */
public final class TopologyThroughputBenchmark {
  private TopologyThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    String text;
    try (InputStream in = TopologyThroughputBenchmark.class.getResourceAsStream("/topology/hegseth-nato.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    run("topology + mapping + Avro serdes (empty analysis)", n * 10, text,
        (t, lang, authors, published) -> ArticleAnalysis.empty(lang));
    newsflow.enrich.nlp.pipeline.ArticleAnalyzer nlp = newsflow.enrich.nlp.pipeline.ArticleAnalyzer.load(Watchlist.defaults());
    run("with the real NLP (default watchlist)", n, text, nlp::analyze);
  }

  private static void run(String label, int n, String text, ArticleAnalysisFunction analyzer) {
    SpecificAvroTestSerde<RawArticle> raw = new SpecificAvroTestSerde<>(RawArticle.class);
    SpecificAvroTestSerde<EnrichedArticle> enriched = new SpecificAvroTestSerde<>(EnrichedArticle.class);
    SpecificAvroTestSerde<OfficialAlert> alerts = new SpecificAvroTestSerde<>(OfficialAlert.class);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    var topology = new EnrichTopology(raw, enriched, alerts, analyzer, OfficialDirectory.none(), Clock.systemUTC(),
        "bench", EnrichListener.NONE).build();
    try (TopologyTestDriver driver = new TopologyTestDriver(topology,
        EnrichApp.streamsProperties(p, dl -> { }, EnrichListener.NONE))) {
      TestInputTopic<String, RawArticle> in =
          driver.createInputTopic(Topics.ARTICLES_RAW, new StringSerializer(), raw.serializer());
      TestOutputTopic<String, EnrichedArticle> out =
          driver.createOutputTopic(Topics.ARTICLES_ENRICHED, new StringDeserializer(), enriched.deserializer());
      TestOutputTopic<String, OfficialAlert> alertOut =
          driver.createOutputTopic(Topics.ALERTS, new StringDeserializer(), alerts.deserializer());
      int warmup = Math.max(5, n / 10);
      for (int i = 0; i < warmup; i++) in.pipeInput("w" + i, EnrichTopologyTest.article("w" + i, text, "en"));
      out.readValuesToList();
      alertOut.readValuesToList();
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) in.pipeInput("a" + i, EnrichTopologyTest.article("a" + i, text, "en"));
      List<EnrichedArticle> results = out.readValuesToList();
      double secs = (System.nanoTime() - t0) / 1e9;
      if (results.size() != n) throw new IllegalStateException("expected " + n + " outputs, got " + results.size());
      System.out.printf(Locale.ROOT, "%-52s %6d articles in %6.2f s = %8.1f articles/s (%d alerts)%n", label, n, secs,
          n / secs, alertOut.readValuesToList().size());
    }
  }
}
