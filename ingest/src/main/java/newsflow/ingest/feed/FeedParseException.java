package newsflow.ingest.feed;

/**
 * A feed or sitemap document could not be parsed (malformed XML, forbidden or runaway entities,
 * unknown format). Permanent for that document: it goes to the dead-letter topic with its URL.
 */
public class FeedParseException extends Exception {
  private final String url;

  public FeedParseException(String url, String reason, Throwable cause) {
    super(reason + " [" + url + "]", cause);
    this.url = url;
  }

  /** The feed URL (or file) that failed. */
  public String url() {
    return url;
  }
}
