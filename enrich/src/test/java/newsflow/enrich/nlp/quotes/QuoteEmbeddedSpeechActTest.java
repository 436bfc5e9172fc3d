package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A fragment inside someone else's speech act, on made-up articles: a relative clause with its own naming
 * verb or the complement of a speech noun belongs to its inner author (a named one) or to no one, never to the
 * subject of the outer verb; a plain naming or saying by the subject keeps the subject.
 */
class QuoteEmbeddedSpeechActTest {

  @Test
  void aSpeechNounWithANamedPossessorIsThePossessors() {
    List<Quote> qs = quotes("Harbour\n\nHarbourmaster Edda Quist brushed aside Captain Rune Falk's claim that "
        + "the new pier was \"a hazard to every sailor\".");
    assertEquals("Rune Falk", quote(qs, "a hazard").speaker());
  }

  @Test
  void anUnnamedInnerAuthorIsNoSpeaker() {
    List<Quote> qs = quotes("Harbour\n\nHarbourmaster Edda Quist mocked what her detractors call "
        + "\"a vanity project on stilts\".\n\nHarbourmaster Edda Quist answered skippers who called the fees "
        + "\"plain extortion\".\n\nHarbourmaster Edda Quist rejected the guild's description of the pier as "
        + "\"a monument to waste\".\n\nHarbourmaster Edda Quist laughed off rumours that the pier was "
        + "\"sinking by the week\".");
    assertNull(quote(qs, "a vanity project").speaker(), "a free relative with its own subject");
    assertNull(quote(qs, "plain extortion").speaker(), "a group before \"who\"");
    assertNull(quote(qs, "a monument").speaker(), "a speech noun of an unnamed owner");
    assertNull(quote(qs, "sinking by").speaker(), "a speech noun with no owner after a verb of rebuttal");
  }

  @Test
  void theSubjectsOwnNamingOrSayingStaysTheSubjects() {
    List<Quote> qs = quotes("Harbour\n\nHarbourmaster Edda Quist called the old crane \"a rusting relic\".\n\n"
        + "Harbourmaster Edda Quist dismissed the tender as \"a costly detour\".\n\n"
        + "Harbourmaster Edda Quist repeated her claim that the dredging was \"long overdue\".");
    assertEquals("Edda Quist", quote(qs, "a rusting relic").speaker());
    assertEquals("Edda Quist", quote(qs, "a costly detour").speaker());
    assertEquals("Edda Quist", quote(qs, "long overdue").speaker());
  }
}
