package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Leaders of bodies owned via "'s", by kind ("the club's chairman", "the firm's founder") or by name
 * ("Quellmoor's chairman"): resolved to the sole person whose title holds that role (plus that body, if named).
 * Unresolved with two candidates, a national or committee title, vice/former offices, or two unions named.
 */
class QuoteOrganisationLeaderTest {

  @Test
  void theClubsChairmanIsTheOneChairmanNamed() {
    List<Quote> qs = quotes("Quellmoor Athletic chairman Bram Osterhout watched the defeat from the stand.\n\n"
        + "\"Nobody here is for sale,\" the club's chairman said.");
    assertEquals("Bram Osterhout", quote(qs, "Nobody here is for sale").speaker());
  }

  @Test
  void theCompanysChiefExecutiveAfterAnAppositionTitle() {
    List<Quote> qs = quotes("Ilse Marwood, chief executive of Tarnby Ceramics, opened the new kiln on Monday.\n\n"
        + "\"Glaze stocks tripled,\" said the company's " + "chief executive.");
    assertEquals("Ilse Marwood", quote(qs, "Glaze stocks tripled").speaker());
  }

  @Test
  void anOrganisationNamedBeforeItsPossessive() {
    List<Quote> qs = quotes("Quellmoor Athletic chairman Bram Osterhout and coach Ruud Jansma met the fans.\n\n"
        + "\"We owe them a better season,\" Quellmoor's chairman said.");
    assertEquals("Bram Osterhout", quote(qs, "We owe them a better season").speaker());
  }

  @Test
  void theFirmsFounder() {
    List<Quote> qs = quotes("Tarnby Ceramics founder Pieter Vosloo sold his shares last year.\n\n"
        + "\"It was time to let go,\" the firm's founder said.");
    assertEquals("Pieter Vosloo", quote(qs, "It was time to let go").speaker());
  }

  @Test
  void theClubsBossIsItsOneLeader() {
    List<Quote> qs = quotes("Quellmoor Athletic manager Ruud Jansma named an unchanged side.\n\n"
        + "\"They earned it,\" the club's boss said.");
    assertEquals("Ruud Jansma", quote(qs, "They earned it").speaker());
  }

  @Test
  void theBossOfTwoLeadersStaysUnnamed() {
    List<Quote> qs = quotes("Quellmoor Athletic manager Ruud Jansma and chairman Bram Osterhout met the fans.\n\n"
        + "\"They earned it,\" the club's boss said.");
    assertNull(quote(qs, "They earned it").speaker());
  }

  @Test
  void aPronounAfterTheDescriptionAsSubject() {
    List<Quote> qs = quotes("Quellmoor Athletic chairman Bram Osterhout watched the defeat from the stand.\n\n"
        + "The club's chairman said the squad would stay together. \"Nobody here is for sale,\" he said.");
    assertEquals("Bram Osterhout", quote(qs, "Nobody here is for sale").speaker());
  }

  @Test
  void twoChairmenLeaveItUnnamed() {
    List<Quote> qs = quotes("Quellmoor Athletic chairman Bram Osterhout met Dunvale Rangers chairman Kees Hollander.\n\n"
        + "\"Nobody here is for sale,\" the club's chairman said.");
    assertNull(quote(qs, "Nobody here is for sale").speaker());
  }

  @Test
  void aHeadOfStateIsNoCompanysPresident() {
    List<Quote> qs = quotes("President Tomas Veyra toured the Tarnby plant on Monday.\n\n"
        + "\"We welcome the interest,\" the company's president said.");
    assertNull(quote(qs, "We welcome the interest").speaker());
  }

  @Test
  void aCommitteeChairIsNoCompanysChairman() {
    List<Quote> qs = quotes("Senator Alba Rennick, chairman of the Senate trade committee, criticised Tarnby "
        + "Ceramics on Monday.\n\n\"We acted lawfully,\" the company's chairman said.");
    assertNull(quote(qs, "We acted lawfully").speaker());
  }

  @Test
  void anotherOfficeOrAnotherNameStaysUnnamed() {
    List<Quote> qs = quotes("Tarnby Ceramics vice president Ilse Marwood opened the kiln.\n\n"
        + "\"Orders have doubled,\" the company's president said.\n\n"
        + "Quellmoor Athletic chairman Bram Osterhout was there.\n\n"
        + "\"We will not sell,\" said Dunvale's chairman.\n\n"
        + "\"It was a long day,\" the club's former chairman said.");
    assertNull(quote(qs, "Orders have doubled").speaker());
    assertNull(quote(qs, "We will not sell").speaker());
    assertNull(quote(qs, "It was a long day").speaker());
  }

  @Test
  void twoUnionsNamedLeaveTheUnionsLeaderUnnamed() {
    List<Quote> qs = quotes("Ferry Workers Union leader Gwen Aldrick met officials of the Harbour Pilots Union.\n\n"
        + "\"Deckhands vote Friday,\" the union's " + "leader said.");
    assertNull(quote(qs, "Deckhands vote Friday").speaker());
  }

  @Test
  void anUnnamedSpokespersonStaysUnnamed() {
    List<Quote> qs = quotes("Quellmoor Athletic chairman Bram Osterhout left early. A spokesperson for the club "
        + "stayed.\n\n\"We will not comment,\" the club's spokesperson said.");
    assertNull(quote(qs, "We will not comment").speaker());
  }
}
