package newsflow.sink.alert;

import newsflow.v1.OfficialAlert;

/** Delivers an official alert to people: a chat webhook, the console. */
public interface Notifier {
  /** A stable name, the key of the delivery log (e.g. {@code webhook}, {@code console}). */
  String name();

  /** Delivers one alert, retrying transient failures itself; throws when it gives up. */
  void deliver(OfficialAlert alert) throws DeliveryException;
}
