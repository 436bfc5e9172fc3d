package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * In a sports report a town's or state's name is its team by a place in a league table right before it
 * ("first-place Kansas", "league-leading Leicester"), by a player's or manager's time there ("played for Leicester,
 * Sheffield and Bristol", every name of the list; "a good job at Leicester"); a mention in space keeps the place
 * ("just north of Bristol"). A name met only in a title of nobility ("the Marchioness of Devon") is no location.
 * Made-up sentences.
 */
class PlaceStandingAndPlayedForTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, List<Entity> entities) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), entities);
  }

  private static final String GAME = " The goalkeeper saved a penalty in the league fixture and the football crowd cheered.";

  @Test
  void aNameAfterItsPlaceInALeagueTableIsTheTeam() {
    String first = "Kestrels fans still hope, though first-place Kansas looks untouchable this spring." + GAME;
    assertEquals(List.of(), resolve(first, PlaceResolverTest.placeEntities(first, "Kansas")));
    String leading = "Nobody expected the lowly Owls to topple league-leading Leicester on a wet Tuesday." + GAME;
    assertEquals(List.of(), resolve(leading, List.of(PlaceResolverTest.organisation(leading, "Leicester"))));
  }

  @Test
  void everyNameOfAListAfterPlayedForIsAClubAndAGoodJobAtOneToo() {
    String list = "Gary Lyle played for Leicester, Sheffield and Bristol before he retired." + GAME;
    assertEquals(List.of(), resolve(list, PlaceResolverTest.placeEntities(list, "Sheffield", "Bristol")));
    String job = "He is doing a really good job at Leicester, the striker said." + GAME;
    assertEquals(List.of(), resolve(job, PlaceResolverTest.placeEntities(job, "Leicester")));
  }

  @Test
  void aMentionInSpaceAnotherKindOfStoryOrACountryKeepsThePlace() {
    String near = "Gary Lyle played for Leicester and Bristol; he crashed just north of Bristol." + GAME;
    assertNotNull(only(resolve(near, PlaceResolverTest.placeEntities(near, "Bristol")), "Bristol"));
    String ranking = "Researchers said first-place Finland owed its ranking to trust, the report said.";
    assertNotNull(only(resolve(ranking, PlaceResolverTest.placeEntities(ranking, "Finland")), "Finland"));
    String inTown = "The first-place Hawks won in Kansas on Friday." + GAME;
    assertNotNull(only(resolve(inTown, PlaceResolverTest.placeEntities(inTown, "Kansas")), "Kansas"));
    String side = "Jo Ames played for Scotland, Wales and Ireland in the 1990s." + GAME;
    assertNotNull(only(resolve(side, PlaceResolverTest.placeEntities(side, "Wales")), "Wales"));
  }

  @Test
  void aNameMetOnlyInATitleOfNobilityIsNoLocation() {
    String duchess = "A yacht named by the Marchioness of Devon last spring was recalled, the operator said.";
    assertEquals(List.of(), resolve(duchess, PlaceResolverTest.placeEntities(duchess, "Devon")));
    String prince = "The Prince of Wales thanked the nurses, the palace said.";
    assertEquals(List.of(), resolve(prince, PlaceResolverTest.placeEntities(prince, "Wales")));
    String visit = "The Marchioness of Devon opened a bakery in Devon, the council said.";
    assertNotNull(only(resolve(visit, PlaceResolverTest.placeEntities(visit, "Devon")), "Devon"));
  }
}
