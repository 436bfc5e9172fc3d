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

  @Test
  void anIndefinitePersonWithAPrepositionalPhraseIsTheOneMeant() {
    List<Quote> qs = quotes("Mayor Ilse Varga opened the session on Monday and said the budget was \"not ready\". "
        + "Council member Tom Brandt asked for more time.\n\nA spokeswoman for the council said the vote would "
        + "move to June. \"We need the final figures first,\" she said.");
    assertEquals("Ilse Varga", quote(qs, "not ready").speaker());
    assertNull(quote(qs, "We need the final figures").speaker());
  }

  @Test
  void anAideToANamedPersonIsNoName() {
    List<Quote> qs = quotes("Ilse Varga, the harbour's director, said the plan was on hold.\n\nAn aide to Ilse "
        + "Varga said repairs would take a year. \"The wall has to come first,\" she said.");
    assertNull(quote(qs, "The wall has to come first").speaker());
  }

  @Test
  void aNamedPersonAfterAnIndefinitePhraseThatIsNoSubjectKeepsThePronoun() {
    List<Quote> qs = quotes("Ilse Varga met a group of fishermen from the north coast on Monday. "
        + "\"They have waited long enough,\" she said.");
    assertEquals("Ilse Varga", quote(qs, "They have waited long enough").speaker());
  }
}
