package newsflow.sink.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.v1.OfficialAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alerts through every notifier at least once per alert id, and once in the normal course:
 * an attempt is committed to the {@link DeliveryLog} before the notifier is called and marked
 * delivered after, so a replay skips what was delivered; an attempt found unconfirmed (the process
 * died between the two) is sent again, and the receiver drops the repeat by its
 * {@code Idempotency-Key} (the alert id). Failures come back to the caller, which dead-letters them.
 */
public final class AlertDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  private final List<Notifier> notifiers;
  private final DeliveryLog log;
  private final Clock clock;
  /**
   * What this process knows about attempts whose log update may not have landed (the warehouse
   * failed mid-way and the alert is retried): TRUE = the notifier returned, FALSE = it was not called
   * or failed. Keyed by notifier and alert id; emptied once the log agrees.
   */
  private final Map<String, Boolean> unsettled = new HashMap<>();

  public AlertDispatcher(List<Notifier> notifiers, DeliveryLog log, Clock clock) {
    this.notifiers = List.copyOf(notifiers);
    this.log = log;
    this.clock = clock;
  }

  /** An alert that a notifier gave up on: its index in the input list and the reason. */
  public record Failure(int index, OfficialAlert alert, DeliveryException error) {}

  /**
   * What one call did: notifier calls that delivered (including {@code resumed} ones, attempts a
   * crash left unconfirmed and that were sent again), deliveries skipped as already done, and failures.
   */
  public record Outcome(int delivered, int skipped, int resumed, List<Failure> failures) {
    public Outcome {
      failures = List.copyOf(failures);
    }
  }

  /**
   * Delivers the alerts (the last of each id) through every notifier. A warehouse failure propagates
   * (the caller retries); what was already sent in this process is not sent again then. A notifier
   * that throws a RuntimeException failed that delivery; an Error propagates.
   */
  public synchronized Outcome dispatch(List<OfficialAlert> alerts) {
    Map<String, Integer> lastIndex = new LinkedHashMap<>();
    for (int i = 0; i < alerts.size(); i++) lastIndex.put(alerts.get(i).getId(), i);
    int delivered = 0;
    int skipped = alerts.size() - lastIndex.size();
    int resumed = 0;
    List<Failure> failures = new ArrayList<>();
    for (Notifier n : notifiers) {
      Map<String, DeliveryLog.State> states = log.states(lastIndex.keySet(), n.name());
      for (Map.Entry<String, Integer> e : lastIndex.entrySet()) {
        String id = e.getKey();
        String key = n.name() + '\u0000' + id;
        DeliveryLog.State state = states.get(id);
        Boolean sentHere = unsettled.get(key);
        if (state == DeliveryLog.State.DELIVERED) {
          unsettled.remove(key);
          skipped++;
          continue;
        }
        if (Boolean.TRUE.equals(sentHere)) {
          // delivered by this process, but the warehouse failed before it was marked
          log.recordDelivered(id, n.name(), clock.instant());
          unsettled.remove(key);
          delivered++;
          continue;
        }
        boolean resuming = state == DeliveryLog.State.ATTEMPTING && sentHere == null;
        if (resuming) {
          LOG.warn("Alert {} possibly delivered by {} before a crash (attempt recorded, not confirmed); "
              + "sending it again with the same idempotency key", id, n.name());
        }
        OfficialAlert alert = alerts.get(e.getValue());
        unsettled.put(key, Boolean.FALSE);
        log.recordAttempt(id, n.name(), clock.instant());
        try {
          n.deliver(alert);
        } catch (DeliveryException | RuntimeException ex) {
          DeliveryException failure = ex instanceof DeliveryException d ? d
              : new DeliveryException(id, n.name(), 1, "notifier failed: " + ex, ex);
          LOG.warn("Alert {} not delivered by {}: {}", id, n.name(), failure.getMessage());
          log.forgetAttempt(id, n.name());
          unsettled.remove(key);
          failures.add(new Failure(e.getValue(), alert, failure));
          continue;
        }
        unsettled.put(key, Boolean.TRUE);
        log.recordDelivered(id, n.name(), clock.instant());
        unsettled.remove(key);
        delivered++;
        if (resuming) resumed++;
      }
    }
    return new Outcome(delivered, skipped, resumed, failures);
  }

  public boolean hasNotifiers() {
    return !notifiers.isEmpty();
  }
}
