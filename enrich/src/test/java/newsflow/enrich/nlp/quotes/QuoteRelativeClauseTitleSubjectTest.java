package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A name followed by a relative clause that ends in a title or name set off by commas of its own ("Tomas Ekberg, who
 * skippers Lindqvist's old trawler, "Northern Star," told the board") is still the subject of its sentence, so a later "he"/"she"
 * can take it over the person named inside the clause. Two people joined by "and" past such a clause ("Ann Lind, who
 * wrote the play, and Eva Moss") are no single antecedent. Made-up sentences throughout.
 */
class QuoteRelativeClauseTitleSubjectTest {

  @Test
  void subjectBeforeRelativeClauseEndingInQuotedTitle() {
    String text = "The harbour board heard the trawler owners on Tuesday.\n\n"
        + "Tomas Ekberg, who skippers Lindqvist's old trawler, \"Northern Star,\" told the board that quotas were too low.\n\n"
        + "He added, \"Half the fleet will be tied up by March.\"";
    assertEquals("Tomas Ekberg", quote(quotes(text), "Half the fleet").speaker());
  }

  @Test
  void subjectBeforeRelativeClauseEndingInPlainTitle() {
    String text = "The harbour board heard the trawler owners on Tuesday.\n\n"
        + "Tomas Ekberg, whose crew sails Lindqvist's old trawler, Northern Star, told the board that quotas were too low.\n\n"
        + "\"Half the fleet will be tied up by March,\" he added.";
    assertEquals("Tomas Ekberg", quote(quotes(text), "Half the fleet").speaker());
  }

  @Test
  void subjectFoundPastTheTitleMustStillAgreeInSex() {
    String text = "Ms Ilse Varga, who wrote the opera, Salt Bride, met the cast on Monday.\n\n\"It was a long night,\" he said.";
    assertNull(quote(quotes(text), "It was a long night").speaker());
  }

  @Test
  void namesJoinedPastARelativeClauseAreNoSingleAntecedent() {
    String text = "Quillon Marsh, who built the sets, and Orrin Tal met the cast on Monday.\n\n\"It was a long night,\" he said.";
    assertNull(quote(quotes(text), "It was a long night").speaker());
    String titled = "Quillon Marsh, who built the sets for the opera, Salt Bride, and Orrin Tal met the cast on Monday.\n\n"
        + "\"It was a long night,\" he said.";
    assertNull(quote(quotes(titled), "It was a long night").speaker());
  }

  @Test
  void personOfTheOtherSexJoinedPastARelativeClauseIsNoRival() {
    String text = "Ms Ilse Varga, who wrote the play, and Orrin Tal met the cast on Monday.\n\n\"It was a long night,\" he said.";
    assertEquals("Orrin Tal", quote(quotes(text), "It was a long night").speaker());
  }
}
