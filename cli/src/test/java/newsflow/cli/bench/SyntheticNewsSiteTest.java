package newsflow.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.ingest.feed.FeedEntry;
import newsflow.ingest.feed.FeedParser;
import org.junit.jupiter.api.Test;

class SyntheticNewsSiteTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<byte[]> get(String url, String etag) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (etag != null) b.header("If-None-Match", etag);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<String> links(SyntheticNewsSite site) throws Exception {
    HttpResponse<byte[]> feed = get(site.feedUrl(), null);
    assertEquals(200, feed.statusCode());
    return new FeedParser().parse(feed.body(), "application/rss+xml", site.feedUrl()).entries().stream()
        .map(FeedEntry::link).toList();
  }

  @Test
  void theFeedListsReleasedArticlesOnlyAndTheirPagesAreServed() throws Exception {
    try (SyntheticNewsSite site = SyntheticNewsSite.start(new ArticleGenerator(3, Watchlist.defaults().officials()), 1000)) {
      assertEquals(List.of(), links(site));
      site.releaseUpTo(3);
      List<String> links = links(site);
      assertEquals(3, links.size());
      HttpResponse<byte[]> page = get(links.get(1), null);
      assertEquals(200, page.statusCode());
      assertTrue(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8).contains("<article>"));
      assertTrue(site.fetchedAt(1) > 0 && site.fetchedAt(0) == 0);
      assertEquals(1, site.fetches());
      // an article not released yet, and a path that is not one of its pages
      String unreleased = site.baseUrl() + site.article(2).path().replace("/2-", "/7-");
      assertEquals(404, get(unreleased, null).statusCode());
      assertEquals(404, get(site.baseUrl() + "/news/x/1-wrong.html", null).statusCode());
      assertEquals(200, get(site.baseUrl() + "/robots.txt", null).statusCode());
    }
  }

  @Test
  void anUnchangedFeedIs304AndTheWindowFollowsTheOldestUnfetchedArticle() throws Exception {
    try (SyntheticNewsSite site = SyntheticNewsSite.start(new ArticleGenerator(3, Watchlist.defaults().officials()), 2000)) {
      site.releaseUpTo(SyntheticNewsSite.WINDOW + 100);
      HttpResponse<byte[]> first = get(site.feedUrl(), null);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertEquals(304, get(site.feedUrl(), etag).statusCode());
      List<String> links = links(site);
      assertEquals(SyntheticNewsSite.WINDOW, links.size(), "a window, not the archive");
      for (int i = 0; i < 50; i++) assertEquals(200, get(links.get(i), null).statusCode());
      List<String> moved = links(site);
      assertEquals(200, get(site.feedUrl(), etag).statusCode(), "changed feed, new ETag");
      assertTrue(moved.get(0).contains("/40-"), "ten fetched items stay listed: " + moved.get(0));
      assertTrue(moved.get(moved.size() - 1).contains("/" + (50 + SyntheticNewsSite.WINDOW - 1) + "-"), moved.get(moved.size() - 1));
    }
  }
}
