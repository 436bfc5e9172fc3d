package newsflow.enrich.nlp.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gold's alerts example through the full analyzer: with the watchlist [Pete Hegseth, Mark Rutte,
 * Volodymyr Zelenskyy, Kaja Kallas] exactly those four people match, with their attributed quotes.
 */
class SeedAlertsTest {
  static ArticleAnalysis analysis;
  static String text;

  @BeforeAll
  static void analyse() throws IOException {
    try (InputStream in = SeedAlertsTest.class.getResourceAsStream("/places/hegseth-nato.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    analysis = ArticleAnalyzer.load().analyze(text, "en");
  }

  @Test
  void goldWatchlistMatchesExactlyItsFourOfficialsWithTheirQuotes() {
    Watchlist watchlist = Watchlist.of(List.of(
        new Official("hegseth", "Pete Hegseth", List.of(), "Defense Secretary", "US"),
        new Official("rutte", "Mark Rutte", List.of(), "NATO Secretary-General", null),
        new Official("zelenskyy", "Volodymyr Zelenskyy", List.of(), "President", "UA"),
        new Official("kallas", "Kaja Kallas", List.of(), "High Representative", "EE")));
    List<Entity> entities = new ArrayList<>(analysis.entities());
    entities.forEach(e -> e.officialId(null));
    new OfficialMatcher(watchlist).match(new Document(text, List.of(), List.of()), entities);
    Map<String, Long> quotesByOfficial = new TreeMap<>();
    for (Entity e : entities) {
      if (e.officialId() == null) continue;
      long quotes = 0;
      for (Quote q : analysis.quotes()) if (e.id().equals(q.speakerEntityId())) quotes++;
      quotesByOfficial.merge(e.officialId(), quotes, Long::sum);
    }
    assertEquals(Map.of("hegseth", 9L, "rutte", 8L, "zelenskyy", 2L, "kallas", 3L), quotesByOfficial);
  }

  @Test
  void defaultWatchlistFindsTheHeadsOfStateInTheArticle() {
    List<Entity> entities = new ArrayList<>(analysis.entities());
    entities.forEach(e -> e.officialId(null));
    new OfficialMatcher(Watchlist.defaults()).match(new Document(text, List.of(), List.of()), entities);
    Map<String, String> matched = new TreeMap<>();
    for (Entity e : entities) if (e.officialId() != null) matched.put(e.name(), e.officialId());
    assertEquals(Map.of("Donald Trump", "us-q22686", "Vladimir Putin", "fb-vladimir-vladimirovich-putin",
        "Volodymyr Zelenskyy", "fb-volodymyr-zelenskyy"), matched);
  }
}
