package newsflow.cli.command;

import java.io.PrintStream;
import java.nio.file.Path;
import newsflow.cli.config.Nlp;
import newsflow.enrich.eval.EvalMain;
import newsflow.enrich.nlp.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Watchlist;
import picocli.CommandLine.Model.CommandSpec;

/** Runs the NLP evaluations (NER, quotes, places, seed checks) with one loaded analyzer and prints the table. */
final class NlpEval {
  private NlpEval() {}

  static void run(Path data, Path seed, Path watchlist, CommandSpec spec) {
    ArticleAnalyzer analyzer = watchlist == null ? ArticleAnalyzer.load(Watchlist.empty()) : Nlp.articleAnalyzer(watchlist);
    Path seedDir = seed != null ? seed : data.toAbsolutePath().normalize().resolveSibling("seed");
    try (PrintStream out = EvalCommand.stdout(spec)) {
      EvalMain.run(data, seedDir, analyzer, out);
    }
  }
}
