package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Through the whole pipeline: a description by kind ("the airline", "the carmaker", "the club", "the newspaper")
 * refers back to the organisation named last before it when a word of that one's name shows the kind (Air, Motors,
 * FC, Gazette); nothing when two of the kind are named near, an unnamed one came since, or the last name is of
 * another kind.
 */
class QuoteKindNameWordsTest {

  @Test
  void anAirlineNamedWithAirIsTheAirline() {
    List<Quote> qs = quotes("Passengers on the morning flight to Kestrel Bay waited four hours on the tarmac. "
        + "Nordlys Air blamed a fuel pump for the delay.\n\n"
        + "\"Every traveller will get a voucher for the next trip,\" the airline said.");
    assertEquals("Nordlys Air", quote(qs, "Every traveller").speaker());
  }

  @Test
  void aMakerNamedWithMotorsIsTheCarmaker() {
    List<Quote> qs = quotes("The recall covers eleven thousand delivery vans built last spring. Tarrow Motors "
        + "found that a brake hose can chafe against the frame.\n\n"
        + "\"No injuries have been reported,\" the carmaker said on Monday.");
    assertEquals("Tarrow Motors", quote(qs, "No injuries").speaker());
  }

  @Test
  void aClubNamedWithFcIsTheClub() {
    List<Quote> qs = quotes("FC Varnholm sacked its coach after a ninth straight defeat. The owners met on "
        + "Sunday.\n\n\"We thank him for four loyal years,\" the club said in a short note.");
    assertEquals("FC Varnholm", quote(qs, "We thank him").speaker());
  }

  @Test
  void aBankWhoseNameDoesNotEndInBankIsTheBank() {
    List<Quote> qs = quotes("Dock workers went on strike at the port on Tuesday. The harbour board blamed "
        + "Grelling Air for the dispute, and the mayor called on Selwick Bancorp to mediate.\n\n"
        + "\"We will not lend to either side,\" the bank said.");
    assertEquals("Selwick Bancorp", quote(qs, "We will not lend").speaker());
  }

  @Test
  void theOutletNamedLastIsTheNewspaperWhenTheOtherIsFarBack() {
    List<Quote> qs = quotes("The Daily Lantern ran the poll first. Its figures were checked by two universities "
        + "over the summer. Later, an opinion piece in the Harbour Gazette attacked the council's budget plan.\n\n"
        + "\"Nobody voted for a parking tax,\" the newspaper argued.");
    assertEquals("Harbour Gazette", quote(qs, "Nobody voted").speaker());
  }

  @Test
  void twoOutletsNamedTogetherLeaveTheNewspaperUnresolved() {
    List<Quote> qs = quotes("The Daily Lantern and the Harbour Gazette both ran the poll. Later, an opinion piece "
        + "in the Harbour Gazette attacked the council's budget plan.\n\n"
        + "\"Nobody voted for a parking tax,\" the newspaper argued.");
    assertNull(quote(qs, "Nobody voted").speaker());
  }

  @Test
  void twoCarmakersNamedTogetherLeaveTheCarmakerUnresolved() {
    List<Quote> qs = quotes("Both Tarrow Motors and Keswin Motors cut prices on their small vans this winter.\n\n"
        + "\"Demand has collapsed,\" the carmaker said.");
    assertNull(quote(qs, "Demand has collapsed").speaker());
  }

  @Test
  void anUnnamedCarmakerSinceLeavesTheCarmakerUnresolved() {
    List<Quote> qs = quotes("Tarrow Motors cut prices on its small vans this winter. A rival carmaker followed "
        + "within days.\n\n\"Demand has collapsed,\" the carmaker said.");
    assertNull(quote(qs, "Demand has collapsed").speaker());
  }

  @Test
  void anotherKindNamedLastLeavesTheAirlineUnresolved() {
    List<Quote> qs = quotes("Nordlys Air cancelled its evening flights after the storm. Stranded travellers were "
        + "put up in hotels by the Kestrel Bay Tourism Office.\n\n"
        + "\"The runway will reopen at dawn,\" the airline said.");
    assertNull(quote(qs, "The runway will").speaker());
  }

  @Test
  void anAirForceIsNoAirline() {
    List<Quote> qs = quotes("Cargo planes of the Veldmark Air Force dropped grain over the flooded valley.\n\n"
        + "\"The runway is closed,\" the airline said.");
    assertNull(quote(qs, "The runway is closed").speaker());
  }

  @Test
  void theAirlineFirstInTheLastSentenceIsTheAirlineThoughOthersFollowIt() {
    List<Quote> qs = quotes("Kestrel Air has sued Brannock Fuels and the Ostholm Harbour Board over a spill that "
        + "grounded its fleet.\n\n\"We were let down by our suppliers,\" the airline said.");
    assertEquals("Kestrel Air", quote(qs, "We were let down").speaker());
  }

  @Test
  void anotherAirlineNamedAfterTheFirstLeavesTheAirlineUnresolved() {
    List<Quote> qs = quotes("Kestrel Air has sued Brannock Fuels and Ostholm Air over a spill that grounded both "
        + "fleets.\n\n\"We were let down by our suppliers,\" the airline said.");
    assertNull(quote(qs, "We were let down").speaker());
  }
}
