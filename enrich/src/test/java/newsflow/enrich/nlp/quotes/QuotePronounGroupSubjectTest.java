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

  private static final String LEAD = "Piet Varga, who runs the rowing club in Lindmoor, said the new lease was unfair. ";
  private static final String BOATS = "We only want to keep our boats on the river";

  @Test
  void aNameWithUnnamedOthersIsTheSubjectForHe() {
    List<Quote> qs = quotes(LEAD + "Varga and others said they admired Ines Albrecht's fight against the council. \""
        + BOATS + ",\" he said.");
    assertEquals("Piet Varga", quote(qs, BOATS).speaker());
  }

  @Test
  void twoNamedPeopleStayAmbiguous() {
    List<Quote> qs = quotes(LEAD + "Varga and Tomas Kell said they admired the mayor's fight against the council. \""
        + BOATS + ",\" he said.");
    assertNull(quote(qs, BOATS).speaker());
  }

  @Test
  void theyForTheGroupIsNotItsNamedMember() {
    List<Quote> qs = quotes(LEAD + "Varga and others said they would appeal. \"" + BOATS + ",\" they said.");
    assertNull(quote(qs, BOATS).speaker());
  }

  private static final String FERRY = "Any agreement must come from the shipping lines themselves";

  @Test
  void aDescribedBodyGlossedByItsNameIsTheOrganisation() {
    String lead = "Ferry talks stall\n\nThe agency that manages the harbour, Kelvin Port Services, rejects claims that "
        + "a deal was struck with the ferry operators.\n\n\"" + FERRY + ",\" ";
    assertEquals("Kelvin Port Services", quote(quotes(lead + "they said."), FERRY).speaker());
    assertEquals("Kelvin Port Services", quote(quotes(lead + "it said."), FERRY).speaker());
  }

  @Test
  void aPersonInAppositionOrSpeakingAfterIsNoOrganisation() {
    List<Quote> person = quotes("Ferry talks stall\n\nThe man who manages the harbour, Tomas Kell, rejects claims "
        + "that a deal was struck with the ferry operators.\n\n\"" + FERRY + ",\" they said.");
    assertNull(quote(person, FERRY).speaker());
    List<Quote> mayor = quotes("Ferry talks stall\n\nThe agency that manages the harbour, Kelvin Port Services, said "
        + "talks went well, but Mayor Dana Ruiz said nothing was signed.\n\n\"" + FERRY + ",\" they said.");
    assertNull(quote(mayor, FERRY).speaker());
  }
  private static final String DIARIES = "His daughter has every right to keep the diaries private";

  @Test
  void aPronounInAFrontedDescriptionOfTheSubjectPointsToIt() {
    List<Quote> qs = quotes("A retired nurse in her seventies, Edna Moller lives in a cottage near the coast. She "
        + "spoke warmly of her late brother. But she grew quiet once the diaries came up. She gave me a "
        + "number for his daughter, Clara Voss. \"" + DIARIES + ",\" she said.");
    assertEquals("Edna Moller", quote(qs, DIARIES).speaker());
  }

  @Test
  void aPronounOfSomeoneElseInTheFrontedDescriptionDoesNotStopTheChain() {
    List<Quote> qs = quotes("Tomas Kell opened the exhibition on Friday. A friend of his since school, Ivo Brandt, "
        + "had lent most of the paintings. \"Without him there would be nothing on the walls,\" he said.");
    assertEquals("Tomas Kell", quote(qs, "Without him").speaker());
  }
}
