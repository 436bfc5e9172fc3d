package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * "he"/"she" after a sentence led by an unnamed person ("A former minister told reporters he ...", "Tipped to
 * replace Tom Lee, the club's boss insisted ...") means that person, not someone named further back or only as an
 * object: no speaker rather than the wrong one. A description after a name may still be its epithet.
 */
class QuotePronounUnnamedLeadTest {

  @Test
  void anIndefinitePersonLeadingTheSentenceBeforeIsTheOneMeant() {
    List<Quote> qs = quotes("President Marco Delvane welcomed the talks on Monday. A former finance minister "
        + "told reporters he did not trust the deal. He said: \"Nobody in my old office would sign this.\"");
    assertNull(quote(qs, "Nobody in my old office").speaker());
  }

  @Test
  void aDescribedSubjectBeatsANameThatIsOnlyAnObject() {
    List<Quote> qs = quotes("Despite being tipped to replace Sam Dorrington, the Leeds boss has insisted that he "
        + "is happy. \"I am happy where I am,\" he told the local paper.");
    assertNull(quote(qs, "I am happy where").speaker());
  }

  @Test
  void aDefiniteDescriptionAfterTheNamedSubjectStillLeavesThePronounToTheName() {
    List<Quote> qs = quotes("Ivo Brandt won the vote on Sunday. The senator was pleased. "
        + "\"It was a great day for the town,\" he said.");
    assertEquals("Ivo Brandt", quote(qs, "It was a great day").speaker());
  }
}
