package newsflow.embedded;

/** The embedded broker or registry could not start, stop or perform an admin operation; the message says which. */
public class EmbeddedKafkaException extends RuntimeException {

  public EmbeddedKafkaException(String message, Throwable cause) {
    super(message, cause);
  }
}
