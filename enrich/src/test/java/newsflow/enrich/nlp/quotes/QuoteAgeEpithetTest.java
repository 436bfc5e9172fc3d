package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "the 45-year-old said": the one person whose age the article gave in apposition (", 45,", " (45)"), even when
 * someone else was named in between; nobody when the age was given for two, or after something that is no
 * person. Made-up sentences, whole pipeline.
 */
class QuoteAgeEpithetTest {

  @Test
  void theAgeGivenInAppositionNamesTheSpeaker() {
    String text = "Ann Lee, 45, lost her job in May. Her manager, Tom Oake, declined to comment. "
        + "“I was shocked,” the 45-year-old said.";
    assertEquals("Ann Lee", quote(quotes(text), "I was").speaker());
  }

  @Test
  void anAgeInBracketsCountsAndAnotherAgeDoesNot() {
    String text = "Ivo Brant (61) was hurt in the crash. Tom Oake, 52, was unhurt. “It was awful,” the 61-year-old said.";
    assertEquals("Ivo Brant", quote(quotes(text), "It was").speaker());
  }

  @Test
  void twoPeopleOfThatAgeLeaveItUnnamed() {
    String text = "Ann Lee, 45, and Tom Oake, 45, were both hurt. “It was awful,” the 45-year-old said.";
    assertNull(quote(quotes(text), "It was").speaker());
  }

  @Test
  void theAgeAfterSomethingThatIsNoPersonLeavesItUnnamed() {
    String text = "The old mill, 45, was sold. Ann Lee, 45, was hurt. “It was awful,” the 45-year-old said.";
    assertNull(quote(quotes(text), "It was").speaker());
  }
}
