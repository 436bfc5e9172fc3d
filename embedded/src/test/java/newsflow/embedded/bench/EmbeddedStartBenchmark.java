package newsflow.embedded.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;

/**
 * Measures the embedded broker's cold start (fresh JVM, empty directory), its restart on the same
 * directory, and the registry's start. Run in a fresh JVM: see docs/foundation.md for the command.
 */
public final class EmbeddedStartBenchmark {

  private EmbeddedStartBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("newsflow-bench");
    long t0 = System.nanoTime();
    int port;
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      long cold = (System.nanoTime() - t0) / 1_000_000;
      port = kafka.port();
      long r0 = System.nanoTime();
      try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
        System.out.printf("registry start: %d ms (%s)%n", (System.nanoTime() - r0) / 1_000_000, registry.url());
      }
      System.out.printf("broker cold start: %d ms (measured inside start(): %d ms)%n", cold, kafka.startupMillis());
    }
    long w0 = System.nanoTime();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, port)) {
      System.out.printf("broker restart on the same directory: %d ms (%s)%n", (System.nanoTime() - w0) / 1_000_000,
          kafka.bootstrapServers());
    }
  }
}
