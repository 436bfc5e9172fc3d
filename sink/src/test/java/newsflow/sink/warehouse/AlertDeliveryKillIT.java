package newsflow.sink.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsflow.sink.alert.AlertDispatcher;
import newsflow.sink.alert.DeliveryLog;
import newsflow.v1.OfficialAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real SIGKILL in the delivery window: a child JVM notifies one alert and is killed before it can
 * confirm; a dispatcher in this JVM over the same warehouse then sends that alert again (at least
 * once: the receiver drops the repeat by its idempotency key, the alert id), sends what was never
 * attempted, and leaves nothing {@code ATTEMPTING}. On a DuckDB file (whose lock the kill releases)
 * and on PostgreSQL when available.
 */
class AlertDeliveryKillIT {
  @TempDir Path dir;

  @Test
  void duckDbResumesTheDeliveryAKillLeftUnconfirmed() throws Exception {
    killInWindowThenRestart("jdbc:duckdb:" + dir.resolve("warehouse.duckdb"));
  }

  @Test
  void postgresResumesTheDeliveryAKillLeftUnconfirmed() throws Exception {
    killInWindowThenRestart(PostgresSupport.freshSchemaUrl("kill"));
  }

  private void killInWindowThenRestart(String url) throws Exception {
    List<OfficialAlert> alerts = KilledDeliveryProcess.alerts();
    String window = alerts.get(1).getId();
    Path notifications = dir.resolve("notifications.txt");
    Files.deleteIfExists(notifications);

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), KilledDeliveryProcess.class.getName(),
        url, notifications.toString(), window)
        .redirectError(dir.resolve("child.err").toFile())
        .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      boolean inWindow = false;
      while (!inWindow && (line = out.readLine()) != null) inWindow = line.equals(KilledDeliveryProcess.IN_WINDOW);
      assertTrue(inWindow, () -> "child never reached the window: " + read(dir.resolve("child.err").toFile()));
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no close
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    assertEquals(List.of(alerts.get(0).getId(), window), Files.readAllLines(notifications));

    try (WarehouseWriter writer = WarehouseWriter.open(url)) {
      WarehouseDeliveryLog log = new WarehouseDeliveryLog(writer);
      AlertDispatcher.Outcome o = new AlertDispatcher(
          List.of(KilledDeliveryProcess.appendingNotifier(notifications, null)), log, Clock.systemUTC()).dispatch(alerts);

      assertEquals(List.of(alerts.get(0).getId(), window, window, alerts.get(2).getId()), Files.readAllLines(notifications),
          "the unconfirmed alert again (same id), the one never attempted once, the confirmed one not again");
      assertEquals(2, o.delivered());
      assertEquals(1, o.skipped());
      assertEquals(1, o.resumed());
      assertEquals(Map.of(alerts.get(0).getId(), DeliveryLog.State.DELIVERED, window, DeliveryLog.State.DELIVERED,
          alerts.get(2).getId(), DeliveryLog.State.DELIVERED), log.states(alerts.stream().map(OfficialAlert::getId).toList(), "webhook"),
          "nothing left ATTEMPTING");
    }
  }

  private static String read(File f) {
    try {
      return Files.readString(f.toPath());
    } catch (java.io.IOException e) {
      return "(no stderr: " + e.getMessage() + ")";
    }
  }
}
