package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A role description ("the director", "the Harbour FC boss") names the one person the article showed in that role
 * (a title, a word before the name, an apposition, the role's verb after the name) even when that person was not
 * the subject of the last sentence, and nobody when two people fit or someone else is the one just named.
 * Made-up articles through the whole pipeline.
 */
class QuoteRoleShownTest {

  @Test
  void theRolesVerbInARelativeClauseShowsThePersonInTheRole() {
    assertEquals("Ivo Brandt", quote(quotes("The film was made by Ivo Brandt, who directed it in Malta. \"We ran "
        + "out of money,\" the director said."), "We ran out").speaker());
    assertEquals("Ivo Brandt", quote(quotes("Ivo Brandt, who directed the film, has been praised by critics. \"We "
        + "ran out of money,\" the director said."), "We ran out").speaker());
  }

  @Test
  void twoPeopleShownInTheRoleOrARoleOnlyNearANameStayUnnamed() {
    assertNull(quote(quotes("Ivo Brandt, who directed the film, met Tom Reyes, who directed the play. \"We ran out "
        + "of money,\" the director said."), "We ran out").speaker());
    assertNull(quote(quotes("Tom Reyes praised the film, which Ivo Brandt directed. \"We ran out of money,\" the "
        + "director said."), "We ran out").speaker());
  }

  @Test
  void anOrganisationsLeaderIsThePersonGivenThatTitleThere() {
    assertEquals("Ivo Brandt", quote(quotes("Harbour FC manager Ivo Brandt watched from the stands. \"We were "
        + "poor,\" the Harbour FC boss said."), "We were poor").speaker());
  }

  @Test
  void twoLeadersOfTheOrganisationOrSomeoneElseJustNamedStayUnnamed() {
    assertNull(quote(quotes("Harbour FC manager Ivo Brandt watched from the stands. Harbour FC chairman Tom Reyes "
        + "was absent. \"We were poor,\" the Harbour FC boss said."), "We were poor").speaker());
    // The one named since may be a new manager: the description stays unnamed.
    assertNull(quote(quotes("Harbour FC manager Ivo Brandt was sacked on Monday. Tom Reyes takes over the side. "
        + "\"We start again,\" the Harbour FC boss said."), "We start again").speaker());
  }
}
