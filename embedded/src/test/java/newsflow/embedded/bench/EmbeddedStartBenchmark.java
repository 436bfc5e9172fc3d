package newsflow.embedded.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;

/**
 * Measures the embedded broker's cold start (fresh JVM, empty directory), its restart on the same
 * directory, and the registry's start: wall time and the process CPU time spent, plus the machine's
 * load average, since on a shared machine wall time mostly measures the neighbours.
 * Run in a fresh JVM; see docs/foundation.md for the command.
 */
public final class EmbeddedStartBenchmark {

  private EmbeddedStartBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("newsflow-bench");
    System.out.printf("load average before: %.2f on %d cpus%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    long cpu0 = cpuMillis();
    long t0 = System.nanoTime();
    int port;
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      report("broker cold start (empty directory, fresh JVM)", t0, cpu0);
      port = kafka.port();
      long cpu1 = cpuMillis();
      long t1 = System.nanoTime();
      try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
        report("registry start (creates _schemas) at " + registry.url(), t1, cpu1);
      }
    }
    long cpu2 = cpuMillis();
    long t2 = System.nanoTime();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, port)) {
      report("broker restart on the same directory and port " + kafka.port(), t2, cpu2);
    }
    System.out.printf("load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void report(String what, long startNanos, long startCpuMillis) {
    System.out.printf("%-60s wall %6d ms, process CPU %6d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000,
        cpuMillis() - startCpuMillis);
  }

  private static long cpuMillis() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
  }
}
