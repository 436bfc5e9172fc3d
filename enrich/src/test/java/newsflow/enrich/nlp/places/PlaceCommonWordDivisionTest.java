package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.resolvePlaces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places: a first-level division whose one-word name is an ordinary English word is that division only
 * where the article names its country. Made-up sentences.
 */
class PlaceCommonWordDivisionTest {
  @Test
  void anOrdinaryWordIsNoDivisionOfACountryTheStoryNeverNames() {
    String text = "Supporters in Boston hail their quarterback as a hero of the South; his owner wants a stadium in Texas.";
    List<ResolvedPlace> places = resolvePlaces(text, "Boston", "South", "Texas");
    assertTrue(places.stream().noneMatch(p -> "e1".equals(p.entityId()) && "LB".equals(p.countryCode())), places.toString());
  }

  @Test
  void theDivisionStaysWhereItsCountryIsNamed() {
    // guard: with its country named, the division keeps its reading
    String text = "Rockets struck farms across the South overnight; envoys met in Beirut while Lebanon waited for news.";
    List<ResolvedPlace> places = resolvePlaces(text, "South", "Beirut", "Lebanon");
    ResolvedPlace south = places.stream().filter(p -> "e0".equals(p.entityId())).findFirst().orElse(null);
    assertNotNull(south, places.toString());
    assertEquals("LB", south.countryCode());
  }
}
