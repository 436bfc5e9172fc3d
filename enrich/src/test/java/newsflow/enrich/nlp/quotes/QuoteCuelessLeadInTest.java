package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A quote with no cue of its own after a sentence, in the same paragraph, whose subject is one person who speaks
 * or holds a view; and the look-alikes where the quote is a text on show or read out, not that person's words.
 */
class QuoteCuelessLeadInTest {

  @Test
  void aPresentTenseSpeechVerbReadAsAPluralNounStillIntroducesTheNextQuote() {
    List<Quote> qs = quotes("Harbour fees rise\n\nThe port board raised its fees on Monday.\n\n"
        + "Dara Quell counters that the shipping trade owes the port its living. \"It has kept the ferries "
        + "running all winter.\"");
    assertEquals("Dara Quell", quote(qs, "It has kept").speaker());
  }

  @Test
  void twoPeopleBeforeThatVerbAreNoSingleSpeaker() {
    List<Quote> qs = quotes("Harbour fees rise\n\nThe port board raised its fees on Monday.\n\n"
        + "Dara Quell and Tomas Vell counters that the shipping trade owes the port its living. \"It has kept the "
        + "ferries running all winter.\"");
    assertNull(quote(qs, "It has kept").speaker());
  }

  @Test
  void aShortTermOfTheAuthorInTheLeadInDoesNotHideItsSubject() {
    List<Quote> qs = quotes("Choir wins prize\n\nThe choir won the regional prize on Sunday.\n\n"
        + "Nevertheless, after a \"shaky\" rehearsal, Ivo Marran was worried the choir might falter. "
        + "\"Now I can laugh about it.\"");
    assertEquals("Ivo Marran", quote(qs, "Now I can laugh").speaker());
  }

  @Test
  void aLongerQuoteInTheLeadInStillStopsIt() {
    List<Quote> qs = quotes("Choir wins prize\n\nThe choir won the regional prize on Sunday.\n\n"
        + "After \"the worst rehearsal the choir has had in years,\" Ivo Marran was worried the choir might "
        + "falter. \"Now I can laugh about it.\"");
    assertNull(quote(qs, "Now I can laugh").speaker());
  }

  @Test
  void aTextOnShowOrReadOutIsNotTheWordsOfTheOneWhoShowsOrReadsIt() {
    List<Quote> banner = quotes("Choir wins prize\n\nThe choir won the regional prize on Sunday.\n\n"
        + "Ivo Marran has hung a banner over the stage. \"We sing for the valley.\"");
    assertNull(quote(banner, "We sing for").speaker(), "the banner's words");
    List<Quote> note = quotes("Choir wins prize\n\nThe choir won the regional prize on Sunday.\n\n"
        + "Ivo Marran read the note from his daughter. \"Come home soon and bring the cup.\"");
    assertNull(quote(note, "Come home soon").speaker(), "the note's words, read out");
  }
}
