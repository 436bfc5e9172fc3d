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
 * unnamed person ("When the inspector finished the review ..., he said"), or the same pronoun as the subject of a
 * clause that names that person after it ("She went out after a tie-break with Robin Ortiz"). No speaker rather than
 * the wrong one.
 */
class QuotePronounOtherPersonTest {

  @Test
  void anUnnamedPersonLeadingAFrontedClauseIsTheOneMeant() {
    List<Quote> qs = quotes("Odo Varnak ran the ferry on the lake for twenty years and trained most of its crews.\n\n"
        + "When the inspector finished the review of the sinking, he said the ferry had been \"loaded far beyond its "
        + "limit\" that night.");
    assertNull(quote(qs, "loaded far beyond").speaker());
  }

  @Test
  void aFrontedClauseWithoutAPersonLeavesThePronounToTheName() {
    List<Quote> qs = quotes("Norbert Feld runs the bakery on Mill Street. He opened it in 1990.\n\nAlthough the "
        + "recession hurt trade, he said the shop was \"doing better than ever.\"");
    assertEquals("Norbert Feld", quote(qs, "doing better than ever").speaker());
  }

  @Test
  void theSamePronounNamingThePersonAfterItMeansSomeoneElse() {
    List<Quote> qs = quotes("Mara Quill, 30, lost the final of the baking contest on Tuesday.\n\nShe went out after a "
        + "tie-break with Robin Ortiz, a plumber from the coast. Robin had won two earlier rounds.\n\n"
        + "She said: \"Every cake I baked here was worth the early starts.\"");
    assertNull(quote(qs, "Every cake I baked").speaker());
  }

  @Test
  void aPronounOpeningASentenceAboutAPersonOfStatedSexDoesNotStopTheSubject() {
    List<Quote> qs = quotes("Lord Arvel Crane chaired the inquiry into the port. He is Sir Bertram's former tutor.\n\n"
        + "On Friday, Sir Bertram refused to answer questions about the inquiry's cost.\n\n"
        + "He said the report would be \"published in full\" next spring.");
    assertEquals("Bertram", quote(qs, "published in full").speaker());
  }

  @Test
  void theSubjectOfAnAsideBetweenDashesIsNotTheSentencesSubject() {
    // Brecht is named only in the aside, so does not compete with Orrin, the one person named outside it.
    List<Quote> qs = quotes("Orrin will pick the crew for the spring regatta.\n\nSize is no concern for Orrin - Tomas "
        + "Brecht, who coached the crew before him, always picked the tallest rowers - but stamina is.\n\n"
        + "\"We will train harder than any crew on the river,\" he said.");
    assertEquals("Orrin", quote(qs, "We will train harder").speaker());
  }

  @Test
  void aNameBeforeALoneDashKeepsThePronoun() {
    List<Quote> qs = quotes("Mila Voss spoke to the board on Tuesday - the first time in a year.\n\n"
        + "\"We will not sell the mill,\" she said.");
    assertEquals("Mila Voss", quote(qs, "We will not sell the mill").speaker());
  }
}
