package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (third pass): a club named after its town is no anchor for a stadium in a sports report;
 * (fourth pass) a team known by its record, ranking or nickname and a player of a box score are no places, and
 * an organisation that is no place locates nothing; a town named with its river is found by its short name; a small town named by
 * ordinary words far from the story's places is not where a park or square of the story lies. Made-up
 * sentences.
 */
class PlaceTeamsAndNamesakesTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, List<Entity> entities) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), entities);
  }

  @Test
  void aStadiumTakesTheDatelineCityNotTheClubsNamedBeforeIt() {
    String text = "Leicester - Tom Ward scored twice as Derby beat Norwich 3-1 at Holloway Stadium in the football "
        + "league, and the Derby goalkeeper said the team deserved it.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Leicester", "Derby", "Norwich", "Holloway Stadium"));
    ResolvedPlace stadium = only(places, "Holloway Stadium");
    assertNotNull(stadium, places.toString());
    assertTrue(ArticleGeoContext.km(stadium.lat(), stadium.lon(), 52.64, -1.13) < 30, stadium.toString());
  }

  @Test
  void aClubNamedAfterItsTownIsNoPlaceUnlessTaggedAnOrganisation() {
    String text = "Harlan Brisk scored twice as Norwich beat Sheffield 2-0 in the football league on Saturday. "
        + "The Sheffield goalkeeper made six saves, and the striker said the win mattered.";
    // every mention of the tagger's place reads as a team (teams2): the club, no place
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Norwich", "Sheffield"));
    assertNull(only(places, "Sheffield"), places.toString());
    // an organisation named after its town stays a metonymic place mention without a sign of play beside it
    // (a score or a member's role makes it the club: PlaceClubSignsTest)
    String weak = "Harlan Brisk scored twice for the visitors against Sheffield in the football league on Saturday, "
        + "and the striker said the win mattered.";
    places = resolve(weak, List.of(PlaceResolverTest.organisation(weak, "Sheffield")));
    assertNotNull(only(places, "Sheffield"), places.toString());
  }

  @Test
  void aTeamWithItsRecordOrRankingIsNoPlace() {
    String text = "Dalton (12-3, 4-1) won again behind 18 points from Jo Ames. Next for the Hawks is a game "
        + "against No. 9 Kingston.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Dalton", "Kingston"));
    assertEquals(List.of(), places);
    String club = "Next for the Hawks is a game against No. 9 Kingston.";
    assertEquals(List.of(), resolve(club, List.of(PlaceResolverTest.organisation(club, "Kingston"))));
    String town = "Flights to Kingston resumed on Friday, airport officials said.";
    assertNotNull(only(resolve(town, PlaceResolverTest.placeEntities(town, "Kingston")), "Kingston"));
  }

  @Test
  void aTownAndAPluralNicknameInASportsReportIsAClub() {
    String text = "Sam Hale of the Leeds Rovers scored the winning goal in the league match, and the coach "
        + "praised the team's defence after the game.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Leeds Rovers"));
    assertNull(only(places, "Leeds Rovers"), places.toString());
  }

  @Test
  void theNamesOfABoxScoreArePeople() {
    String text = "ELMTON (9-4): Roe, Tala 2-5 0-0 4; Kendal, Mia 0-2 0-0 0; Pike, Savannah 1-3 0-0 2; "
        + "Vance, Orla 3-7 1-2 7. Totals 20-51 4-9 45.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Kendal", "Savannah"));
    assertEquals(List.of(), places);
  }

  @Test
  void anOrganisationThatIsNoPlaceLocatesNothingAfterIt() {
    String text = "The club rejected a bid from Fulham on Friday, and the defender trained at Elmcroft Road later that day.";
    List<Entity> entities = new java.util.ArrayList<>(PlaceResolverTest.placeEntities(text, "Elmcroft Road"));
    entities.add(PlaceResolverTest.organisation(text, "Fulham"));
    ResolvedPlace road = only(resolve(text, entities), "Elmcroft Road");
    assertTrue(road == null || !"AU".equals(road.countryCode()), String.valueOf(road));
  }

  @Test
  void aStadiumIsNotPlacedAtTheClubNamedBeforeIt() {
    String text = "Tom Ward scored as Leicester beat Norwich 3-1 at Holloway Stadium in the football league, "
        + "and the goalkeeper said the team deserved it.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Leicester", "Norwich", "Holloway Stadium"));
    ResolvedPlace stadium = only(places, "Holloway Stadium");
    assertTrue(stadium == null || stadium.lat() == null, String.valueOf(stadium));
  }

  @Test
  void aTownNamedWithItsRiverIsFoundByItsShortName() {
    assertTrue(PlaceResolverTest.GAZETTEER.lookup("Newcastle").stream().anyMatch(e -> e.name().equals("Newcastle upon Tyne")));
    // two towns of one country share the short name with different rivers: neither is found by it
    assertTrue(PlaceResolverTest.GAZETTEER.lookup("Kingston").stream().noneMatch(e -> e.name().startsWith("Kingston upon")));
    String text = "Commuters in Leeds and Newcastle faced delays, England's rail operators said.";
    ResolvedPlace p = only(resolve(text, PlaceResolverTest.placeEntities(text, "Leeds", "Newcastle", "England")), "Newcastle upon Tyne");
    assertNotNull(p);
    assertEquals("GB", p.countryCode());
  }

  @Test
  void aParkIsNotTheFarOffHamletNamedLikeIt() {
    String text = "Thousands of runners crossed Central Park on Sunday, New York officials said, before the race "
        + "ended in Manhattan.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Central Park", "New York", "Manhattan"));
    ResolvedPlace park = only(places, "Central Park");
    assertTrue(park == null || park.lat() == null || ArticleGeoContext.km(park.lat(), park.lon(), 40.78, -73.97) < 100,
        String.valueOf(park));
  }

  @Test
  void aPartOfAWellKnownTownLiesInThatTown() {
    String text = "Residents of the Fulham area of London complained about the noise, council officials said.";
    ResolvedPlace p = only(RESOLVER.resolve(PlaceResolverTest.tagged(text, java.util.Map.of("of", "IN", "the", "DT")),
        PlaceResolverTest.placeEntities(text, "Fulham", "London")), "Fulham");
    assertNotNull(p);
    assertEquals("GB", p.countryCode());
    assertTrue(ArticleGeoContext.km(p.lat(), p.lon(), 51.51, -0.13) < 30, p.toString());
  }
  @Test
  void aPersonsNameLocatesNothingAfterIt() {
    // a ship named like a village abroad, which the tagger reads as a person
    String text = "Passengers of the Queen Victoria fell ill while the ship lay at Elsoria Pier on Monday.";
    List<Entity> entities = new java.util.ArrayList<>(PlaceResolverTest.placeEntities(text, "Elsoria Pier"));
    Entity ship = new Entity("s", newsflow.enrich.nlp.EntityType.PERSON, "Queen Victoria");
    int at = text.indexOf("Queen Victoria");
    ship.addMention(newsflow.enrich.nlp.Span.of(text, at, at + "Queen Victoria".length()));
    entities.add(ship);
    ResolvedPlace pier = only(resolve(text, entities), "Elsoria Pier");
    assertTrue(pier == null || pier.lat() == null, String.valueOf(pier));
  }

}
