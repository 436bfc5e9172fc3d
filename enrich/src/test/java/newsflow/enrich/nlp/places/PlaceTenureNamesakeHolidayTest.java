package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * A town's name after a player's or manager's time at a club or a transfer ("his move from Wigan", "a loan
 * spell at Rotherham") is the club in a sports report; a holiday named like a small town is a time; a namesake
 * within 100 km of another place of the story wins where nothing else in the article speaks for a reading.
 * Made-up sentences.
 */
class PlaceTenureNamesakeHolidayTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, List<Entity> entities) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), entities);
  }

  private static final String MATCH = " The goalkeeper saved a penalty in the league fixture and the football crowd cheered.";

  @Test
  void aTownAfterATransferOrAClubTenureIsTheClubInASportsReport() {
    String move = "Defender Tom Reade completed his move from Wigan on Friday." + MATCH;
    assertEquals(List.of(), resolve(move, PlaceResolverTest.placeEntities(move, "Wigan")));
    assertEquals(List.of(), resolve(move, List.of(PlaceResolverTest.organisation(move, "Wigan"))));
    String loan = "Manager Sam Berry recalled the winger from his loan spell at Rotherham." + MATCH;
    assertEquals(List.of(), resolve(loan, List.of(PlaceResolverTest.organisation(loan, "Rotherham"))));
    String charge = "Ivo Dent, in charge at Barnsley since May, has won six games." + MATCH;
    assertEquals(List.of(), resolve(charge, PlaceResolverTest.placeEntities(charge, "Barnsley")));
  }

  @Test
  void aMentionInSpaceAVenueOrAnotherKindOfStoryKeepsThePlace() {
    String born = "Tom Reade, born in Wigan, completed his move from Wigan on Friday." + MATCH;
    assertNotNull(only(resolve(born, PlaceResolverTest.placeEntities(born, "Wigan")), "Wigan"));
    String news = "The family completed their move from Wigan on Friday, the council said.";
    assertNotNull(only(resolve(news, PlaceResolverTest.placeEntities(news, "Wigan")), "Wigan"));
    String venue = "He spent two seasons with Eastfield Rovers and scored at Wigan last week." + MATCH;
    assertNotNull(only(resolve(venue, PlaceResolverTest.placeEntities(venue, "Wigan")), "Wigan"));
  }

  @Test
  void aHolidayNamedLikeATownIsNoPlace() {
    String text = "The shop sold out of Christmas lights by noon, its owner said.";
    assertEquals(List.of(), resolve(text, PlaceResolverTest.placeEntities(text, "Christmas")));
    String easter = "The ferry will not sail over Easter, the operator said.";
    assertEquals(List.of(), resolve(easter, PlaceResolverTest.placeEntities(easter, "Easter")));
  }

  @Test
  void aNamesakeBesideAnotherPlaceOfTheStoryWinsWhereNothingElseSpeaks() {
    String text = "The band drove down from San Francisco to play two nights in San Jose, its manager said.";
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "San Jose", "San Francisco"));
    ResolvedPlace p = only(places, "San Jose");
    assertNotNull(p, places.toString());
    assertEquals("US", p.countryCode(), p.toString());
    // a country named in the story still decides
    String costaRica = "The band drove down from San Francisco to play two nights in San Jose, the capital of Costa Rica, its manager said.";
    places = resolve(costaRica, PlaceResolverTest.placeEntities(costaRica, "San Jose", "San Francisco", "Costa Rica"));
    assertEquals("CR", only(places, "San José").countryCode(), places.toString());
    // with nothing near it, the capital stays the reading
    String alone = "The band will play two nights in San Jose, its manager said.";
    places = resolve(alone, PlaceResolverTest.placeEntities(alone, "San Jose"));
    assertEquals(1, places.size(), places.toString());
    assertEquals("CR", places.get(0).countryCode(), places.toString());
  }

  @Test
  void inASportsReportABareStateNameLocatesNoVenueAfterIt() {
    String text = "Oregon made the best possible start with a 2-0 win at the Kestrel Stadium." + MATCH;
    List<ResolvedPlace> places = resolve(text, PlaceResolverTest.placeEntities(text, "Oregon", "Kestrel Stadium"));
    ResolvedPlace venue = only(places, "Kestrel Stadium");
    assertTrue(venue == null || venue.lat() == null, places.toString());
    // a state in space still locates it, and so does a bare name outside sport
    String located = "The side won 2-0 in Oregon on Friday. Fans filled the Kestrel Stadium." + MATCH;
    places = resolve(located, PlaceResolverTest.placeEntities(located, "Oregon", "Kestrel Stadium"));
    assertNotNull(only(places, "Kestrel Stadium").lat(), places.toString());
    String news = "Oregon residents gathered on Friday at the Kestrel Stadium to hear the governor's plans.";
    places = resolve(news, PlaceResolverTest.placeEntities(news, "Oregon", "Kestrel Stadium"));
    assertNotNull(only(places, "Kestrel Stadium").lat(), places.toString());
  }

  @Test
  void aDateAfterAWaterBodyOrMountainIsNoPartOfItsName() {
    assertEquals(List.of("Gulf of Mexico"),
        GazetteerPlaceRecognizerTest.places("A barge ran aground in the Gulf of Mexico on Sunday, its owner said."));
    assertEquals(List.of("Mount Everest"),
        GazetteerPlaceRecognizerTest.places("Two climbers from Elmcroft reached Mount Everest on May 4."));
  }
}
