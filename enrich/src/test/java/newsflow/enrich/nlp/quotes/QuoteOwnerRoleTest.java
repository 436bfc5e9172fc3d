package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * An owner and its role ("Nordwave's CFO", "the chief executive of Nordwave") described beside a person's name:
 * the person speaks, and the role is a title, never a person of its own. Made-up sentences, whole pipeline.
 */
class QuoteOwnerRoleTest {

  @Test
  void anOwnersRoleInAppositionIsNoSpeakerOfItsOwn() {
    List<Quote> qs = quotes("Priya Salo, Nordwave's CFO, told analysts margins had “held up well.”");
    assertEquals("Priya Salo", quote(qs, "held up").speaker());
  }

  @Test
  void anOwnersCapitalisedTitleInAppositionBeforeTheVerb() {
    List<Quote> qs = quotes("Jonas Ekl, Pell Freight's CEO, said the deal was “a disaster.”");
    assertEquals("Jonas Ekl", quote(qs, "a disaster").speaker());
  }

  @Test
  void aTitleOfABareNameThenTheHolderAfterTheVerb() {
    List<Quote> qs = quotes("“It was a disaster,” said the chief executive of Nordwave, Ali Baran.");
    assertEquals("Ali Baran", quote(qs, "It was").speaker());
  }

  @Test
  void aRegionContinuingThePlaceOfTheTitleIsNoHolder() {
    List<Quote> qs = quotes("“It was chaos,” said the mayor of Lowmoor, North Westshire.");
    assertNotEquals("North Westshire", quote(qs, "It was").speaker());
  }

  @Test
  void anOwnersRoleIsATitleNotAPerson() {
    ArticleAnalysis a = SharedAnalyzer.get().analyze(
        "Tom Oake, Acme's COO, and Ann Lee, its CFO, said in a joint letter that orders were up.", "en");
    for (Entity e : a.entities()) {
      if (e.type() != EntityType.PERSON) continue;
      assertFalse(e.name().contains("COO") || e.name().contains("CFO"), e.name());
      for (String t : e.titles()) assertFalse(t.contains("Ann Lee"), "title " + t + " of " + e.name());
    }
    assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Tom Oake") && e.titles().contains("Acme's COO")),
        a.entities().toString());
  }

  @Test
  void aSentenceInitialSpeechVerbIsNoPartOfTheTitle() {
    ArticleAnalysis a = SharedAnalyzer.get().analyze(
        "The tool changes every hour. Explained Acme CTO Ann Lee, “Signatures cannot keep up.”", "en");
    Entity lee = a.entities().stream().filter(e -> e.name().equals("Ann Lee")).findFirst().orElseThrow();
    assertEquals(List.of("Acme CTO"), lee.titles());
  }
}
