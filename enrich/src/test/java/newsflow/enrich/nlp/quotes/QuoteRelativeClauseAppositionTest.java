package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A cue after the quote whose subject is a name, an apposition and a relative clause ("“...,” Carla Mendt, a
 * lecturer in botany at Lowmoor College, who sat on the board, told ...") is the named person's, and so is
 * the quote that follows it in the paragraph.
 */
class QuoteRelativeClauseAppositionTest {

  @Test
  void theNameBeforeTheAppositionAndTheRelativeClauseSpeaks() {
    List<Quote> qs = quotes("The tenants' appeal was heard on Tuesday.\n\n"
        + "\u201cHe had a raw deal,\u201d Carla Mendt, a lecturer in botany at Lowmoor College, "
        + "who sat on the housing board at the time, told the Courier. \u201cHe should never have lost the flat.\u201d");
    assertEquals("Carla Mendt", quote(qs, "He had a raw deal").speaker());
    assertEquals("Carla Mendt", quote(qs, "He should never have lost").speaker());
  }

  @Test
  void anUnnamedSubjectWithARelativeClauseStaysUnnamed() {
    List<Quote> qs = quotes("The tenants' appeal was heard on Tuesday.\n\n"
        + "\u201cHe had a raw deal,\u201d a lawyer at the Lowmoor housing office, who sat on the board at the time, "
        + "told the Courier.");
    assertNull(quote(qs, "He had a raw deal").speaker());
  }
}
