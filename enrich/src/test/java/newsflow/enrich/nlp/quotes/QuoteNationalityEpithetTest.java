package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "the Frenchman said", "the Serb said": the one person the article showed with that nationality ("French striker
 * Luc Armand", "France's Luc Armand", "Luc Armand, a Frenchman,"); nobody when no one or two were shown so.
 * Made-up sentences, whole pipeline.
 */
class QuoteNationalityEpithetTest {

  @Test
  void theAdjectiveBeforeTheNameShowsTheNationality() {
    String text = "French striker Luc Armand scored twice in the cup tie. "
        + "“That was a long evening,” the Frenchman said.";
    assertEquals("Luc Armand", quote(quotes(text), "That was").speaker());
  }

  @Test
  void theCountryAsPossessorOrAnAppositionShowsIt() {
    String owned = "Portugal's Ivo Brant beat Marko Vidic in three sets. “I am pleased,” the Portuguese said.";
    assertEquals("Ivo Brant", quote(quotes(owned), "I am").speaker());
    String apposed = "Luc Armand, a Frenchman, beat Marco Bellini in three sets. "
        + "“I am pleased,” the Frenchman said.";
    assertEquals("Luc Armand", quote(quotes(apposed), "I am").speaker());
  }

  @Test
  void aNationalityBeforeAnotherNameIsThatPersons() {
    String text = "Luc Armand beat Serbian Marko Vidic in three sets. “My legs held up,” the Serb said.";
    assertEquals("Marko Vidic", quote(quotes(text), "My legs").speaker());
  }

  @Test
  void noOneShownWithItOrTwoShownWithItLeaveItUnnamed() {
    String none = "Luc Armand scored twice in the cup tie. “That was a long evening,” the Frenchman said.";
    assertNull(quote(quotes(none), "That was").speaker());
    String two = "French striker Luc Armand and French defender Hugo Lenoir both played in the cup tie. "
        + "“That was a long evening,” the Frenchman said.";
    assertNull(quote(quotes(two), "That was").speaker());
    String place = "In France, Luc Armand beat Marko Vidic in three sets. “I am pleased,” the Frenchman said.";
    assertNull(quote(quotes(place), "I am").speaker());
  }
}
