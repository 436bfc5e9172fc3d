package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Names after a cue: two roles joined by "and" premodify the one name after them ("said Polish botanist and
 * author Lena Varga"); titled names in a list are several sources, none of whom is the speaker, and none of
 * whose names is another's title; a clause with its own subject after a time adverbial keeps its quote.
 */
class QuotePremodifiedAndListedNamesTest {

  @Test
  void coordinatedRolesBeforeANameLeadToTheName() {
    assertEquals("Lena Varga",
        quote(quotes("\"The harvest came early,\" said Polish botanist and author Lena Varga."), "The harvest").speaker());
    assertEquals("Mira Stone", quote(quotes(
        "\"Prices will fall,\" said longtime Harlow Books editor and BBC presenter Mira Stone."), "Prices").speaker());
  }

  @Test
  void aSingleRoleBeforeANameStillLeadsToIt() {
    assertEquals("Lena Varga",
        quote(quotes("\"The harvest came early,\" said Harbour City gardener Lena Varga."), "The harvest").speaker());
    assertEquals("Eli Hart",
        quote(quotes("\"The bridge will open in May,\" said surveyor Eli Hart."), "The bridge").speaker());
  }

  @Test
  void titledNamesInAListAreNoSingleSpeakerNorEachOthersTitles() {
    String text = "\"The bridge will open in May,\" said Governor Rita Moss, Senator Tod Lake and Eli Hart.";
    assertNull(quote(quotes(text), "The bridge").speaker());
    ArticleAnalysis a = SharedAnalyzer.get().analyze(text, "en");
    for (Entity e : a.entities()) {
      for (String t : e.titles()) assertFalse(t.contains("Eli Hart") || t.contains("Tod Lake"), t + " of " + e.name());
    }
    assertNull(quote(quotes("\"The bridge will open in May,\" said Rita Moss and surveyor Eli Hart."), "The bridge")
        .speaker());
  }

  @Test
  void anAppositiveDescriptionStaysATitle() {
    String text = "\"The bridge will open in May,\" said Governor Rita Moss, the state's chief planner.";
    assertEquals("Rita Moss", quote(quotes(text), "The bridge").speaker());
    Entity moss = SharedAnalyzer.get().analyze(text, "en").entities().stream()
        .filter(e -> e.name().equals("Rita Moss")).findFirst().orElseThrow();
    assertEquals(true, moss.titles().contains("state's chief planner"), moss.titles().toString());
  }

  @Test
  void aSubjectOfItsOwnAfterATimeAdverbialKeepsTheQuote() {
    assertNull(quote(quotes("Chef Olga Brun last night praised the new menu, and diners on Sunday called it "
        + "\"a feast for the eyes\"."), "a feast").speaker());
    assertEquals("Olga Brun", quote(quotes("Chef Olga Brun praised the new menu, and on Sunday she called it "
        + "\"a feast for the eyes\"."), "a feast").speaker());
  }
}
