package newsflow.enrich.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.SharedAnalyzer;
import newsflow.enrich.nlp.ner.Demonyms;
import org.junit.jupiter.api.Test;

/** Words for the people of a place before a name, or standing for a person, on made-up sentences. */
class DemonymPremodifierTest {

  private static List<String> people(String text) {
    return SharedAnalyzer.entities(text).stream().filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name() + "x" + e.mentions().size()).toList();
  }

  private static String speaker(String text, String quoteStart) {
    for (Quote q : SharedAnalyzer.get().analyze(text, "en").quotes()) {
      if (q.text().startsWith(quoteStart)) return q.speaker();
    }
    throw new AssertionError("no quote starting with " + quoteStart);
  }

  @Test
  void aCityDemonymBeforeAFullNameIsNotPartOfIt() {
    assertEquals(List.of("Klaus Ottmannx2"),
        people("Among the runners was Berliner Klaus Ottmann, 60. \"I trained all winter,\" Ottmann said."));
    assertEquals("Mere Tane", speaker(
        "Aucklander Mere Tane, 19, was named captain. \"It is an honour,\" she said. Tane said she would lead.",
        "It is an"));
  }

  @Test
  void aCityDemonymBeforeAGivenNameJoinsThePersonNamedInFull() {
    assertEquals(List.of("Katja Brandtx2"), people("Berliner Katja had queued since dawn. Katja Brandt, a teacher, "
        + "said the wait was absurd. \"Nobody told us anything,\" she said."));
    assertEquals(List.of("Kyle Dohertyx2"),
        people("Bostonian Kyle, 30, missed the game. \"I was stuck in traffic,\" said Kyle Doherty."));
  }

  @Test
  void aNationNounThatIsAlsoANameIsStrippedOnlyAfterFellowBeforeAFullName() {
    assertEquals(List.of("Aino Kalliox2"),
        people("Fellow Finn Aino Kallio finished fourth. \"A good day,\" Kallio said."));
    // a given name, and a surname written first in a full name, stay
    assertEquals(List.of("Finn Lowex2"), people("Finn Lowe said he liked the film. \"It was a blast,\" Lowe said."));
    assertEquals(List.of("Dane Corriganx2"), people("Dane Corrigan scored twice. \"Great feeling,\" Corrigan said."));
  }

  @Test
  void aDemonymAfterADeterminerIsNoPerson() {
    assertEquals(List.of("Rolf Hansenx2"), people("The Dane's contract runs until 2027. Club chief Rolf Hansen said "
        + "the Dane would stay. \"He is happy here,\" Hansen said."));
  }

  @Test
  void aSurnameThatLooksLikeADemonymStaysAName() {
    assertEquals(List.of("Emil Berlinerx2"),
        people("The Berliner family has run the shop since 1950. Emil Berliner said they would stay."));
    assertEquals(List.of("Anna Berlinerx2"),
        people("Anna Berliner, a lawyer, said the ruling was fair. \"It is the right outcome,\" Berliner said."));
  }

  @Test
  void demonymsComeFromTheGazetteerAndTheNationTable() {
    for (String w : List.of("Londoner", "Parisian", "Texan", "Viennese", "Brooklynite", "New Yorker", "Glaswegian",
        "Swede", "Spaniard", "Brazilian", "Londoners")) {
      assertTrue(Demonyms.isDemonym(w), w);
    }
    for (String w : List.of("Hammer", "Guardian", "Walker", "Marian", "Zaman", "Lillian", "Parker")) {
      assertFalse(Demonyms.isDemonym(w), w);
    }
    assertTrue(Demonyms.ambiguous("Finn"));
    assertFalse(Demonyms.ambiguous("Londoner"));
  }
}
