package newsflow.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.cli.UserException;
import newsflow.cli.config.Nlp;
import newsflow.eval.nlp.EvalMain;
import newsflow.eval.nlp.RealNewsEval;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.schemas.json.PlainJson;

/**
 * The real-news evaluation: runs the product ({@code analyze}) on the pages the gold files of
 * {@code DATA/realnews/gold} name and scores the output with {@link RealNewsEval}, the port of
 * {@code realnews/score.py}.
 */
final class RealNewsRun {
  private RealNewsRun() {}

  /** The gold directory under the evaluation data directory. */
  static Path goldDir(Path data) {
    return data.resolve("realnews").resolve("gold");
  }

  /** The analyze JSON of every page named in the gold files, in gold order; {@code jsonl} (nullable) receives them too. */
  static List<JsonNode> predict(Path data, ArticleAnalyzer analyzer, Watchlist watchlist, Path jsonl) {
    Path gold = goldDir(data);
    if (!Files.isDirectory(gold)) throw new UserException("no real-news gold under " + gold);
    ArticleAnalysisJson json = new ArticleAnalysisJson(analyzer.withWatchlist(watchlist)::analyze, Nlp.officials(watchlist));
    Instant now = Instant.now();
    List<JsonNode> out = new ArrayList<>();
    try (Writer w = jsonl == null ? Writer.nullWriter() : Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (String page : RealNewsEval.pages(gold)) {
        Path file = data.resolve(page);
        try {
          JsonNode node = json.analyze(file, null, false, now);
          out.add(node);
          w.write(PlainJson.write(node, false));
          w.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException("cannot analyse " + file, e);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException("cannot analyse " + file + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + jsonl, e);
    }
    return out;
  }

  /** Scores predictions and adds the rows of the {@code eval nlp} table. */
  static RealNewsEval.Result rows(Path data, List<JsonNode> predictions, EvalMain.Table table) {
    RealNewsEval.Result r = RealNewsEval.score(goldDir(data), predictions);
    RealNewsEval.Counts c = r.counts();
    table.row("realnews", "speaker right over all gold direct quotes (bar 0.90)", "realnews.speaker", c.speaker());
    table.row("realnews", "attributed-quote precision (bar 0.95)", "realnews.attributed_precision",
        c.attributedPrecision());
    table.row("realnews", "scare quotes given a speaker (bar <= 0.05)", "realnews.scare_attributed",
        c.scareAttributedShare());
    table.row("realnews", "alert precision (bar 0.98)", "realnews.alert_precision", c.alertPrecision());
    table.row("realnews", "alert recall (bar 0.90)", "realnews.alert_recall", c.alertRecall());
    table.row("realnews", "places F1 (bar 0.90)", "realnews.place_f1", c.placeF1());
    table.row("realnews", "people F1 (bar 0.90)", "realnews.people_f1", c.peopleF1());
    return r;
  }

  /** Prints score.py's report of the predictions. */
  static RealNewsEval.Result report(Path data, List<JsonNode> predictions, PrintStream out, boolean errors) {
    RealNewsEval.Result r = RealNewsEval.score(goldDir(data), predictions);
    RealNewsEval.print(r, out, errors);
    return r;
  }
}
