package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (state sides): in a sports report a state's name after a result word ("a loss to Montana",
 * "victories over Montana", "played for Montana") and a town's or state's name as a possessive before a person
 * ("Denver's Jo Ames") is the college or professional side, not a place, unless another mention is a location.
 * Made-up sentences.
 */
class PlaceStateSidesTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static Entity entity(String id, EntityType type, String text, String name) {
    Entity e = new Entity(id, type, name);
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      e.addMention(Span.of(text, at, at + name.length()));
    }
    return e;
  }

  private static List<ResolvedPlace> resolve(String text, String person, String... places) {
    List<Entity> entities = new ArrayList<>();
    int i = 0;
    for (String p : places) entities.add(entity("p" + i++, EntityType.PLACE, text, p));
    if (person != null) entities.add(entity("h", EntityType.PERSON, text, person));
    return RESOLVER.resolve(TextPipeline.instance().process(text), entities);
  }

  private static final String GAME = " Our linebacker had nine tackles, and the coach praised a defense "
      + "that gave up one field goal all season.";

  @Test
  void aStateAfterAResultWordIsTheSide() {
    List<ResolvedPlace> places = resolve("The Wildcats still remember last year's upset loss to Montana." + GAME,
        null, "Montana");
    assertNull(only(places, "Montana"), places.toString());
    places = resolve("Jo Ames played for Montana before he moved into coaching." + GAME, null, "Montana");
    assertNull(only(places, "Montana"), places.toString());
  }

  @Test
  void aPossessiveBeforeAPersonIsTheClub() {
    String text = "Denver's Jo Ames ran for 120 yards on Sunday." + GAME;
    List<ResolvedPlace> places = resolve(text, "Jo Ames", "Denver");
    assertNull(only(places, "Denver"), places.toString());
  }

  @Test
  void locationsCountriesTownsAfterResultsAndOtherTextsStay() {
    // also a location elsewhere
    List<ResolvedPlace> places = resolve("After the loss to Montana, fans in Montana were quiet." + GAME, null,
        "Montana");
    assertNotNull(only(places, "Montana"), places.toString());
    // a possessive before no person (a venue)
    places = resolve("Fans filled Denver's Elm Park Arena on Sunday." + GAME, null, "Denver");
    assertNotNull(only(places, "Denver"), places.toString());
    // a town after a result word: GeoWebNews counts such clubs as metonymic places
    places = resolve("The Wildcats still remember last year's loss to Denver." + GAME, null, "Denver");
    assertNotNull(only(places, "Denver"), places.toString());
    // no sports report
    places = resolve("The senator's win over Montana ranchers came after a loss to Montana in court on Monday.",
        null, "Montana");
    assertNotNull(only(places, "Montana"), places.toString());
  }
}
