package newsflow.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.cli.config.Nlp;
import newsflow.eval.nlp.EvalBaseline;
import newsflow.eval.nlp.EvalMain;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Watchlist;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the NLP evaluations (NER, quotes, places, seed checks, real news) with one loaded analyzer and
 * prints one table, with the recorded baseline beside each value when the repository's baseline file is
 * found (or given).
 */
final class NlpEval {
  private NlpEval() {}

  static Map<String, Double> run(Path data, Path seed, Path watchlist, Path baselineFile, CommandSpec spec) {
    ArticleAnalyzer analyzer = watchlist == null ? ArticleAnalyzer.load(Watchlist.empty()) : Nlp.articleAnalyzer(watchlist);
    Path seedDir = seed != null ? seed : data.toAbsolutePath().normalize().resolveSibling("seed");
    EvalBaseline baseline = baselineFile != null ? EvalBaseline.load(baselineFile) : findBaseline();
    try (PrintStream out = EvalCommand.stdout(spec)) {
      Map<String, Double> measured = new LinkedHashMap<>(EvalMain.run(data, seedDir, analyzer, out, baseline));
      if (Files.isDirectory(RealNewsRun.goldDir(data))) {
        // alerts are measured against the watched officials: the default watchlist unless one is given
        Watchlist officials = Nlp.watchlist(watchlist);
        List<JsonNode> predictions = RealNewsRun.predict(data, analyzer, officials, null);
        RealNewsRun.rows(data, predictions, new EvalMain.Table(out, baseline, measured));
      } else {
        out.println("realnews skipped: no " + RealNewsRun.goldDir(data));
      }
      return measured;
    }
  }

  private static EvalBaseline findBaseline() {
    try {
      return EvalBaseline.find();
    } catch (IllegalStateException e) {
      return null; // outside the repository: no baseline column
    }
  }
}
