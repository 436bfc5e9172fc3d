package newsflow.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the real evaluation when the shared evaluation data is present (skipped elsewhere) and compares every
 * extraction number with its line in docs/eval-baseline.properties: more than 0.01 worse, or any new failure
 * page, is a regression.
 */
class ExtractionEvalTest {
    private static final Path DATA = Path.of(System.getProperty("newsflow.eval.extraction", "../../shared/eval/extraction"));

    static Map<String, Double> baseline() throws IOException {
        for (String prefix : List.of("../", "", "../../")) {
            Path p = Path.of(prefix + "docs/eval-baseline.properties");
            if (Files.isRegularFile(p)) {
                Map<String, Double> out = new LinkedHashMap<>();
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    int eq = l.indexOf('=');
                    if (l.startsWith("extraction.") && eq > 0) {
                        out.put(l.substring(0, eq).strip(), Double.parseDouble(l.substring(eq + 1).strip().split("\\s+")[0]));
                    }
                }
                return out;
            }
        }
        throw new IllegalStateException("no docs/eval-baseline.properties");
    }

    @Test
    void keepsItsScoresOnTheDevelopmentData() throws IOException {
        assumeTrue(Files.isDirectory(DATA.resolve("scrapinghub")), "no evaluation data at " + DATA.toAbsolutePath());
        ExtractionEval.Result r = new ExtractionEval().run(DATA);
        Map<String, Double> base = baseline();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Double> m : r.measures().entrySet()) {
            Double b = base.get(m.getKey());
            if (b == null) {
                problems.add(m.getKey() + " has no baseline line (measured " + m.getValue() + ")");
            } else if (ExtractionEval.drop(m.getKey(), m.getValue(), b)) {
                problems.add(m.getKey() + " " + m.getValue() + " dropped from the baseline " + b);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aNewFailurePageIsADropAndScoresHaveATolerance() {
        assertTrue(ExtractionEval.drop("extraction.l3s.failures", 5, 4));
        assertFalse(ExtractionEval.drop("extraction.l3s.failures", 3, 4));
        assertFalse(ExtractionEval.drop("extraction.l3s.f1", 0.956, 0.965));
        assertTrue(ExtractionEval.drop("extraction.l3s.f1", 0.954, 0.965));
        assertFalse(ExtractionEval.drop("extraction.fundus.title", 0.99, 0.92));
    }

    @Test
    void foldsQuoteAndDashTypographyButNothingElse() {
        assertEquals(ExtractionEval.foldTypography("Mayor’s “plan” – explained"), ExtractionEval.foldTypography("Mayor's \"plan\" - explained"));
        assertNotEquals(ExtractionEval.foldTypography("Mayor's plan"), ExtractionEval.foldTypography("mayor's plan"));
    }

    @Test
    void aFundusBodyIsSummaryHeadlinesAndParagraphs() throws IOException {
        var body = new ObjectMapper().readTree("{\"summary\":[\"Lead.\"],\"sections\":[{\"headline\":[],\"paragraphs\":[\"One.\"]},"
                + "{\"headline\":[\"Part two\"],\"paragraphs\":[\"Two.\",\"Three.\"]}]}");
        assertEquals("Lead.\nOne.\nPart two\nTwo.\nThree.\n", ExtractionEval.fundusBody(body));
    }

    @Test
    void pageScoresAndFailures() {
        ExtractionEval.BodyPage miss = new ExtractionEval.BodyPage("a", BodyOverlap.page("weather in the hills today", "one two three four five six"));
        ExtractionEval.BodyPage hit = new ExtractionEval.BodyPage("b", BodyOverlap.page("one two three four five six", "one two three four five six"));
        assertEquals(0, miss.f1());
        assertEquals(1, hit.f1(), 1e-9);
        ExtractionEval.SetResult s = new ExtractionEval.SetResult("x", "x", BodyOverlap.aggregate(List.of(miss.counts(), hit.counts())),
                List.of(hit, miss), Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of());
        assertEquals(List.of(miss), s.failures());
        assertEquals(0.5, s.meanPageF1(), 1e-9);
    }
}
