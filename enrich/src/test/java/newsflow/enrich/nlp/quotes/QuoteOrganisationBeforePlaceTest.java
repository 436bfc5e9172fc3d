package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "the company said", "the group said" after an organisation whose sentence ends in a place after a locative
 * preposition: the place is no company or group, so the organisation is still the name the description refers back
 * to. A public body ("the council") may be the place's own, and two bodies or a person named later leave it unnamed.
 * Made-up sentences, whole pipeline.
 */
class QuoteOrganisationBeforePlaceTest {

  @Test
  void aPlaceAfterAPrepositionDoesNotHideTheCompany() {
    String text = "Brightwater Ferries will add a night crossing to Portlaw from June.\n\n"
        + "The company said: \"Demand for late sailings has doubled since the bridge closed.\"";
    assertEquals("Brightwater Ferries", quote(quotes(text), "Demand for late").speaker());
  }

  @Test
  void aPlaceAfterAPrepositionDoesNotHideTheGroup() {
    String text = "The Heron Valley Cycling Trust wants a car-free lane along the coast road into Portmellon.\n\n"
        + "\"Riders should not have to share a narrow road with lorries,\" the group said.";
    assertEquals("Heron Valley Cycling Trust", quote(quotes(text), "Riders should").speaker());
  }

  @Test
  void aCouncilAfterAPlaceMayBeThePlacesOwn() {
    String text = "The Marsh Weather Office warned of heavy rain over Carrow on Friday.\n\n"
        + "\"Sandbags are available at the depot on Mill Street,\" the council said.";
    assertNull(quote(quotes(text), "Sandbags are").speaker());
  }

  @Test
  void aPersonAfterThePlaceStillLeavesItUnnamed() {
    String text = "Brightwater Ferries will add a night crossing to Kestrel Bay, where harbour master Ellen Tarvey "
        + "runs the quay.\n\nThe company said: \"Demand for late sailings has doubled since the bridge closed.\"";
    assertNull(quote(quotes(text), "Demand for late").speaker());
  }
}
