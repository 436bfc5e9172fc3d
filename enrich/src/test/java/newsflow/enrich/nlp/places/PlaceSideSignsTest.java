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

  @Test
  void aCountryWithAResultIsTheNationalSide() {
    // the subject of a result over another side, the other mentions with no location use
    String subject = "Paraguay beat Bolivia in the qualifier on Tuesday night, and the coach praised his striker after "
        + "the match. Paraguay face the group leaders next.";
    List<ResolvedPlace> places = resolve(subject, "Paraguay");
    assertNull(only(places, "Paraguay"), places.toString());
    // a score right after the name
    String score = "The visitors held Ecuador 1-1 in the group match, and the coach said the goalkeeper had been "
        + "superb in the second half of the league game.";
    places = resolve(score, "Ecuador");
    assertNull(only(places, "Ecuador"), places.toString());
    // a score and a result right before the name
    String before = "The squad celebrated a 3-0 home win over Venezuela, and the coach praised the goalkeeper after "
        + "the league match.";
    places = resolve(before, "Venezuela");
    assertNull(only(places, "Venezuela"), places.toString());
  }

  @Test
  void aPlayersCountryOrALocationUseStaysWithAResult() {
    // a player's country: after "of", or in a results line after a comma
    String player = "In the women's singles, Ana Ruiz beat Mia Kolar of Uruguay 6-3, 6-4, and her coach said the "
        + "quarter-final showed how much her serve had improved.";
    List<ResolvedPlace> places = resolve(player, "Uruguay");
    assertNotNull(only(places, "Uruguay"), places.toString());
    String line = "Results of the tennis tournament, second round: Ana Ruiz, Paraguay, def. Mia Kolar, Uruguay, 6-3, "
        + "6-4. The coach said the match was the best of the season.";
    places = resolve(line, "Uruguay");
    assertNotNull(only(places, "Uruguay"), places.toString());
    // a location use elsewhere keeps the country
    String home = "Paraguay beat Bolivia 2-0 in the qualifier, and the coach praised his striker after the match "
        + "before the squad flew home to Paraguay.";
    places = resolve(home, "Paraguay");
    assertNotNull(only(places, "Paraguay"), places.toString());
  }
}
