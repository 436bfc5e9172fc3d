package newsflow.sink.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.sink.alert.AlertDispatcher;
import newsflow.sink.alert.Notifier;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.v1.OfficialAlert;

/**
 * The child process of {@link AlertDeliveryKillIT}: dispatches alerts over a warehouse, appending
 * each notification to a file, and parks inside the notifier on one alert (after notifying it) so
 * the parent can SIGKILL it in the crash window.
 */
final class KilledDeliveryProcess {
  static final String IN_WINDOW = "IN_WINDOW";

  private KilledDeliveryProcess() {}

  /** The alerts the test uses: three alerts of three articles. */
  static List<OfficialAlert> alerts() {
    Instant t = Instant.parse("2026-11-26T10:00:00Z");
    List<OfficialAlert> out = new ArrayList<>();
    for (String article : List.of("k1", "k2", "k3")) out.add(SyntheticArticles.alert(article, "us-secdef", t));
    return out;
  }

  /** A notifier that appends the alert id to {@code file} and, for {@code parkAfter}, then waits to be killed. */
  static Notifier appendingNotifier(Path file, String parkAfter) {
    return new Notifier() {
      @Override
      public String name() {
        return "webhook";
      }

      @Override
      public void deliver(OfficialAlert alert) {
        try {
          Files.writeString(file, alert.getId() + "\n", StandardCharsets.UTF_8,
              StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (alert.getId().equals(parkAfter)) {
          System.out.println(IN_WINDOW);
          System.out.flush();
          try {
            Thread.sleep(120_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
    };
  }

  /** Arguments: warehouse URL, notification file, id of the alert to park after. */
  public static void main(String[] args) {
    try (WarehouseWriter writer = WarehouseWriter.open(args[0])) {
      new AlertDispatcher(List.of(appendingNotifier(Path.of(args[1]), args[2])), new WarehouseDeliveryLog(writer),
          Clock.systemUTC()).dispatch(alerts());
    }
  }
}
