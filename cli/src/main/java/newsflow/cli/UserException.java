package newsflow.cli;

/** A mistake the user can fix (a missing file, a bad value): printed as one line, no stack trace. */
public class UserException extends RuntimeException {
  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
