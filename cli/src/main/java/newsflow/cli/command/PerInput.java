package newsflow.cli.command;

import java.nio.file.Path;
import java.util.List;
import newsflow.cli.Newsflow;
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

  private PerInput() {}

  static int run(CommandSpec spec, List<Path> paths, boolean jsonl, Step step) {
    JsonOutput output = new JsonOutput(spec.commandLine().getOut(), jsonl, paths.size() > 1);
    int failed = 0;
    for (Path p : paths) {
      try {
        output.add(PlainJson.toNode(step.apply(p), p.toString()));
      } catch (Exception e) {
        failed++;
        InputErrors.report(spec, p, e);
      }
    }
    output.finish();
    return failed == 0 ? 0 : Newsflow.EXIT_FAILURE;
  }
}
