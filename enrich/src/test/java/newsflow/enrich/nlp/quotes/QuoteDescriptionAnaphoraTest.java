package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A definite description new to the article ("the 27-year-old", "the Brackwater boss", "the shipyard's chairman")
 * leading the sentence ahead of a "he said" cue refers back to a single earlier name, never to names in its own
 * sentence; nobody when the noun was used before for someone unnamed, when it names a role most often unnamed or
 * defined by another ("the official", "the senator's spokesman"), or when the sentence before names two people it
 * could be. As the speaker mention itself, a title still needs the person shown in it.
 */
class QuoteDescriptionAnaphoraTest {

  @Test
  void peopleNamedInTheDescriptionsOwnClauseAreSomeoneElse() {
    List<Quote> qs = quotes("Oskar Vendel thinks the new hull will make his crew faster. The shipyard's chairman "
        + "said that Lena Worth and Kit Amsel would sail the trials. \"I trust them both,\" he said.");
    assertEquals("Oskar Vendel", quote(qs, "I trust them both").speaker());
  }

  @Test
  void aPersonNamedInAFrontedPhraseIsNotTheDescription() {
    List<Quote> qs = quotes("Rune Falk is still the favourite for the national job. Although the stories about Edvin "
        + "Saar kept growing, the Brackwater manager said he would stay. \"I still have a squad to build,\" he said.");
    assertEquals("Rune Falk", quote(qs, "I still have a squad to build").speaker());
  }

  @Test
  void aDescriptionAsTheSpeakerMentionNeedsThePersonAsSubject() {
    List<Quote> qs = quotes("Jonas Brell's side lost to Ostmark on Saturday. \"We were brave,\" said the Ostmark manager.");
    assertNull(quote(qs, "We were brave").speaker());
  }

  @Test
  void aNounUsedBeforeForAnUnnamedPersonIsThatPerson() {
    List<Quote> qs = quotes("A spokeswoman for the harbour board confirmed the closure on Friday. Elin Stroud, the "
        + "board's treasurer, was abroad. The spokeswoman said the piers would reopen. \"Nobody is hurt,\" she said.");
    assertNull(quote(qs, "Nobody is hurt").speaker());
  }

  @Test
  void aNounUsedBeforeOnlyAsAnObjectMayStillBeThePersonNamedNext() {
    List<Quote> qs = quotes("The council has filed a trespass claim against a young surveyor over the quarry.\n\n"
        + "Ines Kalder, who runs a mapping blog, walked the site in April.\n\nThe surveyor insists she meant no "
        + "damage and may file a complaint of her own.\n\n\"I only took photographs of the old "
        + "kilns,\" she said.\n\nA ranger for the park closed the trail on Monday. Tove Aalund, who runs a hiking "
        + "blog, walked it in May. The ranger said the bridge was unsafe. \"Nobody should cross it,\" she said.");
    assertEquals("Ines Kalder", quote(qs, "I only took").speaker());
    assertNull(quote(qs, "Nobody should cross").speaker(), "the ranger who opened a sentence before is unnamed");
  }

  @Test
  void twoPeopleOfAPossibleSexBeforeTheDescriptionLeaveItUnnamed() {
    List<Quote> qs = quotes("Captain Hanne Voss thanked winger Mira Dahl after the final. The 27-year-old said the "
        + "title meant everything. \"We earned it,\" she said.");
    assertNull(quote(qs, "We earned it").speaker());
  }

  @Test
  void aRoleOfSomeoneElseIsNotThatPerson() {
    List<Quote> qs = quotes("Senator Tobias Renk toured the dam on Monday. The senator's spokesman said the tour "
        + "had gone well. \"He was impressed,\" he said.");
    assertNull(quote(qs, "He was impressed").speaker());
  }

  @Test
  void aRoleThatUsuallyNamesNoOneIsNotTheNamedPerson() {
    List<Quote> qs = quotes("Mayor Sven Aldo opened the ferry terminal on Monday. The official said the works were "
        + "finished early. \"The terminal is safe,\" he said.");
    assertNull(quote(qs, "The terminal is safe").speaker());
  }
}
