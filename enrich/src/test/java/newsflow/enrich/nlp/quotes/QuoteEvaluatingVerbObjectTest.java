package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A short quoted word of judgement inside the object of a verb of public evaluation ("applauded the “...”
 * rescue", "voiced “...” about") is the verb's subject's words; quoted titles, terms after "so-called" and
 * someone else's label stay without a speaker. Made-up articles.
 */
class QuoteEvaluatingVerbObjectTest {

  @Test
  void aJudgingWordInTheObjectIsTheSubjects() {
    List<Quote> qs = quotes("Trawler rescue\n\nHarbourmaster Tove Lindqvist applauded the \u201cremarkable\u201d "
        + "rescue of the trawler crew.\n\nOrchard grower Pim Ostrander blamed the frost for the "
        + "\u201cdisastrous\u201d harvest.\n\nCouncillor Nadia Grell voiced \u201cgrave doubts\u201d about the new "
        + "ferry timetable.");
    assertEquals("Tove Lindqvist", quote(qs, "remarkable").speaker());
    assertEquals("Pim Ostrander", quote(qs, "disastrous").speaker());
    assertEquals("Nadia Grell", quote(qs, "grave doubts").speaker());
  }

  @Test
  void aDescribingVerbWithAsJudgesItsObject() {
    List<Quote> qs = quotes("Fishery\n\nProfessor Elan Vesk described the owners of \u201crogue\u201d trawlers as a "
        + "menace to the fishery.");
    assertEquals("Elan Vesk", quote(qs, "rogue").speaker());
  }

  @Test
  void termsTitlesAndOthersLabelsStayWithoutSpeaker() {
    List<Quote> qs = quotes("Orchards\n\nOrchard grower Pim Ostrander mocked the so-called \u201cheritage\u201d "
        + "orchards.\n\nHarbourmaster Tove Lindqvist rejected the \u201creckless\u201d tag that critics had pinned "
        + "on her.");
    assertNull(quote(qs, "heritage").speaker(), "a term after so-called");
    assertNull(quote(qs, "reckless").speaker(), "someone else's label");
  }

  @Test
  void wordsOfAWhatClauseWithItsOwnSubjectAreNotTheEvaluators() {
    List<Quote> qs = quotes("Fuel\n\nSenator Aldo Prieto criticised what shipowners call \u201ca modest levy\u201d "
        + "on fuel.");
    assertNull(quote(qs, "a modest levy").speaker(), "the shipowners' words, unnamed");
  }
}
