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
 * lecturer in botany at Lowmoor College, who has studied the marsh, told ...") is the named person's, and so is
 * the quote that follows it in the paragraph.
 */
class QuoteRelativeClauseAppositionTest {

  @Test
  void theNameBeforeTheAppositionAndTheRelativeClauseSpeaks() {
    List<Quote> qs = quotes("The marsh drainage plan was debated on Tuesday.\n\n"
        + "\u201cThe plans ignore the river,\u201d Carla Mendt, a lecturer in botany at Lowmoor College, "
        + "who has studied the marsh for years, told the Courier. \u201cNobody asked the farmers.\u201d");
    assertEquals("Carla Mendt", quote(qs, "The plans ignore").speaker());
    assertEquals("Carla Mendt", quote(qs, "Nobody asked").speaker());
  }

  @Test
  void anUnnamedSubjectWithARelativeClauseStaysUnnamed() {
    List<Quote> qs = quotes("The marsh drainage plan was debated on Tuesday.\n\n"
        + "\u201cThe plans ignore the river,\u201d a lecturer at Lowmoor College, who has studied the marsh for years, "
        + "told the Courier.");
    assertNull(quote(qs, "The plans ignore").speaker());
  }
}
