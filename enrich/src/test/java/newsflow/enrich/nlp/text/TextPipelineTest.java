package newsflow.enrich.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Sentence;
import newsflow.enrich.nlp.Token;
import org.junit.jupiter.api.Test;

class TextPipelineTest {

  private final TextPipeline pipeline = TextPipeline.instance();

  private static List<String> sentenceTexts(Document d) {
    return d.sentences().stream().map(s -> d.text().substring(s.start(), s.end())).collect(Collectors.toList());
  }

  private static List<String> tokenTexts(Sentence s) {
    return s.tokens().stream().map(Token::text).collect(Collectors.toList());
  }

  @Test
  void splitsParagraphsOnSingleNewlinesAndBlankLines() {
    Document d = pipeline.process("First line.\nSecond line.\n\n\n  Third line.  \n");
    assertEquals(3, d.paragraphs().size());
    assertEquals("Third line.", d.paragraphs().get(2).text());
    assertEquals(2, d.sentences().get(2).paragraph());
  }

  @Test
  void doesNotSplitSentencesAfterHonorificsMonthsAndInitials() {
    Document d = pipeline.process(
        "Mr. Smith met Gen. Jones on Sept. 11 with Ms. Lee and John F. Kennedy Jr. at the U.S. Mint. She left.");
    assertEquals(List.of(
        "Mr. Smith met Gen. Jones on Sept. 11 with Ms. Lee and John F. Kennedy Jr. at the U.S. Mint.",
        "She left."), sentenceTexts(d));
  }

  @Test
  void splitsAfterAcronymBeforeTypicalSentenceStarter() {
    Document d = pipeline.process("The sailors flew back to the U.S. The war was over.");
    assertEquals(2, d.sentences().size());
    assertEquals("The sailors flew back to the U.S.", sentenceTexts(d).get(0));
  }

  @Test
  void keepsClosingQuoteWithItsSentence() {
    Document d = pipeline.process("“We will win.” He smiled. “Is it over?” she asked.");
    assertEquals(List.of("“We will win.”", "He smiled.", "“Is it over?” she asked."), sentenceTexts(d));
  }

  @Test
  void tokenizesWithOffsetsAndSplitsClitics() {
    String text = "Trump’s plan won’t cost $500 billion, or 20% of U.S. output.";
    Document d = pipeline.process(text);
    Sentence s = d.sentences().get(0);
    assertEquals(List.of("Trump", "’s", "plan", "wo", "n’t", "cost", "$500", "billion", ",", "or", "20%",
        "of", "U.S.", "output", "."), tokenTexts(s));
    for (Token t : s.tokens()) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
      assertNull(t.pos());
    }
  }

  @Test
  void normalisesCurlyQuotesAndApostrophes() {
    Document d = pipeline.process("“It’s fine,” he said.");
    List<Token> toks = d.sentences().get(0).tokens();
    assertEquals("\"", toks.get(0).norm());
    assertEquals("'s", toks.get(2).norm());
    assertEquals("’s", toks.get(2).text());
    assertTrue(toks.stream().anyMatch(t -> t.text().equals("”") && t.norm().equals("\"")));
  }

  @Test
  void ellipsisAfterOpeningQuoteDoesNotEndSentence() {
    Document d = pipeline.process("“… In my view, it is fine.” he said.");
    assertEquals(1, d.sentences().size());
  }

  @Test
  void handlesEmptyText() {
    Document d = pipeline.process("");
    assertTrue(d.paragraphs().isEmpty());
    assertTrue(d.sentences().isEmpty());
  }

  @Test
  void aClockTimeGluedToANameIsTwoTokens() {
    Document d = pipeline.process("10:30Ann Lee\n\nThe vote ends at 10:30pm on Friday.");
    List<String> words = d.sentences().stream().flatMap(s -> s.tokens().stream()).map(t -> t.text()).toList();
    assertEquals(List.of("10:30", "Ann", "Lee", "The", "vote", "ends", "at", "10:30pm", "on", "Friday", "."), words);
  }
}
