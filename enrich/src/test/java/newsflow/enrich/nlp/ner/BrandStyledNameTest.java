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
 * Entities: a word of one lower-case letter and then a capital ("eKiosk", "xPhone") is a brand's house style;
 * a "person" with such a word in or right before it is a product's name. Made-up sentences.
 */
class BrandStyledNameTest {

  @Test
  void aProductNamedInABrandsStyleIsNoPerson() {
    String text = "For $45 you get twice the memory of a 2GB eKiosk Shuffle, and a brighter screen.";
    List<Entity> es = entities(text);
    assertNotEquals(EntityType.PERSON, typeOf(es, "eKiosk Shuffle"), es.toString());
    assertNotEquals(EntityType.PERSON, typeOf(es, "Shuffle"), es.toString());
  }

  @Test
  void aModelNameAfterABrandIsNoPerson() {
    String text = "Buyers compared it with the eReader Carla and the xPhone Tessa at the fair. Reviewers "
        + "preferred the eKiosk Shuffle, which has no screen at all.";
    List<Entity> es = entities(text);
    assertNotEquals(EntityType.PERSON, typeOf(es, "Carla"), es.toString());
    assertNotEquals(EntityType.PERSON, typeOf(es, "Tessa"), es.toString());
    assertNotEquals(EntityType.PERSON, typeOf(es, "Shuffle"), es.toString());
  }

  @Test
  void aPersonBesideAProductStaysAPerson() {
    String text = "Sales of the iRadio Nano slowed in March, said analyst Ellen Marsh.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Ellen Marsh"), es.toString());
  }

  @Test
  void aNameWithAnInnerCapitalStaysAPerson() {
    String text = "Running back DeShawn McAllister scored twice, and coach Ana DuMond praised him.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "DeShawn McAllister"), es.toString());
    assertEquals(EntityType.PERSON, typeOf(es, "Ana DuMond"), es.toString());
  }
}
