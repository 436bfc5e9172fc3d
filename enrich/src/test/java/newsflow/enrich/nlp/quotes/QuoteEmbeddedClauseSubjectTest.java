package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Wrong speakers of kinds seen on PolNeAR training articles (issue 12, branch pnwrong), on made-up articles
 * through the whole pipeline: the subject of a clause reported by someone else ("continue to be", a clause after a
 * short quoted fragment), and the question put to someone after a passive "asked".
 */
class QuoteEmbeddedClauseSubjectTest {

  @Test
  void continueToBeIsNoCueSoTheReporterSpeaks() {
    List<Quote> qs = quotes("The race narrowed on Monday.\n\n"
        + "In a statement, Senator Mark Dalton said he is sure Paula Reyes will continue to be \"a strong voice for "
        + "working families.\"\n\n"
        + "Reyes ended her bid on Monday.");
    assertEquals("Mark Dalton", quote(qs, "a strong voice").speaker());
  }

  @Test
  void continuedAfterAQuoteStaysACue() {
    List<Quote> qs = quotes("The rally ran late.\n\n"
        + "\"We will win this seat,\" Paula Reyes continued as the crowd cheered.\n\n"
        + "\"We never stop,\" Reyes continued. \"Not for a day.\"");
    assertEquals("Paula Reyes", quote(qs, "We will win").speaker());
    assertEquals("Paula Reyes", quote(qs, "We never stop").speaker());
  }

  @Test
  void aClauseAfterAShortQuotedFragmentBelongsToTheCueBeforeIt() {
    List<Quote> qs = quotes("The race narrowed on Monday.\n\n"
        + "Senator Mark Dalton says his \"old friend\" Paula Reyes ran \"a hopeful campaign about the future of our "
        + "state.\"\n\n"
        + "Reyes ended her bid on Monday.");
    assertEquals("Mark Dalton", quote(qs, "a hopeful campaign").speaker());
  }

  @Test
  void aClauseWithItsOwnCueAfterAFragmentKeepsItsSubject() {
    List<Quote> qs = quotes("The council met on Tuesday.\n\n"
        + "Mayor Ann Lorrimer called the plan a \"disgrace\" and Tom Brandt agreed it was \"a mess for the town.\"");
    assertEquals("Tom Brandt", quote(qs, "a mess for").speaker());
  }

  @Test
  void theQuestionAfterAPassiveAskedIsNotTheSubjects() {
    List<Quote> qs = quotes("The interview ran on Tuesday.\n\n"
        + "During a radio phone-in, Governor Tom Hadley was asked, \"What is the hardest decision you have "
        + "made?\"\n\n"
        + "Hadley laughed and said it was the budget.");
    assertNull(quote(qs, "What is the hardest").speaker());
  }

  @Test
  void theQuestionAfterAPassiveAskedBySomeoneIsTheAskers() {
    List<Quote> qs = quotes("The show aired on Friday.\n\n"
        + "Mayor Linda Carver was asked by Peter Gale, \"Do you still think taxes are too high?\"\n\n"
        + "Carver responded, \"I do.\"");
    assertEquals("Peter Gale", quote(qs, "Do you still think").speaker());
    assertEquals("Linda Carver", quote(qs, "I do.").speaker());
  }

  @Test
  void theAnswerAfterAPassiveAskedStaysTheSubjects() {
    List<Quote> qs = quotes("The inquiry closed on Friday.\n\n"
        + "Mayor Linda Carver was asked if the ferry would keep its winter timetable. \"Nothing changes,\" she said.\n\n"
        + "Carver was asked about the port: \"It will stay open as long as I am mayor.\"");
    assertEquals("Linda Carver", quote(qs, "Nothing changes").speaker());
    assertEquals("Linda Carver", quote(qs, "It will stay open").speaker());
  }
}
