package newsflow.sink.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Remembers which alert went out through which notifier, so that neither a replay nor a restart after
 * a crash notifies twice: an attempt is recorded (durably) before the notifier is called and marked
 * delivered after it succeeded.
 */
public interface DeliveryLog {
  /** Where one alert stands with one notifier. */
  enum State {
    /** Recorded before calling the notifier; not (yet) confirmed: the process may have died mid-way. */
    ATTEMPTING,
    /** The notifier returned successfully. */
    DELIVERED
  }

  /** The state of each id among {@code alertIds} that {@code notifier} has attempted or delivered. */
  Map<String, State> states(Collection<String> alertIds, String notifier);

  /** The ids among {@code alertIds} already delivered by {@code notifier}. */
  default Set<String> delivered(Collection<String> alertIds, String notifier) {
    Set<String> out = new HashSet<>();
    states(alertIds, notifier).forEach((id, s) -> {
      if (s == State.DELIVERED) out.add(id);
    });
    return out;
  }

  /**
   * Records, and commits before returning, that {@code notifier} is about to deliver the alert. A
   * delivered pair stays delivered; an attempt recorded again only moves its time.
   */
  void recordAttempt(String alertId, String notifier, Instant at);

  /** Records a successful delivery (with or without an attempt before it); recording it again is harmless. */
  void recordDelivered(String alertId, String notifier, Instant at);

  /** Forgets an attempt that certainly failed, so that a replay tries again; a delivered pair is kept. */
  void forgetAttempt(String alertId, String notifier);
}
