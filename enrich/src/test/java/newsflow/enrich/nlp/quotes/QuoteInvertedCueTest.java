package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A speaker named right after a quote in inverted order, behind a cue of several words ("chimed in", "shot
 * back", "came the reply from"), with a given name that is also a function word ("said Will ..."), or before
 * a dash and the affiliation it speaks for ("Name - Club: ..."). A name
 * that is the object or topic of the words, an unnamed speaker and the next sentence's subject are left
 * alone. Made-up sentences throughout.
 */
class QuoteInvertedCueTest {

  @Test
  void verbWithParticleBeforeTheName() {
    String text = "The choir rehearsed late into the evening. \"We need one more run of the second hymn,\" "
        + "chimed in Oskar Brenninger, the choir's conductor.";
    assertEquals("Oskar Brenninger", quote(quotes(text), "We need one more run").speaker());
  }

  @Test
  void verbThatIsNoCueAloneWithItsParticle() {
    String text = "Gardeners met at the town hall on Friday. \"Is the frost over yet?\" shot back Hilde Marquand.";
    assertEquals("Hilde Marquand", quote(quotes(text), "Is the frost over").speaker());
  }

  @Test
  void theReplyCameFromTheName() {
    String text = "The orchard owners argued over the water rights. \"Not this year,\" came the reply from "
        + "Ruben Castellano.";
    assertEquals("Ruben Castellano", quote(quotes(text), "Not this year").speaker());
  }

  @Test
  void givenNameThatIsAlsoAModalVerb() {
    String text = "The league voted on the new rules. \"The season starts too early,\" said Will Ostrander, "
        + "a referee from the valley.";
    assertEquals("Will Ostrander", quote(quotes(text), "The season starts").speaker());
  }

  @Test
  void aReplyFromNoOneNamedHasNoSpeaker() {
    String text = "The orchard owners argued over the water rights. \"Not this year,\" came the reply from "
        + "the back of the hall.";
    assertNull(quote(quotes(text), "Not this year").speaker());
    String unnamed = "The bakery reopened on Monday. \"The ovens are finally fixed,\" chimed in a neighbour.";
    assertNull(quote(quotes(unnamed), "The ovens are").speaker());
  }

  @Test
  void thePersonSpokenToOrAboutIsNotTheSpeaker() {
    String told = "The bakery reopened on Monday. \"The ovens are finally fixed,\" the owner told Will Ostrander.";
    assertNull(quote(quotes(told), "The ovens are").speaker());
    String topic = "The bakery reopened on Monday. \"A real craftsman,\" said of Will Ostrander his former apprentice.";
    assertNull(quote(quotes(topic), "A real craftsman").speaker());
  }

  @Test
  void theOneToldAfterALongDescriptionIsNotTheSpeaker() {
    // "tell" never stands before its subject: after the comma closing a long description, the phrase after it is
    // the one addressed, never the speaker.
    String intro = "The bakery reopened on Monday.\n\nGreta Holloway, an expert in baking and food safety at the School "
        + "of Trades at the county's Eastmarsh College who took no part in the repairs, ";
    String colon = intro + "told Valley Radio: \"The ovens should last another twenty years.\"";
    assertNotEquals("Valley Radio", quote(quotes(colon), "The ovens should").speaker());
    String that = intro + "told Valley Radio that \"the ovens should last another twenty years.\"";
    assertNotEquals("Valley Radio", quote(quotes(that), "the ovens should").speaker());
    String informed = intro + "informed the Valley Gazette: \"The ovens should last another twenty years.\"";
    assertNotEquals("Valley Gazette", quote(quotes(informed), "The ovens should").speaker());
  }

  @Test
  void saidStillInvertsAfterAReportedClause() {
    // Guard: "said" may stand before its subject after a comma that closes no quote.
    String text = "The bakery reopened on Monday.\n\nThe ovens were repaired over the weekend, said Will Ostrander, "
        + "the baker: \"We are open again.\"";
    assertEquals("Will Ostrander", quote(quotes(text), "We are open").speaker());
    String shortDescription = "The bakery reopened on Monday.\n\nGreta Holloway, a lecturer at the Eastmarsh College "
        + "of Trades, told Valley Radio: \"The ovens should last another twenty years.\"";
    assertEquals("Greta Holloway", quote(quotes(shortDescription), "The ovens should").speaker());
  }

  @Test
  void theNextSentencesSubjectIsNotTheSpeaker() {
    String text = "The bakery reopened on Monday. \"The ovens are finally fixed,\" said the baker. "
        + "Will Ostrander opened the door.";
    assertNull(quote(quotes(text), "The ovens are").speaker());
  }

  @Test
  void personBeforeADashAndTheAffiliationSpeaks() {
    String text = "The council debated the new cycle lanes.\n\n"
        + "Petra Lindqvist - Northfield Cycling Club: \"The lanes are far too narrow.\"";
    assertEquals("Petra Lindqvist", quote(quotes(text), "The lanes are").speaker());
  }

  @Test
  void headlineBeforeADashStillGivesTheNameAfterIt() {
    String text = "The council debated the new cycle lanes.\n\n"
        + "Lanes to open in spring - Petra Lindqvist: \"The lanes are far too narrow.\"";
    assertEquals("Petra Lindqvist", quote(quotes(text), "The lanes are").speaker());
  }
}
