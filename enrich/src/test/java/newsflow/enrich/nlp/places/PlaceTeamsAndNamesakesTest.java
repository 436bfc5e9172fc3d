package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (second audit): a club named after its city is no place in a sports report, and no
 * anchor for a stadium; a town named with its river is found by its short name; a small town named by
 * ordinary words far from the story's places is not where a park or square of the story lies. Made-up
 * sentences.
 */
class PlaceTeamsAndNamesakesTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, List<Entity> entities) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), entities);
  }

  private static ResolvedPlace only(List<ResolvedPlace> places, String name) {
    return places.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  private static Entity entity(String id, EntityType type, String text, String name) {
    Entity e = new Entity(id, type, name);
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) e.addMention(Span.of(text, at, at + name.length()));
    return e;
  }

  @Test
  void aClubNamedAfterItsCityIsNoPlaceInASportsReportButTheCityAsTheSceneIs() {
    String text = "Harlan Brisk scored twice as Norwich beat Sheffield 2-0 in the football league on Saturday. "
        + "The Sheffield goalkeeper made six saves, and the striker said the win mattered.\n\n"
        + "The two sides meet again in Norwich in March.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Norwich", "Sheffield"));
    assertNull(only(places, "Sheffield"), places.toString());
    assertNotNull(only(places, "Norwich"), places.toString());
  }

  @Test
  void anOrganisationNamedLikeACityIsATeamUnlessTheTextPutsItInSpace() {
    String text = "Leicester - Tom Ward scored in the football league, but Derby beat the visitors again. "
        + "Derby have now won five games, and their goalkeeper kept a clean sheet. "
        + "Ward has played in the league since his transfer from Coventry.";
    List<Entity> entities = new ArrayList<>();
    entities.add(entity("o1", EntityType.ORGANIZATION, text, "Derby"));
    entities.add(entity("o2", EntityType.ORGANIZATION, text, "Leicester"));
    entities.add(entity("o3", EntityType.ORGANIZATION, text, "Coventry"));
    List<ResolvedPlace> places = resolve(text, entities);
    assertNull(only(places, "Derby"), places.toString());
    assertNotNull(only(places, "Leicester"), "a dateline is a place: " + places);
    assertNotNull(only(places, "Coventry"), "after a locative it is a place: " + places);
  }

  @Test
  void aCityDescribedAfterALocativeIsTheSceneNotAClub() {
    String text = "The national team plays its last friendly in the Portuguese capital Lisbon against a football "
        + "league side, and the goalkeeper is fit again, the coach said.";
    List<Entity> entities = List.of(entity("o1", EntityType.ORGANIZATION, text, "Lisbon"));
    assertNotNull(only(resolve(text, entities), "Lisbon"));
  }

  @Test
  void withoutSportsTheSameWordsStayPlaces() {
    String text = "Shoppers in Derby and Leicester queued for hours, and Derby council said the queues "
        + "were the longest in years.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Derby", "Leicester"));
    assertNotNull(only(places, "Derby"), places.toString());
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
}
