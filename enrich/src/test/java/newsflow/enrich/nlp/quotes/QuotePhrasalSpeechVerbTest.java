package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Phrasal speech verbs ("pointed out", "spoke out", "hit back", "weighed in") as quote cues, on made-up articles:
 * in a lead-in sentence before the quote, and inverted after it; the bare verbs and other senses stay no cues.
 */
class QuotePhrasalSpeechVerbTest {

  @Test
  void aQuoteAfterALeadInWithAPhrasalSpeechVerbIsItsSubjects() {
    List<Quote> qs = quotes("Chess club moves\n\nClub secretary Ilse Varnum pointed out that the old hall had no "
        + "heating in winter. \u201cThe players wore gloves at the boards.\u201d\n\n"
        + "Grandmaster Oleg Pratchov spoke out against the new venue. \u201cThe lighting there is far too dim.\u201d\n\n"
        + "Treasurer Nils Brandvik weighed in on the rent. \u201cIt costs twice as much as the library.\u201d");
    assertEquals("Ilse Varnum", quote(qs, "The players wore").speaker());
    assertEquals("Oleg Pratchov", quote(qs, "The lighting there").speaker());
    assertEquals("Nils Brandvik", quote(qs, "It costs twice").speaker());
  }

  @Test
  void anInvertedPhrasalSpeechVerbNamesTheSpeakerAfterItsParticle() {
    List<Quote> qs = quotes("Chess club moves\n\n\u201cThe boards are all in storage now,\u201d pointed out "
        + "Ilse Varnum, the club's secretary.");
    assertEquals("Ilse Varnum", quote(qs, "The boards are").speaker());
  }

  @Test
  void otherSensesOfTheVerbsAreNoCues() {
    List<Quote> qs = quotes("Harbour standoff\n\nCoast guard crews fired back at the smugglers' boat. "
        + "\u201cNobody on deck was hurt.\u201d\n\n"
        + "Skipper Aldo Fenwick went on to win the regatta. \u201cThe wind turned at the last buoy.\u201d\n\n"
        + "Dockmaster Rhea Lintz opened up the old boathouse. \u201cThe roof still leaks.\u201d");
    assertNull(quote(qs, "Nobody on deck").speaker());
    assertNull(quote(qs, "The wind turned").speaker());
    assertNull(quote(qs, "The roof still").speaker());
  }
}
