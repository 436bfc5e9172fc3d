package newsflow.cli.command;

import java.util.concurrent.Callable;
import newsflow.cli.UserException;
import picocli.CommandLine.Command;

/** {@code newsflow run}: the whole pipeline in one JVM. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs the whole pipeline in one JVM.")
public final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("not available yet");
  }
}
