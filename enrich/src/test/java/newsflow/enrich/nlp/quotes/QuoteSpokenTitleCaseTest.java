package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Spans that pass the title-case test but are someone's words: a phrase opening with a lower-case function
 * word (a title of a work capitalises its first word). Titles of works, also after a speech verb, and oddly
 * cased names after a naming word stay no quote. Made-up sentences, whole pipeline.
 */
class QuoteSpokenTitleCaseTest {

  @Test
  void aPhraseOpeningInLowerCaseIsTheNamersWords() {
    String text = "Rival coach Ann Lee calls them “the Pride of the Valley.” The team plays on Sunday.";
    assertEquals("Ann Lee", quote(quotes(text), "the Pride").speaker());
  }

  @Test
  void titlesOfWorksAndNamedAppsStayNoQuote() {
    String text = "The shop sells lamps through a tablet app named “Plan your Day”, which lists prices. "
        + "Tom Park said “Songs of the Open Road” was his favourite album. "
        + "He bought tickets for “The Pride of the Valley” at the box office.";
    List<Quote> qs = quotes(text);
    assertTrue(qs.isEmpty(), qs.toString());
  }
}
