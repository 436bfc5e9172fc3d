package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.HandMadeEntities.entity;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.only;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A definite or possessive description of the speaker followed by the person's name in apposition ("said the
 * club's chair, Lotte Varga."): the named person speaks. Made-up sentences.
 */
class QuoteAppositiveNameTest {

  @Test
  void invertedCueTakesTheNameAfterAPossessiveDescription() {
    String text = "“The roof will be mended by spring,” said the parish council's chair, Lotte Varga.";
    Quote q = only(text, person(text, "e1", "Lotte Varga"));
    assertEquals("Lotte Varga", q.speaker());
    assertEquals("Lotte Varga", q.speakerMention().text());
  }

  @Test
  void descriptionWithAnOrganisationAfterOfTakesTheName() {
    String text = "“Nobody saw the merger coming,” says the retired publisher of the Harbour Courier, Ivo Pelt.";
    Quote q = only(text, entity(text, EntityType.ORGANIZATION, "e1", "Harbour Courier"), person(text, "e2", "Ivo Pelt"));
    assertEquals("Ivo Pelt", q.speaker());
  }

  @Test
  void descriptionOpeningAfterTheQuoteWithTheNameBeforeTheVerb() {
    String text = "“The queue moves slowly,” the bakery's head chef, Rosa Imre, told visitors.";
    Quote q = only(text, person(text, "e1", "Rosa Imre"));
    assertEquals("Rosa Imre", q.speaker());
  }

  @Test
  void accordingToADescriptionAndItsName() {
    String text = "According to her cousin, Nils Orban, “She could sing before she could walk.”";
    Quote q = only(text, person(text, "e1", "Nils Orban"));
    assertEquals("Nils Orban", q.speaker());
  }

  @Test
  void thePossessorOfTheDescriptionIsNotTheSpeaker() {
    String text = "“We will appeal the ruling,” said Lotte Varga's lawyer, Ivo Pelt.";
    Quote q = only(text, person(text, "e1", "Lotte Varga"), person(text, "e2", "Ivo Pelt"));
    assertEquals("Ivo Pelt", q.speaker());
  }

  @Test
  void aRelativeClauseAfterTheNameKeepsIt() {
    String text = "“We open in May,” said the museum's director, Rosa Imre, who took over last year.";
    Quote q = only(text, person(text, "e1", "Rosa Imre"));
    assertEquals("Rosa Imre", q.speaker());
  }

  @Test
  void aDescriptionWithoutANameStaysUnnamed() {
    String text = "“We will appeal,” said the lawyer for the family, which owns the quarry.";
    assertNull(only(text).speaker());
    String unnamed = "“We are ready,” a spokesman said.";
    assertNull(only(unnamed).speaker());
  }

  @Test
  void twoNamesAfterAPluralDescriptionGiveNoSpeaker() {
    String text = "“We are delighted,” said the club's owners, Lotte Varga and Ivo Pelt.";
    assertNull(only(text, person(text, "e1", "Lotte Varga"), person(text, "e2", "Ivo Pelt")).speaker());
  }

  @Test
  void aNameJoinedToAnotherSpeakerGivesNoSpeaker() {
    String text = "“We are delighted,” said the club's chair, Lotte Varga, and her deputy.";
    assertNull(only(text, person(text, "e1", "Lotte Varga")).speaker());
  }

  @Test
  void aPlaceOrOrganisationAfterTheCommaIsNoSpeaker() {
    String place = "“We are ready,” said the spokesman, in Lowmoor.";
    assertNull(only(place, entity(place, EntityType.PLACE, "e1", "Lowmoor")).speaker());
    String org = "“We are ready,” said the firm's new owner, Brackwell Holdings.";
    assertNull(only(org, entity(org, EntityType.ORGANIZATION, "e1", "Brackwell Holdings")).speaker());
  }

  @Test
  void aNameInsideTheQuoteIsNotTheSpeaker() {
    String text = "According to his sister, “Ivo Pelt was never late in his life.”";
    assertNotEquals("Ivo Pelt", only(text, person(text, "e1", "Ivo Pelt")).speaker());
  }

  @Test
  void aPersonAfterOfMayBeTheOneNamed() {
    // "the mother of the goalkeeper, Rosa Imre": Rosa Imre may be the goalkeeper; no speaker is guessed.
    String text = "“We are proud of him,” said the mother of the goalkeeper, Rosa Imre.";
    assertNull(only(text, person(text, "e1", "Rosa Imre")).speaker());
  }

  @Test
  void wholePipelineKeepsThePersonAndItsMention() {
    String text = "The parish hall reopens next week after a long repair.\n\n"
        + "“The roof will be mended by spring,” said the parish council's chair, Lotte Varga.";
    var analysis = SharedAnalyzer.get().analyze(text, "en");
    Quote q = PipelineQuotes.quote(analysis.quotes(), "The roof");
    assertEquals("Lotte Varga", q.speaker());
    int at = text.indexOf("Lotte Varga");
    assertTrue(analysis.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON
        && e.name().equals("Lotte Varga") && e.mentions().stream().anyMatch(s -> s.start() == at)),
        analysis.entities().toString());
  }
}
