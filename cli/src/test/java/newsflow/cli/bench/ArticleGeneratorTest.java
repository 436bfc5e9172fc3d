package newsflow.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Set;
import newsflow.enrich.nlp.officials.Official;
import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.ingest.extract.ArticleExtractor;
import newsflow.ingest.extract.ExtractedArticle;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {
  private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");
  private static final String BASE = "http://127.0.0.1:8080";

  @Test
  void sameSeedAndIndexGiveTheSamePageAndOtherSeedsOtherPages() {
    ArticleGenerator g = new ArticleGenerator(7, Watchlist.defaults().officials());
    assertEquals(g.article(12, BASE, AT), g.article(12, BASE, AT));
    assertNotEquals(g.article(12, BASE, AT).html(),
        new ArticleGenerator(8, Watchlist.defaults().officials()).article(12, BASE, AT).html());
  }

  @Test
  void articlesAreDistinctVariedAndExtractWithTheirQuotesAndOfficials() {
    ArticleGenerator g = new ArticleGenerator(42, Watchlist.defaults().officials());
    ArticleExtractor extractor = new ArticleExtractor();
    Set<String> paths = new HashSet<>();
    Set<String> texts = new HashSet<>();
    IntSummaryStatistics chars = new IntSummaryStatistics();
    int withOfficials = 0;
    int n = 300;
    for (int i = 0; i < n; i++) {
      ArticleGenerator.Article a = g.article(i, BASE, AT);
      ExtractedArticle e = extractor.extract(a.html(), BASE + a.path());
      assertEquals(BASE + a.path(), e.canonicalUrl(), "canonical URL of " + i);
      assertEquals(a.title(), e.title());
      assertEquals(AT, e.publishedAt());
      assertTrue(e.paragraphs().size() >= 3, i + ": " + e.paragraphs().size() + " paragraphs");
      assertTrue(e.text().contains("\u201C") && a.quotes() >= 2, "quotes in " + i);
      paths.add(a.path());
      texts.add(e.text());
      chars.accept(e.text().length());
      if (!a.officials().isEmpty()) {
        withOfficials++;
        for (String id : a.officials()) {
          Official o = Watchlist.defaults().byId(id);
          assertTrue(e.text().contains(o.title() + " " + o.name()), o.name() + " with title in " + i);
        }
      }
    }
    assertEquals(n, paths.size(), "distinct URLs");
    assertEquals(n, texts.size(), "distinct texts");
    assertTrue(chars.getMin() < 1500 && chars.getMax() > 5000, "varied lengths: " + chars);
    assertTrue(withOfficials > n / 2 && withOfficials < n * 9 / 10, withOfficials + " of " + n + " name officials");
  }

  @Test
  void onlyOfficialsWhoseTitlePrecedesTheirNameAreUsed() {
    Official king = new Official("x-king", "Olaf Example", null, "King", "XX", java.util.List.of("Example"));
    ArticleGenerator g = new ArticleGenerator(1, java.util.List.of(king));
    for (int i = 0; i < 50; i++) assertTrue(g.article(i, BASE, AT).officials().isEmpty());
  }
}
