package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * A town's name as the subject of a plural verb is its club in British usage ("Norwich have made an offer"),
 * no place; a list of places, a locative, a singular verb or one mention put in space keeps the place. A
 * country counts only in a sports report. In a sports report, a town the tagger calls a place whose every
 * mention reads as a team ("beat Sheffield", "the Sheffield goalkeeper") is the club too. Made-up sentences.
 */
class PlaceTeamVerbAgreementTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, List<Entity> entities) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), entities);
  }

  private static Span at(String text, String name, int from) {
    int s = text.indexOf(name, from);
    return new Span(s, s + name.length(), name);
  }

  @Test
  void aTownAsTheSubjectOfAPluralVerbIsItsClub() {
    String text = "Norwich have made an offer of three million pounds for the winger, and an answer is expected this week.";
    assertEquals(List.of(), resolve(text, PlaceResolverTest.placeEntities(text, "Norwich")));
    assertEquals(List.of(), resolve(text, List.of(PlaceResolverTest.organisation(text, "Norwich"))));
    String clause = "The form of the side has dipped, while Derby are ninth after a draw on Saturday.";
    assertEquals(List.of(), resolve(clause, PlaceResolverTest.placeEntities(clause, "Derby")));
    String think = "I think Derby were unlucky on the day.";
    assertEquals(List.of(), resolve(think, PlaceResolverTest.placeEntities(think, "Derby")));
  }

  @Test
  void aPossessiveAfterALocativeDoesNotPutTheClubInSpace() {
    String text = "Norwich were beaten again on Tuesday. Supporters sent a message to Norwich's owners after the game.";
    assertEquals(List.of(), resolve(text, PlaceResolverTest.placeEntities(text, "Norwich")));
  }

  @Test
  void aListOfPlacesALocativeOrASingularVerbKeepsThePlace() {
    String list = "Norwich and Derby have both been hit by flooding this week.";
    List<ResolvedPlace> places = resolve(list, PlaceResolverTest.placeEntities(list, "Norwich", "Derby"));
    assertNotNull(only(places, "Norwich"), places.toString());
    assertNotNull(only(places, "Derby"), places.toString());
    String locative = "Residents in Norwich have been told to boil their water until Friday.";
    assertNotNull(only(resolve(locative, PlaceResolverTest.placeEntities(locative, "Norwich")), "Norwich"));
    String singular = "Derby has a new mayor, and the council said the vote was close.";
    assertNotNull(only(resolve(singular, PlaceResolverTest.placeEntities(singular, "Derby")), "Derby"));
    String article = "The Netherlands have sent two ships to the region, the ministry said.";
    assertNotNull(only(resolve(article, PlaceResolverTest.placeEntities(article, "Netherlands")), "Netherlands"));
  }

  @Test
  void oneMentionInSpaceKeepsThePlace() {
    String text = "Norwich have agreed a fee for the striker. He will travel to Norwich on Monday for a medical.";
    assertNotNull(only(resolve(text, PlaceResolverTest.placeEntities(text, "Norwich")), "Norwich"));
  }

  @Test
  void aCountryIsATeamOnlyInASportsReport() {
    String sports = "Kenya were bowled out for 180 in the cricket final, and the bowler took five wickets for the "
        + "visitors before the innings closed.";
    assertEquals(List.of(), resolve(sports, PlaceResolverTest.placeEntities(sports, "Kenya")));
    String politics = "Kenya have rejected the proposal, the minister told reporters at the summit.";
    assertNotNull(only(resolve(politics, PlaceResolverTest.placeEntities(politics, "Kenya")), "Kenya"));
  }

  @Test
  void aTownWhoseEveryMentionIsATeamInASportsReportIsTheClub() {
    String text = "The striker scored twice as Leicester defeated Sheffield 3-1 in the league on Sunday, and the "
        + "goalkeeper kept the visitors out late. Sheffield coach Mara Quill blamed the defence.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Sheffield"));
    assertEquals(List.of(), places);
  }

  @Test
  void aVenueMentionAStateOrAStoryWithoutSportKeepsThePlace() {
    String venue = "The striker scored twice as Leicester defeated Sheffield 3-1 in the league, and the goalkeeper "
        + "was injured. The next game is at Sheffield on Saturday.";
    assertNotNull(only(resolve(venue, PlaceResolverTest.placeEntities(venue, "Sheffield")), "Sheffield"));
    // a state after "against", with no score or other sign of play beside it (PlaceClubSignsTest; a result
    // word such as "defeated Oregon" is a sign since PlaceStateSidesTest)
    String state = "A late field goal came as the team played against Oregon in the football "
        + "league, and the linebacker had two sacks.";
    assertNotNull(only(resolve(state, PlaceResolverTest.placeEntities(state, "Oregon")), "Oregon"));
    String news = "The council voted against Sheffield on the budget, and the minister defeated the motion.";
    assertNotNull(only(resolve(news, PlaceResolverTest.placeEntities(news, "Sheffield")), "Sheffield"));
  }

  @Test
  void pluralVerbSubjectNeedsTheNameToOpenItsClause() {
    String text = "On the day, Derby were fined. Officials from Derby were there. Derby and Norwich were there.";
    assertTrue(PlaceVetoes.pluralVerbSubject(text, at(text, "Derby", 0)));
    assertFalse(PlaceVetoes.pluralVerbSubject(text, at(text, "Derby", text.indexOf("from"))));
    assertFalse(PlaceVetoes.pluralVerbSubject(text, at(text, "Norwich", 0)));
    String singular = "Derby was quiet.";
    assertFalse(PlaceVetoes.pluralVerbSubject(singular, at(singular, "Derby", 0)));
  }
}
