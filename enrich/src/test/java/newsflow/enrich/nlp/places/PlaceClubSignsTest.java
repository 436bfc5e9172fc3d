package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (clubs): in a sports report a town's name with a sign of play beside some mention (a score, a
 * member's role, a result with another side as object, the club's full name elsewhere) and no location use anywhere
 * is the club, also when the tagger read it as an organisation. Made-up sentences.
 */
class PlaceClubSignsTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  static List<ResolvedPlace> resolve(String text, List<Entity> entities) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), entities);
  }

  /** Resolves {@code text} with one ORGANIZATION entity per name (a club the tagger read as a body). */
  static List<ResolvedPlace> resolveOrganisations(String text, String... names) {
    List<Entity> entities = new ArrayList<>();
    for (String name : names) entities.add(PlaceResolverTest.organisation(text, name));
    return resolve(text, entities);
  }

  @Test
  void aLineScoreOrAMembersRoleMakesAnOrganisationNamedAfterATownTheClub() {
    String scores = "Results of the rugby league on Friday night: Bristol 3 Cardiff 1. The goalie made 30 saves "
        + "and the coach praised the power play.";
    List<ResolvedPlace> places = resolveOrganisations(scores, "Bristol", "Cardiff");
    assertNull(only(places, "Bristol"), places.toString());
    assertNull(only(places, "Cardiff"), places.toString());
    String role = "Swindon manager Petra Vale was pleased with the midfield after the league match, and the "
        + "striker who scored twice was named man of the match.";
    places = resolveOrganisations(role, "Swindon");
    assertNull(only(places, "Swindon"), places.toString());
  }

  @Test
  void theClubsFullNameElsewhereMakesTheBareTownNameTheClub() {
    String text = "The Halifax Comets won their fourth straight game in the basketball league. Halifax is 9-2 at "
        + "home this season, and the guard scored 25 points in the win.";
    List<ResolvedPlace> places = resolveOrganisations(text, "Halifax");
    assertNull(only(places, "Halifax"), places.toString());
  }

  @Test
  void aLocationUseOrAWeakSignKeepsTheTown() {
    // a sign of play, but the town is also a location: "a Halifax native", "travel to Bristol"
    String native_ = "Bendigo coach Ivo Stanek, a Halifax native, said the league match was tough, and the goalie "
        + "made 30 saves. The Halifax Comets visit next week.";
    List<ResolvedPlace> places = resolveOrganisations(native_, "Halifax");
    assertNotNull(only(places, "Halifax"), places.toString());
    String travel = "Bristol 3 Cardiff 1 was the final score of a tense rugby cup tie. The goalie made 30 saves, "
        + "and the team will travel to Bristol next week.";
    places = resolveOrganisations(travel, "Bristol");
    assertNotNull(only(places, "Bristol"), places.toString());
    // "against Exeter" alone is no sign here: the metonymic place stays listed
    String weak = "The striker scored twice in the league match against Exeter on Saturday, and the coach praised "
        + "the goalkeeper.";
    places = resolveOrganisations(weak, "Exeter");
    assertNotNull(only(places, "Exeter"), places.toString());
  }

  @Test
  void outsideASportsReportARoleWordIsNoSign() {
    String text = "Swindon manager Petra Vale said the council would repair the bridge over the canal by June.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Swindon"));
    assertNotNull(only(places, "Swindon"), places.toString());
  }
}
