package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A second quote in a sentence whose own clause has a subject of its own ("... while opponents called it
 * “...”") is that subject's, not the speaker of the quote before it: an unnamed group stays unnamed.
 */
class QuoteOwnClauseSubjectTest {

  @Test
  void anUnnamedGroupWithItsOwnVerbKeepsTheSecondQuote() {
    List<Quote> qs = quotes("The port deal was signed on Monday.\n\n"
        + "Senator Paul Brandt praised the deal as \"a win for workers\" while opponents called it \"a giveaway\".\n\n"
        + "Mayor Ines Korda hailed the plan as \"a fresh start\", but some unions dismissed it as \"a stunt\".\n\n"
        + "Councillor Ray Dunmore called the vote \"long overdue\" and residents described it as \"a relief\".");
    assertEquals("Paul Brandt", quote(qs, "a win for workers").speaker());
    assertNull(quote(qs, "a giveaway").speaker());
    assertEquals("Ines Korda", quote(qs, "a fresh start").speaker());
    assertNull(quote(qs, "a stunt").speaker());
    assertEquals("Ray Dunmore", quote(qs, "long overdue").speaker());
    assertNull(quote(qs, "a relief").speaker());
  }

  @Test
  void theSameSpeakerGoesOnWhenNoNewSubjectComesBetween() {
    List<Quote> qs = quotes("The port deal was signed on Monday.\n\n"
        + "Senator Paul Brandt called the deal \"a win for workers\" and \"a fair bargain\".\n\n"
        + "Mayor Ines Korda hailed the plan as \"a fresh start\" and said it was \"long overdue\".\n\n"
        + "Councillor Ray Dunmore said the vote was \"a relief\" and that critics were \"plainly wrong\".");
    assertEquals("Paul Brandt", quote(qs, "a fair bargain").speaker());
    assertEquals("Ines Korda", quote(qs, "long overdue").speaker());
    assertEquals("Ray Dunmore", quote(qs, "plainly wrong").speaker());
  }
}
