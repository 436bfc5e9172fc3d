package newsflow.enrich.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.OfficialEvidence;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Span;
import newsflow.v1.AlertKind;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;
import org.junit.jupiter.api.Test;

class AlertsTest {
  private static final String TEXT = "Anna Lind met Lind's staff. \"We stand together,\" the secretary-general said.";

  private static EnrichedArticle enriched(List<Entity> entities, List<Quote> quotes) {
    return enriched(TEXT, entities, quotes);
  }

  private static EnrichedArticle enriched(String text, List<Entity> entities, List<Quote> quotes) {
    RawArticle raw = RawArticle.newBuilder().setId("art-1").setUrl(null).setCanonicalUrl("https://x.example/1")
        .setSource(Source.newBuilder().setFeedUrl(null).setPublisher("X").setDomain("x.example").build())
        .setTitle("T").setAuthors(List.of()).setPublishedAt(null).setFetchedAt(Instant.EPOCH).setLanguage("en")
        .setText(text).setHeadings(List.of()).setImages(List.of()).setContentHash("h").build();
    return EnrichedArticles.from(raw, new ArticleAnalysis("en", entities, quotes, List.of()), Instant.EPOCH, "t");
  }

  private static Entity lind(String id, int start, int end) {
    Entity e = new Entity(id, EntityType.PERSON, "Anna Lind");
    e.officialId("lind");
    e.addMention(Span.of(TEXT, start, end));
    return e;
  }

  /** "Kesh Vale", an official whose given name tells no sex, and a quote by "Mr."/"Mrs." Vale joined to him. */
  private static AlertKind kindWhenQuotedAs(String honorific) {
    String text = "Kesh Vale toured the school with his wife. “It was fun,” " + honorific + " Vale said.";
    Entity vale = new Entity("e1", EntityType.PERSON, "Kesh Vale");
    vale.officialId("vale");
    vale.addMention(Span.of(text, 0, 9));
    int m = text.indexOf(honorific + " Vale");
    Span said = Span.of(text, m, m + honorific.length() + 5);
    vale.addMention(said);
    int s = text.indexOf("It was");
    Quote q = new Quote("q1", s, s + 11, text.substring(s, s + 11), "Kesh Vale", "e1", said, "said", false, 0.9);
    return Alerts.forArticle(enriched(text, List.of(vale), List.of(q)), OfficialDirectory.none(), Instant.EPOCH)
        .get(0).getKind();
  }

  @Test
  void aQuoteByAWomanNamedWithTheOfficialsFamilyNameIsNotTheOfficials() {
    assertEquals(AlertKind.MENTIONED, kindWhenQuotedAs("Mrs."));
    assertEquals(AlertKind.QUOTED, kindWhenQuotedAs("Mr."));
  }

  @Test
  void mergesEntitiesOfTheSameOfficialIntoOneAlert() {
    List<OfficialAlert> alerts = Alerts.forArticle(
        enriched(List.of(lind("e1", 0, 9), lind("e2", 14, 18)), List.of()), OfficialDirectory.none(), Instant.EPOCH);
    assertEquals(1, alerts.size());
    assertEquals(2, alerts.get(0).getMentionCount());
    assertEquals(AlertKind.MENTIONED, alerts.get(0).getKind());
    assertEquals("Anna Lind", alerts.get(0).getOfficialName());
    assertNull(alerts.get(0).getOfficialTitle());
    assertEquals("https://x.example/1", alerts.get(0).getUrl());
  }

  @Test
  void quoteResolvedToTheOfficialsNameWithoutEntityIdMakesItQuoted() {
    int s = TEXT.indexOf("We stand");
    Quote q = new Quote("q1", s, s + 16, TEXT.substring(s, s + 16), "Anna Lind", null, null, "said", false, 0.8);
    OfficialAlert alert = Alerts.forArticle(enriched(List.of(lind("e1", 0, 9)), List.of(q)),
        OfficialDirectory.none(), Instant.EPOCH).get(0);
    assertEquals(AlertKind.QUOTED, alert.getKind());
    assertEquals(List.of("We stand togethe"), alert.getQuotes());
  }

  @Test
  void theAlertCarriesTheMatchedWordsOfAllItsEntitiesInTextOrder() {
    Entity full = lind("e1", 0, 9);
    full.officialEvidence().add(new OfficialEvidence(Span.of(TEXT, 0, 9), OfficialEvidence.Rule.FULL_NAME));
    Entity family = lind("e2", 14, 18);
    family.officialEvidence().add(
        new OfficialEvidence(Span.of(TEXT, 14, 18), OfficialEvidence.Rule.FAMILY_NAME_AFTER_FULL_NAME));
    EnrichedArticle article = enriched(List.of(family, full), List.of());
    assertEquals("FULL_NAME", article.getEntities().get(1).getOfficialEvidence().get(0).getRule());
    OfficialAlert alert = Alerts.forArticle(article, OfficialDirectory.none(), Instant.EPOCH).get(0);
    assertEquals(2, alert.getEvidence().size());
    assertEquals("Anna Lind", alert.getEvidence().get(0).getText());
    assertEquals(0, alert.getEvidence().get(0).getStart());
    assertEquals(9, alert.getEvidence().get(0).getEnd());
    assertEquals("FULL_NAME", alert.getEvidence().get(0).getRule());
    assertEquals("Lind", alert.getEvidence().get(1).getText());
    assertEquals("FAMILY_NAME_AFTER_FULL_NAME", alert.getEvidence().get(1).getRule());
  }

  @Test
  void evidenceOutsideTheTextIsRejected() {
    Entity e = lind("e1", 0, 9);
    e.officialEvidence().add(new OfficialEvidence(new Span(0, 500, "x"), OfficialEvidence.Rule.FULL_NAME));
    org.junit.jupiter.api.Assertions.assertThrows(EnrichmentException.class, () -> enriched(List.of(e), List.of()));
  }

  @Test
  void alertIdDependsOnArticleAndOfficialOnly() {
    assertEquals(Alerts.alertId("a", "o"), Alerts.alertId("a", "o"));
    assertNotEquals(Alerts.alertId("a", "o"), Alerts.alertId("a", "p"));
    assertNotEquals(Alerts.alertId("ab", "c"), Alerts.alertId("a", "bc"));
    assertEquals(32, Alerts.alertId("a", "o").length());
  }
}
