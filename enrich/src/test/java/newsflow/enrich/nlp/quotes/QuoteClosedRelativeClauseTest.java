package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A speech verb in a relative clause (", who wrote ...,") that closes before the quote, after which the sentence's
 * own verb goes on ("..., has"), is not the quote's cue: the quote belongs to the outer sentence.
 */
class QuoteClosedRelativeClauseTest {

  @Test
  void theReporterOfTheSentenceSpeaksNotTheOneInTheClause() {
    List<Quote> qs = quotes("The harbour festival returns in June, organiser Petra Lindqvist announced.\n\n"
        + "She said the lighting by Oduya, who wrote stage plans for revues such as \u201cSalt Wind\u201d and "
        + "\u201cLamps, Nets, Tide,\u201d has both a calm glow and \u201ca wild streak. Femi's work never sits "
        + "still.\u201d");
    assertEquals("Petra Lindqvist", quote(qs, "a wild streak").speaker());
  }

  @Test
  void withNoOuterCueTheClauseVerbStillGivesNoSpeaker() {
    List<Quote> qs = quotes("The bakery on Quay Road opened last week.\n\n"
        + "The rye loaf by Marchetti, who wrote two books on baking, has a crust with \u201ca proper crackle.\u201d");
    assertNull(quote(qs, "a proper crackle").speaker());
  }

  @Test
  void aQuoteInsideTheRelativeClauseKeepsItsCue() {
    List<Quote> qs = quotes("The council met on Monday.\n\n"
        + "The vote was welcomed by councillor Ravi Mehta, who wrote that the scheme was \u201clong overdue.\u201d");
    assertEquals("Ravi Mehta", quote(qs, "long overdue").speaker());
  }
}
