package newsflow.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CoNLL reader and metric on a small hand-written file. */
class NerEvalTest {
  @TempDir Path dir;

  private static final String CONLL = String.join("\n",
      "-DOCSTART- -X- -X- O", "",
      "Anna NNP B-NP I-PER", "Berg NNP I-NP I-PER", "visited VBD B-VP O", "Oslo NNP B-NP I-LOC", ". . O O", "",
      "The DT B-NP O", "Acme NNP I-NP I-ORG", "Bank NNP I-NP I-ORG", "hired VBD B-VP O", "Swedish JJ B-NP I-MISC",
      "staff NN I-NP O", ". . O O", "",
      "-DOCSTART- -X- -X- O", "",
      "Paris NNP B-NP I-LOC", "Rome NNP I-NP B-LOC", "", "");

  @Test
  void rebuildsDocumentsAndDecodesIob1() throws Exception {
    Path f = dir.resolve("dev.txt");
    Files.writeString(f, CONLL);
    List<NerEval.ConllDocument> docs = NerEval.load(f);
    assertEquals(2, docs.size());
    assertEquals("Anna Berg visited Oslo .\nThe Acme Bank hired Swedish staff .", docs.get(0).text());
    assertEquals(List.of(new NerEval.Mention(0, 1, "PER"), new NerEval.Mention(3, 3, "LOC"),
        new NerEval.Mention(6, 7, "ORG"), new NerEval.Mention(9, 9, "MISC")), docs.get(0).gold());
    assertEquals(List.of(new NerEval.Mention(0, 0, "LOC"), new NerEval.Mention(1, 1, "LOC")), docs.get(1).gold());
  }

  @Test
  void scoresExactSpansAndTypesLeavingMiscOut() throws Exception {
    Path f = dir.resolve("dev.txt");
    Files.writeString(f, CONLL);
    List<NerEval.ConllDocument> docs = NerEval.load(f);
    // doc 1: Anna Berg right (span covers tokens 0-1), Oslo typed ORG (wrong), Acme Bank right, Swedish ignored
    // doc 2: "Paris Rome" as one LOC (wrong span)
    NerEval.Scores s = NerEval.evaluate(docs, text -> text.startsWith("Anna")
        ? List.of(new NerEval.Predicted(0, 9, "PER"), new NerEval.Predicted(18, 22, "ORG"),
            new NerEval.Predicted(29, 38, "ORG"), new NerEval.Predicted(45, 52, "OTHER"))
        : List.of(new NerEval.Predicted(0, 10, "LOC")), null);
    assertEquals(2, s.tp());
    assertEquals(2, s.fp());
    assertEquals(3, s.fn());
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(0.4, s.recall(), 1e-9);
  }

  /** No drop from the recorded baseline on the real development set, through the whole analyzer; skipped without the data. */
  @Test
  void analyzerOnConllDevDoesNotDropBelowTheBaseline() {
    Path data = Path.of("../../shared/eval");
    if (!Files.isDirectory(data)) data = Path.of("../shared/eval");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(data.resolve("ner/conllpp_dev.txt")),
        "CoNLL data not present");
    NerEval.Scores s = NerEval.evaluate(data, newsflow.enrich.nlp.SharedAnalyzer.get(), null);
    System.out.println(s.summary());
    java.util.Map<String, Double> measured = new java.util.LinkedHashMap<>();
    measured.put("conll.f1", s.f1());
    for (String t : NerEval.TYPES) measured.put("conll." + t + ".f1", s.f1(t));
    assertEquals(List.of(), EvalBaseline.find().drops(measured), s.summary());
  }
}
