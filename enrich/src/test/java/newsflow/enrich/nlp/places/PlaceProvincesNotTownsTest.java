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
 * Issue 12, places: a name written as a province, oblast or governorate ("X province", "the provinces of X and Y")
 * is that division, not a town of the same name. Made-up sentences.
 */
class PlaceProvincesNotTownsTest {
  @Test
  void aProvinceTheGazetteerKnowsIsTheDivisionNotItsCapital() {
    String text = "Flash floods hit villages in Kerman province on Monday, officials said.";
    ResolvedPlace p = placeOf(resolvePlaces(text, "Kerman"), 0);
    assertNotNull(p);
    assertEquals("IR", p.countryCode());
    assertEquals("ADM1", p.featureCode(), p.toString());
  }

  @Test
  void aRegionWithItsOwnOblastIsTheOblast() {
    String text = "Air raid sirens sounded across the Kharkiv region overnight, the governor said.";
    ResolvedPlace p = placeOf(resolvePlaces(text, "Kharkiv"), 0);
    assertNotNull(p);
    assertEquals("UA", p.countryCode());
    assertEquals("ADM1", p.featureCode(), p.toString());
  }

  @Test
  void provincesTheGazetteerLacksKeepOnlyTheirCountry() {
    String text = "Snow closed mountain roads in the provinces of Teruel and Soria, and farmers in Soria and Teruel "
        + "provinces were told to keep livestock indoors.";
    List<ResolvedPlace> places = resolvePlaces(text, "Teruel", "Soria");
    for (int i = 0; i < 2; i++) {
      ResolvedPlace p = placeOf(places, i);
      assertNotNull(p, places.toString());
      assertEquals("ES", p.countryCode());
      assertNull(p.lat(), p.toString());
      assertNull(p.featureCode(), p.toString());
    }
  }

  @Test
  void theSameNamesAsTownsKeepTheirPoints() {
    // guard: a town written as a town, even once beside a province reading, keeps its point
    String text = "She grew up in Teruel and studied in Soria before moving to Kerman. Teruel province is cold.";
    List<ResolvedPlace> places = resolvePlaces(text, "Teruel", "Soria", "Kerman");
    for (int i = 0; i < 3; i++) {
      ResolvedPlace p = placeOf(places, i);
      assertNotNull(p, places.toString());
      assertNotNull(p.lat(), p.toString());
      assertEquals("P", p.featureCode().substring(0, 1), p.toString());
    }
  }

  @Test
  void aRegionNamedAfterATownWithoutADivisionKeepsTheTown() {
    // guard: "the X region" may be the area around a town; without a first-level division of that name it stays
    String text = "Wildfires spread across the Teruel region, firefighters said.";
    ResolvedPlace p = placeOf(resolvePlaces(text, "Teruel"), 0);
    assertNotNull(p);
    assertNotNull(p.lat(), p.toString());
  }
}
