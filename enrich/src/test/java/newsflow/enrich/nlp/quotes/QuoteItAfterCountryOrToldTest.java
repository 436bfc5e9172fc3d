package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * The pronoun "it" for a country or a board named just before: a country opening the previous sentence stands
 * for its government; a passive verb of telling ("Growers were informed that ...") has only
 * the one told as subject, so the board's statement is still the one speaker there. Made-up events.
 */
class QuoteItAfterCountryOrToldTest {

  @Test
  void itAfterACountryLeadingTheSentenceBeforeIsThatCountry() {
    List<Quote> qs = quotes("Dam dispute\n\nMoldova boycotted the arbitration over the river dam last spring.\n\n"
        + "It insisted in a filing that \"the panel has no say over a sovereign water supply\".");
    assertEquals("Moldova", quote(qs, "the panel has no say").speaker());
  }

  @Test
  void itAfterATellingPassiveAndADocumentIsTheDocumentsAuthor() {
    List<Quote> qs = quotes("Sluice closed\n\nThe Harbour Water Board shut the north sluice on Friday, the board "
        + "announced.\n\nIn a statement, it said the flood had reached the lower fields.\n\n"
        + "Growers were informed that \"the sluice stays shut until the river falls,\" the statement added.\n\n"
        + "It added that any grower caught \"pumping into the canal\" faces a fine.");
    assertEquals("Harbour Water Board", quote(qs, "the sluice stays shut").speaker());
    assertEquals("Harbour Water Board", quote(qs, "pumping into the canal").speaker());
  }

  @Test
  void itIsNoCountryWhenSomeoneElseSpeaksOrItIsAPlaceholderOrACity() {
    List<Quote> qs = quotes("Dam dispute\n\nMoldova boycotted the arbitration, Judge Tom Brandt noted on Friday.\n\n"
        + "It insisted in a filing that \"the panel has no say over our water\".\n\n"
        + "Romania skipped the round of talks.\n\nIt was unclear whether \"the accord will lapse\" in June.\n\n"
        + "Ostrava skipped the tram hearing.\n\nIt insisted in a filing that \"the depot plan is unsafe\".");
    assertNotEquals("Moldova", quote(qs, "the panel has no say").speaker());
    assertNotEquals("Romania", quote(qs, "the accord will lapse").speaker());
    assertNull(quote(qs, "the depot plan is unsafe").speaker());
  }

  @Test
  void itAfterACountryWithABodySpeakingInItsSentenceIsNotTheCountry() {
    List<Quote> qs = quotes("Border post\n\nMoldova on Friday closed its border post near the dam, which it described "
        + "as \"a risk to the valley\", the Lowland Border Agency said.\n\n"
        + "\"The crossing stays shut for a week,\" it said.");
    assertNotEquals("Moldova", quote(qs, "The crossing stays shut").speaker());
  }
}
