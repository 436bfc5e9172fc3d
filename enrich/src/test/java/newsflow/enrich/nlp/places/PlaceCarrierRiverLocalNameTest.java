package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ArrayList;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (places6): an airline named after a country is no place; a river is the river, not a small
 * town of its name; a city named in its own language is found and shown in English; a place's name that is
 * the given name of a person the tagger cut to the surname is no place. Made-up sentences.
 */
class PlaceCarrierRiverLocalNameTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, String... names) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), PlaceResolverTest.placeEntities(text, names));
  }

  @Test
  void aCountrysNameBeforeAFlightIsItsAirline() {
    assertEquals(List.of(), resolve("The Emirates flight landed in Riverton after a bird strike.", "Emirates"));
    assertEquals(List.of(), resolve("Passengers aboard a Qatar jet were delayed for six hours.", "Qatar"));
  }

  @Test
  void aCountryNamedInSpaceStaysAPlace() {
    assertEquals("AE", resolve("Flights to the Emirates were delayed.", "Emirates").get(0).countryCode());
    assertEquals("QA", resolve("Qatar flights were cut as a storm hit the Gulf.", "Qatar").get(0).countryCode());
    assertEquals("AE", resolve("The deal is a blow to the Emirates plane-maker.", "Emirates").get(0).countryCode());
  }

  @Test
  void aTownBeforeAFlightStaysAPlace() {
    assertEquals(1, resolve("The Toronto flight was delayed by fog.", "Toronto").size());
  }

  @Test
  void aRiverIsTheRiverNotASmallTownOfItsName() {
    ResolvedPlace thames = resolve("Flooding along the Thames closed the towpath near Oxford.", "Thames").get(0);
    assertEquals("GB", thames.countryCode());
    assertEquals("STM", thames.featureCode());
    assertEquals("STM", resolve("The Danube burst its banks on Sunday.", "Danube").get(0).featureCode());
  }

  @Test
  void aCapeIsTheCapeNotATownInsideItsName() {
    assertEquals("ZA", resolve("Ships were sent around the Cape of Good Hope.", "Cape of Good Hope").get(0).countryCode());
  }

  @Test
  void aCityInItsOwnLanguageIsFoundAndShownInEnglish() {
    List<PlaceResolver.ResolvedMention> found = RESOLVER.findAndResolve("The meeting was held in Wien, and later in Firenze.");
    assertEquals(List.of("Vienna", "Florence"), found.stream().map(r -> r.place().name()).toList());
    assertEquals("NL", RESOLVER.findAndResolve("Residents of Den Haag protested on Monday.").get(0).place().countryCode());
  }

  /** A PLACE entity {@code place} and a PERSON entity {@code surname}, each with every occurrence as a mention. */
  private static List<ResolvedPlace> withPerson(String text, String place, String surname) {
    List<Entity> entities = new ArrayList<>(PlaceResolverTest.placeEntities(text, place));
    Entity p = new Entity("p", EntityType.PERSON, surname);
    for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      p.addMention(Span.of(text, at, at + surname.length()));
    }
    entities.add(p);
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), entities);
  }

  @Test
  void aPlacesNameBeforeASurnameTheTaggerMadeAPersonIsAGivenName() {
    assertEquals(List.of(), withPerson("Ireland Threlkeld spoke at the opening of the bakery.", "Ireland", "Threlkeld"));
    assertEquals(List.of(), withPerson("The Owls won with a late goal by Chad Pellow on Sunday.", "Chad", "Pellow"));
  }

  @Test
  void aPlaceBeforeAPersonAfterAPrepositionOrATitleStaysAPlace() {
    assertEquals(1, withPerson("The ambassador to Ireland Threlkeld said talks went well.", "Ireland", "Threlkeld").size());
    assertEquals(1, withPerson("Texas Gov. Threlkeld signed the bill.", "Texas", "Gov. Threlkeld").size());
  }
}
