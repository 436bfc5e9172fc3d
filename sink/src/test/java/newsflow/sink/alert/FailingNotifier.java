package newsflow.sink.alert;

import java.util.function.Supplier;
import newsflow.v1.OfficialAlert;

/** A notifier that throws an Error on every delivery (a class that cannot be loaded, say), for tests. */
public final class FailingNotifier implements Notifier {
  private final String name;
  private final Supplier<? extends Error> error;

  private FailingNotifier(String name, Supplier<? extends Error> error) {
    this.name = name;
    this.error = error;
  }

  /** Throws the Error from {@code error} on every delivery. */
  public static FailingNotifier withError(String name, Supplier<? extends Error> error) {
    return new FailingNotifier(name, error);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void deliver(OfficialAlert alert) {
    throw error.get();
  }
}
