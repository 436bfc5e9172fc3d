package newsflow.sink.alert;

/**
 * An alert could not be delivered: refused by the receiver (4xx) or still failing after the last
 * retry. The alert goes to the sink's dead-letter topic.
 */
public class DeliveryException extends Exception {
  private final String alertId;
  private final String notifier;
  private final int attempts;

  public DeliveryException(String alertId, String notifier, int attempts, String reason, Throwable cause) {
    super(notifier + " could not deliver alert " + alertId + " after " + attempts + " attempt(s): " + reason, cause);
    this.alertId = alertId;
    this.notifier = notifier;
    this.attempts = attempts;
  }

  public String alertId() {
    return alertId;
  }

  public String notifier() {
    return notifier;
  }

  public int attempts() {
    return attempts;
  }
}
