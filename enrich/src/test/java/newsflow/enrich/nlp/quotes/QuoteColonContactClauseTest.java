package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A quote after a colon whose introducing clause ends in a relative clause without a relative pronoun ("voiced
 * doubts about the delays the builders have faced: “...”"): the words are the introducing subject's, not those of
 * the relative clause's subject. Made-up sentences.
 */
class QuoteColonContactClauseTest {

  @Test
  void theIntroducingSubjectSpeaksPastARelativeClauseWithoutPronoun() {
    List<Quote> qs = quotes("Costs rise\n\nRita Okafor expressed concern about the overruns the project is facing: "
        + "\u201CEach week brings a fresh bill and every bill is bigger than the one before.\u201D");
    assertEquals("Rita Okafor", quote(qs, "Each week brings").speaker());
    qs = quotes("Costs rise\n\nRita Okafor pointed to the delays the builders have suffered: \u201CEach week brings "
        + "a fresh bill and every bill is bigger than the one before.\u201D");
    assertEquals("Rita Okafor", quote(qs, "Each week brings").speaker());
  }

  @Test
  void anUnnamedIntroducerAndAPlainColonKeepTheirResult() {
    List<Quote> qs = quotes("Costs rise\n\nThe mayor listed the roads the storm has closed: \u201CEach week brings "
        + "a fresh bill and every bill is bigger than the one before.\u201D");
    assertNull(quote(qs, "Each week brings").speaker());
    qs = quotes("Costs rise\n\nRita Okafor was blunt: \u201CEach week brings a fresh bill and every bill is "
        + "bigger than the one before.\u201D");
    assertEquals("Rita Okafor", quote(qs, "Each week brings").speaker());
  }
}
