package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A quote nested inside a quote after a speech or thought verb joined by "and" to an earlier verb of "I" or "we"
 * ("we scrub the decks and tell the crew, ‘...’") is the outer speaker's own words; when another subject comes in
 * between (a noun doing the verb, "who", an infinitive, a verb whose object acts), it stays nobody's.
 */
class QuoteNestedJoinedVerbTest {

  @Test
  void aVerbJoinedToTheSpeakersOwnMakesTheNestedQuoteTheirs() {
    List<Quote> qs = quotes("“Each March we scrub the decks, check the ropes and tell the crew, ‘No shortcuts this "
        + "year.’ Nobody listens,” Orla Winthrop said.\n“Last spring I sat on the pier, counted the boats and thought, "
        + "‘Where did they all come from?’ Nobody knew,” Winthrop added.");
    assertEquals("Orla Winthrop", quote(qs, "No shortcuts this year").speaker());
    assertEquals("Orla Winthrop", quote(qs, "Where did they all come from").speaker());
  }

  @Test
  void anotherSubjectsJoinedVerbLeavesTheNestedQuoteNobodys() {
    List<Quote> qs = quotes("“My nephew sails with us. Last March the skipper walked aboard and said, ‘Where is the "
        + "coffee?’ We laughed,” Orla Winthrop said.\n“I hired a mate who came over and said, ‘I can fix the "
        + "engine.’ He could not,” Winthrop added.\n“I let the new cook taste it and say, ‘Too much salt.’ She "
        + "was right,” Winthrop said.");
    assertNull(quote(qs, "Where is the coffee").speaker(), "the skipper's words");
    assertNull(quote(qs, "I can fix the engine").speaker(), "the mate who came over");
    assertNull(quote(qs, "Too much salt").speaker(), "the cook tastes and says");
  }
}
