package newsflow.ingest.feed;

import java.time.Instant;

/**
 * One item of a feed: its identity ({@code id} = RSS guid or Atom id, falling back to the link),
 * the article link, and the metadata the feed gives about it. Nullable fields are null when absent.
 */
public record FeedEntry(
    String id, String link, String title, Instant publishedAt, Instant updatedAt, String author, String summary) {

  /** The key that detects a new item: the id when present, else the link, else the title. */
  public String identity() {
    if (id != null && !id.isBlank()) return id.strip();
    if (link != null && !link.isBlank()) return link.strip();
    return title == null ? "" : title.strip();
  }
}
