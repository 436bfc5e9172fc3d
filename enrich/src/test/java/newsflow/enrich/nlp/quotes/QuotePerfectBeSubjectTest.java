package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A name opening the pronoun's own sentence before "has/had/have been" is that sentence's subject: a "she" later
 * in it is not read past that person to someone named in an earlier sentence. Made-up sentences throughout.
 */
class QuotePerfectBeSubjectTest {

  @Test
  void nameBeforeHadBeenIsTheOwnSentencesSubject() {
    String text = "At the hearing, Brekke said none of the letters asked for a strike.\n\n"
        + "Nomvu Daskel had been warned because she had written to her members, “The time for waiting is over.”";
    assertEquals("Nomvu Daskel", quote(quotes(text), "The time for waiting").speaker());
  }

  @Test
  void nameBeforeHasBeenIsTheOwnSentencesSubject() {
    String text = "At the hearing, Brekke said none of the letters asked for a strike.\n\n"
        + "Nomvu Daskel has been criticised since she wrote, “The time for waiting is over.”";
    assertEquals("Nomvu Daskel", quote(quotes(text), "The time for waiting").speaker());
  }

  @Test
  void nameBeforeAPastVerbStaysTheSubject() {
    // guard: the plain past tense already made the opening name the subject
    String text = "At the hearing, Brekke said none of the letters asked for a strike.\n\n"
        + "Nomvu Daskel was warned because she had written to her members, “The time for waiting is over.”";
    assertEquals("Nomvu Daskel", quote(quotes(text), "The time for waiting").speaker());
  }

  @Test
  void personAskedAboutInTheOwnSentenceIsStillNotMeant() {
    // guard: a name that is no subject of the pronoun's sentence is still read past
    String text = "Ilse Marrow opened the new clinic on Monday.\n\n"
        + "Asked whether Nomvu Daskel had been consulted, she said, “We spoke to everyone.”";
    assertEquals("Ilse Marrow", quote(quotes(text), "We spoke to everyone").speaker());
  }
}
