package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (places5): the other end of a route "from X to Y" decides which namesake is meant, as a
 * list's neighbours do; an end the tagger took for an organisation is still the town beside the other end.
 * Made-up sentences.
 */
class PlaceRouteEndsTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static ResolvedPlace place(List<ResolvedPlace> places, String name) {
    ResolvedPlace p = places.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    assertNotNull(p, places.toString());
    return p;
  }

  private static List<ResolvedPlace> resolve(String text, String... names) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), PlaceResolverTest.placeEntities(text, names));
  }

  @Test
  void aStateAtTheOtherEndOfARouteMakesTheNamesakeAState() {
    ResolvedPlace g = place(resolve("The family drove from Georgia to Alabama in a rented van.", "Georgia", "Alabama"), "Georgia");
    assertEquals("US", g.countryCode());
    assertEquals("ADM1", g.featureCode());
    ResolvedPlace h = place(resolve("The van went from Tennessee to Georgia overnight.", "Tennessee", "Georgia"), "Georgia");
    assertEquals("US", h.countryCode());
  }

  @Test
  void aCountryOrATownAtTheOtherEndLeavesTheCountry() {
    assertEquals("GE", place(resolve("Gas flows from Armenia to Georgia through one pipe.", "Armenia", "Georgia"), "Georgia")
        .countryCode());
    assertEquals("GE", place(resolve("A new road runs from Moscow to Georgia, officials said.", "Moscow", "Georgia"), "Georgia")
        .countryCode());
    // a state of another country at the other end does not pull the name there
    assertEquals("MX", place(resolve("The couple moved from Texas to Mexico last year.", "Texas", "Mexico"), "Mexico")
        .countryCode());
  }

  @Test
  void anOrganisationAtTheEndOfARouteIsTheTownBesideTheOtherEnd() {
    String text = "Coaches from Calais to Dover ran late after the strike.";
    List<Entity> entities = new ArrayList<>(PlaceResolverTest.placeEntities(text, "Calais"));
    entities.add(PlaceResolverTest.organisation(text, "Dover"));
    ResolvedPlace dover = place(RESOLVER.resolve(new Document(text, List.of(), List.of()), entities), "Dover");
    assertEquals("GB", dover.countryCode());
  }

  @Test
  void anOrganisationNamedLikeATownWithoutARouteStaysUnplaced() {
    String text = "Dover and Calais officials met on Tuesday.";
    List<Entity> entities = new ArrayList<>(PlaceResolverTest.placeEntities(text, "Calais"));
    entities.add(PlaceResolverTest.organisation(text, "Dover"));
    assertEquals(List.of("Calais"), RESOLVER.resolve(new Document(text, List.of(), List.of()), entities).stream()
        .map(ResolvedPlace::name).toList());
  }
}
