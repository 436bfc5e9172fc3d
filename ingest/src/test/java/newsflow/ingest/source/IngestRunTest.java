package newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.ingest.fetch.FetchException;
import newsflow.ingest.testing.CollectingSink;
import newsflow.ingest.testing.Fixtures;
import newsflow.ingest.testing.LoopbackServer;
import newsflow.v1.RawArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole ingest run without a broker: a real loopback server with a feed and pages, the real
 * extractor, the persistent dedup store, and an in-memory sink in place of Kafka.
 */
class IngestRunTest {
  @TempDir Path data;
  private LoopbackServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    server.bytes("/news/one", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-one.html"));
    server.bytes("/news/two", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-two.html"));
    byte[] png = new byte[2048];
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    server.bytes("/news/photo", "text/html", png);
    String feed = Fixtures.rss(server.base(), "/news/one", "/news/two", "/news/gone", "/news/photo");
    server.route("/feed.xml", ex -> {
      ex.getResponseHeaders().set("ETag", "\"feed-1\"");
      if ("\"feed-1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LoopbackServer.respond(ex, 304, null, new byte[0]);
      } else {
        LoopbackServer.respond(ex, 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private IngestConfig.Builder config() {
    return IngestConfig.builder().dataDir(data).fetch(Fixtures.fetchSettings());
  }

  private IngestConfig feedConfig() {
    return config().feed(new FeedSubscription(server.url("/feed.xml"), "Loopback Gazette", Duration.ofMinutes(5))).build();
  }

  @Test
  void publishesGoodPagesDeadLettersBrokenOnesAndAccountsForEveryItem() throws Exception {
    CollectingSink sink = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(feedConfig(), sink)) {
      IngestStats.Snapshot s = app.runOnce();
      assertEquals(4, s.in());
      assertEquals(2, s.published());
      assertEquals(2, s.deadLettered());
      assertEquals(0, s.inFlight());
      assertEquals(s.in(), s.published() + s.deduplicated() + s.deadLettered());
    }
    Set<String> titles = sink.published.stream().map(RawArticle::getTitle).collect(Collectors.toSet());
    assertEquals(Set.of("Harbour council approves new ferry timetable", "Library extends weekend opening hours"), titles);
    RawArticle one = sink.published.stream().filter(a -> a.getTitle().startsWith("Harbour")).findFirst().orElseThrow();
    assertEquals(server.url("/feed.xml"), one.getSource().getFeedUrl());
    assertEquals("Loopback Gazette", one.getSource().getPublisher());
    assertTrue(one.getText().contains("three early morning crossings"));
    assertTrue(!one.getText().contains("All rights reserved"), "boilerplate left in the text");
    assertEquals(List.of(server.url("/news/gone"), server.url("/news/photo")), sink.deadLetterUris());
    FetchException gone = (FetchException) sink.deadLetters.get(0).error();
    assertEquals(FetchException.Reason.CLIENT_ERROR, gone.reason());
    assertTrue(sink.deadLetters.get(1).payload().length > 0, "the binary body travels with its dead letter");
  }

  @Test
  void anUnchangedFeedCostsA304AndNoPageFetches() throws Exception {
    CollectingSink sink = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(feedConfig(), sink)) {
      app.runOnce();
      int before = server.requests().size();
      IngestStats.Snapshot s = app.runOnce();
      assertEquals(1, s.feedsNotModified());
      assertEquals(List.of("/feed.xml"), server.requests().subList(before, server.requests().size()));
      assertEquals(2, s.feedPolls());
    }
    assertEquals(2, sink.published.size());
  }

  @Test
  void publishesNothingTwiceAcrossARestart() throws Exception {
    CollectingSink first = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(feedConfig(), first)) {
      app.runOnce();
    }
    assertEquals(2, first.published.size());
    int pageHits = server.hits("/news/one") + server.hits("/news/two");
    CollectingSink second = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(feedConfig(), second)) {
      IngestStats.Snapshot s = app.runOnce();
      assertEquals(0, s.in(), "every feed item is remembered");
      assertEquals(1, s.feedsNotModified(), "the feed's ETag survived the restart");
    }
    assertEquals(List.of(), second.published);
    assertEquals(pageHits, server.hits("/news/one") + server.hits("/news/two"), "known items are not fetched again");
  }

  @Test
  void deduplicatesTheSameArticleUnderAnotherUrlAndByContentAcrossARestart() throws Exception {
    // same page behind a tracking parameter, and a copy with identical text under another URL
    server.bytes("/mirror/one", "text/html; charset=utf-8", Fixtures.text("fetch/article-one.html")
        .replace("https://gazette.example/news/ferry-timetable", "https://mirror.example/ferry").getBytes(StandardCharsets.UTF_8));
    CollectingSink first = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(config().url(server.url("/news/one")).build(), first)) {
      app.runOnce();
    }
    assertEquals(1, first.published.size());
    CollectingSink second = new CollectingSink();
    IngestConfig again = config().url(server.url("/news/one?utm_source=newsletter")).url(server.url("/mirror/one")).build();
    try (IngestApp app = IngestApp.withSink(again, second)) {
      IngestStats.Snapshot s = app.runOnce();
      assertEquals(2, s.in());
      assertEquals(2, s.deduplicated());
      assertEquals(0, s.published());
    }
    assertEquals(List.of(), second.published);
    assertEquals(1, server.hits("/news/one"), "a known URL (tracking parameters aside) is not fetched again");
  }

  @Test
  void aBrokenFeedIsDeadLetteredOnceAndTheRunContinues() throws Exception {
    server.text("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>oops</channel>");
    IngestConfig cfg = config()
        .feed(new FeedSubscription(server.url("/broken.xml"), null, Duration.ofMinutes(1)))
        .url(server.url("/news/two"))
        .build();
    CollectingSink sink = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(cfg, sink)) {
      app.runOnce();
      app.runOnce();
      IngestStats.Snapshot s = app.stats().snapshot();
      assertEquals(2, s.feedPolls());
      assertEquals(1, s.feedFailures(), "a failure streak is dead-lettered once");
    }
    assertEquals(1, sink.published.size());
    assertEquals(1, sink.deadLetterUris().stream().filter(u -> u.endsWith("/broken.xml")).count(),
        "one dead letter per failure streak, not one per poll");
  }

  @Test
  void aRestartWithItemsAwaitingRetryFetchesTheFeedWhole() throws Exception {
    server.route("/news/down", ex -> LoopbackServer.respond(ex, 503, "text/plain", new byte[0]));
    String feed = Fixtures.rss(server.base(), "/news/down");
    server.route("/down-feed.xml", ex -> {
      ex.getResponseHeaders().set("ETag", "\"d1\"");
      if ("\"d1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LoopbackServer.respond(ex, 304, null, new byte[0]);
      } else {
        LoopbackServer.respond(ex, 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
      }
    });
    IngestConfig cfg = config().feed(new FeedSubscription(server.url("/down-feed.xml"), null, Duration.ofMinutes(1))).build();
    try (IngestApp app = IngestApp.withSink(cfg, new CollectingSink())) {
      app.runOnce();
    }
    server.bytes("/news/down", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-two.html"));
    CollectingSink sink = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(cfg, sink)) {
      IngestStats.Snapshot s = app.runOnce();
      assertEquals(0, s.feedsNotModified(), "validators were not kept while an item awaited a retry");
      assertEquals(1, s.published());
    }
  }

  @Test
  void retriesATransientlyFailingPageOnLaterPollsEvenWhenTheFeedIs304ThenDeadLettersIt() throws Exception {
    java.util.concurrent.atomic.AtomicInteger flakyCalls = new java.util.concurrent.atomic.AtomicInteger();
    server.route("/news/flaky", ex -> {
      // fails the first poll (1 try + 1 retry), works on the second poll
      if (flakyCalls.incrementAndGet() <= 2) LoopbackServer.respond(ex, 503, "text/plain", new byte[0]);
      else LoopbackServer.respond(ex, 200, "text/html; charset=utf-8", Fixtures.bytes("fetch/article-two.html"));
    });
    server.route("/news/down", ex -> LoopbackServer.respond(ex, 503, "text/plain", new byte[0]));
    String feed = Fixtures.rss(server.base(), "/news/flaky", "/news/down");
    server.route("/retry-feed.xml", ex -> {
      ex.getResponseHeaders().set("ETag", "\"r1\"");
      if ("\"r1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LoopbackServer.respond(ex, 304, null, new byte[0]);
      } else {
        LoopbackServer.respond(ex, 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
      }
    });
    IngestConfig cfg = config().feed(new FeedSubscription(server.url("/retry-feed.xml"), null, Duration.ofMinutes(1))).build();
    CollectingSink sink = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(cfg, sink)) {
      IngestStats.Snapshot first = app.runOnce();
      assertEquals(0, first.in(), "nothing dealt with yet: both pages wait for a retry");
      assertEquals(List.of(), sink.deadLetters);
      IngestStats.Snapshot second = app.runOnce();
      assertEquals(1, second.feedsNotModified());
      assertEquals(1, second.published(), "the flaky page made it on the second poll");
      assertEquals(0, second.deadLettered());
      IngestStats.Snapshot third = app.runOnce();
      assertEquals(1, third.deadLettered(), "the page that stays down is dead-lettered after three polls");
      assertEquals(third.in(), third.published() + third.deduplicated() + third.deadLettered());
      app.runOnce();
      assertEquals(1, app.stats().snapshot().deadLettered(), "and only once");
    }
    assertEquals(List.of(server.url("/news/down")), sink.deadLetterUris());
    assertEquals(6, server.hits("/news/down"), "3 polls x (1 try + 1 retry)");
  }
}
