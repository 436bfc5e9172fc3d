package newsflow.sink.warehouse;

/**
 * The warehouse could not be reached or the connection broke: a transient failure. Nothing of the
 * batch is known to be committed; the caller retries the whole batch later (writes are idempotent).
 */
public class WarehouseUnavailableException extends WarehouseException {
  public WarehouseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
