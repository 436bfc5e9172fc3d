package newsflow.schemas.serde.bench;

import java.time.Instant;
import java.util.List;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.StubRegistryServer;
import newsflow.schemas.serde.AvroSerdes;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;
import org.apache.kafka.common.serialization.Serde;

/**
 * Throughput of the Avro serdes on a news-sized RawArticle (about 5 KB of text), after warm-up; the
 * registry is asked once per schema, so this measures the wire format and Avro encoding only.
 * Run with the command in docs/foundation.md.
 */
public final class SerdeBenchmark {

  private SerdeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    try (StubRegistryServer registry = new StubRegistryServer()) {
      Serde<RawArticle> serde = AvroSerdes.specific(RawArticle.class, new SchemaRegistryClient(registry.url()), false);
      RawArticle article = RawArticle.newBuilder()
          .setId("bench").setUrl("https://news.example/bench").setCanonicalUrl(null)
          .setSource(Source.newBuilder().setFeedUrl(null).setPublisher("Bench News").setDomain("news.example").build())
          .setTitle("A benchmark article").setAuthors(List.of("A. Writer")).setPublishedAt(Instant.now())
          .setFetchedAt(Instant.now()).setLanguage("en")
          .setText("“Paragraph text, with quotes,” the official said. ".repeat(100))
          .setHeadings(List.of()).setImages(List.of()).setContentHash("ab".repeat(32)).build();
      byte[] bytes = serde.serializer().serialize("bench", article);
      for (int i = 0; i < n / 4; i++) {
        serde.deserializer().deserialize("bench", serde.serializer().serialize("bench", article)); // warm-up
      }
      long t0 = System.nanoTime();
      long size = 0;
      for (int i = 0; i < n; i++) size += serde.serializer().serialize("bench", article).length;
      long t1 = System.nanoTime();
      long ids = 0;
      for (int i = 0; i < n; i++) ids += serde.deserializer().deserialize("bench", bytes).getId().length();
      long t2 = System.nanoTime();
      System.out.printf("record size %d bytes; serialize %.0f records/s; deserialize %.0f records/s (n=%d, checksum %d/%d)%n",
          bytes.length, n / ((t1 - t0) / 1e9), n / ((t2 - t1) / 1e9), n, size, ids);
    }
  }
}
