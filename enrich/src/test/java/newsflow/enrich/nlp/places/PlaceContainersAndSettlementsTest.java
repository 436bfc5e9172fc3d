package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (fifth pass): a destination after "to" is no government even when a verb follows; a state
 * written after a small town is a second place; "X, near Y" puts an unknown X by Y; "the town of X" makes an
 * unknown X a settlement near the places named before it. Made-up sentences and made-up small names.
 */
class PlaceContainersAndSettlementsTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, String... placeNames) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), PlaceResolverTest.placeEntities(text, placeNames));
  }

  private static double km(ResolvedPlace p, double lat, double lon) {
    return ArticleGeoContext.km(p.lat(), p.lon(), lat, lon);
  }

  @Test
  void aCapitalAfterToIsADestinationEvenBeforeAVerb() {
    java.util.Map<String, String> verbs = java.util.Map.of("was", "VBD", "grounded", "VBN", "delayed", "VBN");
    ResolvedPlace city = PlaceResolverTest.analysedOne("A ferry to Oslo was delayed by fog and a cargo plane to Oslo was "
        + "grounded.", "Oslo", verbs);
    assertNotNull(city);
    assertEquals("NO", city.countryCode());
  }

  @Test
  void aCapitalThatSpeaksOrIsCavedToStaysAGovernment() {
    // guard: the subject of a verb and the one a stance is taken towards are still the government
    java.util.Map<String, String> verbs = java.util.Map.of("said", "VBD", "had", "VBD", "accused", "VBD");
    assertNull(PlaceResolverTest.analysedOne("Officials said Oslo had rejected the plan, and critics accused the minister "
        + "of caving to Oslo.", "Oslo", verbs));
  }

  @Test
  void aStateAfterASmallTownIsASecondPlace() {
    String text = "Engineers at a plant in Odenton, Maryland, have built a new kind of battery.";
    List<ResolvedPlace> places = resolve(text, "Odenton", "Maryland");
    ResolvedPlace state = only(places, "Maryland");
    assertNotNull(state, places.toString());
    assertEquals("US", state.countryCode());
  }

  @Test
  void theDistrictAfterTheCityThatFillsItIsPartOfItsName() {
    // guard: "Washington, D.C." stays one place
    String text = "Budget talks in Washington, D.C., dragged into a third week.";
    List<ResolvedPlace> places = resolve(text, "Washington", "D.C.");
    assertEquals(1, places.size(), places.toString());
  }

  @Test
  void anUnknownVillageNearACityLiesByThatCity() {
    String text = "Officials in Mackay said roads were closed. Rain was heaviest at Brindagh, near Rockhampton, overnight.";
    ResolvedPlace village = only(resolve(text, "Mackay", "Brindagh", "Rockhampton"), "Brindagh");
    assertNotNull(village);
    assertTrue(km(village, -23.38, 150.51) < 30, village.toString());
  }

  @Test
  void anUnknownTownOfTheTextLiesNearThePlaceBeforeIt() {
    String text = "Storms flooded roads across Tasmania on Monday. In the northern town of Quellmere, "
        + "two bridges were closed, police said.";
    ResolvedPlace town = only(resolve(text, "Tasmania", "Quellmere"), "Quellmere");
    assertNotNull(town);
    assertEquals("AU", town.countryCode());
  }

  @Test
  void anUnknownVillageOfTheTextTakesTheTownBeforeItsPointButADistrictDoesNot() {
    String village = "Storms hit Hobart on Monday. In the nearby village of Quellmere, two bridges were closed.";
    ResolvedPlace v = only(resolve(village, "Hobart", "Quellmere"), "Quellmere");
    assertNotNull(v);
    assertTrue(km(v, -42.88, 147.33) < 30, v.toString());
    String district = "Storms hit Hobart on Monday. In the district of Quellmere, two bridges were closed.";
    ResolvedPlace d = only(resolve(district, "Hobart", "Quellmere"), "Quellmere");
    assertNotNull(d);
    assertEquals("AU", d.countryCode());
    assertNull(d.lat(), d.toString());
  }

  @Test
  void aFormerNameInParenthesesIsNoSecondPlace() {
    String text = "The choir opens its spring run at Kestrel Bank Arena (formerly Millpond Arena) in Omaha and "
        + "ends it at Harrow Field (Formerly Quarry Stadium) in Omaha.";
    List<ResolvedPlace> places = resolve(text, "Kestrel Bank Arena", "Millpond Arena", "Harrow Field",
        "Formerly Quarry Stadium", "Omaha");
    assertNull(only(places, "Millpond Arena"), places.toString());
    assertNull(only(places, "Formerly Quarry Stadium"), places.toString());
    assertNotNull(only(places, "Omaha"), places.toString());
  }

  @Test
  void aNameInParenthesesWithoutFormerlyIsNoFormerName() {
    // guard: only "formerly"/"previously" makes the parenthesised name an old one
    String text = "Two venues (Millpond Arena and Kestrel Hall) sold out, as did the Elm Stage (formerly Oak Stage).";
    int at = text.indexOf("Millpond Arena");
    assertFalse(PlaceVetoes.formerName(text, Span.of(text, at, at + "Millpond Arena".length())));
    int old = text.indexOf("Oak Stage");
    assertTrue(PlaceVetoes.formerName(text, Span.of(text, old, old + "Oak Stage".length())));
  }

  @Test
  void anUnknownNameWithoutASettlementWordStaysUnplaced() {
    // guard: "the spirit of X" names no settlement
    String text = "Storms flooded roads across Tasmania on Monday. Locals praised the spirit of Quellmere, "
        + "the volunteers' group, for its help.";
    assertNull(only(resolve(text, "Tasmania", "Quellmere"), "Quellmere"));
  }
}
