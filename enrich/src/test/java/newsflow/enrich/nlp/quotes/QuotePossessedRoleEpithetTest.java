package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A possessed use of a role ("her manager's tactics") in another person's sentence says whose manager, not that
 * there is another one: the one person shown in the role is still the epithet's ("the cheerful manager"). When no
 * one is shown in the role, or the possessed use is in that person's own sentence, it stays someone else's.
 * Made-up sentences, whole pipeline.
 */
class QuotePossessedRoleEpithetTest {

  @Test
  void aPossessedRoleInAnotherSentenceIsTheShownHolder() {
    String text = "Rowing club manager Petra Holm arrived at the boathouse in Kessing at dawn.\n\n"
        + "Lina Ostrow, who rows at stroke, praised her manager's tactics after the regatta.\n\n"
        + "\"It went well,\" Ostrow said.\n\n"
        + "Holm stayed calm when asked about the final at Kessing.\n\n"
        + "\"We still have work to do on the starts,\" said the cheerful manager.";
    assertEquals("Petra Holm", quote(quotes(text), "We still").speaker());
  }

  @Test
  void aPossessedRoleOfSomeoneNotShownInItStaysAnothers() {
    String text = "Petra Holm arrived at the boathouse in Kessing at dawn.\n\n"
        + "Lina Ostrow, who rows at stroke, praised her manager's tactics after the regatta.\n\n"
        + "Holm stayed calm when asked about the final at Kessing.\n\n"
        + "\"We still have work to do on the starts,\" said the cheerful manager.";
    assertNull(quote(quotes(text), "We still").speaker());
  }

  @Test
  void aPossessedRoleInTheHoldersOwnSentenceIsSomeoneElse() {
    String text = "Rowing club manager Petra Holm arrived at the boathouse in Kessing at dawn.\n\n"
        + "Holm thanked her manager from her racing years for the advice.\n\n"
        + "\"We still have work to do on the starts,\" said the cheerful manager.";
    assertNull(quote(quotes(text), "We still").speaker());
  }
}
