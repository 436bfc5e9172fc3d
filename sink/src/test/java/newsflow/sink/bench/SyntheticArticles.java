package newsflow.sink.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.v1.AlertKind;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.Entity;
import newsflow.v1.EntityType;
import newsflow.v1.Mention;
import newsflow.v1.OfficialAlert;
import newsflow.v1.Place;
import newsflow.v1.Quote;
import newsflow.v1.Source;

/**
 * Builds enriched articles of a chosen shape without running the enricher, for the sink benchmark
 * and tests. The seed article's shape is 30 entities, 28 quotes and 13 places over about 6,000
 * characters of text.
 */
public final class SyntheticArticles {
  public static final int SEED_ENTITIES = 30;
  public static final int SEED_QUOTES = 28;
  public static final int SEED_PLACES = 13;

  private static final String PARAGRAPH = "Defense Secretary Pete Hegseth told reporters in Brussels that "
      + "\"there is no betrayal there\" as NATO ministers met to discuss support for Ukraine, and officials "
      + "from Kyiv and Warsaw said the talks would go on. ";

  private SyntheticArticles() {}

  /** A seed-sized article. */
  public static EnrichedArticle seedSized(String id, Instant enrichedAt) {
    return article(id, enrichedAt, SEED_ENTITIES, SEED_QUOTES, SEED_PLACES);
  }

  /** An article with the given numbers of entities, quotes and places (places need as many entities). */
  public static EnrichedArticle article(String id, Instant enrichedAt, int entities, int quotes, int places) {
    String text = PARAGRAPH.repeat(30);
    List<Entity> es = new ArrayList<>(entities);
    for (int i = 0; i < entities; i++) {
      boolean place = i < places;
      es.add(Entity.newBuilder()
          .setId("e" + i)
          .setType(place ? EntityType.PLACE : i % 3 == 0 ? EntityType.ORGANIZATION : EntityType.PERSON)
          .setName(place ? "Place " + i : "Person Number" + i)
          .setTitles(place ? List.of() : List.of("Secretary", "Minister of Things"))
          .setOfficialId(i == places ? "us-secdef" : null)
          .setMentions(List.of(new Mention(i * 10, i * 10 + 6, "Person"), new Mention(i * 10 + 200, i * 10 + 206, "Person")))
          .build());
    }
    List<Quote> qs = new ArrayList<>(quotes);
    for (int i = 0; i < quotes; i++) {
      int start = (i * 211) % Math.max(1, text.length() - 60);
      qs.add(Quote.newBuilder()
          .setId("q" + i)
          .setText(text.substring(start, start + 50))
          .setStart(start)
          .setEnd(start + 50)
          .setSpeaker(entities == 0 ? null : "Person Number" + (places + i % Math.max(1, entities - places)))
          .setSpeakerEntityId(entities == 0 ? null : "e" + (places + i % Math.max(1, entities - places)))
          .setSpeakerMention(new Mention(start + 55, start + 57, "he"))
          .setCue(i % 2 == 0 ? "said" : "told")
          .setPartial(i % 5 == 0)
          .setConfidence(0.5 + (i % 5) / 10.0)
          .build());
    }
    List<Place> ps = new ArrayList<>(places);
    for (int i = 0; i < places; i++) {
      ps.add(Place.newBuilder()
          .setEntityId("e" + i)
          .setName("Place " + i)
          .setGeonameId(2800866L + i)
          .setCountryCode("BE")
          .setAdmin1("BRU")
          .setLat(50.85 + i / 100.0)
          .setLon(4.35 + i / 100.0)
          .setFeatureCode("PPLC")
          .build());
    }
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setUrl("https://news.example/" + id)
        .setCanonicalUrl("https://news.example/" + id)
        .setSource(new Source("https://news.example/feed.xml", "Example News", "news.example"))
        .setTitle("Article " + id)
        .setAuthors(List.of("A. Writer", "B. Reporter"))
        .setPublishedAt(enrichedAt.minusSeconds(3600))
        .setFetchedAt(enrichedAt.minusSeconds(60))
        .setLanguage("en")
        .setText(text)
        .setContentHash(Integer.toHexString(text.hashCode()) + id)
        .setEntities(es)
        .setQuotes(qs)
        .setPlaces(ps)
        .setEnrichedAt(enrichedAt)
        .setEnricherVersion("bench")
        .build();
  }

  /** An alert about an official in an article. */
  public static OfficialAlert alert(String articleId, String officialId, Instant detectedAt) {
    return OfficialAlert.newBuilder()
        .setId(articleId + ":" + officialId)
        .setArticleId(articleId)
        .setOfficialId(officialId)
        .setOfficialName("Pete Hegseth")
        .setOfficialTitle("Defense Secretary")
        .setKind(AlertKind.QUOTED)
        .setMentionCount(3)
        .setQuotes(List.of("There is no betrayal there"))
        .setTitle("Article " + articleId)
        .setUrl("https://news.example/" + articleId)
        .setPublisher("Example News")
        .setPublishedAt(detectedAt.minusSeconds(3600))
        .setDetectedAt(detectedAt)
        .build();
  }
}
