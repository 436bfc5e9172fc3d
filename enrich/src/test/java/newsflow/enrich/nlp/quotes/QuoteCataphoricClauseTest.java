package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A pronoun inside a fronted subordinate clause whose main clause names another person of its sex (even as no
 * subject) may mean that person, so a later pronoun speaker is not carried back past it to someone named
 * before (made-up articles through the whole pipeline).
 */
class QuoteCataphoricClauseTest {

  @Test
  void aPersonNamedAfterAFrontedClauseWithThePronounMakesTheSpeakerUncertain() {
    List<Quote> qs = quotes("Lena Ruud took the early lead in the cross-country sprint and held it for most of the "
        + "race.\n\nOnce she reached the final bend, the crowd in the stands rose for Ada Holm. \"I could hear them "
        + "all the way to the line,\" she said.");
    assertNull(quote(qs, "I could hear").speaker());
  }

  @Test
  void aPronounOutsideTheFrontedClauseStillContinuesItsAntecedent() {
    List<Quote> qs = quotes("Tomas Egge opened the new bakery on the high street last spring.\n\n"
        + "Because the ovens run all night, he gave a bell to Piet Laan next door. \"Nobody has complained once,\" "
        + "he said.");
    assertEquals("Tomas Egge", quote(qs, "Nobody has").speaker());
  }

  @Test
  void withNobodyNamedAfterTheFrontedClauseThePronounContinuesItsAntecedent() {
    List<Quote> qs = quotes("Tomas Egge opened the new bakery on the high street last spring.\n\n"
        + "Because he bakes through the night, the neighbours gave him a bell. \"Nobody has complained once,\" "
        + "he said.");
    assertEquals("Tomas Egge", quote(qs, "Nobody has").speaker());
  }
}
