package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Short partial quotes inside reported speech whose speaker a reader sees (issue 12, branch {@code partial}), on
 * made-up articles: a fragment closed by a comma before its cue, and a fragment earlier in a sentence that a cue
 * closes.
 */
class QuotePartialFragmentTest {

  @Test
  void aFragmentClosedByACommaBeforeItsCueIsNoLabelOfTheNextWord() {
    List<Quote> qs = quotes("Dock safety\n\nHarbour master Ivo Brandt toured the yard on Monday. Safety rules are not "
        + "\"optional extras,\" Brandt said, but \"the core of the job.\"\n\nDana Orrin ran the ferry line for years. A "
        + "long dispute left her \"utterly drained,\" she said.\n\nFinance Minister Carla Ostrova denied that "
        + "she ran an \"informal\" channel for the bank talks.");
    assertEquals("Ivo Brandt", quote(qs, "optional extras").speaker());
    assertEquals("Dana Orrin", quote(qs, "utterly drained").speaker());
    assertNull(quote(qs, "informal").speaker(), "a word quoted before its noun is still a label");
  }

  @Test
  void aFragmentEarlierInASentenceThatACueClosesIsTheSameSpeakers() {
    List<Quote> qs = quotes("Gas leak\n\nCouncillor Derek Vell said the street would stay closed until Friday. "
        + "Although the danger to residents is \"small\" the council is treating the leak \"with great care\", "
        + "he said.\n\nCritics called it \"a farce\", but the plan is \"solid\", Ann Lee said.");
    assertEquals("Derek Vell", quote(qs, "small").speaker());
    assertEquals("Derek Vell", quote(qs, "with great care").speaker());
    assertNotEquals("Ann Lee", quote(qs, "a farce").speaker(), "a cue of its own comes first");
  }
}
