package newsflow.eval.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The seed checks of the evaluation README on the seed article (enrich's test resources). */
class SeedEvalTest {
  @Test
  void seedChecksOfTheEvaluationReadmePass() throws Exception {
    String seed;
    com.fasterxml.jackson.databind.JsonNode gold;
    try (InputStream t = SeedEvalTest.class.getResourceAsStream("/seed/hegseth-nato.txt");
        InputStream g = SeedEvalTest.class.getResourceAsStream("/seed/hegseth-nato.gold.json")) {
      seed = new String(t.readAllBytes(), StandardCharsets.UTF_8);
      gold = new ObjectMapper().readTree(g);
    }
    SeedEval.Result r = SeedEval.evaluate(seed, gold, SharedAnalyzer.get());
    assertEquals(r.quotes(), r.quotesFound(), r.failures().toString());
    assertTrue(r.speakersRight() >= 27, r.summary() + " " + r.failures());
    assertTrue(r.peopleOk(), r.failures().toString());
    assertEquals(r.places(), r.placesRight(), r.failures().toString());
    assertEquals(r.alerts(), r.alertsRight(), r.failures().toString());
    assertEquals(0, r.unexpectedAlerts(), r.failures().toString());
  }
}
