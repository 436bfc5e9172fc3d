package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * "East Riverton" beside a bare "Riverton" in the text: a district of that big city, never a distant town
 * spelt the same in a country the text omits. Made-up sentences.
 */
class PlaceCompassPartTest {
  private static ResolvedPlace place(String text, String name, String... placeNames) {
    List<ResolvedPlace> out = PlaceResolverTest.RESOLVER.resolve(TextPipeline.instance().process(text),
        PlaceResolverTest.placeEntities(text, placeNames));
    ResolvedPlace p = only(out, name);
    assertNotNull(p, name);
    return p;
  }

  @Test
  void aCompassPartOfTheNamedCityIsInThatCity() {
    String text = "The bakery chain opened its first shop in London in 1998. Its new East London branch "
        + "will sell only bread baked overnight, the owners said.";
    assertEquals("GB", place(text, "East London", "East London").countryCode());
  }

  @Test
  void theTownStaysWhereTheStoryNamesItsCountry() {
    String text = "The minister flew from Johannesburg to East London on Monday to open a clinic, "
        + "officials in South Africa said.";
    assertEquals("ZA", place(text, "East London", "Johannesburg", "East London", "South Africa").countryCode());
  }

  @Test
  void aCompassTownBesideTheNamedCityStays() {
    String text = "Commuters in North Vancouver faced long delays after a crash near Vancouver on Monday.";
    assertEquals("CA", place(text, "North Vancouver", "North Vancouver", "Vancouver").countryCode());
  }
}
