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
 * Entities (places7): a name the model calls a person that opens with a compass word and a word that is no
 * given name is a district or constituency, not a person. Made-up sentences.
 */
class CompassLedNameTest {

  @Test
  void aCompassWordAndAnUnknownNameIsNoPerson() {
    String text = "North Lowshire voters backed the plan on Thursday, and the council said turnout was higher "
        + "than at the last election, which was held four years ago.";
    List<Entity> es = entities(text);
    assertNotEquals(EntityType.PERSON, typeOf(es, "North Lowshire"), es.toString());
  }

  @Test
  void aPersonWithACompassSurnameStaysAPerson() {
    String text = "Dana West said the plan would pass, and Mark North, her deputy, agreed on Thursday.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Dana West"), es.toString());
    assertEquals(EntityType.PERSON, typeOf(es, "Mark North"), es.toString());
  }
}
