package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static newsflow.enrich.nlp.SharedAnalyzer.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Entities: capitalised name particles ("Van Der", "De La") make the model read an organisation. A name made of
 * particles and a surname is a person's when the article names that person in full, or when it is the subject of
 * a speech verb and has two particles; an organisation word keeps it an organisation. Made-up sentences.
 */
class ParticleNamesTest {

  @Test
  void particlesAndSurnameOfAPersonNamedInFullAreThatPerson() {
    String text = "The museum acquired a sketch by Sophie Van Der Wal. Curators say Van Der Wal drew it in one night.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Van Der Wal"), es.toString());
  }

  @Test
  void aSpeakingNameWithTwoParticlesIsAPerson() {
    String text = "Van Den Heuvel sold the last of her sheep in April. Van Den Heuvel said the farm had been "
        + "losing money for years.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Van Den Heuvel"), es.toString());
  }

  @Test
  void initialsParticleAndSurnameAreAPerson() {
    String text = "The choir confirmed that MK de Wit will lead the winter tour, with Ola Berg as her deputy.";
    List<Entity> es = entities(text);
    for (Entity e : es) {
      if (e.name().contains("de Wit")) assertEquals(EntityType.PERSON, e.type(), es.toString());
    }
    assertEquals(EntityType.PERSON, typeOf(es, "de Wit") != null ? typeOf(es, "de Wit") : typeOf(es, "MK de Wit"),
        es.toString());
  }

  @Test
  void anOrganisationWordKeepsTheNameAnOrganisation() {
    String text = "Shares of Van Den Bosch Bank fell sharply. Van Den Bosch Bank said profits had dropped by a third.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Van Den Bosch Bank"), es.toString());
  }
}
