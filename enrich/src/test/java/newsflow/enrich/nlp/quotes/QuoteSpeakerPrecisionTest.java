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
 * Wrong speakers of kinds seen on unannotated news pages (issue 12, branch speakers4), on made-up articles through
 * the whole pipeline: passive speech verbs, "continue to" + verb, a person
 * who possesses an organisation's name, the object of a verb of perception, a nickname after initials, and
 * a progressive cue after a prepositional phrase; a pronoun after a sentence whose subject is a role owned by
 * someone ("Ann Lee's lawyer").
 */
class QuoteSpeakerPrecisionTest {

  @Test
  void aPassiveSpeechVerbGivesNoSpeakerToItsSubject() {
    List<Quote> qs = quotes("The river rose all night.\n\n"
        + "Mayor Ann Lorrimer warned of long delays and the old bridge was described as \"unsafe for any traffic\" "
        + "by the evening.\n\n"
        + "The Harbour League was accused of \"stealing the idea from the unions\" in the debate.");
    assertNull(quote(qs, "unsafe for any").speaker());
    assertNull(quote(qs, "stealing the idea").speaker());
  }

  @Test
  void aPassiveClauseReportedByAnActiveCueIsTheReportersAndAnAgentAfterBySpeaks() {
    List<Quote> qs = quotes("The talks ended late.\n\n"
        + "The Ruritanian transport ministry says in a statement that the Harbour Board was informed that \"no "
        + "ferry will leave the port before the inspection is over.\"\n\n"
        + "Tom Brandt said he was informed by Peter Grell that the yard was \"close to running out of steel\" at "
        + "the time.\n\n"
        + "Acme says that the fault, which was reported in spring, cost \"more than the whole of last year's repairs "
        + "and most of the reserve.\"");
    assertNotEquals("Harbour Board", quote(qs, "no ferry will leave").speaker());
    assertEquals("Peter Grell", quote(qs, "close to running out").speaker());
    assertEquals("Acme", quote(qs, "more than the whole").speaker());
  }

  @Test
  void aPassiveAskedLeavesTheAnswerToItsSubject() {
    List<Quote> qs = quotes("The inquiry closed on Friday.\n\n"
        + "\"We found no record of the payments,\" Ivo Brandt said.\n\n"
        + "Brandt was asked why he left out the ferry accounts (\"They were outside the scope of our work\").");
    assertEquals("Ivo Brandt", quote(qs, "They were outside").speaker());
  }

  @Test
  void continueToDoSomethingIsNoCueForAQuoteOfAnotherSentence() {
    List<Quote> qs = quotes("The shipyard is changing hands.\n\n"
        + "Ann Lee noted that both Acme and Orbex will continue to build ferries. \"The order book is full until "
        + "the end of the decade.\"\n\n"
        + "\"We will keep going,\" Tom Brandt continued. \"Nothing will stop the yard.\"");
    assertNotEquals("Orbex", quote(qs, "The order book").speaker());
    assertEquals("Tom Brandt", quote(qs, "We will keep going").speaker());
  }

  @Test
  void aPersonWhoPossessesAnOrganisationsNameIsNotTheOrganisation() {
    List<Quote> qs = quotes("The vote shook the capital.\n\n"
        + "Lee's Harbour Reform League has demanded a recount and accused the government of \"rigging the count\" "
        + "in the north.");
    assertEquals("Harbour Reform League", quote(qs, "rigging the count").speaker());
  }

  @Test
  void theObjectOfAVerbOfPerceptionIsNotTheClauseSubject() {
    List<Quote> qs = quotes("The old gallery reopened on Monday.\n\n"
        + "Ann Lee remembered Tom Brandt working there for a whole winter and \"never once asking anyone for help "
        + "with the ladders.\"");
    assertEquals("Ann Lee", quote(qs, "never once asking").speaker());
  }

  @Test
  void aNicknameAfterInitialsIsNoOnesWords() {
    List<Quote> qs = quotes("The festival was called off.\n\n"
        + "Organiser Tom Brandt claims the cancellation was unfair. It was to feature the fiddler "
        + "R.J. \"Ace\" Morrow, who played with the first line-up.");
    assertNull(quote(qs, "Ace").speaker());
  }

  @Test
  void aProgressiveCueAfterAPrepositionalPhraseTakesItsHead() {
    List<Quote> qs = quotes("LOWMOOR - Advisers to Mayor Tom Brandt are warning of \"a winter of closures\" "
        + "after the budget vote.");
    assertNull(quote(qs, "a winter of closures").speaker());
  }

  @Test
  void aNameAfterAPrepositionAndAnArticleIsNoClauseSubject() {
    List<Quote> qs = quotes("The protests went on for a sixth week.\n\n"
        + "As papers passed to the North Harbour Courier have shown, the orders came from the capital to \"close every "
        + "gate before dawn and arrest anyone who resists.\"");
    assertNull(quote(qs, "close every gate").speaker());
  }

  @Test
  void aPronounAfterARoleOwnedBySomeoneIsNotTheOwner() {
    List<Quote> qs = quotes("The video was released on Sunday.\n\n"
        + "Prime Minister Tom Harlow's spokesman also condemned the video. \"We do not comment on such footage,\" he "
        + "added.\n\n"
        + "Ana Lopez's lawyer spoke outside the court. \"My client is innocent,\" he said.\n\n"
        + "Senator Ray Holt arrived late. His aide told reporters the senator was ill. \"He will be back on Monday,\" "
        + "he said.");
    assertNull(quote(qs, "We do not comment").speaker());
    assertNull(quote(qs, "My client is innocent").speaker());
    assertNull(quote(qs, "He will be back").speaker());
  }

  @Test
  void aRoleOfTheOtherSexOrANamedRoleHolderDoesNotBlockThePronoun() {
    List<Quote> qs = quotes("The harbour reopened.\n\n"
        + "Tom Lind lost his wife in May. His wife died after a long illness. \"I miss her every day,\" he said.\n\n"
        + "Peter Grell spoke after the vote. Grell's lawyer, Ed Ruske, said the case was closed. \"We are done,\" he "
        + "said.");
    assertEquals("Tom Lind", quote(qs, "I miss her").speaker());
    assertEquals("Ed Ruske", quote(qs, "We are done").speaker());
  }

  @Test
  void characterisingSomethingAsAQuotedPhraseIsTheSubjectsWords() {
    List<Quote> qs = quotes("The talks went on.\n\n"
        + "Mayor Lisa Grant characterised the plan as \"a disgrace to the city\".\n\n"
        + "The report characterizes the drought as \"severe\".");
    // the subject of "X as “...”" speaks even without a cue; the verb makes it the cue
    assertEquals("Lisa Grant", quote(qs, "a disgrace to").speaker());
    assertEquals("characterised", quote(qs, "a disgrace to").cue());
    assertNull(quote(qs, "severe").speaker());
  }

  @Test
  void aParticipleAfterAShortQuoteStartsAPhraseAndIsNoNounTheQuoteModifies() {
    List<Quote> qs = quotes("The talks went on.\n\n"
        + "Tom Reyes spoke on Monday. He described the raids as \"digital sabotage\" aimed at the army.\n\n"
        + "The council opened a \"temporary\" shelter near the docks.");
    assertEquals("Tom Reyes", quote(qs, "digital sabotage").speaker());
    assertNull(quote(qs, "temporary").speaker());
  }

  @Test
  void aNameBeforeAPluralNounOfPeopleOnlyQualifiesItsUnnamedHolders() {
    List<Quote> qs = quotes("The interview drew scorn.\n\n"
        + "Former royal BXT aides called it not a setback but \"a slow-motion train wreck\".\n\n"
        + "Former Acme aides described the deal as \"a slow leak of talent and money\".\n\n"
        + "Privacy is a value which Acme views as \"a basic right of every customer\" in its reports.");
    assertNull(quote(qs, "a slow-motion train").speaker());
    assertNull(quote(qs, "a slow leak of").speaker());
    assertEquals("Acme", quote(qs, "a basic right").speaker());
  }
}
