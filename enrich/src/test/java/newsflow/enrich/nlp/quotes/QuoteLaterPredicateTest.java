package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A naming verb in a later predicate of the subject's sentence (issue 12, branch {@code partial}), on made-up
 * articles: "and later called it “...”" (an adverb between the joint and the verb) and ", then dubbing the
 * kiln “...”" (a naming participle with its own object after a comma) are the subject's words, as is a fragment
 * in the "that" clause of a speech noun owned by "his" or "her" ("his assertion at the hearing that ..."); titles,
 * participles on a noun and negations keep no named speaker.
 */
class QuoteLaterPredicateTest {

  @Test
  void anAdverbBetweenAndAndTheNamingVerbKeepsTheSharedSubject() {
    List<Quote> qs = quotes("Ferry deal\n\nAnn Lee signed the ferry deal in March and later called it "
        + "\"a disaster\" for the island.");
    assertEquals("Ann Lee", quote(qs, "a disaster").speaker());
  }

  @Test
  void aNamingParticipleAfterACommaIsTheMainSubjects() {
    List<Quote> qs = quotes("Kiln row\n\nThe potter Ivo Brandt opened a studio by the harbour in spring, later "
        + "dubbing the old kiln \"a relic\" at a craft fair.\n\nTom Reyes praised the keeper, calling him "
        + "\"a wall\" after the final.");
    assertEquals("Ivo Brandt", quote(qs, "a relic").speaker());
    assertEquals("Tom Reyes", quote(qs, "a wall").speaker());
  }

  @Test
  void aSpeechNounOwnedByHisOrHerIsTheirs() {
    List<Quote> qs = quotes("Hearing\n\nAnn Lee spoke to the paper on Monday. The minutes contradict her assertion at the "
        + "hearing that the ferry was \"safe enough\".");
    assertEquals("Ann Lee", quote(qs, "safe enough").speaker());
  }

  @Test
  void aClaimWithoutAnOwnerOrAfterAnotherVerbStaysUnnamed() {
    List<Quote> qs = quotes("Claims\n\nAnn Lee spoke on Monday. Critics dismissed the claim that the vote was "
        + "\"rigged\".\n\nTom Reyes spoke on Monday. The panel rejected his claim that Ann Lee had called the "
        + "report \"thin\".");
    assertNull(quote(qs, "rigged").speaker(), "a claim with no owner");
    assertEquals("Ann Lee", quote(qs, "thin").speaker(), "a naming verb inside the claim is the namer's");
  }

  @Test
  void titlesNounParticiplesAndNegationsStayAsBefore() {
    List<Quote> qs = quotes("Notes\n\nFans of Ivo Brandt held up a banner calling him \"a traitor\".\n\n"
        + "Ann Lee released a new single, calling \"Tidewater\" her best work.\n\n"
        + "Tom Reyes signed the deal and never called it \"a fraud\".\n\n"
        + "Ann Lee met a pilot who towed the boat and later called it \"a wreck\".");
    assertNull(quote(qs, "a traitor").speaker(), "a participle on a noun: the banner's words");
    assertNull(quote(qs, "Tidewater").speaker(), "a title right after the participle");
    assertNull(quote(qs, "a fraud").speaker(), "a negated naming: someone else's words");
    assertNull(quote(qs, "a wreck").speaker(), "the pilot may be the one who called it");
  }
}
