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
 * Sends alerts through every notifier at most once per alert id, across replays and crashes: an
 * attempt is committed to the {@link DeliveryLog} before the notifier is called and marked delivered
 * after; an attempt found on restart may have gone out, so it is counted and logged, not sent again.
 * Failures come back to the caller, which dead-letters them.
 */
public final class AlertDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  private final List<Notifier> notifiers;
  private final DeliveryLog log;
  private final Clock clock;
  /**
   * What this process knows about attempts whose log update may not have landed (the warehouse
   * failed mid-way and the batch is retried): TRUE = the notifier returned, FALSE = it was not called
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
   * What one call did: deliveries made, deliveries skipped as already done, deliveries not made
   * because an attempt before a crash may have made them ({@code uncertain}), and failures.
   */
  public record Outcome(int delivered, int skipped, int uncertain, List<Failure> failures) {
    public Outcome {
      failures = List.copyOf(failures);
    }
  }

  /**
   * Delivers the alerts (the last of each id) through every notifier. A warehouse failure propagates
   * (the caller retries the batch); what was already sent in this process is not sent again then.
   */
  public synchronized Outcome dispatch(List<OfficialAlert> alerts) {
    Map<String, Integer> lastIndex = new LinkedHashMap<>();
    for (int i = 0; i < alerts.size(); i++) lastIndex.put(alerts.get(i).getId(), i);
    int delivered = 0;
    int skipped = alerts.size() - lastIndex.size();
    int uncertain = 0;
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
          skipped++;
          continue;
        }
        if (state == DeliveryLog.State.ATTEMPTING && sentHere == null) {
          if (!n.resendsUncertainDeliveries()) {
            LOG.warn("Alert {} not sent by {} again: possibly delivered before a crash (attempt recorded, delivery not confirmed)",
                id, n.name());
            uncertain++;
            continue;
          }
          LOG.warn("Alert {} possibly delivered by {} before a crash; sending again, the receiver deduplicates by id",
              id, n.name());
        }
        OfficialAlert alert = alerts.get(e.getValue());
        unsettled.put(key, Boolean.FALSE);
        log.recordAttempt(id, n.name(), clock.instant());
        try {
          n.deliver(alert);
        } catch (DeliveryException ex) {
          LOG.warn("Alert {} not delivered by {}: {}", id, n.name(), ex.getMessage());
          log.forgetAttempt(id, n.name());
          unsettled.remove(key);
          failures.add(new Failure(e.getValue(), alert, ex));
          continue;
        }
        unsettled.put(key, Boolean.TRUE);
        log.recordDelivered(id, n.name(), clock.instant());
        unsettled.remove(key);
        delivered++;
      }
    }
    return new Outcome(delivered, skipped, uncertain, failures);
  }

  public boolean hasNotifiers() {
    return !notifiers.isEmpty();
  }
}
