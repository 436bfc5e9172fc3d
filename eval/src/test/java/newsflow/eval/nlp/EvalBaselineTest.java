package newsflow.eval.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file: its format, what counts as a drop, and the seed checks against it. */
class EvalBaselineTest {
  @TempDir Path dir;

  @Test
  void aDropIsMoreThanTheToleranceBelowAndARiseNeverFails() throws IOException {
    Path f = Files.writeString(dir.resolve("b.properties"), "# comment\nx.f1=0.800\nscare=0.200 lower-is-better\n");
    EvalBaseline b = EvalBaseline.load(f);
    assertNull(b.check("x.f1", 0.791), "within 0.01");
    assertNull(b.check("x.f1", 0.95), "a rise");
    assertTrue(b.check("x.f1", 0.789).contains("below the baseline 0.8000"), b.check("x.f1", 0.789));
    assertNull(b.check("scare", 0.15));
    assertTrue(b.check("scare", 0.215).contains("above"));
    assertTrue(b.check("y", 0.5).contains("no line"), "an unrecorded value is reported, not ignored");
    assertEquals(List.of("x.f1", "scare"), List.copyOf(b.keys()));
  }

  @Test
  void aMalformedLineNamesFileAndLine() throws IOException {
    Path f = Files.writeString(dir.resolve("b.properties"), "x.f1=0.8\nx.r1 = high\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalBaseline.load(f));
    assertTrue(e.getMessage().contains("b.properties:2"), e.getMessage());
  }

  @Test
  void theRepositoryBaselineRecordsEveryMeasuredValue() {
    EvalBaseline b = EvalBaseline.find();
    for (String key : List.of("conll.f1", "conll.PER.f1", "conll.ORG.f1", "conll.LOC.f1", "polnear.quote_f1",
        "polnear.speaker_accuracy", "geowebnews.f1", "geowebnews.acc161", "geowebnews.gazetteer.f1",
        "geowebnews.gazetteer.acc161", "seed.quotes_found", "seed.speakers_right", "seed.people", "seed.places_right",
        "seed.alerts_right", "seed.unexpected_alerts", "realnews.speaker", "realnews.attributed_precision",
        "realnews.scare_attributed", "realnews.alert_precision", "realnews.alert_recall", "realnews.place_f1",
        "realnews.people_f1")) {
      assertTrue(b.value(key).isPresent(), key);
    }
    assertTrue(b.lowerIsBetter("realnews.scare_attributed"));
    assertTrue(b.lowerIsBetter("seed.unexpected_alerts"));
  }

  /** The seed checks of the evaluation README through the whole analyzer: no count below the baseline. */
  @Test
  void seedChecksDoNotDropBelowTheBaseline() throws IOException {
    String text;
    try (InputStream t = EvalBaselineTest.class.getResourceAsStream("/seed/hegseth-nato.txt");
        InputStream g = EvalBaselineTest.class.getResourceAsStream("/seed/hegseth-nato.gold.json")) {
      text = new String(t.readAllBytes(), StandardCharsets.UTF_8);
      SeedEval.Result r = SeedEval.evaluate(text, new ObjectMapper().readTree(g), SharedAnalyzer.get());
      Map<String, Double> measured = new LinkedHashMap<>();
      measured.put("seed.quotes_found", (double) r.quotesFound());
      measured.put("seed.speakers_right", (double) r.speakersRight());
      measured.put("seed.people", (double) r.peopleFound());
      measured.put("seed.not_people", (double) r.notPeopleFound());
      measured.put("seed.places_right", (double) r.placesRight());
      measured.put("seed.alerts_right", (double) r.alertsRight());
      measured.put("seed.unexpected_alerts", (double) r.unexpectedAlerts());
      assertEquals(List.of(), EvalBaseline.find().drops(measured), r.summary() + " " + r.failures());
    }
  }
}
