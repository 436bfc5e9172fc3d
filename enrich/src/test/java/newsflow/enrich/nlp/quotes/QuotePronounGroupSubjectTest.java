package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Pronoun subjects a reader resolves with confidence: a name completed by "and others" is its clause's subject
 * for "he"/"she", and a description of a body glossed by the organisation's name in apposition is that
 * organisation for "it"/"they"; a pronoun after "in" in a fronted description of the subject points to it. Two
 * named people, a group "they", a person in apposition and a person speaking after the organisation stay
 * unresolved.
 */
class QuotePronounGroupSubjectTest {

  private static final String LEAD =
      "Marta Quill, who chairs the allotment society in Fenwick, said the new rent was too steep. ";
  private static final String SOIL = "Nobody here can pay double for a patch of soil";

  @Test
  void aNameWithUnnamedOthersIsTheSubjectForShe() {
    List<Quote> qs = quotes(LEAD + "Quill and others said they owed Hana Ostrow, the former chair, a great deal. \""
        + SOIL + ",\" she said.");
    assertEquals("Marta Quill", quote(qs, SOIL).speaker());
  }

  @Test
  void twoNamedPeopleStayAmbiguous() {
    List<Quote> qs = quotes(LEAD + "Quill and Hana Ostrow said they owed the former chair a great deal. \""
        + SOIL + ",\" she said.");
    assertNull(quote(qs, SOIL).speaker());
  }

  @Test
  void theyForTheGroupIsNotItsNamedMember() {
    List<Quote> qs = quotes(LEAD + "Quill and others said they would write to the parish council. \"" + SOIL
        + ",\" they said.");
    assertNull(quote(qs, SOIL).speaker());
  }

  private static final String TRAMS = "Every carriage has been inspected twice";

  @Test
  void aDescribedBodyGlossedByItsNameIsTheOrganisation() {
    String lead = "Tram delays\n\nThe company that builds the new tram line, Corvel Transit Ltd, insists the delays "
        + "are over.\n\n\"" + TRAMS + ",\" ";
    assertEquals("Corvel Transit Ltd", quote(quotes(lead + "they said."), TRAMS).speaker());
    assertEquals("Corvel Transit Ltd", quote(quotes(lead + "it said."), TRAMS).speaker());
  }

  @Test
  void aPersonInAppositionOrSpeakingAfterIsNoOrganisation() {
    List<Quote> person = quotes("Tram delays\n\nThe engineer who builds the new tram line, Ada Brun, insists the "
        + "delays are over.\n\n\"" + TRAMS + ",\" they said.");
    assertNull(quote(person, TRAMS).speaker());
    List<Quote> councillor = quotes("Tram delays\n\nThe company that builds the new tram line, Corvel Transit Ltd, "
        + "says the delays are over, but Councillor Ada Brun said the opposite.\n\n\"" + TRAMS + ",\" they said.");
    assertNull(quote(councillor, TRAMS).speaker());
  }

  private static final String TRADE = "The trade will outlive us both";

  @Test
  void aPronounInAFrontedDescriptionOfTheSubjectPointsToIt() {
    List<Quote> qs = quotes("A keen sailor in his youth, Oskar Lind mends clocks in a narrow shop. He talks fondly "
        + "of the old harbour. He pointed me to his nephew, Paul Brenn. \"" + TRADE + ",\" he said.");
    assertEquals("Oskar Lind", quote(qs, TRADE).speaker());
  }

  @Test
  void aPronounOfSomeoneElseInTheFrontedDescriptionDoesNotStopTheChain() {
    List<Quote> qs = quotes("Ada Brun opened the quilt show on Friday. A neighbour of hers for decades, Lotte Rahm, "
        + "had lent most of the quilts. \"Without her the hall would be empty,\" she said.");
    assertEquals("Ada Brun", quote(qs, "Without her").speaker());
  }
}
