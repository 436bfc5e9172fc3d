package newsflow.enrich.mapping;

/** An article could not be enriched (bad offsets, a failing analyzer); carries the article id. */
public class EnrichmentException extends RuntimeException {
  private final String articleId;

  public EnrichmentException(String articleId, String reason) {
    super("article " + articleId + ": " + reason);
    this.articleId = articleId;
  }

  public EnrichmentException(String articleId, String reason, Throwable cause) {
    super("article " + articleId + ": " + reason, cause);
    this.articleId = articleId;
  }

  public String articleId() {
    return articleId;
  }
}
