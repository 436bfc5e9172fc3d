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
    String text = "French striker Luc Armand scored twice on Saturday. “It was a hard night,” the Frenchman said.";
    assertEquals("Luc Armand", quote(quotes(text), "It was").speaker());
  }

  @Test
  void theCountryAsPossessorOrAnAppositionShowsIt() {
    String owned = "Portugal's Ivo Brant beat Marko Vidic in three sets. “I feel good,” the Portuguese said.";
    assertEquals("Ivo Brant", quote(quotes(owned), "I feel").speaker());
    String apposed = "Luc Armand, a Frenchman, beat Marco Bellini in three sets. “I feel good,” the Frenchman said.";
    assertEquals("Luc Armand", quote(quotes(apposed), "I feel").speaker());
  }

  @Test
  void aNationalityBeforeAnotherNameIsThatPersons() {
    String text = "Luc Armand beat Serbian Marko Vidic in three sets. “I feel good,” the Serb said.";
    assertEquals("Marko Vidic", quote(quotes(text), "I feel").speaker());
  }

  @Test
  void noOneShownWithItOrTwoShownWithItLeaveItUnnamed() {
    String none = "Luc Armand scored twice on Saturday. “It was a hard night,” the Frenchman said.";
    assertNull(quote(quotes(none), "It was").speaker());
    String two = "French striker Luc Armand and French defender Hugo Lenoir both played on Saturday. "
        + "“It was a hard night,” the Frenchman said.";
    assertNull(quote(quotes(two), "It was").speaker());
    String place = "In France, Luc Armand beat Marko Vidic in three sets. “I feel good,” the Frenchman said.";
    assertNull(quote(quotes(place), "I feel").speaker());
  }
}
