package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import org.junit.jupiter.api.Test;

/**
 * Places: a local name takes no point from a town that only starts another list item's name; a role phrase
 * ("Deputy Director of ...") is no place; a place name before the head noun of a species', breed's or food's
 * name is no place. Made-up sentences.
 */
class PlaceListAnchorRoleKindTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static Entity place(String id, String text, String word) {
    Entity e = new Entity(id, EntityType.PLACE, word);
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      e.addMention(Span.of(text, at, at + word.length()));
    }
    return e;
  }

  private static List<ResolvedPlace> resolve(String text, String... names) {
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < names.length; i++) entities.add(place("e" + i, text, names[i]));
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), entities);
  }

  private static ResolvedPlace named(List<ResolvedPlace> out, String name) {
    return out.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  private static final String DEPOTS = "Free smoke alarms will be handed out by Calgarians who volunteer with the "
      + "fire service.\n\nLook for their tents beside Brennick Park, Tollard Park, the Salem Civic Centre, the Marlow "
      + "Lane arena lot, Quillan Street, Darrow Avenue and Oxbridge Heights from Saturday.";

  @Test
  void aListItemTakesNoPointFromATownThatOnlyStartsAnotherItemsName() {
    List<ResolvedPlace> out = resolve(DEPOTS, "Brennick Park", "Tollard Park", "Salem Civic Centre", "Marlow Lane",
        "Quillan Street", "Darrow Avenue", "Oxbridge Heights");
    for (String local : List.of("Tollard Park", "Marlow Lane", "Quillan Street", "Darrow Avenue", "Oxbridge Heights")) {
      ResolvedPlace p = named(out, local);
      assertTrue(p == null || p.lat() == null && !"IN".equals(p.countryCode()), local + " -> " + p);
    }
  }

  @Test
  void aPlaceWrittenAfterTheNameStillLocatesIt() {
    String text = "Crews repaved Quillan Street in Calgary on Tuesday.";
    ResolvedPlace p = named(resolve(text, "Quillan Street", "Calgary"), "Quillan Street");
    assertEquals("CA", p.countryCode());
    assertTrue(p.lat() != null);
  }

  @Test
  void aStoryAboutOneCountryPlacesNoLocalNameAtAForeignTownNamedBefore() {
    String text = "Canada will add 40 km of trails, Canada's parks agency said. Officials in Canada expect more "
        + "walkers. Tourists from Boston were among the first. They gathered at Brennick Park on Sunday.";
    ResolvedPlace p = named(resolve(text, "Canada", "Boston", "Brennick Park"), "Brennick Park");
    assertTrue(p == null || !"US".equals(p.countryCode()), String.valueOf(p));
  }

  @Test
  void aRoleAndOfIsNoPlace() {
    String text = "Mira Castell, Deputy Director of Lisbon Rowing Centre, said entries had doubled.";
    assertNull(named(resolve(text, "Deputy Director of Lisbon Rowing Centre"), "Deputy Director of Lisbon Rowing Centre"));
    String minister = "The Minister of Trade of Portugal, Rui Anselmo, opened the fair.";
    assertNull(named(resolve(minister, "Minister of Trade of Portugal"), "Minister of Trade of Portugal"));
  }

  @Test
  void aPlaceNameBeforeTheHeadOfASpeciesBreedOrFoodIsNoPlace() {
    String text = "The nursery sells Aleppo pine and Norway spruce seedlings, and the cafe serves Brussels sprouts "
        + "with Dijon mustard. A Yorkshire terrier guards the till.";
    assertEquals(List.of(), resolve(text, "Aleppo", "Norway", "Brussels", "Dijon", "Yorkshire"));
  }

  @Test
  void theSamePlaceNamesInSpaceStayPlaces() {
    String text = "The nursery ships pine seedlings to Aleppo and spruce to Norway; its owner lives in Brussels.";
    List<ResolvedPlace> out = resolve(text, "Aleppo", "Norway", "Brussels");
    assertEquals(3, out.size());
    assertNotEquals(null, named(out, "Norway"));
  }
}
