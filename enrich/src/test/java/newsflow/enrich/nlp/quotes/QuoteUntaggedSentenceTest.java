package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A sentence with a quotation mark but no capitalised word besides its first ("She condemned the “...” cuts.")
 * gets part-of-speech tags too, so the rules that read verbs and nouns around a short fragment work there as they
 * do in a sentence with a name. Made-up articles.
 */
class QuoteUntaggedSentenceTest {

  @Test
  void aPronounSubjectOfAnEvaluatingVerbOwnsTheJudgingWord() {
    List<Quote> qs = quotes("Ferry cuts\n\nHarbour minister Lotte Brannagh spoke at the quay on Tuesday. She "
        + "condemned the \u201creckless\u201d cuts to the ferry service.\n\nCouncillor Osric Fell toured the "
        + "yard on Friday. He congratulated the crews for \u201ctruly striking\u201d progress on the hulls.");
    assertEquals("Lotte Brannagh", quote(qs, "reckless").speaker());
    assertEquals("Osric Fell", quote(qs, "truly striking").speaker());
  }

  @Test
  void aTermInSuchASentenceStaysWithoutSpeaker() {
    List<Quote> qs = quotes("Ferry cuts\n\nHarbour minister Lotte Brannagh spoke at the quay on Tuesday. She "
        + "mocked the so-called \u201cheritage\u201d timetable.");
    assertNull(quote(qs, "heritage").speaker(), "a term after so-called");
  }
}
