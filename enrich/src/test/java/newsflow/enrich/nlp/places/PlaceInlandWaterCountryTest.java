package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Places recall (plrecall): a lake or river the gazetteer lacks is local to its story and takes the country of its
 * qualifier, of a story about one country, or of a city named before it in the same sentence, never a point; a sea
 * or gulf, which may border several countries, stays without a country. Made-up sentences.
 */
class PlaceInlandWaterCountryTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  /** The place of {@code name} among the PLACE entities {@code names} (every occurrence a mention). */
  private static ResolvedPlace placeOf(String text, String name, String... names) {
    List<ResolvedPlace> all = RESOLVER.resolve(new Document(text, List.of(), List.of()),
        PlaceResolverTest.placeEntities(text, names));
    return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(all));
  }

  @Test
  void aLakeTakesTheDivisionWrittenAfterIt() {
    ResolvedPlace lake = placeOf("The premiers met at the summer retreat at Ardmere Lake, Que., on Friday.",
        "Ardmere Lake", "Ardmere Lake");
    assertEquals("CA", lake.countryCode());
    assertNull(lake.lat());
  }

  @Test
  void aLakeTakesTheCountryOfACityBeforeItInTheSentence() {
    ResolvedPlace lake = placeOf("A kayaker from Winnipeg capsized on Lake Ardmere on Saturday, rescuers said.",
        "Lake Ardmere", "Winnipeg", "Lake Ardmere");
    assertEquals("CA", lake.countryCode());
    assertNull(lake.lat());
  }

  @Test
  void aRiverTakesTheCountryOfAStoryAboutOneCountry() {
    String text = "Kenya will widen its roads, Kenya's minister said. Farmers in Kenya welcomed the plan. "
        + "A new ferry will cross the Ardmere River by spring.";
    ResolvedPlace river = placeOf(text, "Ardmere River", "Kenya", "Ardmere River");
    assertEquals("KE", river.countryCode());
    assertNull(river.lat());
  }

  @Test
  void aGulfStaysWithoutACountry() {
    assertNull(placeOf("Tankers crossed the Gulf of Ardmere after the storm, officials in Oman said.",
        "Gulf of Ardmere", "Gulf of Ardmere", "Oman").countryCode());
  }

  @Test
  void aCityInAnEarlierSentenceDoesNotPlaceARiver() {
    assertNull(placeOf("He flew from Berlin to Oslo. Then he went fishing on the Ardmere River with friends.",
        "Ardmere River", "Berlin", "Oslo", "Ardmere River").countryCode());
  }
}
