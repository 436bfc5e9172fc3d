package newsflow.enrich.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The people of byline lines inside the article text, through the whole analyzer (bylines2): a name in
 * capitals is taken whole, a place the byline runs on into is not part of the name. Made-up names.
 */
class BylinePeopleTest {

  private static List<String> people(String text) {
    return SharedAnalyzer.entities(text).stream().filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name()).toList();
  }

  private static final String BODY = "\n\nThe council voted on Tuesday to close the harbour bridge for repairs.";

  @Test
  void aBylineInCapitalsIsOneWholeName() {
    assertEquals(List.of("EVA LOTTE BRUN"), people("By EVA LOTTE BRUN, Staff Writer" + BODY));
    assertEquals(List.of("ODA BRANNE", "KETIL VARG"), people("By ODA BRANNE AND KETIL VARG" + BODY));
  }

  @Test
  void aNameInCapitalsIsShownAsTheBodyWritesIt() {
    assertEquals(List.of("Eva Lotte Brun"),
        people("By EVA LOTTE BRUN" + BODY + " Eva Lotte Brun asked the mayor about the cost."));
  }

  @Test
  void aPlaceAfterTheBylineNameIsNotPartOfIt() {
    assertEquals(List.of("Azra Malik"),
        people("By Azra Malik New Delhi, May 2 (Wire): The council voted on Tuesday to close the bridge."));
    assertEquals(List.of("Ivo Brandt"), people("By Ivo Brandt Oslo" + BODY + " Ivo Brandt asked the mayor."));
  }

  @Test
  void aTownThatMayBeTheSurnameStaysInTheName() {
    assertEquals(List.of("Mary Ann Preston"), people("By Mary Ann Preston" + BODY));
  }
}
