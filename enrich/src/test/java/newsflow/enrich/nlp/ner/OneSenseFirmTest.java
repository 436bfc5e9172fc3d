package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static newsflow.enrich.nlp.SharedAnalyzer.typeAt;
import static newsflow.enrich.nlp.SharedAnalyzer.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Entities, one sense per article: a single word the model alone calls a person, never named in full nor
 * after a title, that the model calls an organisation elsewhere in the same article is that organisation.
 * Made-up sentences.
 */
class OneSenseFirmTest {

  @Test
  void aWordTheModelAlsoCallsAFirmIsTheFirm() {
    String text = "Analysts at Morland Capital praised the deal. Morland told clients to buy the stock, "
        + "and Morland expects higher profits.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeAt(es, text, "Morland", 2), es.toString());
  }

  @Test
  void aLoneSurnameWithNoFirmReadingStaysAPerson() {
    String text = "Workers at Brightline Motors praised Denholm, who joined the firm in May. "
        + "Denholm said the plant would stay open.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Denholm"), es.toString());
  }

  @Test
  void aPersonNamedInFullKeepsTheSurname() {
    String text = "Ruth Morland founded the bakery. Morland Foods now sells bread nationwide, "
        + "and Morland said sales had doubled.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Ruth Morland"), es.toString());
    assertEquals(EntityType.PERSON, typeAt(es, text, "Morland", 2), es.toString());
  }
}
