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
 * A fragment in the complement of a speech noun whose named author stands right on it, on made-up articles: a
 * "that" clause, "by"/"from" the author, and "of ... as" take the author; a noun with no named author, a place
 * as possessor and a nearer speech verb of someone else do not. The possessor's mention stays in its sentence.
 */
class QuoteAuthoredSpeechNounTest {

  @Test
  void aThatClauseOfAPossessiveNamesAuthorIsTheAuthors() {
    List<Quote> qs = quotes("Orchestra\n\nConductor Hilde Sorensen's assertion that the brass section was "
        + "\"hopelessly out of tune\" upset several players.");
    assertEquals("Hilde Sorensen", quote(qs, "hopelessly").speaker());
    assertEquals("Conductor Hilde Sorensen", quote(qs, "hopelessly").speakerMention().text(),
        "the author's mention does not reach into the heading");
  }

  @Test
  void aNounWithItsAuthorAfterFromIsTheAuthors() {
    List<Quote> qs = quotes("Ferries\n\nThe warning from Coastway Ferries that winter crossings would be "
        + "\"cut back severely\" alarmed island residents.");
    assertEquals("Coastway Ferries", quote(qs, "cut back").speaker());
  }

  @Test
  void aDescriptionOfSomethingAsWordsIsTheDescribers() {
    List<Quote> qs = quotes("Gallery\n\nCurator Osric Lamb's description of the new wing as \"a concrete bunker\" "
        + "drew complaints from donors.");
    assertEquals("Osric Lamb", quote(qs, "a concrete bunker").speaker());
  }

  @Test
  void noNamedAuthorNoPlaceAndNoNearerVerbOfSomeoneElse() {
    List<Quote> qs = quotes("Orchestra\n\nThe suggestion that the brass section was \"hopelessly out of tune\" "
        + "upset several players.\n\nConductor Hilde Sorensen's assertion that Osric Lamb had called the hall "
        + "\"an echo chamber\" was denied.");
    assertNull(quote(qs, "hopelessly").speaker(), "a speech noun with no named author");
    assertNotEquals("Hilde Sorensen", quote(qs, "an echo chamber").speaker(), "the nearer verb's subject governs");
  }
}
