package newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.ingest.testing.CollectingSink;
import newsflow.ingest.testing.Fixtures;
import newsflow.ingest.testing.LoopbackServer;
import newsflow.v1.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input counts as done only once the broker acknowledged its article: a sink that never answers
 * (the process dies first) leaves files, feed items and URLs to the next start, and whatever was
 * acknowledged is not published again.
 */
class AcknowledgementTest {
  @TempDir Path data;
  @TempDir Path inbox;

  /** A sink that takes articles and answers only when told to, like a broker before its acks arrive. */
  static final class HoldingSink implements ArticleSink {
    final List<RawArticle> taken = new ArrayList<>();
    final List<Callback> waiting = new ArrayList<>();
    final Set<String> acknowledgedIds = new java.util.HashSet<>();

    @Override
    public synchronized void publish(RawArticle article, Callback callback) {
      taken.add(article);
      waiting.add(callback);
    }

    @Override
    public void deadLetter(String sourceUri, byte[] key, byte[] payload, Throwable error, Callback callback) {
      // never acknowledged either
    }

    synchronized void acknowledge(int index) {
      acknowledgedIds.add(taken.get(index).getId());
      waiting.get(index).done(Delivery.PUBLISHED, null);
    }

    @Override
    public synchronized Set<String> publishedSince(Instant since) {
      return Set.copyOf(acknowledgedIds);
    }

    @Override
    public void flush() {}
  }

  private static String article(int i) {
    return "# Harbour report " + i + "\n\nThe harbour board met on day " + i + " and agreed to repair the " + i
        + " moorings on the north quay before the autumn storms arrive.\n\nBoard members said the work would take "
        + (i + 2) + " weeks.\n";
  }

  private IngestConfig watchConfig() {
    return IngestConfig.builder().dataDir(data).watchDir(inbox).watchInterval(Duration.ofMillis(1)).build();
  }

  @Test
  void filesWhoseArticlesWereNotAcknowledgedAreOfferedAgainAfterARestart() throws Exception {
    for (int i = 0; i < 4; i++) Files.writeString(inbox.resolve("a" + i + ".md"), article(i));
    HoldingSink holding = new HoldingSink();
    try (IngestApp app = IngestApp.withSink(watchConfig(), holding)) {
      app.runOnce();
      assertEquals(4, holding.taken.size());
      app.runOnce();
      assertEquals(4, holding.taken.size(), "files in flight are not offered twice");
      holding.acknowledge(1); // the rest never get an answer: the process dies
    }
    CollectingSink after = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(watchConfig(), after)) {
      app.runOnce();
    }
    Set<String> again = after.published.stream().map(RawArticle::getTitle).collect(Collectors.toSet());
    String acknowledged = holding.taken.get(1).getTitle();
    Set<String> expected = holding.taken.stream().map(RawArticle::getTitle)
        .filter(t -> !t.equals(acknowledged)).collect(Collectors.toSet());
    assertEquals(expected, again, "the three unacknowledged files, and not the acknowledged one");
  }

  @Test
  void anArticleAcknowledgedJustBeforeACrashIsNotPublishedAgain() throws Exception {
    Files.writeString(inbox.resolve("only.md"), article(7));
    HoldingSink holding = new HoldingSink();
    try (IngestApp app = IngestApp.withSink(watchConfig(), holding)) {
      app.runOnce();
    }
    // the broker stored it, but the acknowledgement never reached the process
    HoldingSink broker = new HoldingSink();
    broker.acknowledgedIds.add(holding.taken.get(0).getId());
    try (IngestApp app = IngestApp.withSink(watchConfig(), broker)) {
      // the restart reads back what the broker holds since shortly before the dedup log's last write
      IngestStats.Snapshot s = app.runOnce();
      assertEquals(1, s.deduplicated());
    }
    assertEquals(List.of(), broker.taken);
  }

  @Test
  void feedItemsWhoseArticlesWereNotAcknowledgedAreOfferedAgainAfterARestart() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.bytes("/news/one", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-one.html"));
      server.bytes("/news/two", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-two.html"));
      String feed = Fixtures.rss(server.base(), "/news/one", "/news/two");
      server.route("/feed.xml", ex -> {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          LoopbackServer.respond(ex, 304, null, new byte[0]);
        } else {
          LoopbackServer.respond(ex, 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
        }
      });
      IngestConfig config = IngestConfig.builder().dataDir(data).fetch(Fixtures.fetchSettings())
          .feed(new FeedSubscription(server.url("/feed.xml"), "Loopback Gazette", Duration.ofMinutes(5))).build();
      HoldingSink holding = new HoldingSink();
      try (IngestApp app = IngestApp.withSink(config, holding)) {
        app.runOnce();
        assertEquals(2, holding.taken.size());
      }
      CollectingSink after = new CollectingSink();
      try (IngestApp app = IngestApp.withSink(config, after)) {
        app.runOnce();
      }
      assertEquals(2, after.published.size(), "a 304 must not hide items that were never acknowledged");
      // once they are stored, the feed's validators are kept again: the next start gets a 304
      int feedHits = server.hits("/feed.xml");
      try (IngestApp app = IngestApp.withSink(config, new CollectingSink())) {
        assertEquals(0, app.runOnce().in());
      }
      assertEquals(feedHits + 1, server.hits("/feed.xml"));
    }
  }

  @Test
  void singleUrlsWhoseArticlesWereNotAcknowledgedAreFetchedAgainAfterARestart() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.bytes("/news/one", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-one.html"));
      IngestConfig config = IngestConfig.builder().dataDir(data).fetch(Fixtures.fetchSettings())
          .url(server.url("/news/one")).build();
      try (IngestApp app = IngestApp.withSink(config, new HoldingSink())) {
        app.runOnce();
      }
      CollectingSink after = new CollectingSink();
      try (IngestApp app = IngestApp.withSink(config, after)) {
        app.runOnce();
      }
      assertEquals(1, after.published.size());
    }
  }
}
