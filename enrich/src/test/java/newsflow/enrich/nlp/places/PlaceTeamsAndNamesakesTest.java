package newsflow.enrich.nlp.places;

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
 * Issue 12, places (third pass): a club named after its town is no anchor for a stadium in a sports report; a town named with its river is found by its short name; a small town named by
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
  void aClubNamedAfterItsTownStaysAPlaceMention() {
    String text = "Harlan Brisk scored twice as Norwich beat Sheffield 2-0 in the football league on Saturday. "
        + "The Sheffield goalkeeper made six saves, and the striker said the win mattered.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Norwich", "Sheffield"));
    assertNotNull(only(places, "Sheffield"), places.toString());
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
}
