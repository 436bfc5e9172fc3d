package newsflow.ingest.feed;

import java.time.Instant;

/**
 * One URL of a sitemap, with what a Google News sitemap adds (title, publication date, publication
 * name); nullable fields are null when the sitemap does not say.
 */
public record SitemapEntry(String url, Instant lastModified, String title, Instant publishedAt, String publisher) {

  /** The best date known for ordering: publication date, else last modification. */
  public Instant date() {
    return publishedAt != null ? publishedAt : lastModified;
  }
}
