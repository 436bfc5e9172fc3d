package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.HandMadeEntities.at;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.last;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.person;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.place;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A country that is the subject of a speech cue speaks as its government (the reader's guidelines give a statement by
 * an organisation to the organisation); a country that is only a posting, part of a broadcaster's name or a city is
 * no speaker, and a slogan that names a policy is nobody's words. Two bodies speaking together are neither alone.
 * Made-up events.
 */
class QuoteCountrySpeakerTest {

  @Test
  void aCountryAsTheSubjectOfACueIsTheSpeaker() {
    List<Quote> qs = quotes("Border talks\n\nMoldova told reporters the talks over the river crossing had "
        + "\"collapsed\". Earlier in the week, Moldova accused its neighbour of \"provocation\" over the new fence.\n\n"
        + "Britain is urging both sides to meet again, saying \"nobody gains\" from a long standoff.");
    assertEquals("Moldova", quote(qs, "collapsed").speaker());
    assertEquals("Moldova", quote(qs, "provocation").speaker());
    assertEquals("Britain", quote(qs, "nobody gains").speaker());
  }

  @Test
  void aCountryAfterAPrepositionOrInABroadcastersNameIsNoSpeaker() {
    List<Quote> qs = quotes("Envoy row\n\nMoldova's envoy to Romania accused the two governments of meddling and "
        + "warned that his country \"will not stand by\" if the dispute over the river \"gets worse\".\n\n"
        + "\"Several analysts expect the vote on the bridge to be delayed by a month or more,\" Romania 24 "
        + "reported.");
    assertNull(quote(qs, "will not stand by").speaker());
    assertNull(quote(qs, "gets worse").speaker());
    assertNotEquals("Romania", quote(qs, "Several analysts expect").speaker(), "a broadcaster named after its country");
  }

  @Test
  void aCityIsStillNoSpeaker() {
    List<Quote> qs = quotes("Port plan\n\nRotterdam said the new quay would be \"ready by spring\", and the port's "
        + "owners agreed.");
    assertNull(quote(qs, "ready by spring").speaker());
  }

  @Test
  void aSloganBeforeItsNounIsNobodysWordsUnderAPlainSpeechVerb() {
    List<Quote> qs = quotes("Trade pact\n\nRomania said it remains committed to the \"open borders, open markets\" "
        + "formula agreed in May.\n\nMayor Ana Ruiz said she backs the \"fix it first, build it later\" plan for the "
        + "port.\n\nRuiz called it a \"once in a lifetime\" chance for the harbour.");
    assertNull(quote(qs, "open borders, open markets").speaker());
    assertNull(quote(qs, "fix it first").speaker());
    assertEquals("Ana Ruiz", quote(qs, "once in a lifetime").speaker());
  }

  @Test
  void twoBodiesSpeakingTogetherAreNeitherAlone() {
    List<Quote> qs = quotes("Port strike\n\nThe Harbour Pilots Guild and the Dock Workers Union said in a joint "
        + "statement that the plan \"ignores the crews\".\n\n\"We hope the owners return to the table,\" the RPA and "
        + "DWU said.\n\nNorth and West Marsh Police said officers would \"keep the gates open\" on Monday.");
    assertNull(quote(qs, "ignores the crews").speaker());
    assertNull(quote(qs, "We hope the owners").speaker());
    assertNotNull(quote(qs, "keep the gates open").speaker(), "one force named with \"and\" in its name still speaks");
  }

  @Test
  void aCountryNamedLikeAPersonsGivenNameStillSpeaksButNotOneNamedLikeAFamilyName() {
    String text = "Border talks\n\nJordan Pike, a lawyer, watched the hearing. In its reply to the court, Jordan said "
        + "there were \"clear links\" between the two cases.\n\nAna Chad, the envoy, arrived later. Chad said the "
        + "meeting had been \"useful\".";
    List<Quote> qs = HandMadeEntities.quotes(text, person(text, "e1", "Jordan Pike"), person(text, "e2", "Ana Chad"),
        at(text, EntityType.PLACE, "e3", "Jordan", text.indexOf("Jordan said")),
        at(text, EntityType.PLACE, "e4", "Chad", text.indexOf("Chad said")));
    assertEquals("Jordan", quote(qs, "clear links").speaker());
    assertNotEquals("Chad", quote(qs, "useful").speaker(), "the family name of a person of the article is hers");
  }


  // With the entities given by hand and the attributor alone (the country table's names):

  @Test
  void countryAfterAFrontedPhraseIsTheSpeaker() {
    String text = "Fishing talks stall\n\nIn a written reply to the panel, Norway said that the proposal had \"no basis"
        + " in the treaty of 1905\".";
    assertEquals("Norway", last(text, place(text, "e1", "Norway")).speaker());
  }

  @Test
  void countryOpeningTheSentenceIsTheSpeaker() {
    String text = "Fishing talks stall\n\nSweden has described the new quota as \"a blow to every harbour on the"
        + " coast\".";
    assertEquals("Sweden", last(text, place(text, "e1", "Sweden")).speaker());
  }

  @Test
  void guardCountryInsideAReportedClause() {
    String text = "Fishing talks stall\n\nThe envoy said Norway would answer \"at a time of its own choosing\".";
    assertNull(last(text, place(text, "e1", "Norway")).speaker());
  }

  @Test
  void guardThingNamedByAParticiple() {
    String text = "Fishing talks stall\n\nSweden has asked about the new nets, commonly referred to as \"ghost"
        + " catchers\".";
    assertNull(last(text, place(text, "e1", "Sweden")).speaker());
  }

  @Test
  void guardQuotedWordsBeforeANoun() {
    String text = "Fishing talks stall\n\nNorway said it would keep the \"shared waters\" agreement in force.";
    assertNull(last(text, place(text, "e1", "Norway")).speaker());
  }
}
