package newsflow.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.cli.Newsflow;
import newsflow.cli.UserException;
import newsflow.schemas.json.PlainJson;
import org.apache.avro.generic.IndexedRecord;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The loop shared by the offline commands ({@code extract}, {@code analyze}): one JSON object per input
 * in input order, each with its {@code "input"}; an input that fails is reported on one line and the
 * others go on; the exit code says whether any failed.
 */
final class PerInput {

  /** What a command makes of one input file. */
  @FunctionalInterface
  interface Step {
    IndexedRecord apply(Path input) throws Exception;
  }

  /** What a command makes of one input file, already as the JSON object to print. */
  @FunctionalInterface
  interface NodeStep {
    ObjectNode apply(Path input) throws Exception;
  }

  private PerInput() {}

  /**
   * A path that is missing, a directory or unreadable is a usage mistake: found before any work
   * (for {@code analyze}, before the NLP loads), one line naming it, exit 2.
   */
  static void checkPaths(List<Path> paths) {
    for (Path p : paths) {
      if (!Files.exists(p)) throw new UserException(p + ": no such file");
      if (Files.isDirectory(p)) throw new UserException(p + ": is a directory (give the article files)");
      if (!Files.isReadable(p)) throw new UserException(p + ": permission denied");
    }
  }

  static int run(CommandSpec spec, List<Path> paths, boolean jsonl, Step step) {
    return runNodes(spec, paths, jsonl, p -> PlainJson.toNode(step.apply(p), p.toString()));
  }

  static int runNodes(CommandSpec spec, List<Path> paths, boolean jsonl, NodeStep step) {
    JsonOutput output = new JsonOutput(spec.commandLine().getOut(), jsonl, paths.size() > 1);
    int failed = 0;
    for (Path p : paths) {
      try {
        output.add(step.apply(p));
      } catch (Exception e) {
        failed++;
        InputErrors.report(spec, p, e);
      } catch (StackOverflowError e) {
        // a text that nests too deep for a recursive rule fails alone: the stack has unwound, the next input runs
        failed++;
        InputErrors.report(spec, p, new IllegalStateException("analysis overflowed the stack", e));
      }
    }
    output.finish();
    return failed == 0 ? 0 : Newsflow.EXIT_FAILURE;
  }
}
