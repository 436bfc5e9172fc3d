package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places: where the article's countries speak equally for two sizeable towns of one name, the one
 * beside the story's other places wins over a larger namesake in another division. Made-up sentences.
 */
class PlaceNearNamesakeTest {
  private static List<ResolvedPlace> resolve(String text, String... placeNames) {
    return PlaceResolverTest.RESOLVER.resolve(TextPipeline.instance().process(text),
        PlaceResolverTest.placeEntities(text, placeNames));
  }

  private static String division(String text, String name, String... placeNames) {
    ResolvedPlace p = only(resolve(text, placeNames), name);
    assertNotNull(p, name);
    return p.admin1();
  }

  @Test
  void aTownBesideTheStorysOtherPlacesWinsOverALargerNamesakeInAnotherDivision() {
    String text = "The American retailer will add a store in Aurora after opening one in Naperville.";
    assertEquals("Illinois", division(text, "Aurora", "Aurora", "Naperville"));
  }

  @Test
  void theLargerNamesakeStaysWhenTheStorysOtherPlaceIsBesideIt() {
    String text = "The American retailer will add a store in Aurora after opening one in Denver.";
    assertEquals("Colorado", division(text, "Aurora", "Aurora", "Denver"));
  }

  @Test
  void aDivisionTheArticleNamesOutweighsANearbyPlace() {
    String text = "The American retailer, whose founder grew up in Colorado, will add a store in Aurora "
        + "after opening one in Naperville.";
    assertEquals("Colorado", division(text, "Aurora", "Aurora", "Naperville", "Colorado"));
  }

  @Test
  void withNoPlaceBesideEitherNamesakeTheLargerStays() {
    String text = "The American firm has a plant in Aurora and another in Portland, Oregon.";
    assertEquals("Colorado", division(text, "Aurora", "Aurora", "Portland", "Oregon"));
  }
}
