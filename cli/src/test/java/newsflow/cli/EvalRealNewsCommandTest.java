package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsflow.eval.nlp.EvalBaseline;
import newsflow.eval.nlp.RealNewsEval;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow eval realnews} on ../shared/eval when it is present: the product runs on the real-news
 * pages, its numbers equal score.py's on the same output (when python3 is present), and none falls more
 * than 0.01 below docs/eval-baseline.properties.
 */
class EvalRealNewsCommandTest {
  @TempDir Path dir;

  @Test
  void realNewsNumbersEqualScorePyAndDoNotDropBelowTheBaseline() throws Exception {
    Path data = Path.of("../../shared/eval");
    Assumptions.assumeTrue(Files.isDirectory(data.resolve("realnews/gold")), "real-news gold not present");
    Path saved = dir.resolve("pred.jsonl");
    Cli.Result r = Cli.run("eval", "realnews", "--data", data.toString(), "--errors", "--save", saved.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> pages = RealNewsEval.pages(data.resolve("realnews/gold"));
    assertEquals(pages.size(), Files.readAllLines(saved).size());
    assertTrue(r.out().contains("| articles | " + pages.size() + " | 0 without a prediction |"), r.out());

    // scoring the saved output again gives the same report
    Cli.Result again = Cli.run("eval", "realnews", "--data", data.toString(), "--errors", "--predictions", saved.toString());
    assertEquals(r.out(), again.out());

    Path scorePy = data.resolve("realnews/score.py");
    if (python3Available() && Files.isRegularFile(scorePy)) {
      Process p = new ProcessBuilder("python3", scorePy.toString(), data.resolve("realnews/gold").toString(),
          saved.toString(), "--errors").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(300, TimeUnit.SECONDS));
      assertEquals(python.strip(), r.out().strip());
    }

    RealNewsEval.Counts c = RealNewsEval.score(data.resolve("realnews/gold"), RealNewsEval.loadPredictions(saved)).counts();
    Map<String, Double> measured = new LinkedHashMap<>();
    measured.put("realnews.speaker", c.speaker());
    measured.put("realnews.attributed_precision", c.attributedPrecision());
    measured.put("realnews.scare_attributed", c.scareAttributedShare());
    measured.put("realnews.alert_precision", c.alertPrecision());
    measured.put("realnews.alert_recall", c.alertRecall());
    measured.put("realnews.place_f1", c.placeF1());
    measured.put("realnews.people_f1", c.peopleF1());
    assertEquals(List.of(), EvalBaseline.find().drops(measured), RealNewsEval.summary(c));
  }

  @Test
  void missingDataIsAUserError() {
    Cli.Result r = Cli.run("eval", "realnews", "--data", dir.resolve("nothing").toString());
    assertEquals(Newsflow.EXIT_USAGE, r.exit(), r.err());
    assertTrue(r.err().contains("is not a directory"), r.err());
  }

  static boolean python3Available() {
    try {
      return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
