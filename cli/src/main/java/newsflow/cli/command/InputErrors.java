package newsflow.cli.command;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import newsflow.cli.UserException;
import picocli.CommandLine.Model.CommandSpec;

/** One error line per input that could not be processed; the command goes on with the next input. */
final class InputErrors {
  private InputErrors() {}

  static void report(CommandSpec spec, Path input, Exception e) {
    String reason;
    if (e instanceof NoSuchFileException) reason = "no such file";
    else if (e instanceof AccessDeniedException) reason = "permission denied";
    else if (e instanceof UserException) reason = e.getMessage();
    else reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    spec.commandLine().getErr().println("newsflow " + spec.name() + ": " + input + ": " + reason);
    spec.commandLine().getErr().flush();
  }
}
