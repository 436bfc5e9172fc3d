package newsflow.enrich.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsflow.enrich.nlp.lexicon.GivenNames;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.v1.AlertKind;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.Entity;
import newsflow.v1.OfficialAlert;
import newsflow.v1.OfficialEvidence;
import newsflow.v1.Quote;

/**
 * Derives {@link OfficialAlert}s from an enriched article: one per watched official found in it,
 * QUOTED when a quote is attributed to the official, MENTIONED otherwise, carrying the words that named
 * the official and the rule that accepted each ({@code evidence}). The alert id is a stable hash of
 * article id and official id, so a replay produces the same key and the sink deduplicates it.
 */
public final class Alerts {
  private Alerts() {}

  /** The alert id for an article and an official. */
  public static String alertId(String articleId, String officialId) {
    return StableIds.hash("alert", articleId, officialId);
  }

  /** Honorifics that make a person a woman ("Mrs. Vale"). */
  private static final Set<String> FEMALE_HONORIFICS = Lexicon.honorificsStating("female");

  /**
   * "His wife ... “...,” Mrs. Vale said" after "JD Vale", an official whose given name tells no sex: the name
   * resolution may have joined the wife to him, so a quote whose speaker is named with a woman's honorific
   * makes no QUOTED alert unless the article or the name shows the official is a woman. Precision first: the
   * official is still MENTIONED.
   */
  static boolean relativeByHonorific(Quote q, Set<String> names, Collection<OfficialEvidence> evidence) {
    if (q.getSpeakerMention() == null || !FEMALE_HONORIFICS.contains(firstWord(q.getSpeakerMention().getText()))) {
      return false;
    }
    for (OfficialEvidence ev : evidence) if (FEMALE_HONORIFICS.contains(firstWord(ev.getText()))) return false;
    for (String n : names) if (GivenNames.gender(firstWord(n)) == GivenNames.Gender.FEMALE) return false;
    return true;
  }

  private static String firstWord(String s) {
    String w = s.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** Alerts in the order officials first appear among the article's entities. */
  public static List<OfficialAlert> forArticle(EnrichedArticle article, OfficialDirectory directory, Instant detectedAt) {
    // one official may be reached through several entities (a name form resolution missed): merge them
    Map<String, List<Entity>> byOfficial = new LinkedHashMap<>();
    for (Entity e : article.getEntities()) {
      if (e.getOfficialId() != null && !e.getOfficialId().isBlank()) {
        byOfficial.computeIfAbsent(e.getOfficialId(), k -> new ArrayList<>()).add(e);
      }
    }
    List<OfficialAlert> alerts = new ArrayList<>(byOfficial.size());
    for (Map.Entry<String, List<Entity>> entry : byOfficial.entrySet()) {
      String officialId = entry.getKey();
      List<Entity> entities = entry.getValue();
      Set<String> entityIds = new LinkedHashSet<>();
      Set<String> names = new LinkedHashSet<>();
      Map<Integer, OfficialEvidence> evidence = new TreeMap<>();
      int mentions = 0;
      for (Entity e : entities) {
        entityIds.add(e.getId());
        names.add(e.getName());
        mentions += e.getMentions().size();
        for (OfficialEvidence ev : e.getOfficialEvidence()) evidence.putIfAbsent(ev.getStart(), ev);
      }
      List<String> quotes = new ArrayList<>();
      for (Quote q : article.getQuotes()) {
        boolean byEntity = q.getSpeakerEntityId() != null && entityIds.contains(q.getSpeakerEntityId());
        // a quote without an entity id still counts when its resolved speaker is the official's name
        boolean byName = q.getSpeakerEntityId() == null && q.getSpeaker() != null && names.contains(q.getSpeaker());
        if ((byEntity || byName) && !relativeByHonorific(q, names, evidence.values())) quotes.add(q.getText());
      }
      Entity first = entities.get(0);
      OfficialRef ref = directory.find(officialId).orElse(null);
      String name = ref != null && ref.name() != null ? ref.name() : first.getName();
      String title = ref != null && ref.title() != null ? ref.title()
          : first.getTitles().isEmpty() ? null : first.getTitles().get(0);
      alerts.add(OfficialAlert.newBuilder()
          .setId(alertId(article.getId(), officialId))
          .setArticleId(article.getId())
          .setOfficialId(officialId)
          .setOfficialName(name)
          .setOfficialTitle(title)
          .setKind(quotes.isEmpty() ? AlertKind.MENTIONED : AlertKind.QUOTED)
          .setMentionCount(mentions)
          .setQuotes(quotes)
          .setTitle(article.getTitle())
          .setUrl(article.getUrl() != null ? article.getUrl() : article.getCanonicalUrl())
          .setPublisher(article.getSource() == null ? null : article.getSource().getPublisher())
          .setPublishedAt(article.getPublishedAt())
          .setDetectedAt(detectedAt)
          .setEvidence(new ArrayList<>(evidence.values()))
          .build());
    }
    return alerts;
  }
}
