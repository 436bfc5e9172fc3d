package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.placeOf;
import static newsflow.enrich.nlp.places.PlaceResolverTest.resolvePlaces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places: a place's name glued by a hyphen to a capitalised word that is no place ("Vantor-Denver", a
 * made-up firm) is the tail of a longer name, not the place. Made-up sentences and names.
 */
class PlaceHyphenatedTailTest {
  @Test
  void aPlaceNameAfterAHyphenedNonPlaceIsNoPlace() {
    String text = "Patients were moved to Kellam-Geneva overnight, and a spokeswoman for Kellam-Geneva said all were stable.";
    assertNull(placeOf(resolvePlaces(text, "Geneva"), 0));
  }

  @Test
  void aPairLedByAWellKnownPlaceOrAJoiningPrefixStays() {
    // guard: "Dallas-Houston" names two places; "Mid-Wales" is still Wales; a free mention keeps the place
    String text = "Traffic on the Dallas-Houston corridor grew, floods hit Mid-Wales, and officials in Geneva met.";
    List<ResolvedPlace> places = resolvePlaces(text, "Houston", "Wales", "Geneva");
    for (int i = 0; i < 3; i++) assertNotNull(placeOf(places, i), places.toString());
    assertEquals("US", placeOf(places, 0).countryCode());
    assertEquals("GB", placeOf(places, 1).countryCode());
  }
}
