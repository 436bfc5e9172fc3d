package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Two shapes in which a short quoted fragment took the speaker of a cue that does not govern it. A contrasting
 * clause with a subject of its own and a verb of holding a view ("..., but anglers felt it was “...”") sets other
 * people's view against the reported speaker's; and a cue inside a relative clause without a relative pronoun
 * ("the card Brask wrote was “...”") names who wrote the thing, not who described it. Made-up sentences.
 */
class QuoteContrastViewAndContactClauseTest {

  @Test
  void aContrastingClauseThatHoldsAViewIsNotTheReportedSpeakers() {
    List<Quote> qs = quotes("Pier dispute\n\nIvo Marsh said the pier was safe, but anglers felt it was \u201Ca death "
        + "trap\u201D after the storm.");
    assertNull(quote(qs, "a death trap").speaker());
    qs = quotes("Pier dispute\n\nIvo Marsh said the pier was safe, while most anglers thought it \u201Ca death "
        + "trap\u201D.");
    assertNull(quote(qs, "a death trap").speaker());
  }

  @Test
  void aViewReportedWithoutContrastOrByAPronounStaysTheSpeakers() {
    List<Quote> qs = quotes("Pier dispute\n\nIvo Marsh said anglers felt \u201Clet down\u201D by the council.");
    assertEquals("Ivo Marsh", quote(qs, "let down").speaker());
    qs = quotes("Pier dispute\n\nIvo Marsh said that anglers felt \u201Clet down\u201D by the council.");
    assertEquals("Ivo Marsh", quote(qs, "let down").speaker());
    qs = quotes("Pier dispute\n\nIvo Marsh said the pier was safe, but he felt it was \u201Ca close call\u201D.");
    assertEquals("Ivo Marsh", quote(qs, "a close call").speaker());
    qs = quotes("Pier dispute\n\nIvo Marsh said the pier was safe and anglers felt \u201Crelieved\u201D by the news.");
    assertEquals("Ivo Marsh", quote(qs, "relieved").speaker());
  }

  @Test
  void theWriterInARelativeClauseWithoutPronounDoesNotSpeakTheDescription() {
    List<Quote> qs = quotes("Estate letters\n\nHanna Voss said she and her uncle Ole Brask had traded letters for "
        + "years, and the card Brask wrote was \u201Cwarm and funny.\u201D");
    String sp = quote(qs, "warm and funny.").speaker();
    assertNotEquals("Brask", sp);
    assertNotEquals("Ole Brask", sp);
    qs = quotes("Estate letters\n\nVera Holm said the report Ole Brask wrote was \u201Cthin on facts.\u201D");
    assertEquals("Vera Holm", quote(qs, "thin on facts.").speaker());
  }

  @Test
  void whatSomeoneWroteAndAPlainCueStayTheirs() {
    List<Quote> qs = quotes("Estate letters\n\nVera Holm spoke to the inquiry on Monday. What Ole Brask wrote was "
        + "\u201Cthin on facts.\u201D");
    assertEquals("Ole Brask", quote(qs, "thin on facts.").speaker());
    qs = quotes("Estate letters\n\nVera Holm spoke to the inquiry on Monday. Ole Brask wrote that the report was "
        + "\u201Cthin on facts.\u201D");
    assertEquals("Ole Brask", quote(qs, "thin on facts.").speaker());
  }
}
