package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Sentence;
import newsflow.enrich.nlp.Token;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled decoder tags exactly as NLP4J's own decoder: both are loaded from the same model
 * cache and every token's part-of-speech and named-entity tag is compared.
 */
class HashedDecoderTest {
  private static Nlp4jTagger compiled;
  private static Nlp4jTagger nlp4j;

  @BeforeAll
  static void load() {
    compiled = Nlp4jTagger.load(Nlp4jTagger.defaultCacheDir(), true);
    nlp4j = Nlp4jTagger.load(Nlp4jTagger.defaultCacheDir(), false);
  }

  @AfterAll
  static void release() {
    compiled = null;
    nlp4j = null;
  }

  @Test
  void bothPublishedModelsAreCompiled() {
    assertTrue(compiled.isCompiled(), "a fallback to NLP4J's decoder would be slow without notice");
    assertFalse(nlp4j.isCompiled());
  }

  @Test
  void joinedHashIsTheHashOfTheJoinedString() {
    for (String[] p : new String[][] {{"the", "said"}, {"", "x"}, {"NNP", ""}, {"a_b", "c"}, {"x".repeat(300), "y".repeat(200)}}) {
      assertEquals(HashedDecoder.hash(p[0] + "_" + p[1]),
          HashedDecoder.join(HashedDecoder.hash(p[0]), HashedDecoder.hash(p[1]), p[1].length()), Arrays.toString(p));
    }
  }

  @Test
  void taggerNodesHaveNlp4jsWordForms() {
    for (String w : List.of("Hegseth", "U.S.", "www.nato.int", "http://x.org/a", "report.pdf", "3:30", "12,000",
        "$5.5bn", "e-mail", "--", "...", "Kyiv's", "ＮＡＴＯ", "mailto:a@b.com", "1990s", "!!!", "a:b", "CAPS")) {
      NLPNode nlp4jNode = new NLPNode(1, w);
      NLPNode ours = new Nlp4jTagger.TaggerNode(1, w);
      assertEquals(nlp4jNode.getWordFormSimplified(), ours.getWordFormSimplified(), w);
      assertEquals(nlp4jNode.getWordFormSimplifiedLowercase(), ours.getWordFormSimplifiedLowercase(), w);
      assertEquals(nlp4jNode.getWordFormUndigitalized(), ours.getWordFormUndigitalized(), w);
      assertEquals(nlp4jNode.getWordFormLowercase(), ours.getWordFormLowercase(), w);
    }
  }

  @Test
  void seedArticleAndOddTokensTagIdentically() throws IOException {
    List<List<String>> sentences = new ArrayList<>(sentencesOf(resource("/seed/hegseth-nato.txt")));
    sentences.addAll(sentencesOf("""
        WASHINGTON (Reuters) - See https://www.nato.int/cps/en/natohq/news_123.htm?x=1 or report.pdf at 3:30 p.m.
        SOCCER - ENGLISH PREMIER LEAGUE RESULTS . Chelsea 2 Leicester 1 .
        "We will not," he said... 'never' -- U.S.-led talks; $5.5bn, 12,000 troops, 1990s, e-mail: info@nato.int
        Yes.
        """ + "Supercalifragilistic".repeat(10) + " is a word longer than any hash table of powers."));
    assertTrue(sentences.size() > 40);
    assertSameTags(sentences);
  }

  @Test
  void threadsSharingOneTaggerGetTheTagsOfOne() throws Exception {
    List<List<String>> sentences = sentencesOf(resource("/seed/hegseth-nato.txt"));
    List<String> expected = new ArrayList<>();
    for (List<String> s : sentences) expected.add(tags(compiled.tag(s)));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          List<String> got = new ArrayList<>();
          for (int round = 0; round < 3; round++) {
            got.clear();
            for (List<String> s : sentences) got.add(tags(compiled.tag(s)));
          }
          return got;
        }));
      }
      for (java.util.concurrent.Future<List<String>> run : runs) assertEquals(expected, run.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String tags(NLPNode[] nodes) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < nodes.length; i++) {
      sb.append(nodes[i].getPartOfSpeechTag()).append('/').append(nodes[i].getNamedEntityTag()).append(' ');
    }
    return sb.toString();
  }

  @Test
  void conllDevelopmentSetTagsIdentically() throws IOException {
    Path data = Path.of("../../shared/eval");
    if (!Files.isDirectory(data)) data = Path.of("../shared/eval");
    Path conll = data.resolve("ner/conllpp_dev.txt");
    Assumptions.assumeTrue(Files.isRegularFile(conll), "../shared/eval is not present");
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!current.isEmpty()) sentences.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line.split(" ")[0]);
      }
    }
    assertTrue(sentences.size() > 3000);
    assertSameTags(sentences);
  }

  private static void assertSameTags(List<List<String>> sentences) {
    int tokens = 0;
    for (List<String> s : sentences) {
      NLPNode[] a = compiled.tag(s);
      NLPNode[] b = nlp4j.tag(s);
      for (int i = 1; i < a.length; i++) {
        assertEquals(b[i].getPartOfSpeechTag(), a[i].getPartOfSpeechTag(), s + " POS of token " + i);
        assertEquals(b[i].getNamedEntityTag(), a[i].getNamedEntityTag(), s + " NER of token " + i);
        tokens++;
      }
    }
    assertTrue(tokens > 0);
  }

  private static List<List<String>> sentencesOf(String text) {
    Document doc = TextPipeline.instance().process(text);
    List<List<String>> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<String> forms = new ArrayList<>();
      for (Token t : s.tokens()) forms.add(Nlp4jRecognizer.form(t));
      if (!forms.isEmpty()) out.add(forms);
    }
    return out;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HashedDecoderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
