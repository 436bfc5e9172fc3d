package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Places (places8): the second place of an institution's "of X and Y" is part of its name; an ocean's name that
 * is the second half of an adjective compound ("Afro-Caribbean") or that names a part of the country written
 * right after it ("Atlantic Eastland") is no ocean; a country named only as its national side in a sports
 * report ("former Eastland coach", "Eastland defender") is no place. Made-up sentences.
 */
class PlaceSidesCompoundsInstitutionsTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, String... names) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), PlaceResolverTest.placeEntities(text, names));
  }

  @Test
  void theSecondPlaceOfAnInstitutionsNameIsPartOfIt() {
    String text = "Tom Reed, chairman of the Bar Federation of Portugal and Spain, told reporters the rules had changed.";
    assertNull(only(resolve(text, "Spain"), "Spain"));
    String council = "The Grain Council of Norway and Sweden met in Oslo on Monday.";
    List<ResolvedPlace> places = resolve(council, "Sweden", "Oslo");
    assertNull(only(places, "Sweden"));
    assertNotNull(only(places, "Oslo"));
  }

  @Test
  void twoPlacesAfterAnOrdinaryNounStayPlaces() {
    String text = "The coast of Portugal and Spain was hit by storms, and the road of Norway and Sweden was shut.";
    List<ResolvedPlace> places = resolve(text, "Spain", "Sweden");
    assertNotNull(only(places, "Spain"));
    assertNotNull(only(places, "Sweden"));
    String possessive = "The Bank of Portugal and Spain's central bank both cut rates.";
    assertNotNull(only(resolve(possessive, "Spain"), "Spain"));
  }

  @Test
  void anOceanInAnAdjectiveCompoundIsNoOcean() {
    assertNull(only(resolve("He loved Afro-Caribbean food and the music of Paris.", "Caribbean", "Paris"), "Caribbean"));
    assertNull(only(resolve("The Euro-Atlantic partners met on Monday.", "Atlantic"), "Atlantic"));
    // a compound of two places names both ("the Lisbon-Atlantic cable" is rare; a sea on its own stays)
    assertNotNull(only(resolve("The ship sailed across the Caribbean to Havana.", "Caribbean"), "Caribbean"));
  }

  @Test
  void anOceanBeforeACountryNamesAPartOfThatCountry() {
    List<ResolvedPlace> places = resolve("Fishing towns across Atlantic Canada braced for a long, hard winter.", "Atlantic", "Canada");
    assertNull(only(places, "Atlantic"));
    assertNotNull(only(places, "Canada"));
    assertNotNull(only(resolve("Storms in the Atlantic killed two sailors.", "Atlantic"), "Atlantic"));
  }

  private static final String MATCH = " The Kestrels edged the Marsh Ravens 24-10 at home, their fly-half kicking "
      + "three penalties, and the coach said the team's defence was the best in the league this season.";

  @Test
  void aCountryNamedOnlyAsItsSideInASportsReportIsNoPlace() {
    String coach = "Former Portugal coach Mark Tilly has joined the Kestrels as backline consultant." + MATCH;
    assertNull(only(resolve(coach, "Portugal"), "Portugal"));
    String defender = "Norway defender Erik Lund has signed for the Kestrels." + MATCH;
    assertNull(only(resolve(defender, "Norway"), "Norway"));
  }

  @Test
  void aCountryLostToOrCoachedIsItsSide() {
    String lost = "The hosts reached the final, where they lost to Portugal after a late try." + MATCH;
    assertNull(only(resolve(lost, "Portugal"), "Portugal"));
    String coached = "Tilly, who coached Norway to the final in 2003, joins the Kestrels next month." + MATCH;
    assertNull(only(resolve(coached, "Norway"), "Norway"));
    String drew = "The visitors drew with Portugal in the opening round." + MATCH;
    assertNull(only(resolve(drew, "Portugal"), "Portugal"));
  }

  @Test
  void aCountryInSpaceOrOutsideSportsStaysAPlace() {
    String inSpace = "Former Portugal coach Mark Tilly has flown home to Portugal." + MATCH;
    assertNotNull(only(resolve(inSpace, "Portugal"), "Portugal"));
    String politics = "Former Portugal coach Mark Tilly said the minister had resigned over the budget.";
    assertNotNull(only(resolve(politics, "Portugal"), "Portugal"));
    String people = "Portugal's Ana Reis beat the champion in three sets." + MATCH;
    assertNotNull(only(resolve(people, "Portugal"), "Portugal"));
    // a player's country: after a possessive only a word of play makes the side; "of" before it never does
    String beaten = "The champion beat Portugal's Ana Reis in three sets." + MATCH;
    assertNotNull(only(resolve(beaten, "Portugal"), "Portugal"));
    String of = "Ana Reis of Portugal defeated the champion in three sets." + MATCH;
    assertNotNull(only(resolve(of, "Portugal"), "Portugal"));
  }
}
