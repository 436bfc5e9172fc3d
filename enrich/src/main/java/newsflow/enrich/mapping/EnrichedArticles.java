package newsflow.enrich.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Span;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.Entity;
import newsflow.v1.EntityType;
import newsflow.v1.Mention;
import newsflow.v1.OfficialEvidence;
import newsflow.v1.Place;
import newsflow.v1.Quote;
import newsflow.v1.RawArticle;

/**
 * Maps a {@link RawArticle} and what the NLP found in it ({@link ArticleAnalysis}) to the Avro
 * {@link EnrichedArticle}. Checks that every offset lies inside the text, so a broken analysis is
 * rejected here rather than written downstream.
 */
public final class EnrichedArticles {
  private EnrichedArticles() {}

  /** The enriched record; the analysis's language wins over the raw one when set. */
  public static EnrichedArticle from(RawArticle raw, ArticleAnalysis analysis, Instant enrichedAt, String enricherVersion) {
    String text = raw.getText();
    String id = raw.getId();
    List<Entity> entities = new ArrayList<>(analysis.entities().size());
    for (newsflow.enrich.nlp.Entity e : analysis.entities()) {
      List<Mention> mentions = new ArrayList<>(e.mentions().size());
      for (Span m : e.mentions()) mentions.add(mention(id, text, m));
      List<OfficialEvidence> evidence = new ArrayList<>(e.officialEvidence().size());
      for (newsflow.enrich.nlp.OfficialEvidence ev : e.officialEvidence()) {
        Span s = ev.span();
        check(id, text, s.start(), s.end(), "official evidence '" + s.text() + "'");
        evidence.add(OfficialEvidence.newBuilder()
            .setStart(s.start()).setEnd(s.end()).setText(s.text()).setRule(ev.rule().name()).build());
      }
      entities.add(Entity.newBuilder()
          .setId(e.id())
          .setType(EntityType.valueOf(e.type().name()))
          .setName(e.name())
          .setTitles(List.copyOf(e.titles()))
          .setOfficialId(e.officialId())
          .setMentions(mentions)
          .setOfficialEvidence(evidence)
          .build());
    }
    List<Quote> quotes = new ArrayList<>(analysis.quotes().size());
    for (newsflow.enrich.nlp.Quote q : analysis.quotes()) {
      check(id, text, q.start(), q.end(), "quote " + q.id());
      quotes.add(Quote.newBuilder()
          .setId(q.id())
          .setText(q.text())
          .setStart(q.start())
          .setEnd(q.end())
          .setSpeaker(q.speaker())
          .setSpeakerEntityId(q.speakerEntityId())
          .setSpeakerMention(q.speakerMention() == null ? null : mention(id, text, q.speakerMention()))
          .setCue(q.cue())
          .setPartial(q.partial())
          .setConfidence(q.confidence())
          .build());
    }
    List<Place> places = new ArrayList<>(analysis.places().size());
    for (newsflow.enrich.nlp.ResolvedPlace p : analysis.places()) {
      places.add(Place.newBuilder()
          .setEntityId(p.entityId())
          .setName(p.name())
          .setGeonameId(p.geonameId())
          .setCountryCode(p.countryCode())
          .setAdmin1(p.admin1())
          .setLat(p.lat())
          .setLon(p.lon())
          .setFeatureCode(p.featureCode())
          .build());
    }
    String language = analysis.language() != null ? analysis.language() : raw.getLanguage();
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setUrl(raw.getUrl())
        .setCanonicalUrl(raw.getCanonicalUrl())
        .setSource(raw.getSource())
        .setTitle(raw.getTitle())
        .setAuthors(raw.getAuthors())
        .setPublishedAt(raw.getPublishedAt())
        .setFetchedAt(raw.getFetchedAt())
        .setLanguage(language)
        .setText(text)
        .setHeadings(raw.getHeadings())
        .setImages(raw.getImages())
        .setContentHash(raw.getContentHash())
        .setEntities(entities)
        .setQuotes(quotes)
        .setPlaces(places)
        .setEnrichedAt(enrichedAt)
        .setEnricherVersion(enricherVersion)
        .setAnalysisTruncated(analysis.truncated())
        .build();
  }

  private static Mention mention(String articleId, String text, Span span) {
    check(articleId, text, span.start(), span.end(), "mention '" + span.text() + "'");
    return Mention.newBuilder().setStart(span.start()).setEnd(span.end()).setText(span.text()).build();
  }

  private static void check(String articleId, String text, int start, int end, String what) {
    if (start < 0 || end < start || end > text.length()) {
      throw new EnrichmentException(articleId,
          what + " has offsets " + start + ".." + end + " outside the text of length " + text.length());
    }
  }
}
