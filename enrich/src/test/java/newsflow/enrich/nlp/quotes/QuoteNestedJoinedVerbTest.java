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
 * between (a noun doing the verb, "who", an infinitive, a verb whose object acts), it stays nobody's. The same
 * holds through modals and verbs taking an infinitive ("we should have said, ‘...’", "I was trying to tell them").
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

  @Test
  void aModalOrInfinitiveChainOfTheSpeakerMakesTheNestedQuoteTheirs() {
    List<Quote> qs = quotes("“Before kickoff we should have said, ‘Slow it down.’ Nobody did,” Petra Lund said.\n"
        + "“I was trying to tell them ‘Keep your shape, stay patient.’ It worked,” Lund added.\n"
        + "“Some days I have to think that, ‘The next match is all that counts.’ It helps,” Lund said.");
    assertEquals("Petra Lund", quote(qs, "Slow it down").speaker());
    assertEquals("Petra Lund", quote(qs, "Keep your shape").speaker());
    assertEquals("Petra Lund", quote(qs, "The next match is all").speaker());
  }

  @Test
  void someoneElseInTheChainLeavesTheNestedQuoteNobodys() {
    List<Quote> qs = quotes("“I asked the captain to say, ‘We will press high.’ He refused,” Petra Lund said.\n"
        + "“The fans were trying to tell us ‘Go home.’ We stayed,” Lund added.\n"
        + "“We wanted the referee to say ‘Play on.’ He did not,” Lund said.");
    assertNull(quote(qs, "We will press high").speaker(), "the captain was asked to say it");
    assertNull(quote(qs, "Go home").speaker(), "the fans' words");
    assertNull(quote(qs, "Play on").speaker(), "the referee's words");
  }
}
