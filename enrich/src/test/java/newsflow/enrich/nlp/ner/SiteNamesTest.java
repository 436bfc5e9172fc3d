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
 * Entities: a name written right before a web domain's ending is the site, one organisation mention with the
 * ending, never a person; addresses and e-mails are left alone. Made-up sentences.
 */
class SiteNamesTest {

  @Test
  void aNameBeforeDotComIsOneOrganisation() {
    String text = "Readers of Gossipnet.com were surprised. The story first ran on Fanzone.com and was copied widely.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Gossipnet.com"), es.toString());
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Fanzone.com"), es.toString());
    assertNull(typeOf(es, "Gossipnet"), es.toString());
  }

  @Test
  void aTwoWordNameBeforeACountryDomainIsNoPerson() {
    String text = "The recipe appeared on Marta Kitchen.co.uk last week before the bakers asked for it to be removed.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Marta Kitchen.co.uk"), es.toString());
  }
}
