package newsflow.eval.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.enrich.nlp.ner.Conll;
import org.junit.jupiter.api.Test;

/** The whole analyzer on the CoNLL development set, against the recorded baseline. */
class NerEvalTest {
  /** No drop from the recorded baseline on the real development set, through the whole analyzer; skipped without the data. */
  @Test
  void analyzerOnConllDevDoesNotDropBelowTheBaseline() {
    Path data = Path.of("../../shared/eval");
    if (!Files.isDirectory(data)) data = Path.of("../shared/eval");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(data.resolve("ner/conllpp_dev.txt")),
        "CoNLL data not present");
    Conll.Scores s = NerEval.evaluate(data, SharedAnalyzer.get(), null);
    System.out.println(s.summary());
    java.util.Map<String, Double> measured = new java.util.LinkedHashMap<>();
    measured.put("conll.f1", s.f1());
    for (String t : Conll.TYPES) measured.put("conll." + t + ".f1", s.f1(t));
    assertEquals(List.of(), EvalBaseline.find().drops(measured), s.summary());
  }
}
