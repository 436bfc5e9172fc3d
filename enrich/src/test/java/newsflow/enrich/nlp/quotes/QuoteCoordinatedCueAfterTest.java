package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A speech verb after a quote names the quote's speaker only in the inverted attribution right after the
 * closing mark (",” Korda said"). After a coordinator (",” and Korda said ...") it opens a clause of its
 * own: the quote keeps the speaker before it, or none.
 */
class QuoteCoordinatedCueAfterTest {

  @Test
  void aCueAfterAndBelongsToItsOwnClause() {
    List<Quote> qs = quotes("The harbour vote was held on Monday.\n\n"
        + "Tomas Berg spoke first. He called the plan \"shameful,\" and Mayor Ines Korda said she agreed.");
    assertEquals("Tomas Berg", quote(qs, "shameful").speaker());
  }

  @Test
  void withNoSpeakerBeforeItTheQuoteStaysUnattributed() {
    List<Quote> qs = quotes("The harbour vote was held on Monday.\n\n"
        + "Critics called it \"shameful,\" but Mayor Ines Korda said the vote would stand.");
    assertNull(quote(qs, "shameful").speaker());
  }

  @Test
  void theInvertedAttributionStillNamesTheSpeaker() {
    List<Quote> qs = quotes("The harbour vote was held on Monday.\n\n"
        + "\"It is a shameful plan,\" Mayor Ines Korda said, and she left the hall.\n\n"
        + "\"We will appeal,\" said Tomas Berg, and his allies cheered.");
    assertEquals("Ines Korda", quote(qs, "It is a shameful plan").speaker());
    assertEquals("Tomas Berg", quote(qs, "We will appeal").speaker());
  }
}
