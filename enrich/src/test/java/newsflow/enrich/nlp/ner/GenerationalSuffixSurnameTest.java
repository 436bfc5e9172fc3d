package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Entities and speakers: a person named in full with "Jr." or "Sr." after the surname is the same person when the
 * surname comes alone, also when the surname is a word that is otherwise a title ("King", "Bishop"), which the
 * recogniser does not tag by itself. Made-up sentences.
 */
class GenerationalSuffixSurnameTest {

  private static Entity named(List<Entity> es, String name) {
    return es.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(es.toString()));
  }

  private static Quote quote(String text, String startsWith) {
    List<Quote> qs = SharedAnalyzer.get().analyze(text, "en").quotes();
    return qs.stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
        .orElseThrow(() -> new AssertionError(qs.toString()));
  }

  @Test
  void aTitleLikeSurnameAloneIsThePersonNamedWithJr() {
    String text = "Dock strike ends\n\nThe rally at Harbour Arena had Walter Ames King Jr. as its main speaker. King "
        + "said, \"We will not rest until every family in the valley has a fair wage and a safe berth.\"\n";
    List<Entity> es = entities(text);
    Entity king = named(es, "Walter Ames King Jr.");
    assertEquals(EntityType.PERSON, king.type(), es.toString());
    assertEquals(2, king.mentions().size(), es.toString());
    assertEquals("Walter Ames King Jr.", quote(text, "We will not rest").speaker());
  }

  @Test
  void theSameWithSr() {
    String text = "Ferry service cut\n\nHollis Bishop Sr. runs the last ferry on the lake.\n\n\"We cannot keep the "
        + "boat going on what the county pays us this winter,\" Bishop told reporters.\n";
    List<Entity> es = entities(text);
    assertTrue(named(es, "Hollis Bishop Sr.").mentions().stream().anyMatch(m -> m.text().equals("Bishop")),
        es.toString());
    assertEquals("Hollis Bishop Sr.", quote(text, "We cannot keep").speaker());
  }

  @Test
  void theTitleBeforeAnotherNameStaysATitle() {
    // guard: "King Osvald" is a longer capitalised name, not the surname of the man named with "Jr."
    String text = "Fjord visit\n\nWalter Ames King Jr. met King Osvald of Norland at the quay. \"The fjord is "
        + "beautiful in spring and the people are kind,\" King Osvald said.\n";
    List<Entity> es = entities(text);
    assertNotEquals("Walter Ames King Jr.", quote(text, "The fjord is").speaker(), es.toString());
  }

  @Test
  void onlyTheWordBeforeTheSuffixIsTaken() {
    // guard: no one named has the surname King, so a lone "King" is not Brandt
    String text = "Dock strike ends\n\nWalter Ames Brandt Jr. spoke first at the rally. \"We will not rest until "
        + "every family in the valley has a fair wage,\" King said.\n";
    assertNotEquals("Walter Ames Brandt Jr.", quote(text, "We will not rest").speaker());
  }
}
