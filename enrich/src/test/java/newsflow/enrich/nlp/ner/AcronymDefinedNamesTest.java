package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static newsflow.enrich.nlp.SharedAnalyzer.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** A long organisation name defined by an acronym in parentheses is one organisation (made-up sentences). */
class AcronymDefinedNamesTest {

  @Test
  void aNameCutInPiecesIsMadeWholeByItsAcronym() {
    String text = "Walkers from the Coalition to Save the Western Fells (CSWF) met in a village hall on "
        + "Saturday to plan a march.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Coalition to Save the Western Fells"), es.toString());
    assertNull(typeOf(es, "Western Fells"), es.toString());
  }

  @Test
  void noPlaceIsReadInsideTheName() {
    String text = "In a letter to the press, the Alliance for the Upkeep of the Eastern Dales (AUED) said it had "
        + "bought the quarry.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Alliance for the Upkeep of the Eastern Dales"), es.toString());
    assertNull(typeOf(es, "Upkeep of the Eastern Dales"), es.toString());
  }

  @Test
  void theAcronymTaggedAsAnOrganisationIsEvidenceEnough() {
    String text = "Doctors for Quiet Streets (DQS), a charity based in Bristol, wrote to the council about night buses.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Doctors for Quiet Streets"), es.toString());
    assertEquals(EntityType.PLACE, typeOf(es, "Bristol"), es.toString());
  }

  @Test
  void initialsThatDoNotSpellTheAcronymChangeNothing() {
    String text = "A spokesman for Tom Reyes (TR) declined to comment on the sale.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Tom Reyes"), es.toString());
    assertNull(typeOf(es, "Tom Reyes (TR)"), es.toString());
  }

  @Test
  void aMeasureDefinedByAnAcronymIsNoOrganisation() {
    String text = "Officials said the quarterly Gross Domestic Product (GDP) figure fell in May.";
    List<Entity> es = entities(text);
    assertNotEquals(EntityType.ORGANIZATION, typeOf(es, "Gross Domestic Product"), es.toString());
  }
}
