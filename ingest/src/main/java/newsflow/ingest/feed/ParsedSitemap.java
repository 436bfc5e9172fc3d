package newsflow.ingest.feed;

import java.util.List;

/** A parsed sitemap: article URLs for a url set, child sitemap URLs for a sitemap index. */
public record ParsedSitemap(String url, boolean index, List<SitemapEntry> entries, List<String> sitemaps) {
  public ParsedSitemap {
    entries = List.copyOf(entries);
    sitemaps = List.copyOf(sitemaps);
  }
}
