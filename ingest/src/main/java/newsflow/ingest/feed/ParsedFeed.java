package newsflow.ingest.feed;

import java.util.List;

/**
 * A parsed RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 feed: channel metadata and the entries in document
 * order. {@code type} is ROME's feed type (e.g. {@code rss_2.0}, {@code atom_1.0}); {@code encoding}
 * the charset the bytes were decoded with.
 */
public record ParsedFeed(
    String url, String type, String encoding, String title, String link, String language, List<FeedEntry> entries) {

  public ParsedFeed {
    entries = List.copyOf(entries);
  }
}
