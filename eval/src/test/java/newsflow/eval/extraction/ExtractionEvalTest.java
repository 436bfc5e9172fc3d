package newsflow.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the real evaluation when the shared evaluation data is present; skipped elsewhere. */
class ExtractionEvalTest {
    private static final Path DATA = Path.of(System.getProperty("newsflow.eval.extraction", "../../shared/eval/extraction"));

    @Test
    void keepsItsScoresOnTheDevelopmentData() {
        assumeTrue(Files.isDirectory(DATA.resolve("scrapinghub")), "no evaluation data at " + DATA.toAbsolutePath());
        ExtractionEval.Result r = new ExtractionEval().run(DATA);
        // regression guards a little under the measured development scores (docs/extraction.md)
        assertTrue(r.bodyF1() >= 0.97, "body F1 " + r.bodyF1());
        assertTrue(r.titleExact() >= 0.85, "title " + r.titleExact());
        assertTrue(r.authorsExact() >= 0.9, "authors " + r.authorsExact());
        assertTrue(r.dateExact() >= 0.9, "date " + r.dateExact());
    }
}
