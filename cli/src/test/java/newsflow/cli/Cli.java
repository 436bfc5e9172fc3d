package newsflow.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the newsflow command in-process and captures its output. */
final class Cli {
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Newsflow.commandLine(env, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  static Result run(String... args) {
    return run(Map.of(), args);
  }
}
