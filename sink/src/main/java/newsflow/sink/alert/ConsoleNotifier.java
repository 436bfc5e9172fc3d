package newsflow.sink.alert;

import java.io.PrintStream;
import newsflow.v1.OfficialAlert;

/** Prints each alert as one line, e.g. for {@code newsflow run}. */
public final class ConsoleNotifier implements Notifier {
  private final PrintStream out;

  public ConsoleNotifier(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "console";
  }

  @Override
  public void deliver(OfficialAlert alert) {
    out.println("ALERT " + AlertMessages.text(alert));
    out.flush();
  }
}
