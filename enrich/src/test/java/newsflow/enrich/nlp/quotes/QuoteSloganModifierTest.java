package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A longer quoted phrase that modifies a noun (a slogan, scheme or approach named by its wording) is nobody's
 * words; a speech or naming verb that governs it still gives it its speaker. Made-up articles.
 */
class QuoteSloganModifierTest {

  @Test
  void aPhraseQuotedBeforeItsNounNamesASloganNotSpeech() {
    List<Quote> qs = quotes("Harbour plan\n\nMayor Ilsa Brandvold defended her familiar \"build it and they will "
        + "come\" strategy at the council meeting on Tuesday. The harbour plan is due in May.\n\nFarmers in the "
        + "valley have grown tired of the ministry. Deputy minister Orlen Duque launched the cheerful \"grow more, "
        + "worry less\" scheme last spring, and few signed up.");
    assertNull(quote(qs, "build it and they").speaker(), "a strategy named by its slogan");
    assertNull(quote(qs, "grow more, worry").speaker(), "a scheme named by its slogan");
  }

  @Test
  void aGoverningCueStillGivesTheSpeaker() {
    List<Quote> qs = quotes("Valley\n\nOrlen Duque called it a \"once in a lifetime chance for the valley\" on "
        + "Monday.\n\nThe coach, Ada Munro, said the team would \"fight for every ball until the final whistle\" in "
        + "the cup tie on Saturday.");
    assertEquals("Orlen Duque", quote(qs, "once in a lifetime").speaker());
    assertEquals("Ada Munro", quote(qs, "fight for every ball").speaker());
  }

  @Test
  void aSloganInSentenceFormBeforeItsNounTakesNoSpeakerFromALaterQuote() {
    List<Quote> qs = quotes("Rowing\n\nThe club rowed badly all winter under its new coach, Marek Holt. His gruff, "
        + "\u2018Nobody rests on my boat\u2019 policy left the crews exhausted long before spring. \u201cWe were "
        + "finished by February,\u201d the former stroke Ivo Brandt said.");
    assertNull(quote(qs, "Nobody rests on my boat").speaker(), "a policy named by its slogan");
    assertEquals("Ivo Brandt", quote(qs, "We were finished by").speaker());
  }
}
