package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A country's abbreviation written in capitals after an article ("the US navy") is part of the body's name, not
 * the pronoun "us" it spells, so the body speaks and a statement it issued speaks for it. The pronoun itself,
 * and the abbreviation as an object, change nothing. Made-up events.
 */
class QuoteCapitalisedAbbreviationBodyTest {

  @Test
  void aBodyNamedWithACapitalisedAbbreviationSpeaks() {
    List<Quote> qs = quotes("Harbour drill\n\n\"Crews will rehearse a night landing on the northern pier,\" the US "
        + "navy said on Tuesday.");
    assertEquals("US navy", quote(qs, "Crews will rehearse").speaker());
  }

  @Test
  void theBodysStatementSpeaksForIt() {
    List<Quote> qs = quotes("Ferry stranded\n\nA ferry with forty passengers ran aground off Kelby Point, the US "
        + "navy said in a statement on Sunday.\n\n\"Tugs are standing by and nobody on board has been "
        + "hurt,\" the statement said.");
    assertEquals("US navy", quote(qs, "Tugs are standing by").speaker());
  }

  @Test
  void thePronounAndTheCountryAsObjectAreUnchanged() {
    List<Quote> qs = quotes("Dock talks\n\n\"Leave us to finish the repairs,\" said Marta Kolberg. \"Nobody has "
        + "asked us about the cost.\"\n\n\"The shipment will go to the US next week,\" Kolberg added.\n\n"
        + "\"They gave us nothing in writing,\" a US diplomat said.");
    assertEquals("Marta Kolberg", quote(qs, "Leave us to finish").speaker());
    assertEquals("Marta Kolberg", quote(qs, "Nobody has asked us").speaker());
    assertEquals("Marta Kolberg", quote(qs, "The shipment will go").speaker());
    assertNull(quote(qs, "They gave us nothing").speaker(), "an unnamed diplomat stays unnamed");
  }
}
