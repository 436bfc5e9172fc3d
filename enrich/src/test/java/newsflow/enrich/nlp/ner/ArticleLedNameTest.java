package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static newsflow.enrich.nlp.SharedAnalyzer.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Entities: a single word the model alone calls a person, never named in full nor after a title, each of
 * whose mentions comes right after "the", "a" or "an", is not a person: an exhibition, a report, a
 * committee or a prize named after someone. Made-up sentences.
 */
class ArticleLedNameTest {

  @Test
  void aWordAfterTheBeforeANounIsNoPerson() {
    String text = "Visitors queued for hours outside the Maxwell exhibition on Sunday.";
    List<Entity> es = entities(text);
    assertNotEquals(EntityType.PERSON, typeOf(es, "Maxwell"), es.toString());
  }

  @Test
  void aWordAfterAIsNoPerson() {
    String text = "A Harlow report published on Monday said prices would rise sharply next year.";
    List<Entity> es = entities(text);
    assertNotEquals(EntityType.PERSON, typeOf(es, "Harlow"), es.toString());
  }

  @Test
  void everyMentionAfterAnArticleIsNoPerson() {
    String text = "He won a Whitcombe award in 2019 and later sold the Whitcombe trophy.";
    List<Entity> es = entities(text);
    assertNotEquals(EntityType.PERSON, typeOf(es, "Whitcombe"), es.toString());
  }

  @Test
  void oneMentionWithoutAnArticleKeepsThePerson() {
    String text = "Morrow said the plan was sound. Later the Morrow campaign bus broke down.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Morrow"), es.toString());
  }

  @Test
  void aPersonNamedInFullStaysAPerson() {
    String text = "Senator Ada Quill met voters on Friday. Later the Quill campaign bus broke down.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Ada Quill"), es.toString());
  }

  @Test
  void aNameJoinedToAnotherPersonsSurnameKeepsThePerson() {
    String text = "Voters liked Ruth Corrigan. The Pellham and Corrigan years were calmer.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Pellham"), es.toString());
  }

  @Test
  void aNameBeforeWhatAPersonLeadsKeepsThePerson() {
    String text = "Critics said the Brandt administration had ignored the report for two years.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Brandt"), es.toString());
  }
}
