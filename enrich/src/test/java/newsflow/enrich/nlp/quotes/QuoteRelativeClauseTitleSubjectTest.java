package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A name followed by a relative clause that ends in a title or name set off by commas of its own ("Ilse Varga, who
 * directed Kemp's new opera, "Salt Bride," was praised") is still the subject of its sentence, so a later "he"/"she"
 * can take it over the person named inside the clause. Two people joined by "and" past such a clause ("Ann Lind, who
 * wrote the play, and Eva Moss") are no single antecedent. Made-up sentences throughout.
 */
class QuoteRelativeClauseTitleSubjectTest {

  @Test
  void subjectBeforeRelativeClauseEndingInQuotedTitle() {
    String text = "Stage designer Quillon Marsh has denied that he quarrelled with the composer Perrin Dace.\n\n"
        + "Marsh, who built the sets for Dace's new opera, \"Salt Bride,\" was said to have walked out of a rehearsal.\n\n"
        + "He says, \"We had one long night, but nobody walked out.\"";
    assertEquals("Quillon Marsh", quote(quotes(text), "We had one long night").speaker());
  }

  @Test
  void subjectBeforeRelativeClauseEndingInPlainTitle() {
    String text = "Stage designer Quillon Marsh has denied that he quarrelled with the composer Perrin Dace.\n\n"
        + "Marsh, whose sets framed Dace's new opera, Salt Bride, was said to have walked out of a rehearsal.\n\n"
        + "\"We had one long night, but nobody walked out,\" he says.";
    assertEquals("Quillon Marsh", quote(quotes(text), "We had one long night").speaker());
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
