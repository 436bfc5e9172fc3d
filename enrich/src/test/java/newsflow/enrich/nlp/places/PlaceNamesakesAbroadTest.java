package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.resolvePlaces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places: a name made of compass, division and similar words, or a town of another country inside a
 * longer name or before a venue word, is no far-off namesake in a story clearly about one country. Made-up sentences.
 */
class PlaceNamesakesAbroadTest {
  private static ResolvedPlace entity(List<ResolvedPlace> places, String id) {
    return places.stream().filter(p -> id.equals(p.entityId())).findFirst().orElse(null);
  }

  @Test
  void compassWordsInsideALongerNameAreNoDivisionAbroad() {
    String text = "Herders in Kenya moved their cattle south on Monday. Officials said the drought in the North West "
        + "Grazing Province was the worst in years, and markets in Nairobi, Mombasa and Kisumu saw prices rise. "
        + "Kenya's farm minister promised help.";
    List<ResolvedPlace> places = resolvePlaces(text, "Kenya", "North West Grazing Province", "Nairobi", "Mombasa", "Kisumu");
    ResolvedPlace p = entity(places, "e1");
    assertTrue(p == null || "KE".equals(p.countryCode()), places.toString());
  }

  @Test
  void aCapitalDistrictOfAnotherCountryIsNotMeant() {
    String text = "Rents for government offices in Canada rose again. Landlords say the National Capital District is "
        + "short of space, a spokeswoman said in Ottawa. Offices in Toronto, Calgary and Montreal are also full.";
    List<ResolvedPlace> places = resolvePlaces(text, "Canada", "National Capital District", "Ottawa", "Toronto",
        "Calgary", "Montreal");
    ResolvedPlace p = entity(places, "e1");
    assertTrue(p == null || "CA".equals(p.countryCode()), places.toString());
  }

  @Test
  void aTownBeforeAVenueWordInAStoryAboutAnotherCountryIsTheVenue() {
    String text = "The singer played the Lorca theater beside the convention center in Denver last week. "
        + "She will tour Boston, Chicago and Texas next, her American label said, before a rest in Colorado.";
    List<ResolvedPlace> places = resolvePlaces(text, "Lorca", "Denver", "Boston", "Chicago", "Texas", "Colorado");
    ResolvedPlace p = entity(places, "e0");
    assertTrue(p == null || !Set.of("ES", "PH", "CO").contains(p.countryCode()), places.toString());
  }

  @Test
  void theTownBeforeAVenueWordStaysInItsOwnCountry() {
    // guard: in a story about the town's own country, the venue word changes nothing
    String text = "The singer played the Lorca theater last week, her Spanish label said. She will tour Madrid, "
        + "Seville and Valencia next, before a rest in Spain.";
    List<ResolvedPlace> places = resolvePlaces(text, "Lorca", "Madrid", "Seville", "Valencia", "Spain");
    ResolvedPlace p = entity(places, "e0");
    assertNotNull(p, places.toString());
    assertEquals("ES", p.countryCode());
  }

  @Test
  void aDivisionOfTheStorysCountryStays() {
    // guard: compass words naming a division of the country the story is about keep that division
    String text = "Farmers in South Africa's North West worried about rain. Officials in Pretoria and Johannesburg "
        + "promised aid for farms of the North West, South Africa's treasury added.";
    List<ResolvedPlace> places = resolvePlaces(text, "South Africa", "North West", "Pretoria", "Johannesburg");
    ResolvedPlace p = entity(places, "e1");
    assertNotNull(p, places.toString());
    assertEquals("ZA", p.countryCode());
  }
}
