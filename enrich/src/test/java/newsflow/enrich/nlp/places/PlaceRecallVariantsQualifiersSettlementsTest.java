package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places recall (plrec). Four kinds of names that used to get no place: a common transliteration of a
 * well-known city; a town whose name is an everyday English word, followed by its state's abbreviation; an unlisted
 * village or province introduced by its kind inside a one-country story; a town written after "Hospital". Made-up
 * sentences.
 */
class PlaceRecallVariantsQualifiersSettlementsTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, String... names) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), PlaceResolverTest.placeEntities(text, names));
  }

  private static List<String> places(String text, String... names) {
    return resolve(text, names).stream().map(ResolvedPlace::name).toList();
  }

  @Test
  void aSpellingVariantOfAWellKnownPlaceIsThatPlace() {
    // an "h" more or less, a letter written once instead of twice
    List<ResolvedPlace> p = resolve("Protesters gathered in Bengazi on Friday, Libyan officials said, as Libya prepared "
        + "for talks.", "Bengazi", "Libya");
    assertEquals("Benghazi", p.get(0).name());
    assertEquals("LY", p.get(0).countryCode());
    assertEquals(List.of("Bhubaneshwar", "India"), places(
        "Students marched in Bhubaneswar on Friday, and Indian police watched as India prepared for the vote.",
        "Bhubaneswar", "India"));
    assertEquals(List.of("Abbottabad", "Pakistan"), places(
        "The mayor of Abbotabad met Pakistani ministers on Monday. Pakistan sent aid.", "Abbotabad", "Pakistan"));
  }

  @Test
  void aVariantNeedsItsCountryAndTheUsualSpellingIsUntouched() {
    // no word of Libya in the story: a shop, a band or a surname spelt like the city is not placed
    assertEquals(List.of(), places("Sales at Bengazi rose in the spring, the retailer said.", "Bengazi"));
    assertEquals(List.of("Benghazi"), places("Protesters gathered in Benghazi on Friday.", "Benghazi"));
  }

  @Test
  void aTownNamedByAnOrdinaryWordWithItsDivisionAfterIt() {
    List<ResolvedPlace> p = resolve("At Plantation, Fla., Jo Ames scored twice as the visitors won again.",
        "Plantation");
    assertEquals(1, p.size());
    assertEquals("Plantation", p.get(0).name());
    assertEquals("US", p.get(0).countryCode());
  }

  @Test
  void anOrdinaryWordWithoutItsDivisionStaysNoPlace() {
    assertEquals(List.of(), places("Plantation owners met at six, and the growers left soon after.", "Plantation"));
  }

  @Test
  void aSettlementOrDivisionByItsKindInAStoryAboutOneCountry() {
    String text = "Iraqi police said two officers were killed in the city of Qaradam on Monday. Iraq has seen fewer "
        + "attacks this year, and an Iraqi minister added that the crossings to Iraq's neighbours stay open.";
    List<ResolvedPlace> p = resolve(text, "Qaradam");
    assertEquals(1, p.size());
    assertEquals("IQ", p.get(0).countryCode());
    assertNull(p.get(0).lat());
    String text2 = "Gunmen raided a checkpoint in Ardhmet province overnight. Afghanistan's army sent two companies, "
        + "and the Afghan interior ministry promised more.";
    assertEquals("AF", resolve(text2, "Ardhmet").get(0).countryCode());
  }

  @Test
  void noKindOrNoClearCountryGivesNoPlace() {
    // no word of a settlement or division before or after the name
    String text = "Iraqi police said two officers spoke to Qaradam on Monday. Iraq has seen fewer attacks this year, "
        + "and an Iraqi minister added that the crossings to Iraq's neighbours stay open.";
    assertEquals(List.of(), places(text, "Qaradam"));
    // a story about two countries alike
    String text2 = "Talks between France and Spain went on in the town of Qaradam, French and Spanish envoys said.";
    assertEquals(List.of(), places(text2, "Qaradam"));
  }
  @Test
  void aTownAfterAHospitalsOrCollegesHeadIsNoSurname() {
    // a city's name right after "Hospital" is where the hospital is, not somebody's family name
    String text = "A spokeswoman for Mercy Hospital Denver confirmed the transfer. Surgeons in Denver expect a long "
        + "recovery, and the family rented a flat in Denver for the winter.";
    assertEquals(List.of("Denver"), places(text, "Denver"));
  }

  @Test
  void aSurnameAfterAnotherCapitalisedWordStaysAPersons() {
    String text = "The surgeon Maria Whitby spoke at the hospital on Friday. Whitby said the boy was well.";
    assertEquals(List.of(), places(text, "Whitby"));
  }
}
