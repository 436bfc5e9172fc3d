package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "Luc Armand and Pavel Niemi both scored. “...,” the striker said": the epithet after two people named together
 * may be either's, so it is neither's; one person named alone before it keeps it. Made-up sentences, whole pipeline.
 */
class QuoteCoordinatedEpithetTest {

  @Test
  void twoPeopleNamedTogetherLeaveTheEpithetUnnamed() {
    String text = "Luc Armand and Pavel Niemi both scored in the cup tie. "
        + "“That was a long evening,” the striker said.";
    assertNull(quote(quotes(text), "That was").speaker());
  }

  @Test
  void onePersonNamedAloneKeepsTheEpithet() {
    String text = "Striker Luc Armand scored twice for Rovers on Saturday. “We kept going,” the striker said.";
    assertEquals("Luc Armand", quote(quotes(text), "We kept").speaker());
  }
}
