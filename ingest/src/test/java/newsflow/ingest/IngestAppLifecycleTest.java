package newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsflow.ingest.source.FeedSubscription;
import newsflow.ingest.testing.CollectingSink;
import newsflow.ingest.testing.Fixtures;
import newsflow.ingest.testing.LoopbackServer;
import newsflow.schemas.config.ClientConfig.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** start()/close() in the background, without a broker: scheduling, clean shutdown, restart. */
class IngestAppLifecycleTest {
  @TempDir Path data;
  @TempDir Path inbox;

  @Test
  void startPollsInTheBackgroundAndPicksUpNewFiles() throws Exception {
    IngestConfig cfg = IngestConfig.builder().dataDir(data).watchDir(inbox).watchInterval(Duration.ofMillis(50)).build();
    CollectingSink sink = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(cfg, sink)) {
      app.start();
      Files.write(inbox.resolve("one.html"), Fixtures.bytes("fetch/article-one.html"));
      awaitTrue(() -> sink.published.size() == 1, Duration.ofSeconds(30));
      Files.write(inbox.resolve("two.html"), Fixtures.bytes("fetch/article-two.html"));
      awaitTrue(() -> sink.published.size() == 2, Duration.ofSeconds(30));
      // the counter moves after the sink has taken the record: wait for it too (it lagged under load)
      awaitTrue(() -> app.stats().snapshot().published() == 2, Duration.ofSeconds(30));
      assertEquals(2, sink.published.size());
    }
  }

  @Test
  void closeInterruptsASlowFetchPromptlyAndTheItemStaysNewForTheNextRun() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    try (LoopbackServer server = new LoopbackServer()) {
      server.route("/news/slow", ex -> {
        entered.countDown();
        Thread.sleep(20_000);
        LoopbackServer.respond(ex, 200, "text/html", Fixtures.bytes("fetch/article-one.html"));
      });
      server.bytes("/news/fast", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-one.html"));
      server.text("/feed.xml", "application/rss+xml", Fixtures.rss(server.base(), "/news/slow"));
      IngestConfig cfg = IngestConfig.builder().dataDir(data)
          .fetch(Fixtures.fetchSettings().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30)))
          .feed(new FeedSubscription(server.url("/feed.xml"), null, Duration.ofHours(1))).build();
      CollectingSink sink = new CollectingSink();
      IngestApp app = IngestApp.withSink(cfg, sink);
      app.start();
      assertTrue(entered.await(30, TimeUnit.SECONDS), "the slow page was requested");
      long t0 = System.nanoTime();
      app.close();
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(millis < 15_000, "close took " + millis + " ms");
      assertEquals(0, app.stats().snapshot().in(), "an interrupted page is not counted");
      assertEquals(0, sink.deadLetters.size(), "nor dead-lettered");
      assertThrows(IllegalStateException.class, app::runOnce, "a closed app stays closed");

      // the next run offers the page again (now fast)
      server.route("/news/slow", ex -> LoopbackServer.respond(ex, 200, "text/html; charset=utf-8",
          Fixtures.text("fetch/article-two.html").getBytes(StandardCharsets.UTF_8)));
      CollectingSink again = new CollectingSink();
      try (IngestApp next = IngestApp.withSink(cfg, again)) {
        assertEquals(1, next.runOnce().published());
      }
    }
  }

  @Test
  void refusesToRunWithoutAClusterOrASink() {
    IngestConfig cfg = IngestConfig.builder().dataDir(data).build();
    ConfigException e = assertThrows(ConfigException.class, () -> new IngestApp(cfg));
    assertEquals("NEWSFLOW_BOOTSTRAP_SERVERS", e.key());
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("condition not met within " + timeout);
      Thread.sleep(20);
    }
  }
}
