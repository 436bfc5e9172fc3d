package newsflow.eval.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java port of the real-news measure on a made-up fixture (src/test/resources/realnews-fixture: three
 * made-up gold files, made-up predictions and office holders), and its agreement with score.py itself on
 * that fixture when python3 and ../shared/eval are present.
 */
class RealNewsEvalTest {
  @TempDir Path dir;

  static Path fixture() throws URISyntaxException {
    return Path.of(RealNewsEvalTest.class.getResource("/realnews-fixture/officials.csv").toURI()).getParent();
  }

  static RealNewsEval.Result scoreFixture() throws URISyntaxException {
    Path f = fixture();
    return RealNewsEval.score(f.resolve("gold"), RealNewsEval.loadPredictions(f.resolve("predictions.jsonl")));
  }

  @Test
  void countsTheFixtureAsTheMeasureDefines() throws Exception {
    RealNewsEval.Counts c = scoreFixture().counts();
    assertEquals(3, c.articles());
    assertEquals(1, c.missing());
    // 9 direct quotes: 7 found; right: Roe, Diaz as "Bob Diaz", unnamed, "T. Lee", the acronym ACW
    assertEquals(9, c.direct());
    assertEquals(7, c.found());
    assertEquals(5, c.speakerRight());
    assertEquals(9, c.attributed());
    assertEquals(4, c.attributedRight());
    assertEquals(3, c.scare());
    assertEquals(2, c.scareAttributed());
    // Jane Roe right; "Jane Roe Jr." and the alias-only "Ilse Vargova" false; Lena Holt and a former holder neutral
    assertEquals(1, c.alertRight());
    assertEquals(2, c.alertFalse());
    assertEquals(4, c.alertGold());
    assertEquals(5, c.placePredicted());
    assertEquals(3, c.placeRight());
    assertEquals(5, c.placeGold());
    assertEquals(3, c.placeFound());
    assertEquals(11, c.peoplePredicted());
    assertEquals(7, c.peopleRight());
    assertEquals(8, c.peopleGold());
    assertEquals(6, c.peopleFound());
    assertEquals("summary: speaker 0.556 attributed_precision 0.444 scare_attr 0.667 alert_p 0.333 alert_r 0.250"
        + " place_f1 0.600 people_f1 0.689", RealNewsEval.summary(c));
  }

  @Test
  void listsEachMistakePerArticle() throws Exception {
    List<RealNewsEval.ArticleErrors> errors = scoreFixture().errors();
    assertEquals(List.of("a_town_hall.json", "b_no_prediction.json", "c_budget.json"),
        errors.stream().map(RealNewsEval.ArticleErrors::goldFile).toList());
    List<String> first = errors.get(0).errors();
    assertTrue(first.contains("false alert: Jane Roe Jr."), first.toString());
    assertTrue(first.contains("alert missed: Sam Kent"), first.toString());
    assertTrue(first.contains("place wrong: Paris US (33.66, -95.55) for \"paris\""), first.toString());
    assertTrue(first.contains("scare quote given a speaker: \"blue wall\" -> Jane Roe"), first.toString());
  }

  @Test
  void namesMatchOnFamilyNameSuffixAndFirstGivenName() {
    assertTrue(RealNewsNames.sameName("Robert Diaz", "Bob Diaz"));
    assertTrue(RealNewsNames.sameName("Tom Lee", "T. Lee"));
    assertTrue(RealNewsNames.sameName("Karl van der Berg", "Karl Berg"));
    assertTrue(RealNewsNames.sameName("Maria Lopez Jr.", "Maria Lopez"), "one suffix only: not strict");
    assertFalse(RealNewsNames.sameName("Maria Lopez Jr.", "Maria Lopez", true), "strict for officials");
    assertFalse(RealNewsNames.sameName("Maria Lopez Jr.", "Maria Lopez Sr."));
    assertTrue(RealNewsNames.sameName("Agency for Clean Water", "ACW"));
    assertTrue(RealNewsNames.sameName("Olena Zelinska", "Olena Zelinskaa"), "one edit, six letters or more");
    assertFalse(RealNewsNames.sameName("Jane Roe", "Anna Roe"));
    assertFalse(RealNewsNames.sameName("Jo Park", "Jon Park"), "a two-letter prefix is not a short form");
    assertTrue(RealNewsNames.sameName("Delia Ana Ruiz Gomez", "Delia Ruiz"), "a family name among the given names");
  }

  @Test
  void quotesMatchOnTheirFirstWords() {
    assertTrue(RealNewsNames.quoteMatch("yes", "Yes, certainly"));
    assertFalse(RealNewsNames.quoteMatch("yes", "well yes"));
    assertTrue(RealNewsNames.quoteMatch("the plan is a good start", "The plan is a good start for us"));
    assertFalse(RealNewsNames.quoteMatch("the plan is a good start", "the plan is fine"), "four words in a row");
  }

  @Test
  void roundsLikePythonFormat() {
    assertEquals("0.062", RealNewsEval.f3(0.0625));
    assertEquals("0.688", RealNewsEval.f3(0.6875));
    assertEquals("0.000", RealNewsEval.f3(0.0));
    assertEquals("1.000", RealNewsEval.f3(1.0));
  }

  /** score.py and the port print the same table and mistakes on the fixture; needs python3 and ../shared/eval. */
  @Test
  void agreesWithScorePyOnTheFixture() throws Exception {
    Path scorePy = Path.of("../../shared/eval/realnews/score.py");
    Assumptions.assumeTrue(Files.isRegularFile(scorePy), "score.py not present");
    Assumptions.assumeTrue(python3Available(), "python3 not present");
    // score.py reads officials.csv beside itself: run a copy beside the fixture's made-up office holders
    Path f = fixture();
    try (Stream<Path> files = Files.walk(f)) {
      for (Path p : files.toList()) {
        Path to = dir.resolve(f.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.copy(scorePy, dir.resolve("score.py"));
    String python = run(List.of("python3", dir.resolve("score.py").toString(), dir.resolve("gold").toString(),
        dir.resolve("predictions.jsonl").toString(), "--errors"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RealNewsEval.print(RealNewsEval.score(dir.resolve("gold"), RealNewsEval.loadPredictions(dir.resolve("predictions.jsonl"))),
        new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    assertEquals(python.strip(), bytes.toString(StandardCharsets.UTF_8).strip());
  }

  static boolean python3Available() {
    try {
      return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** The standard output of a command (standard error discarded). */
  static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
    assertEquals(0, p.exitValue(), command + "\n" + out);
    return out;
  }
}
