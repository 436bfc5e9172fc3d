package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * "he"/"she" after a sentence led by an unnamed person ("A former minister told reporters he ...", "After talks
 * with Ann Lee, the union chief told ...") means that person, not someone named further back or only as an
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
    List<Quote> qs = quotes("After a long night of talks with Tom Quist, the union chief told the crowd that he "
        + "would stay on. \"I am not going anywhere,\" he said.");
    assertNull(quote(qs, "I am not going anywhere").speaker());
  }

  @Test
  void aDefiniteDescriptionAfterTheNamedSubjectStillLeavesThePronounToTheName() {
    List<Quote> qs = quotes("Ivo Brandt won the vote on Sunday. The senator was pleased. "
        + "\"It was a great day for the town,\" he said.");
    assertEquals("Ivo Brandt", quote(qs, "It was a great day").speaker());
  }
}
