package newsflow.sink.query;

/** A query could not run: bad SQL, a missing warehouse, a locked file. The message is one clear line. */
public class QueryException extends Exception {
  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
