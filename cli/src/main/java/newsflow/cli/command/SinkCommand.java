package newsflow.cli.command;

import java.util.concurrent.Callable;
import newsflow.cli.UserException;
import picocli.CommandLine.Command;

/** {@code newsflow sink}. */
@Command(name = "sink", mixinStandardHelpOptions = true, description = "sink")
public final class SinkCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("not available yet");
  }
}
