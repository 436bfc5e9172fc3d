package newsflow.sink.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.v1.OfficialAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alerts through every notifier at most once per alert id: ids already in the
 * {@link DeliveryLog} for a notifier are skipped, and each success is recorded there right away.
 * Failures come back to the caller, which dead-letters them.
 */
public final class AlertDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  private final List<Notifier> notifiers;
  private final DeliveryLog log;
  private final Clock clock;

  public AlertDispatcher(List<Notifier> notifiers, DeliveryLog log, Clock clock) {
    this.notifiers = List.copyOf(notifiers);
    this.log = log;
    this.clock = clock;
  }

  /** An alert that a notifier gave up on: its index in the input list and the reason. */
  public record Failure(int index, OfficialAlert alert, DeliveryException error) {}

  /** What one call did: deliveries made, deliveries skipped as already done, and failures. */
  public record Outcome(int delivered, int skipped, List<Failure> failures) {
    public Outcome {
      failures = List.copyOf(failures);
    }
  }

  /** Delivers the alerts (the last of each id) through every notifier. */
  public Outcome dispatch(List<OfficialAlert> alerts) {
    Map<String, Integer> lastIndex = new LinkedHashMap<>();
    for (int i = 0; i < alerts.size(); i++) lastIndex.put(alerts.get(i).getId(), i);
    int delivered = 0;
    int skipped = alerts.size() - lastIndex.size();
    List<Failure> failures = new ArrayList<>();
    for (Notifier n : notifiers) {
      Set<String> done = log.delivered(lastIndex.keySet(), n.name());
      for (Map.Entry<String, Integer> e : lastIndex.entrySet()) {
        if (done.contains(e.getKey())) {
          skipped++;
          continue;
        }
        OfficialAlert alert = alerts.get(e.getValue());
        try {
          n.deliver(alert);
          log.recordDelivered(alert.getId(), n.name(), clock.instant());
          delivered++;
        } catch (DeliveryException ex) {
          LOG.warn("Alert {} not delivered by {}: {}", alert.getId(), n.name(), ex.getMessage());
          failures.add(new Failure(e.getValue(), alert, ex));
        }
      }
    }
    return new Outcome(delivered, skipped, failures);
  }

  public boolean hasNotifiers() {
    return !notifiers.isEmpty();
  }
}
