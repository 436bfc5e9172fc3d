package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (places4): a place's name that begins a person's name is no place; a firm named like a
 * town is no place; a namesake at one end of a route lies beside the other end. Made-up sentences.
 */
class PlaceNamesOfPeopleFirmsRoutesTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, String... names) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), PlaceResolverTest.placeEntities(text, names));
  }

  @Test
  void aPlacesNameBeforeASurnameAfterAnAppositionThatSpeaksIsAPerson() {
    assertEquals(List.of(), resolve("Jordan Threlkeld, the bakery's owner, said the ovens were new.", "Jordan Threlkeld"));
  }

  @Test
  void aPlacesNameBeforeASurnameThatSpeaksIsAPerson() {
    assertEquals(List.of(), resolve("Georgia Pellow told the meeting that fees would rise.", "Georgia Pellow"));
  }

  @Test
  void aPlacesNameBeforeASurnameThatSpeaksAloneLaterIsAPerson() {
    assertEquals(List.of(), resolve("Georgia Pellow opened the shop in 2019. Pellow said trade was slow.", "Georgia Pellow"));
  }

  @Test
  void aPlaceNamedWithoutAPersonsCueStaysAPlace() {
    assertEquals(1, resolve("She was born in Georgia and said she would return.", "Georgia").size());
    assertEquals("AU", resolve("Sydney's harbour was busy, officials said.", "Sydney").get(0).countryCode());
    assertEquals(1, resolve("Georgia Pellow opened the shop in Savannah.", "Savannah").size());
  }

  @Test
  void sharesOfAFirmNamedLikeATownAreNoPlace() {
    assertEquals(List.of(), resolve("Shares of Kenosha rose 4 percent on Tuesday.", "Kenosha"));
    // a locative mention keeps the town
    assertEquals(1, resolve("Shares of Kenosha rose. A storm hit offices in Kenosha.", "Kenosha").size());
  }

  @Test
  void resultsOfAFirmNamedLikeATownAreNoPlace() {
    assertEquals(List.of(), resolve("Kenosha reported higher quarterly sales on Tuesday.", "Kenosha"));
  }

  @Test
  void anOrganisationNamedLikeATownSettingItsRatesIsNoPlace() {
    String bank = "Bilbao raised its mortgage rates on Tuesday.";
    assertEquals(List.of(), RESOLVER.resolve(new Document(bank, List.of(), List.of()),
        List.of(PlaceResolverTest.organisation(bank, "Bilbao"))));
  }

  @Test
  void aTownsNameBeforeACompanySuffixIsNoPlace() {
    String text = "Bilbao plc cut 300 jobs on Tuesday.";
    assertEquals(List.of(), RESOLVER.resolve(new Document(text, List.of(), List.of()),
        List.of(PlaceResolverTest.organisation(text, "Bilbao"))));
  }

  @Test
  void anOrganisationNamedLikeATownInAListOfFirmsIsNoPlace() {
    String text = "Bilbao, Vexcorp and Lantrell Holdings raised their fees.";
    List<newsflow.enrich.nlp.Entity> entities = List.of(PlaceResolverTest.organisation(text, "Bilbao"),
        PlaceResolverTest.organisation(text, "Vexcorp"), PlaceResolverTest.organisation(text, "Lantrell Holdings"));
    assertEquals(List.of(), RESOLVER.resolve(new Document(text, List.of(), List.of()), entities));
  }

  @Test
  void aNamesakeAtOneEndOfARouteLiesBesideTheOtherEnd() {
    List<ResolvedPlace> places = resolve("Boats from Dover to Calais were held in port by the gale.", "Dover", "Calais");
    ResolvedPlace dover = places.stream().filter(p -> p.name().equals("Dover")).findFirst().orElse(null);
    assertNotNull(dover, places.toString());
    assertEquals("GB", dover.countryCode());
  }
}
