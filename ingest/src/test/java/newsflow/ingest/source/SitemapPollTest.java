package newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.ingest.feed.ParsedSitemap;
import newsflow.ingest.feed.SitemapReader;
import newsflow.ingest.testing.CollectingSink;
import newsflow.ingest.testing.Fixtures;
import newsflow.ingest.testing.LoopbackServer;
import newsflow.v1.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Google News sitemaps and sitemap indexes served on loopback, polled like feeds. */
class SitemapPollTest {
  @TempDir Path data;

  static String newsSitemap(String base) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url>
            <loc>%1$s/news/one</loc>
            <news:news>
              <news:publication><news:name>Sitemap Gazette</news:name><news:language>en</news:language></news:publication>
              <news:publication_date>2026-02-10T09:30:00Z</news:publication_date>
              <news:title>Harbour council approves new ferry timetable</news:title>
            </news:news>
          </url>
        </urlset>
        """.formatted(base);
  }

  @Test
  void readsNewsSitemapAttributes() throws Exception {
    String xml = newsSitemap("https://gazette.example");
    byte[] body = xml.getBytes(StandardCharsets.UTF_8);
    assertTrue(SitemapReader.isSitemap(body));
    assertFalse(SitemapReader.isSitemap(Fixtures.rss("https://gazette.example", "/a").getBytes(StandardCharsets.UTF_8)));
    ParsedSitemap map = new SitemapReader().parse(body, "application/xml", "https://gazette.example/sitemap-news.xml");
    assertEquals(1, map.entries().size());
    assertEquals("https://gazette.example/news/one", map.entries().get(0).url());
    assertEquals("Sitemap Gazette", map.entries().get(0).publisher());
    assertEquals(Instant.parse("2026-02-10T09:30:00Z"), map.entries().get(0).publishedAt());
  }

  @Test
  void pollsASitemapIndexAndIngestsItsPages() throws IOException {
    try (LoopbackServer server = new LoopbackServer()) {
      server.bytes("/news/one", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-one.html"));
      server.bytes("/news/two", "text/html; charset=utf-8", Fixtures.bytes("fetch/article-two.html"));
      server.text("/sitemap-news.xml", "application/xml", newsSitemap(server.base()));
      server.text("/sitemap-pages.xml", "application/xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>%s/news/two</loc><lastmod>2026-02-11</lastmod></url>
          </urlset>
          """.formatted(server.base()));
      server.text("/sitemap.xml", "application/xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>%1$s/sitemap-news.xml</loc></sitemap>
            <sitemap><loc>%1$s/sitemap-pages.xml</loc></sitemap>
          </sitemapindex>
          """.formatted(server.base()));
      IngestConfig cfg = IngestConfig.builder().dataDir(data).fetch(Fixtures.fetchSettings())
          .feed(new FeedSubscription(server.url("/sitemap.xml"), null, Duration.ofMinutes(10))).build();
      CollectingSink sink = new CollectingSink();
      try (IngestApp app = IngestApp.withSink(cfg, sink)) {
        IngestStats.Snapshot s = app.runOnce();
        assertEquals(2, s.published());
      }
      RawArticle one = sink.published.stream().filter(a -> a.getUrl().endsWith("/news/one")).findFirst().orElseThrow();
      assertEquals("Sitemap Gazette", one.getSource().getPublisher());
      assertEquals(server.url("/sitemap.xml"), one.getSource().getFeedUrl());
    }
  }

  @Test
  void worksThroughALongSitemapOverSuccessivePollsDespiteItsETag() throws IOException {
    try (LoopbackServer server = new LoopbackServer()) {
      StringBuilder urls = new StringBuilder();
      String html = Fixtures.text("fetch/article-one.html");
      for (int i = 0; i < 5; i++) {
        server.bytes("/p/" + i, "text/html; charset=utf-8", html.replace("ferry-timetable", "p" + i)
            .replace("</article>", "<p>Paragraph unique to page number " + i + " of the long sitemap test.</p></article>")
            .getBytes(StandardCharsets.UTF_8));
        urls.append("<url><loc>").append(server.url("/p/" + i)).append("</loc><lastmod>2026-02-0").append(i + 1)
            .append("</lastmod></url>");
      }
      String xml = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + urls + "</urlset>";
      server.route("/sitemap.xml", ex -> {
        ex.getResponseHeaders().set("ETag", "\"s1\"");
        if ("\"s1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          LoopbackServer.respond(ex, 304, null, new byte[0]);
        } else {
          LoopbackServer.respond(ex, 200, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
        }
      });
      IngestConfig cfg = IngestConfig.builder().dataDir(data).fetch(Fixtures.fetchSettings()).maxItemsPerPoll(2)
          .feed(new FeedSubscription(server.url("/sitemap.xml"), null, Duration.ofMinutes(10))).build();
      CollectingSink sink = new CollectingSink();
      try (IngestApp app = IngestApp.withSink(cfg, sink)) {
        assertEquals(2, app.runOnce().published());
        assertEquals(4, app.runOnce().published());
        assertEquals(5, app.runOnce().published());
        IngestStats.Snapshot s = app.runOnce();
        assertEquals(5, s.published());
        assertEquals(1, s.feedsNotModified(), "once everything is taken, the ETag is used again");
      }
      assertTrue(sink.published.get(0).getUrl().endsWith("/p/4"), "newest first");
    }
  }
}
