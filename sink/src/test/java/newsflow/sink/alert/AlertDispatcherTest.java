package newsflow.sink.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.v1.OfficialAlert;
import org.junit.jupiter.api.Test;

/** Per-alert-id dedup of deliveries across replays, crashes and warehouse outages, with an in-memory delivery log. */
class AlertDispatcherTest {
  private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

  static final class MemoryLog implements DeliveryLog {
    final Set<String> done = new HashSet<>();
    final Set<String> attempting = new HashSet<>();
    /** How many more log updates succeed before the "warehouse" goes down; negative = never. */
    int updatesBeforeOutage = -1;
    /** The next attempt is stored but its acknowledgement is lost (the caller sees an error). */
    boolean loseAttemptAck;

    @Override
    public Map<String, State> states(Collection<String> ids, String notifier) {
      Map<String, State> out = new HashMap<>();
      for (String id : ids) {
        if (done.contains(notifier + "/" + id)) out.put(id, State.DELIVERED);
        else if (attempting.contains(notifier + "/" + id)) out.put(id, State.ATTEMPTING);
      }
      return out;
    }

    @Override
    public void recordAttempt(String id, String notifier, Instant at) {
      update();
      if (!done.contains(notifier + "/" + id)) attempting.add(notifier + "/" + id);
      if (loseAttemptAck) {
        loseAttemptAck = false;
        throw new IllegalStateException("connection lost before the commit was acknowledged");
      }
    }

    @Override
    public void recordDelivered(String id, String notifier, Instant at) {
      update();
      attempting.remove(notifier + "/" + id);
      done.add(notifier + "/" + id);
    }

    @Override
    public void forgetAttempt(String id, String notifier) {
      update();
      attempting.remove(notifier + "/" + id);
    }

    private void update() {
      if (updatesBeforeOutage == 0) throw new IllegalStateException("warehouse down");
      if (updatesBeforeOutage > 0) updatesBeforeOutage--;
    }
  }

  /** Records what it was asked to deliver. */
  static final class RecordingNotifier implements Notifier {
    final List<String> seen = new ArrayList<>();

    @Override
    public String name() {
      return "rec";
    }

    @Override
    public void deliver(OfficialAlert alert) {
      seen.add(alert.getId());
    }
  }

  @Test
  void anAttemptLeftByACrashIsSentAgainAndConfirmed() {
    MemoryLog log = new MemoryLog();
    OfficialAlert a = SyntheticArticles.alert("a", "x", T);
    log.attempting.add("rec/" + a.getId()); // a previous process recorded the attempt and died
    RecordingNotifier n = new RecordingNotifier();

    AlertDispatcher.Outcome o = new AlertDispatcher(List.of(n), log, Clock.fixed(T, ZoneOffset.UTC)).dispatch(List.of(a));

    assertEquals(List.of(a.getId()), n.seen);
    assertEquals(1, o.delivered());
    assertEquals(1, o.resumed());
    assertEquals(Set.of("rec/" + a.getId()), log.done);
    assertEquals(Set.of(), log.attempting);
  }

  @Test
  void aNotifierThrowingARuntimeExceptionFailsThatDeliveryAlone() {
    MemoryLog log = new MemoryLog();
    Notifier broken = new Notifier() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public void deliver(OfficialAlert alert) {
        if (alert.getArticleId().equals("bad")) throw new IllegalStateException("printer on fire");
      }
    };
    AlertDispatcher d = new AlertDispatcher(List.of(broken), log, Clock.fixed(T, ZoneOffset.UTC));

    AlertDispatcher.Outcome o = d.dispatch(List.of(SyntheticArticles.alert("bad", "x", T), SyntheticArticles.alert("ok", "x", T)));

    assertEquals(1, o.delivered());
    assertEquals(1, o.failures().size());
    assertTrue(o.failures().get(0).error().getMessage().contains("printer on fire"), o.failures().get(0).error().getMessage());
    assertEquals(Set.of(), log.attempting);
  }

  @Test
  void anErrorOfANotifierIsNotADeliveryFailure() {
    MemoryLog log = new MemoryLog();
    Notifier fatal = FailingNotifier.withError("fatal", () -> new LinkageError("a class went missing"));
    AlertDispatcher d = new AlertDispatcher(List.of(fatal), log, Clock.fixed(T, ZoneOffset.UTC));

    assertThrows(LinkageError.class, () -> d.dispatch(List.of(SyntheticArticles.alert("a", "x", T))));
  }

  @Test
  void aWarehouseOutageAfterNotifyingDoesNotNotifyAgainWhenTheBatchIsRetried() {
    MemoryLog log = new MemoryLog();
    OfficialAlert a = SyntheticArticles.alert("a", "x", T);
    RecordingNotifier n = new RecordingNotifier();
    AlertDispatcher d = new AlertDispatcher(List.of(n), log, Clock.fixed(T, ZoneOffset.UTC));
    log.updatesBeforeOutage = 1; // the attempt is recorded, the confirmation fails

    assertThrows(IllegalStateException.class, () -> d.dispatch(List.of(a)));
    log.updatesBeforeOutage = -1;
    AlertDispatcher.Outcome retry = d.dispatch(List.of(a));

    assertEquals(List.of(a.getId()), n.seen);
    assertEquals(1, retry.delivered());
    assertEquals(0, retry.resumed());
    assertEquals(Set.of("rec/" + a.getId()), log.done);
  }

  @Test
  void anAttemptRecordedWithoutNotifyingIsSentWhenTheBatchIsRetried() {
    MemoryLog log = new MemoryLog();
    OfficialAlert a = SyntheticArticles.alert("a", "x", T);
    RecordingNotifier n = new RecordingNotifier();
    AlertDispatcher d = new AlertDispatcher(List.of(n), log, Clock.fixed(T, ZoneOffset.UTC));
    // the attempt commits but its acknowledgement is lost: the log has it, the notifier was never called
    log.loseAttemptAck = true;

    assertThrows(IllegalStateException.class, () -> d.dispatch(List.of(a)));
    assertEquals(Set.of("rec/" + a.getId()), log.attempting);
    assertEquals(List.of(), n.seen);
    AlertDispatcher.Outcome retry = d.dispatch(List.of(a));

    assertEquals(List.of(a.getId()), n.seen);
    assertEquals(1, retry.delivered());
    assertEquals(0, retry.resumed());
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
    assertEquals(Set.of(), log.attempting);
  }
}
