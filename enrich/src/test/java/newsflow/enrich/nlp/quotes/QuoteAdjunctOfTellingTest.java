package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "X informed staff “without any warning” that the shift would close": a short quote between a verb of telling
 * with its recipient and that verb's own that-clause is not what was told (the clause is) but a part of the
 * sentence around the telling, quoted from whoever reports it: the one reporting the telling earlier in the
 * sentence, else nobody, never the teller. Made-up sentences, whole pipeline.
 */
class QuoteAdjunctOfTellingTest {

  @Test
  void aQuotedMannerBeforeTheToldClauseIsNotTheTellersWords() {
    String text = "The landlord, Viktor Hale, assured his tenants “in writing” that the heating would be fixed "
        + "before winter.";
    assertNull(quote(quotes(text), "in writing").speaker());
  }

  @Test
  void theOneReportingTheTellingSpeaksAndGoesOnSpeaking() {
    String text = "Union leader Rosa Imani says the strike began when plant manager Otto Brandt informed staff "
        + "“without any warning” that the night shift would close.\n\n“We were never consulted.”";
    assertEquals("Rosa Imani", quote(quotes(text), "without any").speaker());
    assertEquals("Rosa Imani", quote(quotes(text), "We were never").speaker());
  }

  @Test
  void aQuoteFollowedByThatAndANounStaysTheTellers() {
    String text = "Senator Wren Albescu told reporters “we will not fold” that afternoon.";
    assertEquals("Wren Albescu", quote(quotes(text), "we will not").speaker());
  }

  @Test
  void aQuoteInsideTheToldClauseStaysTheTellers() {
    String text = "The harbour pilot, Ines Moro, told the inquiry the ferry had been sailing “far too fast” "
        + "when it struck the pier.";
    assertEquals("Ines Moro", quote(quotes(text), "far too fast").speaker());
  }

  @Test
  void aLongerQuotedClauseBeforeThatStaysTheTellers() {
    String text = "Dr Kofi Mensah warned the hospital board “the wards are full” that winter, and nobody listened.";
    assertEquals("Kofi Mensah", quote(quotes(text), "the wards").speaker());
  }
}
