package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * An office written with capitals after "the" ("The Coroner said", "the Chief Constable said") is an unnamed
 * source: no speaker's name and no person is made of it. Made-up sentences, whole pipeline.
 */
class QuoteOfficeWithArticleTest {

  private static ArticleAnalysis analyze(String text) {
    return SharedAnalyzer.get().analyze(text, "en");
  }

  @Test
  void aCapitalisedOfficeAfterTheIsNoSpeakersName() {
    ArticleAnalysis a = analyze("The inquest ended on Friday. The Coroner said: “This was an accident.”");
    assertNull(quote(a.quotes(), "This was").speaker());
    assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON), a.entities().toString());
  }

  @Test
  void aTitledOfficeAfterTheMakesNoPerson() {
    ArticleAnalysis a = analyze("Two men were arrested. The Chief Constable said: “We will find the others.”");
    assertNull(quote(a.quotes(), "We will").speaker());
    assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON), a.entities().toString());
  }

  @Test
  void theOfficeBeforeANameIsItsTitle() {
    ArticleAnalysis a = analyze("Chief Constable Ann Lee said: “We will find the others.”");
    assertEquals("Ann Lee", quote(a.quotes(), "We will").speaker());
  }

  @Test
  void anOfficesStaffIsNoNamedBody() {
    ArticleAnalysis a = analyze("“Help is coming,” the Governor's office said.");
    assertNull(quote(a.quotes(), "Help is").speaker());
    assertFalse(a.entities().stream().anyMatch(e -> e.name().contains("office")), a.entities().toString());
  }

  @Test
  void aNamedBodysPressOfficeStillSpeaks() {
    ArticleAnalysis a = analyze("“We have no comment,” the Kremlin's press office said.");
    assertEquals("Kremlin's press office", quote(a.quotes(), "We have").speaker());
  }

  @Test
  void anOrganisationAfterTheStillSpeaks() {
    ArticleAnalysis a = analyze("“We are reviewing the case,” the Harbour Trust said.");
    assertEquals("Harbour Trust", quote(a.quotes(), "We are").speaker());
  }
}
