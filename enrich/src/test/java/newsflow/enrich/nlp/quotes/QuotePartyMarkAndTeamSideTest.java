package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Two ways a description as speaker finds the one person the article showed with it: a legislator's party mark after
 * the name ("Rep. Kim Ode (D-Ore.)" for "the Democrat"), and a player noun ("the striker") for the one person shown
 * as a player when the last person named is shown only as the team's staff (or the reverse). Made-up articles
 * through the whole pipeline, with what must stay unnamed.
 */
class QuotePartyMarkAndTeamSideTest {

  @Test
  void aPartyMarkAfterTheNameShowsTheParty() {
    String text = "Rep. Wenna Tolliver (D-Ore.) voted against the dam bill on Tuesday. Orrin Pask, a lobbyist, "
        + "backed it.\n\n\"The valley deserves better,\" the Democrat said.";
    assertEquals("Wenna Tolliver", quote(quotes(text), "The valley deserves").speaker());
    text = "Sen. Wenna Tolliver, R-Texas, voted against the dam bill. Sen. Orrin Pask, D-N.Y., backed it.\n\n"
        + "\"The valley deserves better,\" the Republican said.";
    assertEquals("Wenna Tolliver", quote(quotes(text), "The valley deserves").speaker());
  }

  @Test
  void twoMarksOfThePartyOrAnotherPartysMarkLeaveItUnnamed() {
    String two = "Rep. Wenna Tolliver (D-Ore.) voted against the dam bill on Tuesday. Rep. Orrin Pask (D-Ohio) "
        + "backed it.\n\n\"The valley deserves better,\" the Democrat said.";
    assertNull(quote(quotes(two), "The valley deserves").speaker());
    String other = "Rep. Wenna Tolliver (R-Ore.) voted against the dam bill on Tuesday. Orrin Pask, a lobbyist, "
        + "backed it.\n\n\"The valley deserves better,\" the Democrat said.";
    assertNull(quote(quotes(other), "The valley deserves").speaker());
  }

  @Test
  void aPlayerNounIsThePlayerWhenTheLastOneNamedIsStaff() {
    String text = "Tobin Marsh, a striker for Kettleby Town, scored twice against Rowford on Saturday. Coach Aldo "
        + "Verrin praised the whole side.\n\n\"My legs felt fresh,\" the striker said.";
    assertEquals("Tobin Marsh", quote(quotes(text), "My legs felt").speaker());
  }

  @Test
  void aPlayerNounPastSomeoneShownAsNothingOrPastAStaffSpeakerStaysUnnamed() {
    String nothing = "Tobin Marsh, a striker for Kettleby Town, scored twice against Rowford on Saturday. Evan "
        + "Quill also scored.\n\n\"My legs felt fresh,\" the striker said.";
    assertNull(quote(quotes(nothing), "My legs felt").speaker());
    String spoke = "Tobin Marsh, a striker for Kettleby Town, scored twice against Rowford on Saturday. Coach Aldo "
        + "Verrin praised the whole side.\n\n\"He was sharp,\" Verrin said. \"My legs felt fresh,\" the striker said.";
    assertNull(quote(quotes(spoke), "My legs felt").speaker());
  }
}
