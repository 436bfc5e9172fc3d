package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {

  private static List<Quote> attribute(String text, List<Entity> entities) {
    return new QuoteAttributor().attribute(TextPipeline.instance().process(text), entities);
  }

  /** An entity with every occurrence of each form as a mention. */
  private static Entity entity(String text, String id, EntityType type, String name, String... forms) {
    Entity e = new Entity(id, type, name);
    for (String f : forms) {
      for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) e.addMention(Span.of(text, i, i + f.length()));
    }
    return e;
  }

  @Test
  void attributesHeSaidToLastNamedSpeaker() {
    String text = "Mr. Rutte said Europe must spend more.\n“We have to spend more,” he said.";
    List<Entity> entities = new ArrayList<>(List.of(entity(text, "e1", EntityType.PERSON, "Mark Rutte", "Mr. Rutte")));
    Quote q = attribute(text, entities).get(0);
    assertEquals("he", q.speakerMention().text());
    assertEquals("Mark Rutte", q.speaker());
    assertEquals("e1", q.speakerEntityId());
    assertEquals("said", q.cue());
  }

  @Test
  void pronounSkipsObjectsToFindTheSubject() {
    String text = "Dutch Farm Minister Joost Brink rejected any plan put forward by the Varga government.\n"
        + "“Farmers must be heard,” he said.";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.PERSON, "Joost Brink", "Dutch Farm Minister Joost Brink"),
        entity(text, "e2", EntityType.PERSON, "Imre Varga", "Varga")));
    assertEquals("Joost Brink", attribute(text, entities).get(0).speaker());
  }

  @Test
  void attributesNameSaidAfterQuote() {
    String text = "“There is no betrayal there,” Mr. Hegseth told reporters.";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertEquals("Mr. Hegseth", q.speakerMention().text());
    assertEquals("told", q.cue());
    assertEquals("Hegseth", q.speaker());
  }

  @Test
  void attributesInvertedSaidName() {
    String text = "“It is a hard road to walk,” said Dora Quist, a lawyer with the clinic.";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertEquals("Dora Quist", q.speakerMention().text());
  }

  @Test
  void attributesThroughAppositive() {
    String text = "Mark Rutte, NATO’s secretary-general, said, “We are united in this.”";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertEquals("Mark Rutte", q.speakerMention().text());
    assertEquals("said", q.cue());
  }

  @Test
  void attributesNameBetweenCommasOfAppositive() {
    String text = "Her chief budget aide, Milo Tarrant, said: “Restraint is good for all of us.”";
    assertEquals("Milo Tarrant", attribute(text, new ArrayList<>()).get(0).speakerMention().text());
  }

  @Test
  void trailingCueAfterDescriptionWithCommaListTakesTheName() {
    String text = "“We will deliver on time,” Tomas Ridell, senior vice president for programmes at Quillon Rail, "
        + "Harbours, and Freight, said.";
    List<Entity> entities = new ArrayList<>();
    entities.add(entity(text, "p1", EntityType.PERSON, "Tomas Ridell", "Tomas Ridell"));
    assertEquals("Tomas Ridell", attribute(text, entities).get(0).speakerMention().text());

    String farm = "“Costs are rising,” Lena Farro, director of research at the Ostrava Institute for Farming, Fishing, "
        + "and Forestry, said.";
    List<Entity> farmers = new ArrayList<>();
    farmers.add(entity(farm, "p1", EntityType.PERSON, "Lena Farro", "Lena Farro"));
    assertEquals("Lena Farro", attribute(farm, farmers).get(0).speakerMention().text());

    String town = "“We will stay,” Ann Lee, a teacher from Riverton, Westshire, said.";
    List<Entity> teachers = new ArrayList<>();
    teachers.add(entity(town, "p1", EntityType.PERSON, "Ann Lee", "Ann Lee"));
    assertEquals("Ann Lee", attribute(town, teachers).get(0).speakerMention().text());
  }

  @Test
  void trailingCueAfterListedOrganisationWithoutNameGivesNoListWord() {
    String text = "“We will deliver on time,” an engineer at Quillon Rail, Harbours, and Freight, said.";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertNull(q.speaker());
  }

  @Test
  void listOfPeopleBeforeTrailingCueStaysNoOneSpeaker() {
    String text = "“We will stay,” Ann Lee, Bo Park and Cy Dunn said.";
    List<Entity> entities = new ArrayList<>();
    entities.add(entity(text, "p1", EntityType.PERSON, "Ann Lee", "Ann Lee"));
    entities.add(entity(text, "p2", EntityType.PERSON, "Bo Park", "Bo Park"));
    entities.add(entity(text, "p3", EntityType.PERSON, "Cy Dunn", "Cy Dunn"));
    assertNull(attribute(text, entities).get(0).speaker());
  }

  @Test
  void attributesAccordingTo() {
    String text = "“The talks will resume next week in Geneva,” according to the ministry.";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertEquals("according to", q.cue());
    assertEquals("the ministry", q.speakerMention().text());
  }

  @Test
  void attributesOrganisationAsSpeakerAndAddsMissingEntity() {
    String text = "“The discussions were held in the capital,” the Kyiv Post reported Thursday.";
    List<Entity> entities = new ArrayList<>();
    Quote q = attribute(text, entities).get(0);
    assertEquals("Kyiv Post", q.speaker());
    assertEquals(1, entities.size());
    assertEquals(EntityType.ORGANIZATION, entities.get(0).type());
    assertEquals(entities.get(0).id(), q.speakerEntityId());
  }

  @Test
  void addsMissingPersonSpeakerEntity() {
    String text = "“We will fight on for every vote,” said Senator Jane Doakes.";
    List<Entity> entities = new ArrayList<>();
    attribute(text, entities);
    assertEquals(1, entities.size());
    assertEquals(EntityType.PERSON, entities.get(0).type());
    assertEquals("Jane Doakes", entities.get(0).name());
  }

  @Test
  void paragraphOfOnlyQuotesContinuesPreviousSpeaker() {
    String text = "“This is a collective problem,” Mr. Rutte said.\n“This is simply not sustainable.”";
    List<Quote> quotes = attribute(text, new ArrayList<>());
    assertEquals("Mr. Rutte", quotes.get(1).speakerMention().text());
    assertEquals("Rutte", quotes.get(1).speaker());
  }

  @Test
  void secondQuoteOfParagraphKeepsSpeakerOfFirst() {
    String text = "“We have to spend more,” he said. “The threat is increasing.”";
    List<Quote> quotes = attribute(text, new ArrayList<>());
    assertEquals(quotes.get(0).speakerMention(), quotes.get(1).speakerMention());
  }

  @Test
  void quoteContinuedFromPreviousParagraphKeepsSpeaker() {
    String text = "“There is no betrayal there,” Mr. Hegseth told reporters. “There is a recognition of peace.\n"
        + "“Simply pointing out realism is not a concession,” he said.";
    List<Entity> entities = new ArrayList<>(List.of(entity(text, "e1", EntityType.PERSON, "Pete Hegseth", "Mr. Hegseth")));
    List<Quote> quotes = attribute(text, entities);
    assertEquals(3, quotes.size());
    assertEquals("There is a recognition of peace.", quotes.get(1).text());
    assertEquals("Pete Hegseth", quotes.get(1).speaker());
    assertEquals("Pete Hegseth", quotes.get(2).speaker());
  }

  @Test
  void resolvesNominalTitleMentionToEntityWithThatTitle() {
    String text = "Ruritanian President Ilse Varnow met Mr. Orlov.\n"
        + "“Trade is our shared interest,” the Ruritanian president said Thursday.";
    Entity varnow = entity(text, "e1", EntityType.PERSON, "Ilse Varnow", "Ruritanian President Ilse Varnow");
    varnow.addTitle("President of Ruritania");
    Entity orlov = entity(text, "e2", EntityType.PERSON, "Pavel Orlov", "Mr. Orlov");
    orlov.addTitle("President");
    Quote q = attribute(text, new ArrayList<>(List.of(varnow, orlov))).get(0);
    assertEquals("the Ruritanian president", q.speakerMention().text());
    assertEquals("Ilse Varnow", q.speaker());
  }

  @Test
  void linksSurnameMentionToFullNameEntity() {
    String text = "Kaja Kallas spoke in Brussels.\n“It is appeasement,” Ms. Kallas said.";
    List<Entity> entities = new ArrayList<>(List.of(entity(text, "e1", EntityType.PERSON, "Kaja Kallas", "Kaja Kallas")));
    Quote q = attribute(text, entities).get(0);
    assertEquals("Kaja Kallas", q.speaker());
    assertEquals(1, entities.size());
  }

  @Test
  void partialQuoteTakesSubjectOfItsClause() {
    String text = "Mr. Orlov later characterized the meeting as a “useful exchange.”";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertTrue(q.partial());
    assertEquals("Mr. Orlov", q.speakerMention().text());
  }

  @Test
  void participleCueTakesClauseSubjectNotTheObject() {
    String text = "At the time, she released a statement saying, “We share their vision for the brand.”";
    assertEquals("she", attribute(text, new ArrayList<>()).get(0).speakerMention().text());
  }

  @Test
  void colonIntroducesQuoteParagraph() {
    String text = "Brandt answered them directly:\n“The figures in this report tell the whole story.”";
    assertEquals("Brandt", attribute(text, new ArrayList<>()).get(0).speakerMention().text());
  }

  @Test
  void relativePronounResolvesToNameBeforeIt() {
    String text = "Brandt was backed by Ann Lee, who replied in the lobby, “It is time to move on.”";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertEquals("who", q.speakerMention().text());
    assertEquals("Ann Lee", q.speaker());
  }

  @Test
  void skipsTitleCaseTitlesOfWorks() {
    String text = "He nodded to the “Keep the Valley Green” motto and said, “We must keep the river clean.”";
    List<Quote> quotes = attribute(text, new ArrayList<>());
    assertEquals(1, quotes.size());
    assertEquals("We must keep the river clean.", quotes.get(0).text());
    assertFalse(quotes.get(0).partial());
  }

  @Test
  void skipsTitlesWithASubtitleAfterAColon() {
    String text = "She co-wrote “Roads Out of the Valley: A Memoir of the Border Years” with her brother.";
    List<Quote> quotes = attribute(text, new ArrayList<>());
    assertEquals(0, quotes.size());
    assertTrue(QuoteAttributor.looksLikeTitle("Roads Out of the Valley: A Memoir of the Border Years"));
    assertFalse(QuoteAttributor.looksLikeTitle("We said it then: We will never leave this valley to the builders"));
  }

  @Test
  void quoteWithoutAnySpeakerHasNullSpeaker() {
    String text = "“Nothing else matters.”";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertNull(q.speaker());
    assertNull(q.speakerMention());
  }

  @Test
  void quoteTextIsExactSubstringAtItsOffsets() {
    String text = "Intro line.\n“It’s a recognition — first by the Ukrainians,” he said.";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertEquals(text.substring(q.start(), q.end()), q.text());
    assertEquals("It’s a recognition — first by the Ukrainians,", q.text());
  }

  @Test
  void attributesDashSignatureAfterQuote() {
    String text = "“The town deserves better.” ― Lise Hartwell\n“Nobody listened to us.”— Nora Quint";
    List<Quote> quotes = attribute(text, new ArrayList<>());
    assertEquals("Lise Hartwell", quotes.get(0).speakerMention().text());
    assertEquals("Nora Quint", quotes.get(1).speakerMention().text());
  }

  @Test
  void attributesSignatureParagraphBelowQuote() {
    String text = "“The claim that I would close the library is simply wrong.”\n- Walter Brisk.";
    assertEquals("Walter Brisk", attribute(text, new ArrayList<>()).get(0).speaker());
  }

  @Test
  void attributesNameLabelBeforeColon() {
    String text = "SMALL TOWNS ARE GROWING AGAIN - Ruth K. Alder: “Our survey finds that 30 towns grew last year.”";
    assertEquals("Ruth K. Alder", attribute(text, new ArrayList<>()).get(0).speakerMention().text());
  }

  @Test
  void relativeThatBeforeSpeechVerbIsTheMention() {
    String text = "The form was replaced by a banner that said, “Closed, the office reopens next month.”";
    assertEquals("that", attribute(text, new ArrayList<>()).get(0).speakerMention().text());
  }

  @Test
  void questionFollowedByInvertedUnlistedVerb() {
    String text = "“What plan is she talking about, and when?” reacted Brandt.";
    assertEquals("Brandt", attribute(text, new ArrayList<>()).get(0).speakerMention().text());
  }

  @Test
  void itSaidResolvesToTheOrganisationSpeaking() {
    String text = "The Defense Ministry said the drills were over.\n“All units have returned to base,” it said.";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.ORGANIZATION, "Defense Ministry", "Defense Ministry")));
    Quote q = attribute(text, entities).get(0);
    assertEquals("it", q.speakerMention().text());
    assertEquals("Defense Ministry", q.speaker());
  }

  @Test
  void skipsHtmlAttributeValuesLeftInText() {
    String text = "<tweet tweet-date=\"March 10, 2016\">We will win the whole thing</tweet>";
    assertTrue(attribute(text, new ArrayList<>()).stream().noneMatch(q -> q.text().contains("</")));
  }

  @Test
  void accordingToTakesTheWholeNounPhraseEvenWhenItsHeadIsASpeechNoun() {
    String text = "According to the report, “the economy shrank by 2 percent in the quarter.”";
    assertEquals("the report", attribute(text, new ArrayList<>()).get(0).speakerMention().text());
  }

  @Test
  void commonNounSpeakerHasAMentionButNoName() {
    String text = "Officials told Reuters that “the talks have stalled for now.”";
    Quote q = attribute(text, new ArrayList<>()).get(0);
    assertEquals("Officials", q.speakerMention().text());
    assertNull(q.speaker());
  }

  @Test
  void anUnnamedSourceStaysUnnamed() {
    String text = "Acme Freight cut 300 jobs.\n“We are reviewing the matter,” said an Acme Freight spokesperson.\n"
        + "“It will pass,” one aide said.\n“Nobody saw it coming,” officials said.\n“We were told nothing,” her adviser said.";
    List<Entity> entities = new ArrayList<>(List.of(entity(text, "e1", EntityType.ORGANIZATION, "Acme Freight", "Acme Freight")));
    for (Quote q : attribute(text, entities)) {
      assertNull(q.speaker(), q.text());
      assertTrue(q.speakerMention() != null, q.text());
    }
    assertEquals(1, entities.size());
  }

  @Test
  void aTitleWithoutANameIsNoSpeakerAndNoEntity() {
    String text = "“The border stays open,” the Ruritanian President said.\n"
        + "“Aid will come,” the High Commissioner for Refugees said.";
    List<Entity> entities = new ArrayList<>();
    for (Quote q : attribute(text, entities)) assertNull(q.speaker(), q.text());
    assertTrue(entities.isEmpty(), entities.toString());
  }

  @Test
  void aTitleResolvesToThePersonHoldingIt() {
    String text = "Ruritanian President Ida Marsh visited the port.\n“The border stays open,” the Ruritanian president said.";
    List<Entity> entities = new ArrayList<>();
    Entity marsh = entity(text, "e1", EntityType.PERSON, "Ida Marsh", "Ida Marsh");
    marsh.addTitle("Ruritanian President");
    entities.add(marsh);
    assertEquals("Ida Marsh", attribute(text, entities).get(0).speaker());
  }

  @Test
  void aPlaceADemonymAndACapitalisedCommonWordAreNotSpeakers() {
    String text = "Ostrava had concluded that “the plan is legal,” officials said.\n"
        + "Nurses marched on Monday. “Pay us,” Nurses chanted, and the nurses' union agreed.\n"
        + "“It is a dangerous step,” a Ruritanian diplomat said.";
    List<Entity> entities = new ArrayList<>(List.of(entity(text, "e1", EntityType.PLACE, "Ostrava", "Ostrava"),
        entity(text, "e2", EntityType.OTHER, "Ruritanian", "Ruritanian")));
    for (Quote q : attribute(text, entities)) assertNull(q.speaker(), q.text());
    assertEquals(2, entities.size(), entities.toString());
  }

  @Test
  void aMaskedSignatureIsNoSpeaker() {
    String text = "“Great show, lovely staff.”\n– Dee**\n“We will come back.”\n– Rob*** Ka**";
    List<Entity> entities = new ArrayList<>();
    for (Quote q : attribute(text, entities)) assertNull(q.speaker(), q.text());
    assertTrue(entities.isEmpty(), entities.toString());
  }

  @Test
  void aBodyOfACountrySpeaksForItself() {
    String text = "“The move is unacceptable,” the Ruritanian foreign ministry said.";
    List<Entity> entities = new ArrayList<>();
    Quote q = attribute(text, entities).get(0);
    assertEquals("Ruritanian foreign ministry", q.speaker());
    assertEquals(EntityType.ORGANIZATION, entities.get(0).type());
  }

  @Test
  void aDescriptionByTheHeadWordOfAnOrganisationsName() {
    String text = "The Coastal Storm Center issued a warning on Friday.\n“Large hail is likely,” the center wrote.\n"
        + "“Stay indoors,” the agency added.";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.ORGANIZATION, "Coastal Storm Center", "Coastal Storm Center")));
    List<Quote> qs = attribute(text, entities);
    assertEquals("Coastal Storm Center", qs.get(0).speaker());
    // No organisation is named with "agency", but the one named last before it is a public body.
    assertEquals("Coastal Storm Center", qs.get(1).speaker());
  }

  @Test
  void aDocumentSpeaksForItsOwner() {
    String text = "The Harbor Union wrote to the mayor.\n“We ask for talks,” the Harbor Union's letter said.\n"
        + "“We ask for talks,” the letter said.";
    List<Entity> entities = new ArrayList<>(List.of(entity(text, "e1", EntityType.ORGANIZATION, "Harbor Union", "Harbor Union")));
    List<Quote> qs = attribute(text, entities);
    assertEquals("Harbor Union", qs.get(0).speaker());
    assertEquals("Harbor Union", qs.get(1).speaker(), "the letter named as the union's just before");
  }

  @Test
  void sheSkipsAManNamedAfterHer() {
    String text = "Nadia Perrin met Thomas Lund in the spring.\nShe said Lund never paid.\n"
        + "“I want my money back,” she said.";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.PERSON, "Nadia Perrin", "Nadia Perrin"),
        entity(text, "e2", EntityType.PERSON, "Thomas Lund", "Thomas Lund", "Lund")));
    assertEquals("Nadia Perrin", attribute(text, entities).get(0).speaker());
  }

  @Test
  void heIsNotAWomanNamedByHonorific() {
    String text = "Jordan Avery spoke first.\nMs. Kell, the treasurer, said the fund was empty.\n“We will recover,” he said.";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.PERSON, "Jordan Avery", "Jordan Avery"),
        entity(text, "e2", EntityType.PERSON, "Rhea Kell", "Kell")));
    assertEquals("Jordan Avery", attribute(text, entities).get(0).speaker());
  }

  @Test
  void pronounTakesTheClauseSubjectNotANameInsideANounPhrase() {
    String text = "Omar Haddad spoke to the crowd.\nBut Haddad is aware of the effect Yusuf Tal may have on the talks.\n"
        + "“He will not bend,” he said.";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.PERSON, "Omar Haddad", "Omar Haddad", "Haddad"),
        entity(text, "e2", EntityType.PERSON, "Yusuf Tal", "Yusuf Tal")));
    assertEquals("Omar Haddad", attribute(text, entities).get(0).speaker());
  }

  @Test
  void pronounFindsANameAfterItsRoleAtTheClauseStart() {
    String text = "Veteran party donor Hal Brenner said on Tuesday he had met the candidate.\n"
        + "“He was very charming,” he said.";
    List<Entity> entities = new ArrayList<>(List.of(entity(text, "e1", EntityType.PERSON, "Hal Brenner", "Hal Brenner")));
    assertEquals("Hal Brenner", attribute(text, entities).get(0).speaker());
  }

  @Test
  void itIsAnOrganisationOnlyWhenTheNearestSubjectNamesOne() {
    String text = "Acme Freight filed its results.\nThe letter described the plan as “a rescue.”\n"
        + "“Costs will fall,” it said.";
    List<Entity> entities = new ArrayList<>(List.of(entity(text, "e1", EntityType.ORGANIZATION, "Acme Freight", "Acme Freight")));
    List<Quote> qs = attribute(text, entities);
    assertNull(qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aQuotedTermOrTitleGetsNoSpeaker() {
    String text = "Mr. Osei said he never used the term “grand bargain” in his talks.\n"
        + "He planned to sell the brand under the name “Orbit” and agreed to drop the so-called “sunset clause.”\n"
        + "Ms. Lind visited the old fort, dubbed “the Rock” by its guards.\n"
        + "Ms. Lind called the plan “a disgrace.”";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals(5, qs.size());
    for (int i = 0; i < 4; i++) assertNull(qs.get(i).speaker(), qs.get(i).text());
    assertEquals("Lind", qs.get(4).speaker(), "what someone called something is what they said");
  }

  @Test
  void aQuoteInsideTheAuthorsSentenceTakesItsSpeakerOnlyFromThatSentence() {
    String text = "Mr. Osei spoke at the dock on Friday.\nThe harbour board later approved the “bold” plan.\n"
        + "Ms. Lind said the port could “grow fast,” adding that it needed “real money.”\n"
        + "His remarks that “trade will double” drew applause.";
    List<Quote> qs = attribute(text, new ArrayList<>(List.of(entity(text, "e1", EntityType.PERSON, "Kofi Osei", "Osei"))));
    assertNull(qs.get(0).speaker(), "no speaker in its own sentence");
    assertEquals("Lind", qs.get(1).speaker());
    assertEquals("Lind", qs.get(2).speaker());
    assertEquals("His", qs.get(3).speakerMention().text());
    assertEquals("Kofi Osei", qs.get(3).speaker(), "the man named before, not Ms. Lind");
  }

  @Test
  void sheSkipsAManKnownOnlyByAClearlyMaleGivenName() {
    String text = "Nora Vell met the royal at a party.\nLater, Robert denied it.\n“I was very young,” she said.";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.PERSON, "Nora Vell", "Nora Vell"),
        entity(text, "e2", EntityType.PERSON, "Robert", "Robert")));
    assertEquals("Nora Vell", attribute(text, entities).get(0).speaker());
  }

  // Issue 12, wrong speakers: a wrong speaker is worse than none.

  @Test
  void aRoleOrDocumentBeforeAPrepositionIsTheSpeakerNotTheNameAfterIt() {
    String text = "A spokesperson for the Ruritanian Trade Office said the tariffs were “a step back for everyone.”\n"
        + "The union's letter to Ada Quist, the port commissioner, said: “We ask for a full review.”\n"
        + "Dr. Lena Ortiz from Coastal University said, “The data are clear.”";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.ORGANIZATION, "Ruritanian Trade Office", "Ruritanian Trade Office"),
        entity(text, "e2", EntityType.PERSON, "Ada Quist", "Ada Quist"),
        entity(text, "e3", EntityType.ORGANIZATION, "Coastal University", "Coastal University")));
    List<Quote> qs = attribute(text, entities);
    assertEquals("A spokesperson", qs.get(0).speakerMention().text());
    assertNull(qs.get(0).speaker(), "a spokesperson for an office is unnamed");
    assertNull(qs.get(1).speaker(), "the letter's addressee did not write it");
    assertEquals("Lena Ortiz", qs.get(2).speaker());

    String titled = "Chairman of the Harbor Board Ivo Brandt said, “We will build.”";
    List<Entity> brandt = new ArrayList<>(List.of(entity(titled, "e1", EntityType.PERSON, "Ivo Brandt", "Ivo Brandt")));
    assertEquals("Ivo Brandt", attribute(titled, brandt).get(0).speaker(), "a title's own preposition");
  }

  @Test
  void aSpeechNounAfterAnArticleAndAModifierIsNoCue() {
    String text = "Auditor Mara Levin said in a March report that the agency showed “a pattern of neglect.”";
    List<Quote> qs = attribute(text, new ArrayList<>(List.of(entity(text, "e1", EntityType.PERSON, "Mara Levin", "Mara Levin"))));
    assertEquals("Mara Levin", qs.get(0).speaker());
  }

  @Test
  void aPlaceAfterAPrepositionIsNotTheAntecedentOfWhich() {
    String text = "Osei leads the Harbor Alliance in Ruritania, which says it wants “fair wages for all dockers.”";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.ORGANIZATION, "Harbor Alliance", "Harbor Alliance"),
        entity(text, "e2", EntityType.PLACE, "Ruritania", "Ruritania")));
    assertEquals("Harbor Alliance", attribute(text, entities).get(0).speaker());
  }

  @Test
  void aQuotedHeadingTakesNoSpeakerFromTheParagraphsAround() {
    String text = "“Rates will stay put,” said Ivo Brandt.\n‘Growth is back’: Acme Bank\n"
        + "Acme Bank economist Pia Roos said the figures were strong.";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals("Ivo Brandt", qs.get(0).speaker());
    assertNull(qs.get(1).speaker());
  }

  @Test
  void theOneWhoIsToSpeakInAnInfinitive() {
    String text = "Hal Brenner praised the plan. The remark led Omar Haddad to reply, “That is not enough.”";
    assertEquals("Omar Haddad", attribute(text, new ArrayList<>()).get(0).speaker());
  }

  @Test
  void aPronounWithTwoPossibleAntecedentsTakesTheMainSubjectOrNobody() {
    String main = "Omar Haddad said that Hal Brenner had left early.\n“It was a long night,” he said.";
    List<Entity> people = new ArrayList<>(List.of(
        entity(main, "e1", EntityType.PERSON, "Omar Haddad", "Omar Haddad"),
        entity(main, "e2", EntityType.PERSON, "Hal Brenner", "Hal Brenner")));
    assertEquals("Omar Haddad", attribute(main, people).get(0).speaker(), "the main clause's subject");

    String none = "The court heard from Omar Haddad and Hal Brenner.\n“It was a long night,” he said.";
    List<Entity> both = new ArrayList<>(List.of(
        entity(none, "e1", EntityType.PERSON, "Omar Haddad", "Omar Haddad"),
        entity(none, "e2", EntityType.PERSON, "Hal Brenner", "Hal Brenner")));
    assertNull(attribute(none, both).get(0).speaker(), "two men, neither the subject: ambiguous");
  }

  @Test
  void aPronounSkipsANameThatOnlyDeterminesANoun() {
    String text = "While Brenner's plan might look bold, a deal is near, Omar Haddad told reporters.\n"
        + "He added that Brenner “may yet surprise everyone.”";
    List<Entity> people = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.PERSON, "Hal Brenner", "Brenner"),
        entity(text, "e2", EntityType.PERSON, "Omar Haddad", "Omar Haddad")));
    assertEquals("Omar Haddad", attribute(text, people).get(0).speaker());
  }

  @Test
  void aPronounIsNotANameInItsOwnSentencesAdjunct() {
    String text = "Thomas Lund took questions.\nAsked about the gifts from Lord Kemble, he said: “Rules are rules.”";
    List<Entity> people = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.PERSON, "Thomas Lund", "Thomas Lund"),
        entity(text, "e2", EntityType.PERSON, "Alan Kemble", "Lord Kemble")));
    assertEquals("Thomas Lund", attribute(text, people).get(0).speaker());
  }

  @Test
  void aSentenceWhereTheSamePronounComesFirstContinuesTheChain() {
    String text = "Nora Vell grew up by the sea.\nA local paper reported she admired Ines Kahl.\n"
        + "“I wanted to be a sailor,” she said.";
    List<Entity> people = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.PERSON, "Nora Vell", "Nora Vell"),
        entity(text, "e2", EntityType.PERSON, "Ines Kahl", "Ines Kahl")));
    assertEquals("Nora Vell", attribute(text, people).get(0).speaker());
  }

  @Test
  void theyAfterADescriptionAsSubjectIsNobody() {
    String text = "The Harbor Alliance asked for talks.\nAfter the vote, crowds of dockers marched to the port.\n"
        + "“Fair pay now,” they chanted.";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.ORGANIZATION, "Harbor Alliance", "Harbor Alliance")));
    List<Quote> qs = attribute(text, entities);
    assertNull(qs.get(0).speaker());
  }

  @Test
  void nestedSingleQuotesAreQuotesOfTheirOwn() {
    String text = "“My staff did the deal,” Ivo Brandt said. “And I said, ‘Make it bigger.’ They said, ‘We cannot.’”";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals(4, qs.size(), qs.toString());
    assertEquals("Make it bigger.", qs.get(2).text());
    assertEquals("Ivo Brandt", qs.get(2).speaker(), "the outer speaker's own words");
    assertEquals("We cannot.", qs.get(3).text());
    assertNull(qs.get(3).speaker(), "they: not named");
    assertEquals("q4", qs.get(3).id());
  }

  @Test
  void aThoughtQuotedInsideTheSpeakersOwnWordsIsTheirs() {
    String text = "“I went back to my room. I thought, ‘Why did I agree to this?’” Ivo Brandt said. "
        + "“He thought, ‘Not again.’”";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals("Why did I agree to this?", qs.get(1).text());
    assertEquals("Ivo Brandt", qs.get(1).speaker());
    assertEquals("Not again.", qs.get(3).text());
    assertNull(qs.get(3).speaker(), "someone else's thought");
  }

  @Test
  void anOfficeNamedAfterItsBodyIsNeitherTheBodyNorAPerson() {
    // A tagger may read the whole office as one organisation name.
    String text = "The Nordic Harbour Union Commissioner for Fishing Rights said the law did \"not meet the standard "
        + "expected of members\".\nThe Department of Justice said the review was \"moving quickly and will end soon\".";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.ORGANIZATION, "Nordic Harbour Union Commissioner for Fishing Rights",
            "Nordic Harbour Union Commissioner for Fishing Rights"),
        entity(text, "e2", EntityType.ORGANIZATION, "Department of Justice", "Department of Justice")));
    List<Quote> quotes = attribute(text, entities);
    assertNull(quotes.get(0).speaker());
    assertEquals("Department of Justice", quotes.get(1).speaker());
  }

  @Test
  void aPremodifiedNameAfterADescriptionIsTheSpeakerButNotANameAfterAPreposition() {
    String text = "The organiser, Harbour Festival board member Ines Kahl, has said the event was \"a great success for the "
        + "town\".\nThe speaker, a lawyer at Brightline Partners, said the plan was \"not legal in any sense\".";
    List<Quote> quotes = attribute(text, new ArrayList<>());
    assertEquals("Ines Kahl", quotes.get(0).speaker());
    assertNull(quotes.get(1).speaker());
  }

  @Test
  void aCountrysBodyByPossessiveSpeaksForItselfAndIsNotAnotherCountrysBody() {
    String text = "Ruritania's foreign ministry said the vote was \"a step in the wrong direction\".\n"
        + "The Freedonian foreign ministry said it \"regrets the decision taken today\".";
    List<Entity> entities = new ArrayList<>(List.of(
        entity(text, "e1", EntityType.PLACE, "Ruritania", "Ruritania"),
        entity(text, "e2", EntityType.OTHER, "Freedonian", "Freedonian")));
    List<Quote> qs = attribute(text, entities);
    assertEquals("Ruritania's foreign ministry", qs.get(0).speaker());
    assertEquals("Freedonian foreign ministry", qs.get(1).speaker());
  }

  @Test
  void anAdverbSinceBetweenSubjectAndCueIsSkipped() {
    String text = "Mayor Ann Lee has since said that the ceremony would be held in \"the old harbour district\" next spring.";
    assertEquals("Ann Lee", attribute(text, new ArrayList<>()).get(0).speaker());
  }

  @Test
  void aTimeAdverbialBetweenSubjectAndCueIsSkipped() {
    String text = "Dana Whitlock, the union's treasurer, yesterday said members had forced a retreat. "
        + "“I am pleased that they had to back down.”\n"
        + "“We will keep watching,” Rolf Ekdahl last night said.\n"
        + "Ida Brun on Friday warned that “the budget will not hold.”";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals("Dana Whitlock", qs.get(0).speaker());
    assertEquals("Rolf Ekdahl", qs.get(1).speaker());
    assertEquals("Ida Brun", qs.get(2).speaker());
  }

  @Test
  void typewriterClosingMarkIsNoPossessiveBeforeAnInvertedCue() {
    String text = "\"I have a great love for this town,'' said Tom Morrow, who grew up nearby. ``We stay,'' said Morrow.";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals("Tom Morrow", qs.get(0).speaker());
    assertEquals("Tom Morrow", qs.get(1).speaker());
  }

  // Issue 12, short quoted terms (branch scare): no speech verb, no speaker.

  @Test
  void aShortFragmentWithoutASpeechVerbIsTheAuthorsTerm() {
    String text = "Mayor Ann Lee has misled the council about the “informant” for months.\n"
        + "Mayor Ann Lee sees the ferry deal as its “last chance.”\n"
        + "Mayor Ann Lee said the ferry could “sink the budget.”";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals(3, qs.size());
    assertNull(qs.get(0).speaker(), "a term in the author's sentence, no cue");
    assertNull(qs.get(0).speakerMention(), "nor a mention");
    assertEquals("Ann Lee", qs.get(1).speaker(), "what the subject sees something as is theirs");
    assertEquals("Ann Lee", qs.get(2).speaker(), "a speech verb still governs");

    String more = "Mayor Ann Lee raised the matter of “ghost fees” at the hearing, warning that costs would rise.\n"
        + "The harbour board, which Mayor Ann Lee referred to as a “closed shop”, met on Friday.\n"
        + "“We tested it on the lake,” Mayor Ann Lee said. The kite “flew” over the water.";
    qs = attribute(more, new ArrayList<>());
    assertEquals(4, qs.size());
    assertEquals("Ann Lee", qs.get(0).speaker(), "a speech participle of the same clause after the quote");
    assertEquals("Ann Lee", qs.get(1).speaker(), "referred to as");
    assertNull(qs.get(3).speaker(), "not carried from the quote of another sentence");
  }

  @Test
  void aTitleAfterAWorkNounANicknameAndAWordQuotedAsAWordAreTerms() {
    String text = "Dr. Tomas Reuter described the illness in his book “Tidewater” two years ago.\n"
        + "The club later signed Ivo “Hammer” Brandt from a rival.\n"
        + "“Kalu” means “river” in the dialect, Dr. Tomas Reuter said.\n"
        + "Dr. Tomas Reuter said the name, which rhymes with “stall”, was chosen by sailors.\n"
        + "Dr. Tomas Reuter praised the old novel, “Driftwood.”\n"
        + "The band hired drummer J.R. “Bud” Kell for the tour.\n"
        + "Dr. Tomas Reuter called the report “a whitewash.”";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals(8, qs.size());
    for (int i = 0; i < 7; i++) assertNull(qs.get(i).speaker(), qs.get(i).text());
    assertEquals("Tomas Reuter", qs.get(7).speaker(), "what someone called something stays theirs");
  }

  @Test
  void aRoleNounBetweenTeamAndNameIsNotTheVerb() {
    String text = "“We were beaten by a better side,” Harbour City coach Ann Lee said.\n"
        + "“The talks will resume on Monday,” Acme spokesman Ed Moss told reporters.\n"
        + "“The knee will heal,” Harbour City director of media relations Ivo Brandt said.";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals("Ann Lee", qs.get(0).speaker());
    assertEquals("said", qs.get(0).cue());
    assertEquals("Ed Moss", qs.get(1).speaker());
    assertEquals("told", qs.get(1).cue());
    assertEquals("Ivo Brandt", qs.get(2).speaker());
    String inverted = "“We lost our shape,” said Harbour City coach Ann Lee.";
    assertEquals("Ann Lee", attribute(inverted, new ArrayList<>()).get(0).speaker());
    String read = "Ann Lee said in a statement that the port would reopen.\n“The port will reopen soon,” the statement read.";
    assertEquals("the statement", attribute(read, new ArrayList<>()).get(0).speakerMention().text());
  }

  @Test
  void aDecadeIsNoSpeaker() {
    String text = "Patients who were treated in the 1990s described the error as an “utter failure” of care.";
    assertNull(attribute(text, new ArrayList<>()).get(0).speaker());
  }

  @Test
  void anInterviewAnswerAfterTheQuestionContinuesTheLastNamedSpeaker() {
    String text = "“We built the port in ten years,” said Ivo Brandt.\n"
        + "Will the new mayor finish the harbour wall?\n"
        + "“I hope so, because the harbour needs it.”\n"
        + "Her aides were less sure.\n"
        + "Why?\n"
        + "“Nobody knows the cost.”";
    List<Quote> qs = attribute(text, new ArrayList<>());
    assertEquals("Ivo Brandt", qs.get(1).speaker());
    assertNull(qs.get(2).speaker(), "a paragraph between the answer and the question");
  }

  @Test
  void aDocumentSpeaksForTheOneAuthorTheArticleNames() {
    String sent = "The Lowmoor Weather Service issued a warning for the county. “Flooding is likely,” the warning said.";
    assertEquals("Lowmoor Weather Service", attribute(sent, new ArrayList<>()).get(0).speaker());
    String fronted = "In a letter to the agency, Rep. Dana Whitfield wrote that the plan was flawed.\n"
        + "“We request a full briefing by March,” the letter reads.";
    assertEquals("Dana Whitfield", attribute(fronted, new ArrayList<>()).get(0).speaker());
    String from = "Tom Brandt received a letter from the Harbour Council on Monday.\n“Your permit is revoked,” the letter said.";
    assertEquals("Harbour Council", attribute(from, new ArrayList<>()).get(0).speaker());
    String in = "Acme Corp said in a statement that sales fell.\n“We remain confident,” the statement said.";
    assertEquals("Acme Corp", attribute(in, new ArrayList<>()).get(0).speaker());
    String self = "The Harbour Council issued a statement warning that “fees will rise in the spring.”";
    assertEquals("Harbour Council", attribute(self, new ArrayList<>()).get(0).speaker());
    String about = "The Harbour Council published a report on Ann Lee's tenure.\n“She kept no records,” the report said.";
    assertEquals("Harbour Council", attribute(about, new ArrayList<>()).get(0).speaker(), "the report is about Lee, not hers");
    String wroteTo = "The Velby Water Trust wrote to the agency on Monday.\n“We ask that you halt the sale,” the letter said.";
    List<Entity> trust = new ArrayList<>(List.of(entity(wroteTo, "e1", EntityType.ORGANIZATION, "Velby Water Trust",
        "Velby Water Trust")));
    assertEquals("Velby Water Trust", attribute(wroteTo, trust).get(0).speaker(), "who wrote to someone");
  }

  @Test
  void aDocumentWithNoOrSeveralNamedAuthorsSpeaksForNobody() {
    String[] none = {
      "The company said in a statement that sales fell.\n“We remain confident,” the statement said.",
      "Tom Brandt received a letter from the council on Monday.\n“Your permit is revoked,” the letter said.",
      "Ann Lee was the subject of a report.\n“She kept no records,” the report said.",
      "The Harbour Council sent a letter to Tom Brandt. Brandt later sent a letter of his own.\n"
          + "“Your permit is revoked,” the letter said.",
      "Acme Corp said in a statement that sales fell. A second statement came on Friday.\n“We remain confident,” the statement said.",
      "Forty doctors, including Dr. Ann Lee, signed a letter to the board.\n“We expect an answer,” the letter said.",
      "Ann Lee and Tom Brandt sent a letter to the board.\n“We expect an answer,” the letter said.",
      "The Lowmoor Trust sent letters to the board.\n“We expect an answer,” the letter said.",
      "“Parking is banned on Sundays,” the notice said.",
      "Senator Ivo Brandt and three colleagues wrote to the agency.\n“We ask that you halt the sale,” the letter said.",
      "The Velby Water Trust wrote to the agency, and Tom Lind wrote to the minister.\n“We ask that you halt the sale,”"
          + " the letter said.",
      "Residents wrote to the agency on Monday.\n“We ask that you halt the sale,” the letter said.",
    };
    for (String text : none) assertNull(attribute(text, new ArrayList<>()).get(0).speaker(), text);
  }

  @Test
  void aGenderedRoleNounNextToANameStatesTheSex() {
    String text = "Mara Quill arrived with the businessman Dov Esk. Esk greeted the crowd.\n“We rehearsed all week,” she said.";
    Entity dov = entity(text, "e2", EntityType.PERSON, "Dov Esk", "Dov Esk");
    int lone = text.indexOf("Esk greeted");
    dov.addMention(Span.of(text, lone, lone + 3));
    List<Entity> entities = new ArrayList<>(List.of(entity(text, "e1", EntityType.PERSON, "Mara Quill", "Mara Quill"), dov));
    assertEquals("Mara Quill", attribute(text, entities).get(0).speaker(), "a businessman is not 'she'");
    String clause = "After thanking his mother, Dov Esk left the stage.\n“We rehearsed all week,” he said.";
    List<Entity> one = new ArrayList<>(List.of(entity(clause, "e1", EntityType.PERSON, "Dov Esk", "Dov Esk")));
    assertEquals("Dov Esk", attribute(clause, one).get(0).speaker(), "'mother' ends a fronted clause, not an apposition");
  }

  @Test
  void aLoneFamilyNameOfARelativeOfTheOtherSexLeavesAPronounUnresolved() {
    String text = "Rina Vell followed her father, Tomas Vell, into the mill trade. Vell ran the mill for decades.\n"
        + "“It was hard work,” she said.";
    Entity rina = entity(text, "e1", EntityType.PERSON, "Rina Vell", "Rina Vell");
    Entity tomas = entity(text, "e2", EntityType.PERSON, "Tomas Vell", "Tomas Vell");
    int lone = text.indexOf("Vell ran");
    tomas.addMention(Span.of(text, lone, lone + 4));
    assertNull(attribute(text, new ArrayList<>(List.of(rina, tomas))).get(0).speaker(), "'Vell' may be either of the family");
  }

  @Test
  void aPronounPickedAmongSeveralPeopleDoesNotFixTheirSex() {
    String text = "Ari Hale told Noa Orr about the fair.\n“It went well,” he said.\nLater Hale returned to the stall.\n"
        + "“We sold out,” she said.";
    Entity ari = entity(text, "e1", EntityType.PERSON, "Ari Hale", "Ari Hale");
    int lone = text.indexOf("Hale returned");
    ari.addMention(Span.of(text, lone, lone + 4));
    List<Entity> entities = new ArrayList<>(List.of(ari, entity(text, "e2", EntityType.PERSON, "Noa Orr", "Noa Orr")));
    assertEquals("Ari Hale", attribute(text, entities).get(1).speaker(), "'he' among two was a guess, not Hale's sex");
  }
}
