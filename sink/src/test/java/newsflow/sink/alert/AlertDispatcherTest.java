package newsflow.sink.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.v1.OfficialAlert;
import org.junit.jupiter.api.Test;

/** Per-alert-id dedup of deliveries, with an in-memory delivery log. */
class AlertDispatcherTest {
  private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

  static final class MemoryLog implements DeliveryLog {
    final Set<String> done = new HashSet<>();

    @Override
    public Set<String> delivered(Collection<String> ids, String notifier) {
      Set<String> out = new HashSet<>();
      for (String id : ids) if (done.contains(notifier + "/" + id)) out.add(id);
      return out;
    }

    @Override
    public void recordDelivered(String id, String notifier, Instant at) {
      done.add(notifier + "/" + id);
    }
  }

  @Test
  void aReplayDoesNotNotifyTwice() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MemoryLog log = new MemoryLog();
    AlertDispatcher d = new AlertDispatcher(List.of(new ConsoleNotifier(new PrintStream(out, true, StandardCharsets.UTF_8))),
        log, Clock.fixed(T, ZoneOffset.UTC));
    List<OfficialAlert> alerts = List.of(SyntheticArticles.alert("a", "x", T), SyntheticArticles.alert("b", "x", T),
        SyntheticArticles.alert("a", "x", T));

    AlertDispatcher.Outcome first = d.dispatch(alerts);
    AlertDispatcher.Outcome replay = d.dispatch(alerts);

    assertEquals(2, first.delivered());
    assertEquals(0, replay.delivered());
    assertEquals(3, replay.skipped());
    assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().count());
  }

  @Test
  void aFailedDeliveryIsReportedAndNotRecorded() {
    MemoryLog log = new MemoryLog();
    List<String> seen = new ArrayList<>();
    Notifier failing = new Notifier() {
      @Override
      public String name() {
        return "flaky";
      }

      @Override
      public void deliver(OfficialAlert alert) throws DeliveryException {
        seen.add(alert.getId());
        if (alert.getArticleId().equals("bad")) throw new DeliveryException(alert.getId(), name(), 1, "HTTP 400", null);
      }
    };
    AlertDispatcher d = new AlertDispatcher(List.of(failing), log, Clock.fixed(T, ZoneOffset.UTC));

    AlertDispatcher.Outcome o = d.dispatch(List.of(SyntheticArticles.alert("ok", "x", T), SyntheticArticles.alert("bad", "x", T)));

    assertEquals(1, o.delivered());
    assertEquals(1, o.failures().size());
    assertEquals(1, o.failures().get(0).index());
    assertEquals(Set.of("flaky/ok:x"), log.done);
  }
}
