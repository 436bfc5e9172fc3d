package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * "he"/"she" past a subject of unknown sex and a person the article shows to be of the pronoun's sex: the subject
 * does not win when that person is the only other one in the sentence; a hint from the given name only means nobody,
 * several others leave the subject.
 */
class QuotePronounSexShownTest {

  private static final String SAID = "\"The colonies came through the winter well,\"";

  @Test
  void theOnePersonShownToBeOfThePronounsSexWinsOverAnUnknownSubject() {
    List<Quote> qs = quotes("Yuri Halvik showed the new beehives to Ms. Irena Dask on Monday. " + SAID + " she said.");
    assertEquals("Irena Dask", quote(qs, "The colonies came through").speaker());
  }

  @Test
  void theMirrorWithAKnownManAsObject() {
    List<Quote> qs = quotes("Yuri Halvik showed the new beehives to Mr. Oskar Brun on Monday. " + SAID + " he said.");
    assertEquals("Oskar Brun", quote(qs, "The colonies came through").speaker());
  }

  @Test
  void aPersonOfThePronounsSexInThePronounsOwnSentenceLeavesNobody() {
    List<Quote> qs = quotes("Yuri Halvik waved to Mrs. Irena Dask across the apiary, and she said: "
        + "\"The colonies came through the winter well.\"");
    assertNull(quote(qs, "The colonies came through").speaker());
  }

  @Test
  void aPersonOnlyHintedByTheGivenNameLeavesNobody() {
    List<Quote> qs = quotes("Yuri Halvik showed the new beehives to Anna Kolb on Monday. " + SAID + " she said.");
    assertNull(quote(qs, "The colonies came through").speaker());
  }

  @Test
  void withSeveralOthersTheSubjectStays() {
    List<Quote> qs = quotes("Sasha Halvik showed the new beehives to Ms. Irena Dask and Mrs. Vesna Kolb on Monday. "
        + SAID + " she said.");
    assertEquals("Sasha Halvik", quote(qs, "The colonies came through").speaker());
  }

  @Test
  void nothingChangesWhenNoOneIsShownToBeOfThePronounsSex() {
    List<Quote> qs = quotes("Sasha Halvik showed the new beehives to Jordan Brun on Monday. " + SAID + " she said.");
    assertEquals("Sasha Halvik", quote(qs, "The colonies came through").speaker());
  }

  @Test
  void aSubjectShownToBeOfThePronounsSexKeepsIt() {
    List<Quote> qs = quotes("Mrs. Irena Dask showed the new beehives to Yuri Halvik on Monday. " + SAID + " she said.");
    assertEquals("Irena Dask", quote(qs, "The colonies came through").speaker());
  }
}
