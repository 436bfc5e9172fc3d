package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/** A label's wording in apposition after its noun ("her nickname, “...”,") is no one's words. Made-up sentences. */
class QuoteLabelInAppositionTest {

  @Test
  void aNicknameInAppositionGetsNoSpeaker() {
    List<Quote> qs = quotes("Ann Lee's nickname, “Lightning,” came from her speed, Tom Oake said.");
    assertNull(quote(qs, "Lightning").speaker());
  }

  @Test
  void wordsInAppositionAreStillSomeonesWords() {
    List<Quote> qs = quotes("Ann Lee spoke last. “We will not back down,” she said, and the hall cheered.");
    assertEquals("Ann Lee", quote(qs, "We will").speaker());
  }
}
