package newsflow.sink.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Remembers which alert went out through which notifier, so that a replay does not notify twice. */
public interface DeliveryLog {
  /** The ids among {@code alertIds} already delivered by {@code notifier}. */
  Set<String> delivered(Collection<String> alertIds, String notifier);

  /** Records a successful delivery; recording the same pair again is harmless. */
  void recordDelivered(String alertId, String notifier, Instant at);
}
