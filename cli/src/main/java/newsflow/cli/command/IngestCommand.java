package newsflow.cli.command;

import java.util.concurrent.Callable;
import newsflow.cli.UserException;
import picocli.CommandLine.Command;

/** {@code newsflow ingest}. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "ingest")
public final class IngestCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("not available yet");
  }
}
