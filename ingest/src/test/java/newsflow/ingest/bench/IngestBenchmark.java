package newsflow.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.ingest.dedup.DedupStore;
import newsflow.ingest.feed.FeedParseException;
import newsflow.ingest.feed.FeedParser;
import newsflow.ingest.source.FeedSubscription;
import newsflow.ingest.source.IngestStats;
import newsflow.ingest.testing.CollectingSink;
import newsflow.ingest.testing.Fixtures;
import newsflow.ingest.testing.LoopbackServer;

/**
 * Benchmark main for the ingest sources (not a test): feed parsing throughput over the ported
 * fixtures and a 200-item feed, rejection time of a billion-laughs feed, the end-to-end
 * feed -> fetch -> extract -> dedup path over loopback, and the dedup store's write and load rates.
 * Command in docs/ingest.md.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path fixtures = Path.of(args.length > 0 ? args[0] : "src/test/resources/feeds");
    feedParsing(fixtures);
    billionLaughs();
    endToEnd(200);
    dedupStore(1_000_000);
  }

  static void feedParsing(Path root) throws IOException {
    List<byte[]> feeds = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) feeds.add(Files.readAllBytes(p));
    }
    FeedParser parser = new FeedParser();
    byte[] big = bigFeed(200).getBytes(StandardCharsets.UTF_8);
    // warm-up
    long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (System.nanoTime() < until) parseAll(parser, feeds);
    int rounds = 20;
    long t0 = System.nanoTime();
    long docs = 0;
    for (int i = 0; i < rounds; i++) docs += parseAll(parser, feeds);
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("feed parsing, %d fixture feeds x %d rounds: %.0f feeds/s (%.3f ms/feed)%n",
        feeds.size(), rounds, docs / secs, secs * 1000 / docs);
    for (int i = 0; i < 50; i++) parse(parser, big);
    int n = 200;
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) parse(parser, big);
    secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("feed parsing, 200-item RSS (%d KB): %.1f ms/feed, %.0f items/s%n",
        big.length / 1024, secs * 1000 / n, n * 200 / secs);
  }

  static void billionLaughs() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd + "]><rss version=\"2.0\"><channel><title>&lol9;</title>"
        + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    FeedParser parser = new FeedParser();
    int n = 200;
    long t0 = 0;
    for (int i = 0; i < n * 2; i++) {
      if (i == n) t0 = System.nanoTime();
      try {
        parser.parse(xml, null, "http://bench/lol");
        throw new IllegalStateException("billion laughs was parsed");
      } catch (FeedParseException expected) {
        // refused, as it must be
      }
    }
    System.out.printf("billion-laughs feed refused in %.2f ms on average%n", (System.nanoTime() - t0) / 1e6 / n);
  }

  static void endToEnd(int pages) throws Exception {
    byte[] template = Fixtures.bytes("fetch/article-one.html");
    String html = new String(template, StandardCharsets.UTF_8);
    try (LoopbackServer server = new LoopbackServer()) {
      String[] paths = new String[pages];
      for (int i = 0; i < pages; i++) {
        paths[i] = "/news/" + i;
        String page = html.replace("ferry-timetable", "story-" + i)
            .replace("</article>", "<p>Update " + i + ": the council will publish the minutes of meeting number " + i
                + " next week, a spokesperson said.</p></article>");
        server.bytes(paths[i], "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
      }
      server.text("/feed.xml", "application/rss+xml", Fixtures.rss(server.base(), paths));
      // warm-up run: JIT, language model
      run(server, Files.createTempDirectory("ingest-bench-warm"));
      Path data = Files.createTempDirectory("ingest-bench");
      long t0 = System.nanoTime();
      IngestStats.Snapshot s = run(server, data);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf("end to end (feed -> fetch -> extract -> dedup -> sink), %d pages over loopback, one thread: "
          + "%.0f pages/s (%d published)%n", pages, pages / secs, s.published());
      deleteTree(data);
    }
  }

  private static IngestStats.Snapshot run(LoopbackServer server, Path data) throws IOException {
    IngestConfig cfg = IngestConfig.builder().dataDir(data).fetch(Fixtures.fetchSettings())
        .maxItemsPerPoll(10_000)
        .feed(new FeedSubscription(server.url("/feed.xml"), null, Duration.ofHours(1))).build();
    try (IngestApp app = IngestApp.withSink(cfg, new CollectingSink())) {
      return app.runOnce();
    }
  }

  static void dedupStore(int keys) throws IOException {
    Path dir = Files.createTempDirectory("dedup-bench");
    long t0 = System.nanoTime();
    try (DedupStore store = DedupStore.open(dir)) {
      List<String> batch = new ArrayList<>(4);
      for (int i = 0; i < keys / 4; i++) {
        batch.clear();
        for (int j = 0; j < 4; j++) batch.add("url:https://news.example/" + i + "/" + j);
        store.claim(batch);
        store.commit(batch);
      }
    }
    double write = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    int size;
    try (DedupStore store = DedupStore.open(dir)) {
      size = store.size();
    }
    double load = (System.nanoTime() - t1) / 1e9;
    System.out.printf("dedup store: %d keys claimed+committed at %.0f keys/s (%d MB file); reopened in %.2f s%n",
        size, keys / write, Files.size(dir.resolve(DedupStore.FILE)) >> 20, load);
    deleteTree(dir);
  }

  private static int parseAll(FeedParser parser, List<byte[]> feeds) {
    int n = 0;
    for (byte[] f : feeds) {
      parse(parser, f);
      n++;
    }
    return n;
  }

  private static void parse(FeedParser parser, byte[] body) {
    try {
      parser.parse(body, null, "http://bench.example/feed.xml");
    } catch (FeedParseException e) {
      // some fixtures are deliberately odd; parse cost is what is measured
    }
  }

  private static String bigFeed(int items) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Big</title><link>https://big.example/</link>");
    for (int i = 0; i < items; i++) {
      sb.append("<item><title>Story number ").append(i).append(" about the harbour</title><link>https://big.example/news/")
          .append(i).append("</link><guid>https://big.example/news/").append(i).append("</guid><dc:creator>Reporter ")
          .append(i % 7).append("</dc:creator><pubDate>Tue, 10 Feb 2026 10:").append(String.format("%02d", i % 60))
          .append(":00 GMT</pubDate><description><![CDATA[<p>").append("A summary of the story with some words. ".repeat(8))
          .append("</p>]]></description></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
