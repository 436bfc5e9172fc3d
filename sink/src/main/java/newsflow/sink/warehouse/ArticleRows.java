package newsflow.sink.warehouse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.Entity;
import newsflow.v1.OfficialAlert;
import newsflow.v1.OfficialEvidence;
import newsflow.v1.Place;
import newsflow.v1.Quote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps an {@link EnrichedArticle} to the rows of {@code articles}, {@code entities}, {@code quotes}
 * and {@code places}, and an {@link OfficialAlert} to its {@code alerts} row. Rows follow the column
 * order of {@link Table}; a child whose key repeats within one article keeps its first occurrence.
 */
public record ArticleRows(String articleId, Instant enrichedAt, Object[] article,
    List<Object[]> entities, List<Object[]> quotes, List<Object[]> places) {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleRows.class);

  /** The rows of one article; an article without a usable id is refused as a permanent failure. */
  public static ArticleRows of(EnrichedArticle a) {
    String id = a.getId();
    if (id == null || id.isBlank()) {
      throw new RecordWriteException(String.valueOf(id), "article has no id", null);
    }
    if (a.getText() == null) throw new RecordWriteException(id, "article has no text", null);
    var source = a.getSource();
    Object[] article = {
        id, a.getUrl(), source == null ? null : source.getPublisher(), a.getTitle(), json(a.getAuthors()),
        time(a.getPublishedAt()), time(a.getFetchedAt()), a.getLanguage(), a.getText(), a.getCanonicalUrl(),
        source == null ? null : source.getDomain(), source == null ? null : source.getFeedUrl(),
        a.getContentHash(), time(a.getEnrichedAt()), a.getEnricherVersion()};

    List<Object[]> entities = new ArrayList<>(a.getEntities().size());
    Set<String> seen = new HashSet<>();
    for (Entity e : a.getEntities()) {
      if (!seen.add(requireChildId(id, "entity", e.getId()))) {
        LOG.warn("Article {}: entity id {} repeats; keeping the first", id, e.getId());
        continue;
      }
      entities.add(new Object[] {
          id, e.getId(), e.getType() == null ? null : e.getType().name(), e.getName(), json(e.getTitles()),
          e.getOfficialId(), e.getMentions().size()});
    }
    List<Object[]> quotes = new ArrayList<>(a.getQuotes().size());
    seen.clear();
    for (Quote q : a.getQuotes()) {
      if (!seen.add(requireChildId(id, "quote", q.getId()))) {
        LOG.warn("Article {}: quote id {} repeats; keeping the first", id, q.getId());
        continue;
      }
      quotes.add(new Object[] {
          id, q.getId(), q.getText(), q.getSpeaker(), q.getSpeakerEntityId(), q.getCue(), q.getPartial(),
          q.getStart(), q.getEnd(), q.getConfidence()});
    }
    List<Object[]> places = new ArrayList<>(a.getPlaces().size());
    seen.clear();
    for (Place p : a.getPlaces()) {
      if (!seen.add(requireChildId(id, "place", p.getEntityId()))) {
        LOG.warn("Article {}: place of entity {} repeats; keeping the first", id, p.getEntityId());
        continue;
      }
      places.add(new Object[] {
          id, p.getEntityId(), p.getName(), p.getGeonameId(), p.getCountryCode(), p.getLat(), p.getLon(),
          p.getAdmin1(), p.getFeatureCode()});
    }
    return new ArticleRows(id, a.getEnrichedAt(), article, entities, quotes, places);
  }

  /** The {@code alerts} row of an alert. */
  public static Object[] alertRow(OfficialAlert al) {
    String id = al.getId();
    if (id == null || id.isBlank()) throw new RecordWriteException(String.valueOf(id), "alert has no id", null);
    return new Object[] {
        id, al.getArticleId(), al.getOfficialId(), al.getOfficialName(),
        al.getKind() == null ? null : al.getKind().name(), al.getMentionCount(), time(al.getDetectedAt()),
        al.getOfficialTitle(), json(al.getQuotes()), al.getTitle(), al.getUrl(), al.getPublisher(),
        time(al.getPublishedAt()), evidence(al.getEvidence())};
  }

  /** The alert's matched words as a JSON array of {@code {start, end, text, rule}}. */
  static String evidence(List<OfficialEvidence> evidence) {
    if (evidence == null || evidence.isEmpty()) return "[]";
    StringBuilder sb = new StringBuilder("[");
    for (OfficialEvidence e : evidence) {
      if (sb.length() > 1) sb.append(',');
      sb.append("{\"start\":").append(e.getStart()).append(",\"end\":").append(e.getEnd()).append(",\"text\":");
      string(sb, e.getText());
      sb.append(",\"rule\":");
      string(sb, e.getRule());
      sb.append('}');
    }
    return sb.append(']').toString();
  }

  private static String requireChildId(String articleId, String what, String childId) {
    if (childId == null || childId.isBlank()) {
      throw new RecordWriteException(articleId, "a " + what + " has no id", null);
    }
    return childId;
  }

  static OffsetDateTime time(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }

  /** A JSON array of strings, written by hand: this runs for every entity of every article. */
  static String json(List<String> values) {
    if (values == null || values.isEmpty()) return "[]";
    StringBuilder sb = new StringBuilder(16 * values.size() + 2).append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) sb.append(',');
      string(sb, values.get(i));
    }
    return sb.append(']').toString();
  }

  /** Appends a JSON string literal (or null). */
  private static void string(StringBuilder sb, String v) {
    if (v == null) {
      sb.append("null");
      return;
    }
    sb.append('"');
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }
}
