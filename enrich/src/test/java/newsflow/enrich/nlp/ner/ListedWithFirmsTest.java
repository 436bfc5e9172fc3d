package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static newsflow.enrich.nlp.SharedAnalyzer.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Entities: a single word the model alone calls a person, never named in full nor after a title, each of
 * whose mentions is joined by "or", or within a list of three or more, to organisations only, is an
 * organisation (a service, brand or firm listed with others). Made-up sentences.
 */
class ListedWithFirmsTest {

  @Test
  void aWordOfferedAsAnAlternativeToAFirmIsAFirm() {
    String text = "Listeners who left the public broadcaster mostly moved to Harbourline Media or Whitcombe, "
        + "a ratings study found last month.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Whitcombe"), es.toString());
  }

  @Test
  void aWordInAListOfCompaniesIsACompany() {
    String text = "Harlow, Kestrel Interactive and Pinegate Software will sell the game from next year.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Harlow"), es.toString());
  }

  @Test
  void aPairJoinedByAndIsNotEnough() {
    String text = "Maxwell and Corrigan Brewing Company both cut jobs this winter.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Maxwell"), es.toString());
  }

  @Test
  void aPersonNamedInFullStaysAPerson() {
    String text = "Dario Vescone founded Ardent Systems in 2009. Ardent Systems and Vescone later split over "
        + "the battery design.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Dario Vescone"), es.toString());
  }

  @Test
  void aCommaAfterAPrepositionIsNoList() {
    String text = "With Pellham, Northgate Mining began drilling in the hills last year.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Pellham"), es.toString());
  }
}
