package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Quotes whose speech verb has someone other than the sentence subject as its own subject, on made-up
 * articles: the object of a verb like "prompted" or "urged" before "to" and a speech or naming verb, the
 * object of a verb like "criticised" before "for" and a speech or naming gerund, and a past form of a speech
 * verb that only modifies a noun naming uttered content ("the query asked of the tribunal").
 */
class QuoteObjectControlTest {

  @Test
  void theObjectOfAControlVerbSpeaksNotTheSubject() {
    List<Quote> qs = quotes("School\n\nAnn Lee, a teacher at the school, prompted one parent to slam the plan as "
        + "\"a shambles\".\n\nThe mayor urged Tom Birch to call the scheme \"a disgrace to the city and its "
        + "people\".\n\nMark Hale encouraged her to say \"we will not be moved by threats from anyone\".\n\n"
        + "Ann Lee, the director, asked the judge to describe the case as \"closed\", and said \"we are done\".\n\n"
        + "Ann Lee prompted Tom Birch to call the trial \"a farce from start to finish\".");
    assertNull(quote(qs, "a shambles").speaker(), "an unnamed object is no speaker");
    assertNull(quote(qs, "a disgrace").speaker(), "a request: neither the one asked nor the one asking");
    assertNull(quote(qs, "we will not").speaker(), "a pronoun object is no speaker");
    assertNull(quote(qs, "closed").speaker());
    assertEquals("Ann Lee", quote(qs, "we are done").speaker(), "the subject's own speech verb after it");
    assertEquals("Tom Birch", quote(qs, "a farce").speaker(), "a named object made to act speaks");
  }

  @Test
  void theObjectJudgedForItsWordsSpeaks() {
    List<Quote> qs = quotes("Harbour\n\nLucy Bell criticised Tom Ford for calling the refugees \"a swarm of people "
        + "crossing the sea\".\n\nDan Moss thanked the nurses for describing the ward as \"a home away from home\".");
    assertEquals("Tom Ford", quote(qs, "a swarm").speaker());
    assertNull(quote(qs, "a home away").speaker());
  }

  @Test
  void aSpeechVerbModifyingANounForWhatIsSaidIsNoCue() {
    List<Quote> qs = quotes("Tribunal\n\nIn its brief, Norvex argued that there are \"deep ties\" between the query "
        + "asked of the tribunal by the council and the \"older dispute over the harbour\", and that the tribunal "
        + "ought to show \"real caution now\".");
    assertEquals("Norvex", quote(qs, "older dispute").speaker());
    assertEquals("Norvex", quote(qs, "real caution").speaker());
  }

  @Test
  void theSubjectKeepsItsOwnWords() {
    List<Quote> qs = quotes("Storm\n\nThe Rowing Club urged members to walk in pairs \"when they can\".\n\n"
        + "Ann Lee urged residents to \"stay indoors\" during the storm.\n\n"
        + "Ann Lee urged the board to reject the offer, saying it was \"far too low\".\n\n"
        + "Ann Lee asked officials to explain why \"nothing was done\" for so long.\n\n"
        + "Ann Lee, the director, asked the judge to describe the case as \"closed\", and said \"we are done\".\n\n"
        + "Lee said the remarks made at the rally were \"deeply hurtful to many families\".");
    assertEquals("Rowing Club", quote(qs, "when they can").speaker());
    assertEquals("Ann Lee", quote(qs, "stay indoors").speaker());
    assertEquals("Ann Lee", quote(qs, "far too low").speaker());
    assertEquals("Ann Lee", quote(qs, "nothing was done").speaker());
    assertEquals("Ann Lee", quote(qs, "we are done").speaker());
    assertEquals("Ann Lee", quote(qs, "deeply hurtful").speaker());
  }
}
