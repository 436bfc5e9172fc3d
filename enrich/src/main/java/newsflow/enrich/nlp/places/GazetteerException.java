package newsflow.enrich.nlp.places;

/** The shipped gazetteer resources are missing or malformed (a packaging error, not bad input). */
public final class GazetteerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GazetteerException(String resource, String reason, Throwable cause) {
    super("gazetteer resource " + resource + ": " + reason, cause);
  }
}
