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
 * Speakers named in apposition after a title written in capitals ("the startup's CEO, Ilse Marwood, told") or
 * after "was quoted as saying", speakers of words reported at second hand ("Hale is reported to have
 * replied"), a person writing with her team ("Anna Berg and her team wrote"), and a name after a bare title
 * word and a comma ("says writer, Piet van Loon,"). Made-up sentences.
 */
class QuoteCapitalTitleAndHearsayTest {

  @Test
  void capitalisedTitleBeforeTheNameInApposition() {
    List<Quote> qs = quotes("The startup hopes to launch its first satellite this year. “The waiting list is long, "
        + "I believe, something like two years,” the startup’s CEO, Ilse Marwood, told reporters.");
    assertEquals("Ilse Marwood", quote(qs, "The waiting list").speaker());
  }

  @Test
  void invertedCueWithACapitalisedTitleTakesTheName() {
    List<Quote> qs = quotes("The bakery chain announced a new pricing plan on Monday. \"The new plan will cost "
        + "far more than the old one did,\" said the bakery's CFO, Jonas Prell.");
    assertEquals("Jonas Prell", quote(qs, "The new plan").speaker());
  }

  @Test
  void possessorsCapitalisedTitleBeforeTheName() {
    List<Quote> qs = quotes("The ferry line cut two routes. \"Fewer people travel in the winter months than "
        + "ever before,\" Nordwave's CEO, Ilse Marwood, told staff.");
    assertEquals("Ilse Marwood", quote(qs, "Fewer people").speaker());
  }

  @Test
  void capitalisedTitleWithANameAndAnotherPersonIsNotTheName() {
    List<Quote> qs = quotes("The ferry line cut two routes. \"Fewer people travel in the winter months than "
        + "ever before,\" the firm's CEO, Ilse Marwood, and her deputy told staff.");
    assertNotEquals("Ilse Marwood", quote(qs, "Fewer people").speaker());
  }

  @Test
  void quotedAsSayingAfterADescriptionAndAName() {
    List<Quote> qs = quotes("The defence ministry published its plan on Tuesday.\n\n\"According to our "
        + "calculations, we can take full control of the border by 2029,\" the minister, Karim Oduya, was quoted "
        + "as saying.");
    assertEquals("Karim Oduya", quote(qs, "According to our").speaker());
  }

  @Test
  void reportedToHaveRepliedIsTheSubjectsAnswer() {
    List<Quote> qs = quotes("Tom Hale and Ivo Brandt met in Oslo for three days of talks.\n\n\"I have asked "
        + "my friend to go fishing with me,\" officials quoted Mr Brandt as saying.\n\n\"I am glad to go "
        + "fishing with you whenever you like,\" Mr Hale is reported to have replied.");
    assertEquals("Ivo Brandt", quote(qs, "I have asked").speaker());
    assertEquals("Tom Hale", quote(qs, "I am glad").speaker());
  }

  @Test
  void saidToHaveToldFriends() {
    List<Quote> qs = quotes("Mayor Tom Reddy spoke at length on Friday. \"We will mend the bridge before the "
        + "winter comes back,\" Reddy is said to have told friends.");
    assertEquals("Tom Reddy", quote(qs, "We will mend").speaker());
  }

  @Test
  void toldInThePassiveAfterHearsayIsNotTheSubjectsWords() {
    List<Quote> qs = quotes("Mayor Tom Reddy spoke at length on Friday. \"We will mend the bridge before the "
        + "winter comes back,\" Reddy is said to have been told by an engineer.");
    assertNull(quote(qs, "We will mend").speaker());
  }

  @Test
  void personAndHerTeamWrote() {
    List<Quote> qs = quotes("The study of the lake was published on Monday. \"We suggest that the water rises "
        + "more slowly than anyone expected,\" Anna Berg and her team wrote in the paper.");
    assertEquals("Anna Berg", quote(qs, "We suggest").speaker());
  }

  @Test
  void aListBeforeTheTeamIsNoOneLeader() {
    List<Quote> qs = quotes("The study of the lake was published on Monday. \"We suggest that the water rises "
        + "more slowly than anyone expected,\" Tom Reddy, Anna Berg and their colleagues wrote in the paper.");
    assertNotEquals("Anna Berg", quote(qs, "We suggest").speaker());
    assertNotEquals("Tom Reddy", quote(qs, "We suggest").speaker());
  }

  @Test
  void aDescriptionAndItsColleaguesStayUnnamed() {
    List<Quote> qs = quotes("Anna Berg led the study of the lake. \"We suggest that the water rises more slowly "
        + "than anyone expected,\" the researchers and their colleagues wrote in the paper.");
    assertNull(quote(qs, "We suggest").speaker());
  }

  @Test
  void bareTitleWordCommaAndANameWithAParticle() {
    List<Quote> qs = quotes("The play opens at the Lowmoor theatre next week. “With this piece”, says writer, "
        + "Piet van Loon, “I wanted the actors to think about their role as artists in a small town.”");
    assertEquals("Piet van Loon", quote(qs, "With this piece").speaker());
    assertEquals("Piet van Loon", quote(qs, "I wanted the actors").speaker());
  }

  @Test
  void definiteDescriptionBeforeANameWithAParticle() {
    List<Quote> qs = quotes("The port reopened on a windy Tuesday after the storm. \"The queue moves slowly but it moves,\" "
        + "said the harbour's chief engineer, Piet van Loon.");
    assertEquals("Piet van Loon", quote(qs, "The queue moves").speaker());
  }

  @Test
  void bareTitleWordBeforeAListStaysUnnamed() {
    List<Quote> qs = quotes("The play opens at the Lowmoor theatre next week. \"With this piece I wanted the actors "
        + "to think about their role,\" says writer, Anna Berg, Tom Reddy and Ivo Brandt.");
    assertNull(quote(qs, "With this piece").speaker());
  }

  @Test
  void bareTitleWordCommaAndAName() {
    List<Quote> qs = quotes("The play opens at the Lowmoor theatre next week. \"With this piece I wanted the actors "
        + "to think about their role,\" says writer, Anna Berg.");
    assertEquals("Anna Berg", quote(qs, "With this piece").speaker());
  }
}
