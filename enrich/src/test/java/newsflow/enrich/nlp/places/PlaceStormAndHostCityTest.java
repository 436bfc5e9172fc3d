package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Places (places7): a storm named like a town is no place; a capital that hosts something or is home to
 * something is the city, not its government; a city named like its state does not make its own name the state.
 * Made-up sentences.
 */
class PlaceStormAndHostCityTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;
  private static final Map<String, String> VERBS = Map.of("will", "MD", "host", "VB", "is", "VBZ", "hosted", "VBD",
      "said", "VBD", "has", "VBZ", "rejected", "VBN");

  private static List<ResolvedPlace> resolve(String text, String... names) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), PlaceResolverTest.placeEntities(text, names));
  }

  @Test
  void aStormNamedLikeATownIsNoPlace() {
    assertEquals(List.of(), resolve("Hurricane Lisbon made landfall on Monday, and Lisbon weakened overnight.", "Lisbon"));
    assertEquals(List.of(), resolve("Tropical Storm Denver brought heavy rain to the coast.", "Denver"));
    assertEquals(List.of(), resolve("Typhoon Oslo hit the islands on Friday.", "Oslo"));
  }

  /** Each storm word before the name, one at a time (the quick check of the text for storm words must see all). */
  @Test
  void everyStormWordMakesTheNameAStorm() {
    for (String storm : List.of("Hurricane", "Typhoon", "Cyclone", "Superstorm", "Super Typhoon", "Tropical Storm",
        "Winter Storm", "Post-Tropical Storm", "Subtropical Storm", "Storm", "Tropical Depression", "Tropical Cyclone")) {
      assertEquals(List.of(), resolve(storm + " Denver brought heavy rain, and Denver weakened overnight.", "Denver"), storm);
    }
  }

  @Test
  void aStormsTownNamedInSpaceStaysAPlace() {
    assertEquals(1, resolve("Storm Lisbon passed to the north; residents in Lisbon were spared.", "Lisbon").size());
    assertEquals(1, resolve("The hurricane made landfall near Lisbon on Monday.", "Lisbon").size());
  }

  @Test
  void aStormNamedLikeATownIsNoPlaceInTheWholePipeline() {
    String text = "Hurricane Odessa made landfall on Monday with winds of 120 miles per hour, forecasters said, "
        + "and Odessa is expected to weaken as it moves inland over the next two days.";
    assertTrue(SharedAnalyzer.get().analyze(text, "en").places().isEmpty());
  }

  @Test
  void aCapitalThatHostsSomethingIsTheCity() {
    ResolvedPlace city = PlaceResolverTest.analysedOne("Dublin will host the final next year.", "Dublin", VERBS);
    assertNotNull(city);
    assertEquals("IE", city.countryCode());
    assertNotNull(PlaceResolverTest.analysedOne("Dublin is home to the federation.", "Dublin", VERBS));
    assertNotNull(PlaceResolverTest.analysedOne("Dublin has hosted the final twice.", "Dublin", VERBS));
  }

  @Test
  void aCityNamedLikeItsStateIsNotMadeTheStateByItself() {
    String text = "The banker kept a mansion in New York City for years. Later the prince said he visited him in "
        + "New York in 2010.";
    List<ResolvedPlace> places = RESOLVER.resolve(new Document(text, List.of(), List.of()),
        PlaceResolverTest.placeEntities(text, "New York City", "New York"));
    assertEquals(2, places.size());
    assertEquals("PPL", places.get(1).featureCode(), "the bare name is the city too");
    // a division cue or a qualifier still makes it the state
    assertEquals("ADM1", resolve("She grew up in Albany, New York, and moved to Boston.", "New York").get(0).featureCode());
  }

  @Test
  void aCapitalThatActsIsStillItsGovernment() {
    assertNull(PlaceResolverTest.analysedOne("Officials said Dublin has rejected the offer.", "Dublin", VERBS));
  }
}
