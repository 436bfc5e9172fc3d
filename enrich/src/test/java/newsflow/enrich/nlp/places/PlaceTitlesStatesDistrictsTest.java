package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Places pass 3: a place name quoted on its own, or after a work noun ("the album X"), is a title, not a location; a state written after a city,
 * after "upstate" or before "state" is the state, not a city of that name; USVI is one territory; a district of a well-known city of the story beats far-off small namesakes. Made-up sentences.
 */
class PlaceTitlesStatesDistrictsTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, String... placeNames) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), PlaceResolverTest.placeEntities(text, placeNames));
  }

  @Test
  void aPlaceNameQuotedOnItsOwnIsATitleNotALocation() {
    List<ResolvedPlace> places = resolve("The band's new single \u201cLisbon\u201d entered the charts in Ireland.", "Lisbon", "Ireland");
    assertNull(only(places, "Lisbon"), places.toString());
    assertNotNull(only(places, "Ireland"));
    places = resolve("Her film 'Oslo,' shot last winter, opens in Denmark next week.", "Oslo", "Denmark");
    assertNull(only(places, "Oslo"), places.toString());
    // unquoted, or quoted with more words, the city stays
    assertNotNull(only(resolve("She flew to Lisbon on Monday.", "Lisbon"), "Lisbon"));
    assertNotNull(only(resolve("\"We land in Lisbon tonight,\" she said.", "Lisbon"), "Lisbon"));
  }

  @Test
  void aNameAfterAWorkNounOrWithOneInAppositionIsATitle() {
    List<ResolvedPlace> places = resolve("Her band released the album Lisbon last spring and toured Ireland.", "Lisbon", "Ireland");
    assertNull(only(places, "Lisbon"), places.toString());
    assertNotNull(only(places, "Ireland"));
    places = resolve("Readers loved Santa Fe, the debut novel by a young teacher from Ohio.", "Santa Fe", "Ohio");
    assertNull(only(places, "Santa Fe"), places.toString());
    assertNotNull(only(places, "Ohio"));
    // one titled mention names the work throughout: "Palm Springs was lame" is the show too
    String text = "The network has made Palm Springs a soap with a twist. Critics said Palm Springs was lame.";
    assertTrue(resolve(text, "Palm Springs").isEmpty());
    assertTrue(resolve("He starred in Nashville before he moved to Denmark.", "Nashville").isEmpty());
    assertTrue(resolve("Her hit Denver topped the charts for a month.", "Denver").isEmpty());
  }

  @Test
  void aWorkNounDoesNotTakeAPlaceTheStoryLocates() {
    // the film's name is no title, and the place it was shot in stays
    List<ResolvedPlace> places = resolve("The film was shot in Toulouse over the summer.", "Toulouse");
    assertNotNull(only(places, "Toulouse"), places.toString());
    // titled once but also located: the place stays
    places = resolve("Her song Denver topped the charts, and she sang it in Denver on Friday.", "Denver");
    assertNotNull(only(places, "Denver"), places.toString());
    // a place modifying a work noun, a verb "show", and "filmed in X, the ..." stay places
    assertNotNull(only(resolve("The hit Broadway show opens in the autumn.", "Broadway"), "Broadway"));
    assertNotNull(only(resolve("The polls show Texas leaning right this year.", "Texas"), "Texas"));
    places = resolve("It was filmed in Lisbon, the city where the novel is set.", "Lisbon");
    assertNotNull(only(places, "Lisbon"), places.toString());
  }

  @Test
  void theUsVirginIslandsAreOneTerritory() {
    List<ResolvedPlace> places = resolve("A ferry leaves Tortola for US Virgin Islands ports twice daily.", "US Virgin Islands");
    ResolvedPlace vi = only(places, "United States Virgin Islands");
    assertNotNull(vi, places.toString());
    assertEquals("VI", vi.countryCode());
  }

  @Test
  void aStateAfterItsCityOrBeforeTheWordStateIsTheState() {
    List<ResolvedPlace> places = resolve("The plant is in Albany, New York, and employs 300 people.", "Albany", "New York");
    ResolvedPlace ny = places.stream().filter(p -> "New York".equals(p.admin1()) && "ADM1".equals(p.featureCode()))
        .findFirst().orElse(null);
    assertNotNull(ny, places.toString());
    assertNull(only(places, "New York City"), places.toString());
    for (String text : List.of("She grew up in upstate New York.", "The New York state comptroller spoke on Friday.")) {
      List<ResolvedPlace> p = resolve(text, "New York");
      assertEquals(1, p.size(), p.toString());
      assertEquals("ADM1", p.get(0).featureCode(), p.toString());
    }
    // without such words the name means the city
    assertNotNull(only(resolve("Their museum reopened downtown in New York.", "New York"), "New York City"));
  }

  @Test
  void aListAfterACityIsNoQualifier() {
    List<ResolvedPlace> places = resolve("The band plays Boston, New York, Chicago and Denver this autumn.",
        "Boston", "New York", "Chicago", "Denver");
    assertNotNull(only(places, "New York City"), places.toString());
  }

  @Test
  void aDistrictOfTheStorysCityBeatsAFarOffSmallNamesake() {
    String text = "The charity, founded in the United States, opened a shop in London last year and a second one in "
        + "Kensington this spring.";
    ResolvedPlace k = only(resolve(text, "United States", "London", "Kensington"), "Kensington");
    assertNotNull(k);
    assertEquals("GB", k.countryCode(), k.toString());
    // "London's X": a namesake far from London is not meant; X takes London's point
    text = "Fog closed London's Heathrow airport on Friday, a U.S. carrier said.";
    ResolvedPlace h = only(resolve(text, "London", "Heathrow", "U.S."), "Heathrow");
    assertNotNull(h);
    assertEquals("GB", h.countryCode(), h.toString());
    assertTrue(ArticleGeoContext.km(h.lat(), h.lon(), 51.5, -0.12) < 50, h.toString());
    // "X, west London": the city written after a compass word holds a district the gazetteer lacks
    text = "He was born in Fulham, west London, and moved to Leeds.";
    ResolvedPlace f = only(resolve(text, "Fulham", "London", "Leeds"), "Fulham");
    assertNotNull(f);
    assertEquals("GB", f.countryCode(), f.toString());
  }

  @Test
  void craftsPlanetsLeadersUniversitiesAndSpeakingFirmsAreNoPlaces() {
    assertNull(only(resolve("The crew of the shuttle Lisbon checked the heat shield.", "Lisbon"), "Lisbon"));
    assertNull(only(resolve("The probe took new pictures of Jupiter's icy moons last week.", "Jupiter"), "Jupiter"));
    assertNull(only(resolve("The Johnson administration said little about the deal.", "Johnson"), "Johnson"));
    assertNull(only(resolve("He coached at Morehead State before moving on.", "Morehead State"), "Morehead"));
    List<ResolvedPlace> places = resolve("Mortgage approvals slowed across Scotland over the winter, the Halifax said.", "Halifax", "Scotland");
    assertNull(only(places, "Halifax"), places.toString());
    // without those words, the towns stay
    assertNotNull(only(resolve("The firm moved to Jupiter, Florida, last year.", "Jupiter"), "Jupiter"));
    assertNotNull(only(resolve("She was born in Halifax, Nova Scotia.", "Halifax"), "Halifax"));
  }

  @Test
  void aCountyIsNoCityOfItsNameAbroad() {
    String text = "Jo Vance, Lyon County's fire chief, spoke in Fernley, Nevada, on Monday.";
    List<ResolvedPlace> places = resolve(text, "Lyon County", "Fernley", "Nevada");
    ResolvedPlace county = only(places, "Lyon County");
    assertTrue(county == null || "US".equals(county.countryCode()), places.toString());
    assertNull(only(places, "Lyon"), places.toString());
  }

  @Test
  void aTownBeforeABuildingTakesThePlaceWrittenAfterTheBuilding() {
    String text = "Jurors gathered at Westminster Crown Court in London.";
    ResolvedPlace w = only(resolve(text, "Westminster", "London"), "Westminster");
    assertNotNull(w);
    assertEquals("GB", w.countryCode(), w.toString());
  }
}
