package newsflow.cli.command;

import java.util.concurrent.Callable;
import newsflow.cli.UserException;
import picocli.CommandLine.Command;

/** {@code newsflow query}. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "query")
public final class QueryCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("not available yet");
  }
}
