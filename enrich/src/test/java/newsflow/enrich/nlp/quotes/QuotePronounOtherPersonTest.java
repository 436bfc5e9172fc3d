package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * "he"/"she" whose sentence shows it means someone other than the person named before: a fronted clause led by an
 * unnamed person ("Although the magistrate called Brannock ..., he said"), or the same pronoun as the subject of a
 * clause that names that person after it ("She was up against Tomas Reddick"). No speaker rather than the wrong one.
 */
class QuotePronounOtherPersonTest {

  @Test
  void anUnnamedPersonLeadingAFrontedClauseIsTheOneMeant() {
    List<Quote> qs = quotes("Harwick was a quiet forward who played his whole career with the Otters. He also "
        + "coached the team for a season.\n\nAlthough the magistrate called Brannock a \"decent neighbour\" who had "
        + "shown remorse, he said the \"grave offence\" demanded a prison term.");
    assertNull(quote(qs, "grave offence").speaker());
  }

  @Test
  void aFrontedClauseWithoutAPersonLeavesThePronounToTheName() {
    List<Quote> qs = quotes("Norbert Feld runs the bakery on Mill Street. He opened it in 1990.\n\nAlthough the "
        + "recession hurt trade, he said the shop was \"doing better than ever.\"");
    assertEquals("Norbert Feld", quote(qs, "doing better than ever").speaker());
  }

  @Test
  void theSamePronounNamingThePersonAfterItMeansSomeoneElse() {
    List<Quote> qs = quotes("Brenna Coyle, a 24-year-old nurse, was voted out of the house on Sunday.\n\nShe faced "
        + "dancer Tomas Reddick and chef Jeremy Oakhart in the phone poll. Jeremy, 22, drew four votes, while Tomas "
        + "got six.\n\nShe said: \"I had the best time, I really did not want to leave.\"");
    assertNull(quote(qs, "I had the best time").speaker());
  }

  @Test
  void aPronounOpeningASentenceAboutAPersonOfStatedSexDoesNotStopTheSubject() {
    List<Quote> qs = quotes("Lord Penrith lent the minister his flat for the summer. He is Sir Alec's oldest friend "
        + "and biggest donor.\n\nOn Monday, Sir Alec dodged several questions about the loan from Lord Penrith.\n\n"
        + "He said it would be \"a step too far\" to refuse such help.");
    assertEquals("Alec", quote(qs, "a step too far").speaker());
  }

  @Test
  void theSubjectOfAnAsideBetweenDashesIsNotTheSentencesSubject() {
    List<Quote> qs = quotes("Pardoe has drawn up a list of the players he wants.\n\nExperience is not a concern for "
        + "Pardoe - his predecessor Glen Wareham insisted on signing veterans - but pace will matter.\n\n"
        + "\"We need quicker players in every position, and we will find them,\" he said.");
    assertNull(quote(qs, "We need quicker players").speaker());
  }

  @Test
  void aNameBeforeALoneDashKeepsThePronoun() {
    List<Quote> qs = quotes("Mila Voss spoke to the board on Tuesday - the first time in a year.\n\n"
        + "\"We will not sell the mill,\" she said.");
    assertEquals("Mila Voss", quote(qs, "We will not sell the mill").speaker());
  }
}
