package newsflow.cli.command;

import java.nio.file.Path;
import newsflow.cli.UserException;
import picocli.CommandLine.Model.CommandSpec;

/** Runs the NLP evaluation (H5's evaluation main) and prints its metrics. */
final class NlpEval {
  private NlpEval() {}

  static void run(Path data, CommandSpec spec) {
    throw new UserException("the NLP evaluation is not part of this build yet");
  }
}
