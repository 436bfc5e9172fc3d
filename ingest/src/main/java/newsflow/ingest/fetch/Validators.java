package newsflow.ingest.fetch;

/**
 * Cache validators from a previous response, sent back as {@code If-None-Match} and
 * {@code If-Modified-Since} so an unchanged resource costs a 304 and no body.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
