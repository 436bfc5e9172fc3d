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
    List<Quote> qs = quotes("Judging for the county garden prize ended on Friday.\n\n"
        + "Their chair, Amos Keller, told the Gazette that the plot by Nadia Brennan, who described her plans at a "
        + "village meeting in March, was both tidy and \u201cfull of surprises at every turn.\u201d");
    assertEquals("Amos Keller", quote(qs, "full of surprises").speaker());
  }

  @Test
  void withNoOuterCueTheClauseVerbStillGivesNoSpeaker() {
    List<Quote> qs = quotes("The station reopened after a year of repairs.\n\n"
        + "A mural by Ingrid Solberg, who posted sketches of it online for months, now covers its east wall with "
        + "\u201ca riot of gulls and kites.\u201d");
    assertNull(quote(qs, "a riot of gulls").speaker());
  }

  @Test
  void aQuoteInsideTheRelativeClauseKeepsItsCue() {
    List<Quote> qs = quotes("The council met on Monday.\n\n"
        + "The vote was welcomed by councillor Ravi Mehta, who wrote that the scheme was \u201clong overdue.\u201d");
    assertEquals("Ravi Mehta", quote(qs, "long overdue").speaker());
  }
}
