package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * "he"/"she" after a sentence led by an organisation's officer ("The Velmar Club's chairman explained ..."), which is
 * a description like "the club's chairman" and may stand for the person named before, not a role of a named person
 * ("Brancati's agent", someone else); and "he"/"she" after a name that opens its own quote with a colon ("Cobb hit
 * back: “...,” he wrote"), which is that name speaking, not someone the quote talks about.
 */
class QuotePronounOfficerAndColonLeadTest {

  @Test
  void anOrganisationsOfficerLeadingTheSentenceIsADescriptionOfTheNamedPerson() {
    List<Quote> qs = quotes("Ivo Brancati expects the Korvel crew to take the league cup this autumn.\n\n"
        + "The Velmar Club's chairman told members that Pavel Lund and Ari Sten must stay fit all season. He also hopes "
        + "that Tomas Berg's years at sea will steady the younger sailors.\n\n"
        + "\"Our first two boats are fast enough to win,\" he said.");
    assertEquals("Ivo Brancati", quote(qs, "Our first two boats").speaker());
  }

  @Test
  void aNamedPersonsAgentLeadingTheSentenceStillLeavesThePronounOpen() {
    List<Quote> qs = quotes("Ivo Brancati expects the Korvel crew to take the league cup this autumn.\n\n"
        + "Brancati's agent told members that Pavel Lund and Ari Sten must stay fit all season. He also hopes that "
        + "Tomas Berg's years at sea will steady the younger sailors.\n\n"
        + "\"Our first two boats are fast enough to win,\" he said.");
    assertNull(quote(qs, "Our first two boats").speaker());
  }

  @Test
  void aNameOpeningItsOwnQuoteWithAColonIsThePronounsPerson() {
    List<Quote> qs = quotes("Most aides ignore the advice, but sometimes they answer.\n\n"
        + "\"Big news,\" Ivo Marsh posted in May, \"the mayor is praised by her own spokesman,\" after Dan Cobb, the "
        + "mayor's spokesman, voiced his support for her online.\n\n"
        + "Cobb hit back: \"As a keeper of the town's record,\" he wrote, \"I know you are cheering for her too.\"");
    assertEquals("Dan Cobb", quote(qs, "As a keeper of the town").speaker());
    assertEquals("Dan Cobb", quote(qs, "I know you are cheering").speaker());
  }

  @Test
  void aNameTalkedAboutBeforeATrailingReportIsStillNotThePronoun() {
    List<Quote> qs = quotes("Ivo Marsh met Dan Cobb at the harbour. Cobb should \"step aside now,\" he said.");
    assertNull(quote(qs, "step aside now").speaker());
  }
}
