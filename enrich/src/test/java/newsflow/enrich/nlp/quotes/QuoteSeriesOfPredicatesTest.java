package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A cue that is the last of a series of predicates ("V1 ..., V2 ... and V3 “...”") takes the series' named
 * subject, across appositions and relative clauses closed by commas; a "who" clause that runs on to the quote
 * keeps the words from the sentence's subject.
 */
class QuoteSeriesOfPredicatesTest {

  @Test
  void aRelativeClauseOnAnEarlierObjectClosedByACommaKeepsTheSeriesSubject() {
    List<Quote> qs = quotes("Hives return\n\nIlse Marrow, a beekeeper who took over the hives when her father "
        + "retired, planted an orchard that fed the bees, called the new spray \u201ca slow poison\u201d and urged "
        + "growers to drop it.");
    assertEquals("Ilse Marrow", quote(qs, "a slow poison").speaker());
  }

  @Test
  void aChainOfAppositionsBeforeTheSeriesIsPassedOver() {
    List<Quote> qs = quotes("Mill reopens\n\nBertil Ahn, 71, a retired miller, restored the old mill, ground the "
        + "first sack of grain and called the loaf \u201cbetter than any shop bread.\u201d");
    assertEquals("Bertil Ahn", quote(qs, "better than any shop bread").speaker());
  }

  @Test
  void aCueInsideAnotherPersonsClauseIsNotTheSubjects() {
    List<Quote> qs = quotes("Hard winter\n\nIlse Marrow met a keeper who lost his hives and called the winter "
        + "\u201cthe worst in memory.\u201d\n\nBertil Ahn, a miller, visited Tomas Brill, who called the mill "
        + "\u201ca marvel.\u201d\n\nIlse Marrow, a beekeeper, tended the hives, the growers sprayed and called it "
        + "\u201cpure gold.\u201d");
    assertNull(quote(qs, "the worst in memory").speaker(), "the keeper may have said it");
    assertEquals("Tomas Brill", quote(qs, "a marvel").speaker(), "the clause after ', who' is the named person's");
    assertNull(quote(qs, "pure gold").speaker(), "a noun and a verb start a clause of their own");
  }
}
