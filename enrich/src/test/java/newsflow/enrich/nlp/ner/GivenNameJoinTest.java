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
 * Entities: a listed given name that is also a month, right before a one-word person, joins the name; a
 * preposition before it makes it a date. Made-up sentences.
 */
class GivenNameJoinTest {

  @Test
  void aMonthGivenNameJoinsTheSurname() {
    String text = "The committee met late into the night.\n\nApril Tralee, who has run the bakery on the quay for "
        + "a decade, said the rent rise was unfair. Tralee said she would appeal.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "April Tralee"), es.toString());
  }

  @Test
  void aMonthGivenNameJoinsTheSurnameAtTheStart() {
    String text = "April Carlow, who chairs the harbour trust, called the plan reckless. Carlow said the trust "
        + "would vote again.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "April Carlow"), es.toString());
  }

  @Test
  void aMonthAfterAPrepositionIsADate() {
    String text = "The harbour reopened in April Carlow said the trust was pleased.";
    List<Entity> es = entities(text);
    assertNotEquals(EntityType.PERSON, typeOf(es, "April Carlow"), es.toString());
    assertEquals(EntityType.PERSON, typeOf(es, "Carlow"), es.toString());
  }
}
