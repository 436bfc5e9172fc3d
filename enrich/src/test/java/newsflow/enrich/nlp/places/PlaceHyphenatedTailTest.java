package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places: a place's name glued by a hyphen to a capitalised word that is no place ("Vantor-Denver", a
 * made-up firm) is the tail of a longer name, not the place. Made-up sentences and names.
 */
class PlaceHyphenatedTailTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, String... placeNames) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), PlaceResolverTest.placeEntities(text, placeNames));
  }

  private static ResolvedPlace of(List<ResolvedPlace> places, int n) {
    return places.stream().filter(p -> ("e" + n).equals(p.entityId())).findFirst().orElse(null);
  }

  @Test
  void aPlaceNameAfterAHyphenedNonPlaceIsNoPlace() {
    String text = "Patients were moved to Kellam-Geneva overnight, and a spokeswoman for Kellam-Geneva said all were stable.";
    assertNull(of(resolve(text, "Geneva"), 0));
  }

  @Test
  void aPairLedByAWellKnownPlaceOrAJoiningPrefixStays() {
    // guard: "Dallas-Houston" names two places; "Mid-Wales" is still Wales; a free mention keeps the place
    String text = "Traffic on the Dallas-Houston corridor grew, floods hit Mid-Wales, and officials in Geneva met.";
    List<ResolvedPlace> places = resolve(text, "Houston", "Wales", "Geneva");
    for (int i = 0; i < 3; i++) assertNotNull(of(places, i), places.toString());
    assertEquals("US", of(places, 0).countryCode());
    assertEquals("GB", of(places, 1).countryCode());
  }
}
