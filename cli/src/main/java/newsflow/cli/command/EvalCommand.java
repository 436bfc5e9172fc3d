package newsflow.cli.command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsflow.cli.UserException;
import newsflow.ingest.eval.ExtractionEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow eval}: scores the extractor and the NLP on evaluation data read at run time. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores the extractor and the NLP on public evaluation data (layouts of ../shared/eval).",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.Nlp.class})
public final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Path requireDir(Path dir) {
    if (!Files.isDirectory(dir)) throw new UserException("--data " + dir + " is not a directory");
    return dir;
  }

  static PrintStream stdout(CommandSpec spec) {
    spec.commandLine().getOut().flush();
    return new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
  }

  /** Body P/R/F1 and metadata scores of the extractor. */
  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Body precision/recall/F1 on scrapinghub/ and title/authors/date scores on fundus/.")
  static final class Extraction implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "The extraction data directory (e.g. ../shared/eval/extraction).")
    Path data;

    @Option(names = {"-v", "--verbose"}, description = "Also list the pages that score low.")
    boolean verbose;

    @Override
    public void run() {
      ExtractionEval.Result result = new ExtractionEval().run(requireDir(data));
      try (PrintStream out = stdout(spec)) {
        ExtractionEval.print(result, out, verbose);
      }
    }
  }

  /** NER, quote and place metrics of the NLP. */
  @Command(name = "nlp", mixinStandardHelpOptions = true,
      description = "NER, quote/speaker and place metrics of the NLP (metrics of ../shared/eval/README.md).")
  static final class Nlp implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "The evaluation data directory (e.g. ../shared/eval).")
    Path data;

    @Option(names = "--seed", paramLabel = "DIR",
        description = "Directory with hegseth-nato.txt and its gold annotation (default: seed/ beside the data directory).")
    Path seed;

    @Option(names = "--watchlist", paramLabel = "FILE",
        description = "Watchlist for the analyzer (default: none; the seed check uses the gold's example watchlist).")
    Path watchlist;

    @Override
    public void run() {
      requireDir(data);
      NlpEval.run(data, seed, watchlist, spec);
    }
  }
}
