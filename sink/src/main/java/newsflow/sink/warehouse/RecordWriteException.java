package newsflow.sink.warehouse;

/**
 * One record cannot be written, whatever the retries (invalid content, a constraint or encoding the
 * database refuses): a permanent failure that sends the record to the dead-letter topic.
 */
public class RecordWriteException extends WarehouseException {
  private final String recordId;

  public RecordWriteException(String recordId, String message, Throwable cause) {
    super("record " + (recordId == null || recordId.isBlank() ? "without id" : recordId) + ": " + message, cause);
    this.recordId = recordId;
  }

  /** The article or alert id that failed. */
  public String recordId() {
    return recordId;
  }
}
