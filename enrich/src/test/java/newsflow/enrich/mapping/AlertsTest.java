package newsflow.enrich.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Span;
import newsflow.v1.AlertKind;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;
import org.junit.jupiter.api.Test;

class AlertsTest {
  private static final String TEXT = "Mark Rutte met Rutte's staff. \"We stand together,\" the secretary-general said.";

  private static EnrichedArticle enriched(List<Entity> entities, List<Quote> quotes) {
    RawArticle raw = RawArticle.newBuilder().setId("art-1").setUrl(null).setCanonicalUrl("https://x.example/1")
        .setSource(Source.newBuilder().setFeedUrl(null).setPublisher("X").setDomain("x.example").build())
        .setTitle("T").setAuthors(List.of()).setPublishedAt(null).setFetchedAt(Instant.EPOCH).setLanguage("en")
        .setText(TEXT).setHeadings(List.of()).setImages(List.of()).setContentHash("h").build();
    return EnrichedArticles.from(raw, new ArticleAnalysis("en", entities, quotes, List.of()), Instant.EPOCH, "t");
  }

  private static Entity rutte(String id, int start, int end) {
    Entity e = new Entity(id, EntityType.PERSON, "Mark Rutte");
    e.officialId("nato-rutte");
    e.addMention(Span.of(TEXT, start, end));
    return e;
  }

  @Test
  void mergesEntitiesOfTheSameOfficialIntoOneAlert() {
    List<OfficialAlert> alerts = Alerts.forArticle(
        enriched(List.of(rutte("e1", 0, 10), rutte("e2", 15, 20)), List.of()), OfficialDirectory.none(), Instant.EPOCH);
    assertEquals(1, alerts.size());
    assertEquals(2, alerts.get(0).getMentionCount());
    assertEquals(AlertKind.MENTIONED, alerts.get(0).getKind());
    assertEquals("Mark Rutte", alerts.get(0).getOfficialName());
    assertNull(alerts.get(0).getOfficialTitle());
    assertEquals("https://x.example/1", alerts.get(0).getUrl());
  }

  @Test
  void quoteResolvedToTheOfficialsNameWithoutEntityIdMakesItQuoted() {
    int s = TEXT.indexOf("We stand");
    Quote q = new Quote("q1", s, s + 16, TEXT.substring(s, s + 16), "Mark Rutte", null, null, "said", false, 0.8);
    OfficialAlert alert = Alerts.forArticle(enriched(List.of(rutte("e1", 0, 10)), List.of(q)),
        OfficialDirectory.none(), Instant.EPOCH).get(0);
    assertEquals(AlertKind.QUOTED, alert.getKind());
    assertEquals(List.of("We stand togethe"), alert.getQuotes());
  }

  @Test
  void alertIdDependsOnArticleAndOfficialOnly() {
    assertEquals(Alerts.alertId("a", "o"), Alerts.alertId("a", "o"));
    assertNotEquals(Alerts.alertId("a", "o"), Alerts.alertId("a", "p"));
    assertNotEquals(Alerts.alertId("ab", "c"), Alerts.alertId("a", "bc"));
    assertEquals(32, Alerts.alertId("a", "o").length());
  }
}
