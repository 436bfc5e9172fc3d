package newsflow.sink.warehouse;

/** A warehouse operation failed; the message names the operation and, where known, the record. */
public class WarehouseException extends RuntimeException {
  public WarehouseException(String message) {
    super(message);
  }

  public WarehouseException(String message, Throwable cause) {
    super(message, cause);
  }
}
