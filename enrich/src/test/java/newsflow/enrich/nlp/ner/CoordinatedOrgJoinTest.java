package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static newsflow.enrich.nlp.SharedAnalyzer.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Entities: an institution whose name coordinates two words before its head keeps its first part; two
 * named organisations joined by "and" stay apart. Made-up sentences.
 */
class CoordinatedOrgJoinTest {

  @Test
  void aCoordinatedModifierStaysInTheCouncilsName() {
    String text = "\"We are pleased,\" said Ann Leary of the Farming and Rural Affairs Council, which funds the scheme.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Farming and Rural Affairs Council"), es.toString());
    assertNull(typeOf(es, "Rural Affairs Council"), es.toString());
  }

  @Test
  void aForceNamedAfterTwoAreasIsOneOrganisation() {
    String text = "Tamworth and Dunmore Police detained two drivers after the crash. Tamworth and Dunmore "
        + "Police later released both without charge.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Tamworth and Dunmore Police"), es.toString());
    assertNull(typeOf(es, "Dunmore Police"), es.toString());
  }

  @Test
  void twoNamedOrganisationsStayApart() {
    String text = "Lawyers for Brightmoor and Justice Department staff argued for hours. Researchers at "
        + "Calloway College and Wrenford University shared the grant.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Justice Department"), es.toString());
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Wrenford University"), es.toString());
    assertNull(typeOf(es, "Brightmoor and Justice Department"), es.toString());
  }
}
