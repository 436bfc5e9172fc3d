package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * A division after a well-known city inside a longer list is the list's next item; a state's name in the
 * possessive before a mountain range is the state; a nationality adjective inside a feature's name gives its
 * country, not a small town spelt like it; a state's postal code that ends a sentence still qualifies the town
 * before it; a venue written before a well-known city whose name starts with The lies in that city. Made-up sentences.
 */
class PlaceListsFeaturesDemonymsTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  /** The place resolved for the entity of {@code names[index]}, or null. */
  private static ResolvedPlace resolved(String text, int index, String... names) {
    List<ResolvedPlace> places =
        RESOLVER.resolve(TextPipeline.instance().process(text), PlaceResolverTest.placeEntities(text, names));
    return places.stream().filter(p -> p.entityId().equals("e" + index)).findFirst().orElse(null);
  }

  @Test
  void aDivisionInsideALongerListIsTheNextItemNotTheCitysContainer() {
    String text = "Over his career he played for Boston, Denver, Toronto, Minnesota, Dallas and Phoenix.";
    ResolvedPlace toronto = resolved(text, 0, "Toronto", "Minnesota");
    assertNotNull(toronto);
    assertEquals("CA", toronto.countryCode(), toronto.toString());
    // guard: a pair that ends the list, or stands alone, still reads as the town in that division
    ResolvedPlace alone = resolved("He later moved to Toronto, Ohio, where he opened a shop.", 0, "Toronto", "Ohio");
    assertNotNull(alone);
    assertEquals("US", alone.countryCode(), alone.toString());
    assertEquals("Ohio", alone.admin1(), alone.toString());
  }

  @Test
  void aStateInThePossessiveBeforeAMountainRangeIsTheState() {
    ResolvedPlace w = resolved("The tent kept us dry in Washington's Olympic Mountains last spring.", 0, "Washington");
    assertNotNull(w);
    assertEquals("ADM1", w.featureCode(), w.toString());
    // guard: the possessive before an office or a person stays the capital
    ResolvedPlace city = resolved("Washington's top officials met in the morning.", 0, "Washington");
    assertNotNull(city);
    assertEquals("PPLC", city.featureCode(), city.toString());
  }

  @Test
  void aNationalityAdjectiveInsideAFeaturesNameGivesItsCountry() {
    ResolvedPlace r = resolved("Our guide led us for a week through the Canadian Rockies before we drove home to Texas.", 0, "Canadian Rockies", "Texas");
    assertNotNull(r);
    assertEquals("CA", r.countryCode(), r.toString());
    assertNull(r.lat(), r.toString());
  }

  @Test
  void aPostalCodeThatEndsASentenceQualifiesTheTown() {
    ResolvedPlace r = resolved("The autumn clinic runs in Dover City, MD. Tickets are on sale now.", 0, "Dover City");
    assertNotNull(r);
    assertEquals("Maryland", r.admin1(), r.toString());
  }

  @Test
  void aVenueInAWellKnownCityNamedWithTheIsInThatCity() {
    String text = "The talks, hosted at the Harbour Hall in The Hague, drew envoys from many countries. Israel sent none.";
    ResolvedPlace venue = resolved(text, 0, "Harbour Hall", "Israel");
    assertNotNull(venue);
    assertEquals("NL", venue.countryCode(), venue.toString());
  }
}
