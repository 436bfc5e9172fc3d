package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static newsflow.enrich.nlp.places.PlaceResolverTest.resolvePlaces;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, places: a capital named only for its government is no place. Besides the subject of a verb and the one
 * urged or accused, news names the government as the agent after "by" ("overtures by Oslo"), as the owner of a
 * programme, policy or refusal ("Oslo's missile programme") and as one of two parties acting together ("Oslo and
 * the Rangers have agreed"). A capital used as a location in any mention stays a place. Made-up sentences.
 */
class PlaceGovernmentActsTest {
  @Test
  void theAgentAfterByIsTheGovernment() {
    String text = "The talks resumed despite a string of friendly overtures by Oslo in recent months. "
        + "Mediators urged Oslo to stay patient.";
    assertNull(only(resolvePlaces(text, "Oslo"), "Oslo"));
  }

  @Test
  void aProgrammeOrRefusalOwnedByTheCapitalIsTheGovernments() {
    String text = "The new sanctions target Ankara's missile programme. Diplomats pressed Ankara to pause it.";
    assertNull(only(resolvePlaces(text, "Ankara"), "Ankara"));
  }

  @Test
  void aCapitalActingWithAnotherPartyIsTheGovernment() {
    String text = "Envoys met again on Friday. Oslo and the Northern Front had been holding direct talks for a year.";
    assertNull(only(resolvePlaces(text, "Oslo"), "Oslo"));
  }

  @Test
  void guardsTheCapitalAsALocationStaysAPlace() {
    // the city's own things after the possessive
    String streets = "Tourists crowded Ankara's old streets. Ankara is busy every summer.";
    assertNotNull(only(resolvePlaces(streets, "Ankara"), "Ankara"));
    // "by" after a word of place or of travel
    String road = "The lake lies two hours by road from Oslo, and the trip was planned by Oslo residents.";
    assertNotNull(only(resolvePlaces(road, "Oslo"), "Oslo"));
    String hosted = "The summit was hosted by Oslo last year.";
    assertNotNull(only(resolvePlaces(hosted, "Oslo"), "Oslo"));
    // one mention as a location keeps the place
    String mixed = "Oslo and the Northern Front have agreed to a truce. The talks were held in Oslo.";
    assertNotNull(only(resolvePlaces(mixed, "Oslo"), "Oslo"));
    // a list of cities, not a party acting with another
    String list = "Prices rose fastest in Lisbon, Oslo and the Algarve towns, the survey found.";
    assertNotNull(only(resolvePlaces(list, "Oslo"), "Oslo"));
  }
}
