package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places: a place name that news uses for a whole industry ({@code gazetteer/industry-names.txt}) is the
 * industry, not the district, beside a word of its trade; a located mention keeps the place. Made-up sentences.
 */
class PlaceIndustryNameTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<String> places(String text, String... names) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), PlaceResolverTest.placeEntities(text, names))
        .stream().map(ResolvedPlace::name).toList();
  }

  @Test
  void aTradeWordAfterTheNameMakesItTheIndustry() {
    assertEquals(List.of("Lisbon"), places("The Hollywood actor Dev Rao opened a bakery in Lisbon on Saturday.",
        "Hollywood", "Lisbon"));
    assertEquals(List.of(), places("Three Hollywood studios have backed the new ticketing app, its founders said.",
        "Hollywood"));
  }

  @Test
  void aTradeWordAfterThePossessiveMakesItTheIndustry() {
    assertEquals(List.of(), places("Hollywood's biggest talent agencies will cut staff this year, a spokesman said.",
        "Hollywood"));
    // a preposition before the possessive governs the possessed noun, not the name
    assertEquals(List.of(), places("A deal on pay between Hollywood's guilds and the networks was reached on Monday.",
        "Hollywood"));
  }

  @Test
  void anOrganisationWrittenAsTheNameBesideATradeWordIsNoPlace() {
    String text = "Hollywood executives flew to the toy fair on Tuesday.";
    assertEquals(List.of(), RESOLVER.resolve(new Document(text, List.of(), List.of()),
        List.of(PlaceResolverTest.organisation(text, "Hollywood"))));
  }

  @Test
  void aLocatedMentionKeepsThePlace() {
    assertEquals(List.of("Hollywood"), places("The chef moved to Hollywood in 2004. Hollywood stars now eat at her cafe.",
        "Hollywood"));
    assertEquals(List.of("Hollywood"), places(
        "The Hollywood-based producer Sam Oduya bought a vineyard. Hollywood producers rarely farm.", "Hollywood"));
    assertEquals(List.of("Hollywood"), places("Hollywood - The Hollywood actress Mira Toll signed a contract on Monday.",
        "Hollywood"));
  }

  @Test
  void otherPlaceNamesBeforeATradeWordStayPlaces() {
    // "the Toronto actress": where she comes from; only names listed for an industry stand for one
    assertEquals(List.of("Toronto"), places("The Toronto actress Lena Park won the prize for best newcomer.", "Toronto"));
    // the listed name without a word of its trade is the place
    assertEquals(List.of("Hollywood"), places("Hollywood was quiet on Sunday morning, residents said.", "Hollywood"));
  }
}
