package newsflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import newsflow.cli.ops.OpsConfig;
import newsflow.sink.query.QueryRunner;
import newsflow.v1.OfficialAlert;
import newsflow.sink.alert.Notifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-JVM pipeline: a clean stop well within 10 s, a restart that resumes without re-ingesting,
 * and the webhook of {@code --webhook} called with the bearer token of {@code NEWSFLOW_WEBHOOK_TOKEN}
 * while its secret path stays out of every log line.
 */
class LocalPipelineIT {
  @TempDir Path dir;

  private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(200);
    }
  }

  private static String article(String who, String where) {
    return who + " visited " + where + " on Monday.\n\n\u201cWe will keep working together,\u201d " + who
        + " said at a news conference in " + where + ".\n\nOfficials said the talks would continue next month.";
  }

  @Test
  void stopsCleanlyAndResumesAfterARestartWithoutReingesting() throws Exception {
    Path data = dir.resolve("data");
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path watchlist = dir.resolve("watchlist.yaml");
    Files.writeString(watchlist, "officials:\n  - id: demo-tamm\n    name: Kristjan Tamm\n    title: Defence Minister\n    country: EE\n");
    Files.writeString(inbox.resolve("one.txt"), article("Defence Minister Kristjan Tamm", "Tallinn"));
    List<OfficialAlert> notified = new ArrayList<>();
    Notifier recorder = new Notifier() {
      @Override public String name() {
        return "console";
      }

      @Override public synchronized void deliver(OfficialAlert alert) {
        notified.add(alert);
      }
    };
    List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
    com.sun.net.httpserver.HttpServer hook = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    hook.createContext("/hooks/secret-path-42", ex -> {
      ex.getRequestBody().readAllBytes();
      authorizations.add(ex.getRequestHeaders().getFirst("Authorization") + " key=" + ex.getRequestHeaders().getFirst("Idempotency-Key"));
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    hook.start();
    String hookUrl = "http://127.0.0.1:" + hook.getAddress().getPort() + "/hooks/secret-path-42";
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs = new ch.qos.logback.core.read.ListAppender<>();
    logs.start();
    root.addAppender(logs);
    LocalPipeline.Settings settings = new LocalPipeline.Settings(data, null, inbox, watchlist, hookUrl, List.of(),
        Duration.ofMinutes(5), new OpsConfig("127.0.0.1", -1), Map.of("NEWSFLOW_WEBHOOK_TOKEN", "run-t0ken"));

    LocalPipeline first = new LocalPipeline(settings);
    try {
      first.start(recorder);
      await(() -> first.counts().written() >= 1, Duration.ofSeconds(120), "the first article in the warehouse");
      await(() -> notified.size() >= 1, Duration.ofSeconds(30), "the alert");
      await(() -> authorizations.size() >= 1, Duration.ofSeconds(30), "the webhook call");
    } finally {
      long t0 = System.nanoTime();
      first.close();
      long stopMillis = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(stopMillis < 10_000, "stopped in " + stopMillis + " ms");
    }
    assertEquals(1, notified.size());
    assertEquals(List.of("Bearer run-t0ken key=" + notified.get(0).getId()), authorizations);

    Files.writeString(inbox.resolve("two.txt"), article("Prime Minister Anna Berg", "Stockholm"));
    LocalPipeline second = new LocalPipeline(settings);
    try {
      second.start(recorder);
      await(() -> second.counts().written() >= 1, Duration.ofSeconds(120), "the second article in the warehouse");
      Thread.sleep(3000); // room for a wrongly re-ingested first article to show up
      assertEquals(1, second.counts().ingested(), "only the new file is ingested after the restart");
    } finally {
      second.close();
    }
    assertEquals(1, notified.size(), "the alert is not delivered again after the restart");
    assertEquals(1, authorizations.size(), "nor sent to the webhook again");
    hook.stop(0);
    root.detachAppender(logs);
    List<String> leaks = logs.list.stream().map(e -> e.getFormattedMessage()).filter(m -> m.contains("secret-path-42")
        || m.contains("run-t0ken")).toList();
    assertEquals(List.of(), leaks, "the webhook's path or token in a log line");
    assertTrue(logs.list.stream().anyMatch(e -> e.getFormattedMessage().contains("/***")), "the redacted webhook is logged");

    try (QueryRunner q = QueryRunner.open(newsflow.sink.SinkConfig.defaultWarehouseUrl(data))) {
      assertEquals(List.of(List.of(2L)), q.run("SELECT count(*) FROM articles").rows());
      assertEquals(List.of(List.of(1L)), q.run("SELECT count(*) FROM alerts").rows());
    }
  }

  @Test
  void demoRunsOfflineAndEndsWithASummaryAndTheQueryCommand() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int kafkaPort = freePort();
    int registryPort = freePort();
    int exit = DemoRun.run(dir, new OpsConfig("127.0.0.1", 0), new LocalPorts(kafkaPort, registryPort, "--kafka-port",
        "--registry-port"), new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, out);
    assertTrue(out.contains("broker 127.0.0.1:" + kafkaPort + ", schema registry http://127.0.0.1:" + registryPort
        + ", metrics http://127.0.0.1:"), "the addresses other tools connect to are printed: " + out);
    assertTrue(out.contains("ALERT Pete Hegseth"), out);
    assertTrue(out.contains("Top quoted people:"), out);
    assertTrue(out.contains("Places:"), out);
    assertTrue(out.contains("newsflow query --data-dir "), out);
    assertTrue(out.contains("broker ready in "), "the start's steps are reported: " + out);
    assertTrue(out.matches("(?s).*articles 5, .*"), out);
    assertTrue(out.contains("sink news.articles.enriched.v1: in 5 = written 5 + dead-lettered 0"), out);
    assertTrue(out.matches("(?s).*sink news\\.alerts\\.v1: in (\\d+) = written \\1 \\+ dead-lettered 0.*"), out);
    assertTrue(Files.exists(dir.resolve("demo").resolve(DemoRun.MARKER)));
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
