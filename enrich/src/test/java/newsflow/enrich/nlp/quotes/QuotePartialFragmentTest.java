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
 * Short partial quotes inside reported speech whose speaker a reader sees (issue 12, branch {@code partial}), on
 * made-up articles: a fragment closed by a comma before its cue, a fragment earlier in a sentence that a cue
 * closes, and a body described as "the ministry" when another ministry was mentioned nearer.
 */
class QuotePartialFragmentTest {

  @Test
  void aFragmentClosedByACommaBeforeItsCueIsNoLabelOfTheNextWord() {
    List<Quote> qs = quotes("Dock safety\n\nHarbour master Ivo Brandt toured the yard on Monday. Safety rules are not "
        + "\"optional extras,\" Brandt said, but \"the core of the job.\"\n\nDana Orrin ran the ferry line for years. A "
        + "long dispute left her \"utterly drained,\" she said.\n\nFinance Minister Carla Ostrova denied that "
        + "she ran an \"informal\" channel for the bank talks.");
    assertEquals("Ivo Brandt", quote(qs, "optional extras").speaker());
    assertEquals("Dana Orrin", quote(qs, "utterly drained").speaker());
    assertNull(quote(qs, "informal").speaker(), "a word quoted before its noun is still a label");
  }

  @Test
  void aFragmentEarlierInASentenceThatACueClosesIsTheSameSpeakers() {
    List<Quote> qs = quotes("Gas leak\n\nCouncillor Derek Vell said the street would stay closed until Friday. "
        + "Although the danger to residents is \"small\" the council is treating the leak \"with great care\", "
        + "he said.\n\nCritics called it \"a farce\", but the plan is \"solid\", Ann Lee said.");
    assertEquals("Derek Vell", quote(qs, "small").speaker());
    assertEquals("Derek Vell", quote(qs, "with great care").speaker());
    assertNotEquals("Ann Lee", quote(qs, "a farce").speaker(), "a cue of its own comes first");
  }

  @Test
  void theMinistryIsTheOneMentionedNearerNotAnEarlierNamedOne() {
    List<Quote> qs = quotes("Curfew\n\nOfficials of the Ruritanian Foreign Ministry met envoys on Monday. The "
        + "curfew was ordered by Freedonia's interior ministry on Tuesday. \"Shops and cafes will close at eight "
        + "every night,\" the ministry said.");
    assertNotEquals("Ruritanian Foreign Ministry", quote(qs, "Shops and cafes").speaker());
    assertNotEquals("Foreign Ministry", quote(qs, "Shops and cafes").speaker());
    List<Quote> same = quotes("Talks\n\nOfficials of the Ruritanian Health Ministry met on Monday. A ministry "
        + "spokesman said the talks went well. \"The talks were productive,\" the ministry said in a statement.\n\n"
        + "Schools should not upgrade, the Lowmoor Schools Agency said in a report. Schools might wait, said the "
        + "agency, which advises colleges. \"There remains no case for it,\" the agency said.");
    assertEquals("Ruritanian Health Ministry", quote(same, "The talks were").speaker(), "a ministry spokesman");
    assertEquals("Lowmoor Schools Agency", quote(same, "There remains").speaker(), "the agency refers back");
  }

  @Test
  void thePassiveSubjectOfAFragmentIsNotItsSpeaker() {
    // A fragment governed by a passive verb ("which has been archived “...”") is words about the subject, not the
    // subject's own: an organisation's name in the subject phrase is no speaker.
    String text = "Garden opens\n\nThe community garden opened in April.\n\nIn March, Tomas Berg made several posts "
        + "about the plots. Nadia Orloff's Facebook page, which has been archived \"as a record of the early plots and "
        + "the people who dug them,\" lists her as the founder.";
    assertNull(quote(quotes(text), "as a record of").speaker());
  }

  @Test
  void anActiveSubjectOrAPassiveAgentStillSpeaks() {
    // Guards: an active verb keeps its subject, and a "by" agent of the passive is still the speaker.
    String active = "Garden opens\n\nThe community garden opened in April.\n\nNadia Orloff later characterized the "
        + "first season as \"a muddy, hopeful mess that nobody will ever forget.\"";
    assertEquals("Nadia Orloff", quote(quotes(active), "a muddy, hopeful").speaker());
    String agent = "Garden opens\n\nThe community garden opened in April.\n\nNadia Orloff was described by Tomas "
        + "Berg as \"the most stubborn gardener in the whole county and the kindest.\"";
    assertEquals("Tomas Berg", quote(quotes(agent), "the most stubborn").speaker());
  }

  @Test
  void aNameAfterAReducedOrAdverbialNamingParticipleIsNobodysWords() {
    // "the sprayers, widely called “...”", "the stalls, sometimes referred to as “...”", "the permits called “...”":
    // the quoted name is what the thing goes by, not the words of the clause's subject.
    List<Quote> qs = quotes("Orchard dispute\n\nThe orchard board met on Tuesday.\n\nCouncillor Petra Lindqvist "
        + "complained about the sprayers, widely called \"mist cannons,\" that run at night.\n\nPetra Lindqvist has "
        + "long fought the stalls, sometimes referred to as \"pop-up kiosks,\" on the square.\n\nPetra Lindqvist "
        + "criticised the permits called \"night passes\" at the hearing.");
    assertNull(quote(qs, "mist cannons").speaker());
    assertNull(quote(qs, "pop-up kiosks").speaker());
    assertNull(quote(qs, "night passes").speaker());
  }

  @Test
  void anActiveNamingVerbKeepsItsSpeaker() {
    // Guards: an object between the verb and the quote, a named subject right before "referred to as", a subject
    // after "what", and a phrasal "called for" stay with the cue rules.
    List<Quote> qs = quotes("Orchard dispute\n\nThe orchard board met on Tuesday.\n\nPetra Lindqvist called the "
        + "sprayers \"mist cannons\" at the hearing.\n\nThe row, which her solicitor Anton Greve referred to as "
        + "\"a vendetta,\" dragged on.\n\nThe orchard fires caused damage in what firefighters described as \"a wall "
        + "of smoke\" on Tuesday.\n\nThe growers called \"for an inquiry\" into the fires, Petra Lindqvist said.");
    assertEquals("Petra Lindqvist", quote(qs, "mist cannons").speaker());
    assertEquals("Anton Greve", quote(qs, "a vendetta").speaker());
    assertEquals("firefighters", quote(qs, "a wall of smoke").speakerMention().text());
    assertEquals("Petra Lindqvist", quote(qs, "for an inquiry").speaker());
  }
}
