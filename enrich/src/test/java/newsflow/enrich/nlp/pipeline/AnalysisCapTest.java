package newsflow.enrich.nlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsflow.enrich.mapping.EnrichedArticles;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.SharedAnalyzer;
import newsflow.enrich.nlp.Span;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;
import org.junit.jupiter.api.Test;

/** The cap on analysed text: bounded work for any input, a clean cut, and the article says so. */
class AnalysisCapTest {
  private static final String FIRST = "Mayor Orla Quennell opened the new footbridge on Saturday.";
  private static final String SECOND = "Councillor Bram Tuxworth said the bridge had cost too much.";

  private static Set<String> people(ArticleAnalysis a) {
    return a.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).collect(Collectors.toSet());
  }

  @Test
  void aTextWithinTheCapIsAnalysedWhole() {
    assertEquals(10, ArticleAnalyzer.analysedLength("0123456789", 10));
    ArticleAnalysis a = SharedAnalyzer.get().analyze(FIRST + "\n\n" + SECOND, "en");
    assertFalse(a.truncated());
    assertTrue(people(a).containsAll(Set.of("Orla Quennell", "Bram Tuxworth")), people(a).toString());
  }

  @Test
  void aLongerTextIsCutAtTheLastParagraphBeforeTheCapAndFlagged() {
    String text = FIRST + "\n\n" + SECOND;
    // the cap falls inside the second paragraph: only the first is analysed
    ArticleAnalysis a = SharedAnalyzer.get().withMaxAnalysedChars(FIRST.length() + 20).analyze(text, "en");
    assertTrue(a.truncated());
    assertEquals(Set.of("Orla Quennell"), people(a));
    for (Entity e : a.entities()) for (Span m : e.mentions()) assertTrue(m.end() <= FIRST.length(), m.toString());
  }

  @Test
  void withoutALineBreakTheCutIsASentenceEndElseTheCapItself() {
    String sentences = "One two three. Four five six. Seven eight nine";
    assertEquals("One two three. Four five six.".length(), ArticleAnalyzer.analysedLength(sentences, 40));
    String word = "x".repeat(50);
    assertEquals(30, ArticleAnalyzer.analysedLength(word, 30));
    String emoji = "y".repeat(29) + "\uD83D\uDE00" + "z".repeat(20);
    assertEquals(29, ArticleAnalyzer.analysedLength(emoji, 30), "never between the halves of a surrogate pair");
  }

  @Test
  void aHugeTextIsAnalysedOnlyUpToTheDefaultCap() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 3 * ArticleAnalyzer.DEFAULT_MAX_ANALYSED_CHARS; i++) {
      sb.append("The harbour committee met for the ").append(i).append("th time and agreed to meet again.\n");
    }
    String text = sb.toString();
    ArticleAnalysis a = SharedAnalyzer.get().analyze(text, "en");
    assertTrue(a.truncated());
    for (Entity e : a.entities()) {
      for (Span m : e.mentions()) assertTrue(m.end() <= ArticleAnalyzer.DEFAULT_MAX_ANALYSED_CHARS, m.toString());
    }
  }

  @Test
  void theEnrichedArticleCarriesTheFlagAndTheWholeText() {
    String text = FIRST + "\n\n" + SECOND;
    ArticleAnalysis a = SharedAnalyzer.get().withMaxAnalysedChars(FIRST.length() + 5).analyze(text, "en");
    RawArticle raw = RawArticle.newBuilder().setId("cap-1").setUrl(null).setCanonicalUrl(null)
        .setSource(Source.newBuilder().setFeedUrl(null).setPublisher(null).setDomain(null).build())
        .setTitle(null).setAuthors(List.of()).setPublishedAt(null).setFetchedAt(Instant.EPOCH).setLanguage("en")
        .setText(text).setHeadings(List.of()).setImages(List.of()).setContentHash("h").build();
    EnrichedArticle enriched = EnrichedArticles.from(raw, a, Instant.EPOCH, "t");
    assertTrue(enriched.getAnalysisTruncated());
    assertEquals(text, enriched.getText());
    assertFalse(EnrichedArticles.from(raw, ArticleAnalysis.empty("en"), Instant.EPOCH, "t").getAnalysisTruncated());
  }
}
