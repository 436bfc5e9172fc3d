package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A given name only guesses at sex: when the nearest person named, the subject and only person of that sentence,
 * is the sole candidate, "she" shows the sex and means that person, unless someone else of that sex, named or
 * not, comes before the pronoun. Made-up sentences throughout.
 */
class QuotePronounGuessedSexSoleTest {

  private static final String QUOTE = " \"We turned away forty families on Saturday alone,\" she said.";

  @Test
  void theSoleCandidateIsMeantDespiteTheGuessFromTheGivenName() {
    List<Quote> qs = quotes("Chris Amberley, who manages the lakeside campsite, confirmed every pitch was booked."
        + QUOTE);
    assertEquals("Chris Amberley", quote(qs, "We turned away").speaker());
  }

  @Test
  void aLaterPronounContinuesTheSameCandidate() {
    List<Quote> qs = quotes("Chris Amberley, who manages the lakeside campsite, confirmed every pitch was booked.\n\n"
        + QUOTE.trim() + "\n\n\"Next summer we will open the north meadow,\" she added.");
    assertEquals("Chris Amberley", quote(qs, "Next summer").speaker());
  }

  @Test
  void aWomanMentionedBeforeLeavesItUnresolved() {
    List<Quote> qs = quotes("Chris Amberley, whose daughter runs the camp shop, confirmed every pitch was booked."
        + QUOTE);
    assertNull(quote(qs, "We turned away").speaker());
  }

  @Test
  void anUnnamedPersonLeadingANearerSentenceLeavesItUnresolved() {
    List<Quote> qs = quotes("Chris Amberley, who manages the lakeside campsite, confirmed every pitch was booked. "
        + "A volunteer counted the cars at the gate." + QUOTE);
    assertNull(quote(qs, "We turned away").speaker());
  }

  @Test
  void anotherPersonInThatSentenceLeavesItUnresolved() {
    List<Quote> qs = quotes("Chris Amberley, who manages the lakeside campsite, told George Pratt every pitch was "
        + "booked." + QUOTE);
    assertNull(quote(qs, "We turned away").speaker());
  }

  @Test
  void anHonorificOfTheOtherSexIsNoGuess() {
    List<Quote> qs = quotes("Mr Chris Amberley, who manages the lakeside campsite, confirmed every pitch was booked."
        + QUOTE);
    assertNull(quote(qs, "We turned away").speaker());
  }
}
