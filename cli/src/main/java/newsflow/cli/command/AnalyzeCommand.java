package newsflow.cli.command;

import java.util.concurrent.Callable;
import newsflow.cli.UserException;
import picocli.CommandLine.Command;

/** {@code newsflow analyze}. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "analyze")
public final class AnalyzeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("not available yet");
  }
}
