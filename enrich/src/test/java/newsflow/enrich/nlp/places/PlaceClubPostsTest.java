package newsflow.enrich.nlp.places;

import static newsflow.enrich.nlp.places.PlaceClubSignsTest.resolveOrganisations;
import static newsflow.enrich.nlp.places.PlaceResolverTest.only;
import static newsflow.enrich.nlp.places.PlaceResolverTest.resolvePlaces;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (club posts): in a sports report a town's name is its club when a post at the club follows it
 * ("Tamworth chairman", "Tamworth's new manager", "the Tamworth job"), when it heads a team sheet (a colon, then
 * players' names and a semicolon), or when it makes a club's bid (a bid or an approach just before "from" and the
 * name); any use of the name as a location keeps the town. Made-up sentences.
 */
class PlaceClubPostsTest {
  @Test
  void aPostAtTheClubAfterTheNameMakesTheClub() {
    String chairman = "Swindon chairman Petra Vale said the club would listen to offers for the striker after the "
        + "league match, and the coach praised the midfielder.";
    assertNull(only(resolveOrganisations(chairman, "Swindon"), "Swindon"));
    assertNull(only(resolvePlaces(chairman, "Swindon"), "Swindon"));
    String described = "The striker scored twice in the league match, and Swindon's new manager Ivo Stanek praised "
        + "the midfielder and the goalkeeper.";
    assertNull(only(resolveOrganisations(described, "Swindon"), "Swindon"));
    String nationality = "The striker scored twice in the league match, and Swindon's Spanish coach Ivo Stanek "
        + "praised the midfielder.";
    assertNull(only(resolveOrganisations(nationality, "Swindon"), "Swindon"));
    String owners = "Swindon's former owners kept the striker until June; their league coach wanted two more "
        + "defenders, Ivo Stanek wrote.";
    assertNull(only(resolveOrganisations(owners, "Swindon"), "Swindon"));
    String job = "Ivo Stanek is tempted by the Exeter job since the coach left, and the striker scored twice in the "
        + "league match.";
    assertNull(only(resolveOrganisations(job, "Exeter"), "Exeter"));
  }

  @Test
  void aTeamSheetMakesTheClub() {
    String text = "The striker scored twice in the league match and the coach praised the goalkeeper.\n\n"
        + "Bristol: Vale; Stanek, Orme, Pask, Quill; Rudd, Sayle, Tobin; Ullah, Venn, Wace.\n";
    List<ResolvedPlace> places = resolveOrganisations(text, "Bristol");
    assertNull(only(places, "Bristol"), places.toString());
  }

  @Test
  void aFixtureBetweenTwoTownsNamesTheClubs() {
    String text = "Ivo Stanek starts in goal for the league game between Swindon and Exeter at Elm Park, and the "
        + "coach praised the striker.";
    List<ResolvedPlace> places = resolveOrganisations(text, "Swindon");
    assertNull(only(places, "Swindon"), places.toString());
  }

  @Test
  void aClubsOfferFromTheTownMakesTheClub() {
    String bid = "The midfielder scored in the league match, and the coach confirmed a bid from Exeter for the "
        + "striker before the transfer window.";
    assertNull(only(resolveOrganisations(bid, "Exeter"), "Exeter"));
    // a plural verb makes the club; the approach from it is no location
    String verb = "Exeter have asked about the striker. The coach said an approach from Exeter had come after the "
        + "league match, and the midfielder stays.";
    assertNull(only(resolveOrganisations(verb, "Exeter"), "Exeter"));
  }

  @Test
  void aLocationOrAPlainPossessiveKeepsTheTown() {
    String born = "Ivo Stanek was born in Tamworth. Tamworth chairman Petra Vale said the striker scored twice in "
        + "the league match and the coach was pleased.";
    assertNotNull(only(resolvePlaces(born, "Tamworth"), "Tamworth"));
    String harbour = "Tamworth's old harbour drew visitors all summer, the coach said after the league match, and the "
        + "striker scored twice.";
    assertNotNull(only(resolvePlaces(harbour, "Tamworth"), "Tamworth"));
    String list = "Three grounds host the junior league this winter; each striker and coach gets a pass.\n\n"
        + "Swansea: Elm Park, Oak Hill and Pine Road.\n";
    assertNotNull(only(resolvePlaces(list, "Swansea"), "Swansea"));
  }

  @Test
  void outsideASportsReportNothingChanges() {
    String text = "Tamworth chairman Petra Vale said the council would repair the bridge, and a bid from Tamworth "
        + "for the grant was sent in June.";
    assertNotNull(only(resolvePlaces(text, "Tamworth"), "Tamworth"));
  }
}
