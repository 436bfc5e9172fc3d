package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (sides): in a sports report a country's name with a selection or a member's role right after some
 * mention ("the Norway international", "Peru captain") and no location use anywhere is the national side; towns named
 * in a list after "clubs like" are the clubs. Made-up sentences.
 */
class PlaceSideSignsTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, String... names) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), PlaceResolverTest.placeEntities(text, names));
  }

  @Test
  void aSelectionOrARoleAfterACountryMakesItTheNationalSide() {
    String selection = "Winger Ola Berg, a Norway international since the spring, signed until 2030 after the league "
        + "season, and the winger scored ten goals in the cup final.";
    List<ResolvedPlace> places = resolve(selection, "Norway");
    assertNull(only(places, "Norway"), places.toString());
    // one mention with a role, another with no word of play and no location use
    String role = "Former Peru captain Ana Solis will coach the under-21 team at the tournament, the federation said "
        + "after the league final. Peru open the group stage next month.";
    places = resolve(role, "Peru");
    assertNull(only(places, "Peru"), places.toString());
  }

  @Test
  void townsListedAfterClubsLikeAreTheClubs() {
    String text = "The Hawks have won four straight games and beaten teams like Denver and Memphis on the road, and "
        + "the coach praised the quarterback after the league win.";
    List<ResolvedPlace> places = resolve(text, "Denver", "Memphis");
    assertNull(only(places, "Denver"), places.toString());
    assertNull(only(places, "Memphis"), places.toString());
  }

  @Test
  void aLocationUseOrAnotherKindOfStoryKeepsTheCountry() {
    String born = "Winger Ola Berg, a Norway international who was born in Norway, scored twice in the league "
        + "match and the coach praised the striker.";
    List<ResolvedPlace> places = resolve(born, "Norway");
    assertNotNull(only(places, "Norway"), places.toString());
    String bond = "A Norway international bond sale raised funds for the new bridge, the finance ministry said on "
        + "Tuesday.";
    places = resolve(bond, "Norway");
    assertNotNull(only(places, "Norway"), places.toString());
    String visit = "Several clubs like Denver send scouts to the league draft, and the coach said the quarterback "
        + "would fly to Denver for two days of talks.";
    places = resolve(visit, "Denver");
    assertNotNull(only(places, "Denver"), places.toString());
  }
}
