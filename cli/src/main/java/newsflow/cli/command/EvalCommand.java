package newsflow.cli.command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import newsflow.cli.UserException;
import newsflow.eval.nlp.RealNewsEval;
import newsflow.eval.extraction.ExtractionEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow eval}: scores the extractor and the NLP on evaluation data read at run time. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores the extractor and the NLP on public evaluation data (layouts of ../shared/eval).",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.Nlp.class, EvalCommand.RealNews.class})
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

  /** NER, quote, place, seed and real-news metrics of the NLP. */
  @Command(name = "nlp", mixinStandardHelpOptions = true,
      description = {"NER (CoNLL), quote/speaker (PolNeAR), place (GeoWebNews), seed and real-news metrics of the NLP "
          + "(metrics of ../shared/eval/README.md), one table.",
          "With the repository's docs/eval-baseline.properties (or --baseline), each value is shown beside its "
              + "recorded baseline and marked DROP when it is more than 0.01 worse."})
  static final class Nlp implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "The evaluation data directory (e.g. ../shared/eval).")
    Path data;

    @Option(names = "--seed", paramLabel = "DIR",
        description = "Directory with hegseth-nato.txt and its gold annotation (default: seed/ beside the data directory).")
    Path seed;

    @Option(names = "--watchlist", paramLabel = "FILE",
        description = "Watchlist for the analyzer (default: none for NER, quotes and places; the seed check uses the "
            + "gold's example watchlist; real news uses the built-in default watchlist).")
    Path watchlist;

    @Option(names = "--baseline", paramLabel = "FILE",
        description = "Baseline values to compare with (default: docs/eval-baseline.properties of the repository, if found).")
    Path baseline;

    @Override
    public void run() {
      requireDir(data);
      NlpEval.run(data, seed, watchlist, baseline, spec);
    }
  }

  /** The real-news measures of realnews/score.py on the product's own output. */
  @Command(name = "realnews", mixinStandardHelpOptions = true,
      description = {"Runs analyze on the article pages named by DATA/realnews/gold/*.json and scores the output with "
          + "the measures of DATA/realnews/score.py (a port: the same numbers on the same output): speaker right over "
          + "all gold direct quotes, attributed-quote precision, scare quotes given a speaker, alert precision/recall "
          + "against the office holders of realnews/officials.csv, places and people precision/recall/F1.",
          "Example: newsflow eval realnews --data ../shared/eval --errors"})
  static final class RealNews implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "The evaluation data directory (e.g. ../shared/eval): pages are read from DIR/<page>.")
    Path data;

    @Option(names = "--errors", description = "List each mistake, per article (as score.py --errors).")
    boolean errors;

    @Option(names = "--watchlist", paramLabel = "FILE", description = "Watched officials (default: the built-in list).")
    Path watchlist;

    @Option(names = "--predictions", paramLabel = "FILE.jsonl",
        description = "Score this analyze --jsonl output instead of running the product.")
    Path predictions;

    @Option(names = "--save", paramLabel = "FILE.jsonl",
        description = "Also write the product's output as JSON Lines (input for score.py).")
    Path save;

    @Override
    public void run() {
      requireDir(data);
      List<JsonNode> preds;
      if (predictions != null) {
        if (!Files.isRegularFile(predictions)) throw new UserException("--predictions " + predictions + " is not a file");
        preds = RealNewsEval.loadPredictions(predictions);
      } else {
        preds = RealNewsRun.predict(data, newsflow.cli.config.Nlp.articleAnalyzer(watchlist),
            newsflow.cli.config.Nlp.watchlist(watchlist), save);
      }
      try (PrintStream out = stdout(spec)) {
        RealNewsRun.report(data, preds, out, errors);
      }
    }
  }
}
