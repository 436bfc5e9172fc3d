package newsflow.ingest.source;

import java.time.Instant;

/**
 * A page to ingest and what its source already tells about it: the feed or sitemap it came from
 * (null for single URLs), the configured publisher, and title/date hints used when the page lacks them.
 */
public record ArticleCandidate(String url, String feedUrl, String publisher, String title, Instant publishedAt) {
  public static ArticleCandidate of(String url) {
    return new ArticleCandidate(url, null, null, null, null);
  }
}
