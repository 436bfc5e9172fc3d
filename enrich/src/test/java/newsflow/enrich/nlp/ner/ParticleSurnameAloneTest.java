package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Entities: a surname led by a particle ("al-Haddad"), used alone after the person was named in full, is that
 * person in whatever case or spelling it comes ("Al-Haddad", "Al Haddad"); a particle-led name that is no
 * named person's surname keeps its type. Made-up sentences.
 */
class ParticleSurnameAloneTest {

  @Test
  void aCapitalisedParticleSurnameJoinsThePersonNamedInFull() {
    String text = "Talks resume\n\nPrime Minister Karim al-Haddad met the envoy on Tuesday. Later, al-Haddad said the "
        + "talks had gone well. \"We are ready,\" al-Haddad said. Critics of Al-Haddad were not convinced.\n";
    List<Entity> es = entities(text);
    Entity person = es.stream().filter(e -> e.name().equals("Karim al-Haddad")).findFirst().orElseThrow();
    assertEquals(EntityType.PERSON, person.type(), es.toString());
    assertTrue(person.mentions().stream().anyMatch(m -> m.text().equals("Al-Haddad")), es.toString());
  }

  @Test
  void aParticleNameThatIsNoPersonsSurnameKeepsItsType() {
    String text = "Talks resume\n\nPrime Minister Karim al-Haddad met the envoy on Tuesday. Fighters of al-Nasra "
        + "attacked the border post, and Al Jazeera reported the raid.\n";
    List<Entity> es = entities(text);
    for (Entity e : es) {
      if (e.name().contains("Nasra") || e.name().contains("Jazeera")) {
        assertNotEquals(EntityType.PERSON, e.type(), es.toString());
      }
    }
  }
}
