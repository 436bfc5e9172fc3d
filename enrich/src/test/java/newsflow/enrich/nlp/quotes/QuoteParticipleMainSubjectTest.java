package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A participle cue after a main clause ("X did Y, saying “...”") takes the main clause's subject: a short parenthesis
 * after the subject's name (its initials, a party tag) does not hide it, and the first object of a verb like "gave"
 * or "handed" (followed by its second object, "a note") is not taken for the subject.
 */
class QuoteParticipleMainSubjectTest {

  @Test
  void aShortParenthesisAfterTheSubjectsNameDoesNotHideIt() {
    List<Quote> qs = quotes("The apple harvest was the smallest in a decade.\n\n"
        + "After the storm, the Valley Orchard Union (VOU) blamed the county for the losses saying "
        + "\u201cno tree will be replanted before spring\u201d.\n\n"
        + "Sen. Walter Brisk (R-Idaho) voted against the water bill saying "
        + "\u201cthe farmers downstream were never asked\u201d.");
    assertEquals("Valley Orchard Union", quote(qs, "no tree will be").speaker());
    assertEquals("Walter Brisk", quote(qs, "the farmers downstream").speaker());
  }

  @Test
  void aNamedObjectAfterAParenthesisedSubjectDoesNotSpeak() {
    List<Quote> qs = quotes("The island ferries ran late all week.\n\n"
        + "In a letter on Friday, the Island Residents' Group (IRG) accused Seaway Lines of neglect saying "
        + "\u201cthe winter timetable was changed without a word to anyone here\u201d.");
    String speaker = quote(qs, "the winter timetable").speaker();
    assertTrue(speaker != null && speaker.endsWith("Island Residents' Group"), speaker);
  }

  @Test
  void theFirstObjectOfAGivingVerbIsNotTheSubject() {
    List<Quote> qs = quotes("Exams begin next week at the college.\n\n"
        + "Before the exam, Professor Ida Berg sent her students a short email, reminding them to "
        + "\u201cread every question twice\u201d before writing.\n\n"
        + "Chef Tomas Rilke handed the new cooks a written menu, saying "
        + "\u201cevery plate leaves this kitchen exactly as drawn\u201d.");
    assertEquals("Ida Berg", quote(qs, "read every question").speaker());
    assertEquals("Tomas Rilke", quote(qs, "every plate").speaker());
  }

  @Test
  void anUnnamedSubjectStillGivesNoSpeakerAndANamedObjectNeverSpeaks() {
    List<Quote> qs = quotes("The island ferries ran late all week.\n\n"
        + "The harbour board criticised the Coastal Ferry Company (CFC) on Monday, saying "
        + "\u201cthe timetable was changed without any warning to islanders\u201d.\n\n"
        + "Some parents gave Mr Jonas Falk a petition, saying \u201cthe crossing is not safe for children\u201d.");
    assertNull(quote(qs, "the timetable was changed").speaker());
    assertNotEquals("Jonas Falk", quote(qs, "the crossing is not safe").speaker());
  }
}
