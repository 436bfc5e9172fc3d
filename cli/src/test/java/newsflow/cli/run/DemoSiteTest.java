package newsflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import newsflow.ingest.extract.ArticleExtractor;
import newsflow.ingest.extract.ExtractedArticle;
import newsflow.ingest.feed.FeedEntry;
import newsflow.ingest.feed.FeedParser;
import newsflow.ingest.feed.ParsedFeed;
import org.junit.jupiter.api.Test;

class DemoSiteTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<byte[]> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void feedListsEveryBundledPageAndThePagesExtractAsArticles() throws Exception {
    try (DemoSite site = DemoSite.start()) {
      assertTrue(site.baseUrl().startsWith("http://127.0.0.1:"), site.baseUrl());
      HttpResponse<byte[]> feed = get(site.feedUrl());
      assertEquals(200, feed.statusCode());
      ParsedFeed parsed = new FeedParser().parse(feed.body(), "application/rss+xml; charset=utf-8", site.feedUrl());
      List<String> links = parsed.entries().stream().map(FeedEntry::link).toList();
      assertEquals(DemoSite.PAGES.size(), links.size());
      for (FeedEntry e : parsed.entries()) {
        assertTrue(e.publishedAt() != null, "pubDate parsed for " + e.link());
        HttpResponse<byte[]> page = get(e.link());
        assertEquals(200, page.statusCode(), e.link());
        ExtractedArticle a = new ArticleExtractor().extract(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8), e.link());
        assertTrue(a.paragraphs().size() >= 4, e.link() + " has " + a.paragraphs().size() + " paragraphs");
        assertTrue(a.text().contains("\u201c"), "news-style quotes in " + e.link());
        assertTrue(a.title() != null && !a.title().isBlank(), "title of " + e.link());
      }
      assertEquals(200, get(site.baseUrl() + "/robots.txt").statusCode());
      assertEquals(404, get(site.baseUrl() + "/articles/../../etc/passwd").statusCode());
      assertEquals(404, get(site.baseUrl() + "/articles/unknown.html").statusCode());
    }
  }
}
