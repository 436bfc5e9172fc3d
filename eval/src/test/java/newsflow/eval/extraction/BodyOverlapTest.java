package newsflow.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyOverlapTest {

    @Test
    void countsFourGramMultisetsNormalisedPerPage() {
        // truth: a b c d e -> 4-grams {abcd, bcde}; prediction: a b c d x -> {abcd, bcdx}
        BodyOverlap.PageCounts c = BodyOverlap.page("a b c d x", "a, b. c d e");
        assertEquals(1.0 / 3, c.tp(), 1e-9);
        assertEquals(1.0 / 3, c.fp(), 1e-9);
        assertEquals(1.0 / 3, c.fn(), 1e-9);
    }

    @Test
    void countsRepeatedShinglesAsAMultiset() {
        // prediction repeats the text: {abcd x2, bcda, cdab, dabc}; truth {abcd}: tp 1, fp 4, fn 0
        BodyOverlap.PageCounts c = BodyOverlap.page("a b c d a b c d", "a b c d");
        assertEquals(0.2, c.tp(), 1e-9);
        assertEquals(0.8, c.fp(), 1e-9);
        assertEquals(0.0, c.fn(), 1e-9);
    }

    @Test
    void averagesPrecisionAndRecallOverPagesAndTakesF1OfTheMeans() {
        BodyOverlap.PageCounts perfect = BodyOverlap.page("w x y z", "w x y z");       // P 1, R 1
        BodyOverlap.PageCounts half = BodyOverlap.page("a b c d x", "a b c d e");      // P 1/2, R 1/2
        BodyOverlap.PageCounts empty = BodyOverlap.page("", "a b c d e");              // left out of P, R 0
        BodyOverlap.Score s = BodyOverlap.aggregate(List.of(perfect, half, empty));
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.6, s.f1(), 1e-9);
        assertEquals(3, s.pages());
    }

    @Test
    void parsesFundusDatesWithAndWithoutOffset() {
        assertEquals(java.time.Instant.parse("2024-04-26T15:24:04.336Z"), ExtractionEval.parseGoldDate("2024-04-26 15:24:04.336000+00:00"));
        assertEquals(java.time.Instant.parse("2024-05-24T14:05:10Z"), ExtractionEval.parseGoldDate("2024-05-24 10:05:10-04:00"));
        assertEquals(java.time.Instant.parse("2023-04-28T13:53:25Z"), ExtractionEval.parseGoldDate("2023-04-28 13:53:25"));
    }
}
