package newsflow.enrich.nlp.ner;

/** An NLP model or lexicon could not be loaded or converted; carries the path involved. */
public class NlpModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NlpModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
