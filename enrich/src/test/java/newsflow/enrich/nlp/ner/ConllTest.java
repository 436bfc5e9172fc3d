package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CoNLL reader and metric on a small hand-written file. */
class ConllTest {
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
    List<Conll.ConllDocument> docs = Conll.load(f);
    assertEquals(2, docs.size());
    assertEquals("Anna Berg visited Oslo .\nThe Acme Bank hired Swedish staff .", docs.get(0).text());
    assertEquals(List.of(new Conll.Mention(0, 1, "PER"), new Conll.Mention(3, 3, "LOC"),
        new Conll.Mention(6, 7, "ORG"), new Conll.Mention(9, 9, "MISC")), docs.get(0).gold());
    assertEquals(List.of(new Conll.Mention(0, 0, "LOC"), new Conll.Mention(1, 1, "LOC")), docs.get(1).gold());
  }

  @Test
  void scoresExactSpansAndTypesLeavingMiscOut() throws Exception {
    Path f = dir.resolve("dev.txt");
    Files.writeString(f, CONLL);
    List<Conll.ConllDocument> docs = Conll.load(f);
    // doc 1: Anna Berg right (span covers tokens 0-1), Oslo typed ORG (wrong), Acme Bank right, Swedish ignored
    // doc 2: "Paris Rome" as one LOC (wrong span)
    Conll.Scores s = Conll.evaluate(docs, text -> text.startsWith("Anna")
        ? List.of(new Conll.Predicted(0, 9, "PER"), new Conll.Predicted(18, 22, "ORG"),
            new Conll.Predicted(29, 38, "ORG"), new Conll.Predicted(45, 52, "OTHER"))
        : List.of(new Conll.Predicted(0, 10, "LOC")), null);
    assertEquals(2, s.tp());
    assertEquals(2, s.fp());
    assertEquals(3, s.fn());
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(0.4, s.recall(), 1e-9);
  }
}
