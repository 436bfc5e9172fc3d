package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static newsflow.enrich.nlp.SharedAnalyzer.typeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 (places5): a known place the model calls an organisation, joined to another known place by a result
 * verb, stays a club or city even when a person named in the article has it as a given name. Made-up sentences.
 */
class ClubNamedLikeAGivenNameTest {


  @Test
  void aCityBeatenByAnotherCityIsNoPersonsGivenName() {
    String text = "Memphis Calloway pitched six innings on Sunday. Tulsa beat Memphis 5-3 in the last game of the series.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeAt(es, text, "Memphis", 1), es.toString());
    assertEquals(EntityType.PERSON, typeAt(es, text, "Memphis Calloway", 0), es.toString());
  }

  @Test
  void theGivenNameAloneStillNamesThePerson() {
    String text = "Memphis Calloway pitched six innings on Sunday. Memphis said his arm felt fine.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeAt(es, text, "Memphis", 1), es.toString());
  }
}
