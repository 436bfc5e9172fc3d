package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Quoted words that are not the speaker's though a cue of the speaker stands next to them (branch {@code scare}), on
 * made-up articles: the wording of a fronted question put to the speaker, and a word the speaker denies saying.
 */
class QuoteQuestionAndDenialWordingTest {

  @Test
  void aQuoteInsideAFrontedQuestionIsTheQuestionsWording() {
    List<Quote> qs = quotes("Budget vote\n\nDana Korvel spoke to reporters after the vote in Halden. When asked "
        + "about claims that the budget is \"dead on arrival,\" Korvel replied, \"Our votes are there and the bill "
        + "passes.\"\n\nIvo Brandt toured the pier on Friday. Asked whether the scheme was \"a white elephant,\" Brandt "
        + "replied, \"The pier earns its keep by 2030.\"");
    assertNull(quote(qs, "dead on arrival").speaker());
    assertNull(quote(qs, "a white elephant").speaker());
    assertEquals("Dana Korvel", quote(qs, "Our votes are there").speaker(), "the answer is still hers");
    assertEquals("Ivo Brandt", quote(qs, "The pier earns").speaker(), "the answer is still his");
  }

  @Test
  void aQuoteAfterTheFrontedQuestionIsTheAnswer() {
    // Guards: past the comma that closes the question the quote answers it; a fragment after "said" is the
    // speaker's own.
    List<Quote> qs = quotes("Pier\n\nIvo Brandt spoke in Halden on Friday. Asked about the pier, \"It is a folly,\" "
        + "Brandt said.\n\nDana Korvel spoke in Halden on Friday. Asked about the bridge, Korvel said it was \"a "
        + "monument to waste\".");
    assertEquals("Ivo Brandt", quote(qs, "It is a folly").speaker());
    assertEquals("Dana Korvel", quote(qs, "a monument to waste").speaker());
  }

  @Test
  void aWordTheSpeakerDeniesSayingIsNotHis() {
    List<Quote> qs = quotes("Hearing\n\nMarco Vetter faced a disciplinary hearing in Leeds on Monday. Vetter insists "
        + "he never said \"coward\" to the referee.\n\nTomas Reyes faced the same panel on Tuesday. The winger denied "
        + "the charge. Reyes said he never called the linesman \"a cheat\" during the match.");
    assertNull(quote(qs, "coward").speaker());
    assertNull(quote(qs, "a cheat").speaker());
  }

  @Test
  void aNestedWordTheSpeakerDeniesSayingIsNotHis() {
    List<Quote> qs = quotes("Hearing\n\nMarco Vetter faced a disciplinary hearing in Leeds on Monday. \"I didn't say "
        + "'coward',\" Vetter said. \"I said 'coach'.\"");
    assertNull(quote(qs, "coward").speaker());
    assertEquals("Marco Vetter", quote(qs, "coach").speaker(), "what he says he said is his");
  }

  @Test
  void aCueThatIsNotDeniedKeepsItsSpeaker() {
    // Guards: a negated modal tells of no act ("would not “bow to pressure”" is his pledge), and a name the speaker
    // gives is his.
    List<Quote> qs = quotes("Council\n\nIvo Brandt said he would not \"bow to pressure\" from the council.\n\nDana "
        + "Korvel called the pier \"a monument to waste\" on Friday.");
    assertEquals("Ivo Brandt", quote(qs, "bow to pressure").speaker());
    assertEquals("Dana Korvel", quote(qs, "a monument to waste").speaker());
  }
}
