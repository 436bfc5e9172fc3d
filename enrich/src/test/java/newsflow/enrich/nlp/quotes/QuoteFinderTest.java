package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static List<QuoteSpan> find(String text) {
    return new QuoteFinder().find(TextPipeline.instance().process(text));
  }

  private static List<String> texts(String text) {
    Document d = TextPipeline.instance().process(text);
    return new QuoteFinder().find(d).stream().map(q -> q.text(text)).collect(Collectors.toList());
  }

  @Test
  void findsCurlyAndStraightDoubleQuotesWithoutTheirMarks() {
    String text = "“We will win,” he said. \"That was fun,\" she replied.";
    List<QuoteSpan> spans = find(text);
    assertEquals(List.of("We will win,", "That was fun,"), texts(text));
    assertEquals(text.indexOf("We"), spans.get(0).start());
    assertEquals(text.indexOf("That was"), spans.get(1).start());
  }

  @Test
  void marksPartialQuoteInsideSentence() {
    String text = "She called the plan “a disaster for the region.” “We reject it,” she said.";
    List<QuoteSpan> spans = find(text);
    assertTrue(spans.get(0).partial());
    assertFalse(spans.get(1).partial());
  }

  @Test
  void quoteLeftOpenAtParagraphEndContinuesInNextParagraph() {
    String text = "“The first part of the statement.\n“The second part,” he said.";
    List<QuoteSpan> spans = find(text);
    assertEquals(List.of("The first part of the statement.", "The second part,"), texts(text));
    assertTrue(spans.get(0).openAtEnd());
    assertTrue(spans.get(1).continued());
    assertFalse(spans.get(1).openAtEnd());
  }

  @Test
  void keepsNestedSingleQuotesInsideDoubleQuote() {
    String text = "“Europe’s small ’bonsai’ militaries are ‘appendages,’ not armies,” he said.";
    assertEquals(List.of("Europe’s small ’bonsai’ militaries are ‘appendages,’ not armies,"), texts(text));
  }

  @Test
  void keepsEllipsesAndBracketsInsideQuote() {
    String text = "“Why are we giving [the Russians] everything … even now?” she asked. “… In my view, no.”";
    assertEquals(List.of("Why are we giving [the Russians] everything … even now?", "… In my view, no."),
        texts(text));
  }

  @Test
  void readsTypewriterDoubleApostrophesAsQuotes() {
    String text = "''It becomes harder,'' the economist said.";
    assertEquals(List.of("It becomes harder,"), texts(text));
  }

  @Test
  void straightQuotesPairByContext() {
    String text = "He said \"no\" and then \"we will see about that.\"";
    assertEquals(List.of("no", "we will see about that."), texts(text));
  }

  @Test
  void curlySingleQuotesOutsideDoubleQuotesAreQuotesButApostrophesAndNestedOnesAreNot() {
    String text = "‘Growth is back’: Acme Bank\nThe workers’ union said it isn’t over. “He told me, ‘Wait,’ and left,” she said.";
    assertEquals(List.of("Growth is back", "He told me, ‘Wait,’ and left,"), texts(text));
  }
}
