package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A relative clause with an unnamed subject of its own and a naming verb ("the berths, which fishermen call
 * “...”") governs the quote inside it: the words are that unnamed group's, not the reported speaker's whose
 * sentence holds the clause. A named or pronoun subject in the clause is left to the cue rules. Made-up sentences.
 */
class QuoteRelativeNamingClauseTest {

  @Test
  void anUnnamedSubjectOfARelativeNamingClauseOwnsTheQuote() {
    List<Quote> qs = quotes("Port row\n\nIvo Brandt, the harbour master, spoke at the quay. Later he told the board the new "
        + "berths, which fishermen call \"the pens\", were too small for trawlers.");
    assertNull(quote(qs, "the pens").speaker());
    qs = quotes("Mill plan\n\nCouncillor Ann Vale said the mill scheme, which many residents have labelled "
        + "\"a land grab\", would go ahead in May.");
    assertNull(quote(qs, "a land grab").speaker());
  }

  @Test
  void aNamedOrPronounSubjectAndAPlainReportedClauseKeepTheirSpeakers() {
    List<Quote> qs = quotes("Mill plan\n\nCouncillor Ann Vale said the mill scheme, which Tom Reyes called "
        + "\"a land grab\", would go ahead in May.");
    assertEquals("Tom Reyes", quote(qs, "a land grab").speaker());
    qs = quotes("Mill plan\n\nCouncillor Ann Vale attacked the mill scheme, which she called \"a land grab\", on "
        + "Monday.");
    assertEquals("Ann Vale", quote(qs, "a land grab").speaker());
    qs = quotes("Mill plan\n\nCouncillor Ann Vale said the mill scheme, which she once backed, was now "
        + "\"a land grab\".");
    assertEquals("Ann Vale", quote(qs, "a land grab").speaker());
  }
}
