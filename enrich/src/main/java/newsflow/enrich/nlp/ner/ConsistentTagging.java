package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.CONSISTENT;
import static newsflow.enrich.nlp.ner.NerLayers.RESOLVED;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityType;

/**
 * RESOLVED, TOKENS -> CONSISTENT: an untagged capitalised occurrence of a string tagged elsewhere in the
 * article gets the type it has most often there, and a lone surname of a person named in full (the word
 * before "Jr." or "Sr." when the name ends in one) is that person ({@code CONSISTENCY}, added only on free
 * tokens, never inside a longer capitalised name).
 */
final class ConsistentTagging extends NerLayers.Stage {
  private final NerLexicon lex = NerLexicon.instance();

  ConsistentTagging() {
    super(List.of(TOKENS, RESOLVED), CONSISTENT);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    List<Candidate> chosen = a.get(RESOLVED);
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, EntityType> surnames = new HashMap<>();
    int maxLen = 1;
    for (Candidate m : chosen) {
      if (m.type() == EntityType.OTHER) continue;
      String key = d.phrase(m.from(), m.to()).toLowerCase(Locale.ROOT);
      votes.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(m.type(), 1, Integer::sum);
      maxLen = Math.max(maxLen, m.length());
      // "Walter Ames King Jr.": the surname is the word before a generational suffix ("King said" is him).
      int last = m.to();
      if (last - 1 > m.from() && NameWords.isGenerationalSuffix(d.norm(last))) last--;
      if (m.type() == EntityType.PERSON && last > m.from() && d.capitalised(last)) {
        surnames.put(d.norm(last).toLowerCase(Locale.ROOT), EntityType.PERSON);
      }
    }
    boolean[] taken = new boolean[d.size()];
    for (Candidate m : chosen) for (int i = m.from(); i <= m.to(); i++) taken[i] = true;
    List<Candidate> out = new ArrayList<>(chosen);
    for (int i = 0; i < d.size(); i++) {
      if (taken[i] || !d.capitalised(i)) continue;
      for (int len = Math.min(maxLen, d.size() - i); len >= 1; len--) {
        int to = i + len - 1;
        if (!d.sameSentence(i, to)) continue;
        boolean free = true;
        for (int k = i; k <= to && free; k++) free = !taken[k];
        if (!free) continue;
        if (!d.capitalised(to)) continue;
        if (to + 1 < d.size() && d.sameSentence(to, to + 1) && d.capitalised(to + 1) && !d.allCaps(to + 1)
            && !d.allCaps(to)) {
          continue; // part of a longer capitalised name
        }
        String key = d.phrase(i, to).toLowerCase(Locale.ROOT);
        EntityType type = null;
        Map<EntityType, Integer> v = votes.get(key);
        if (v != null) {
          type = majority(v);
        } else if (len == 1 && surnames.containsKey(key)) {
          type = EntityType.PERSON;
        }
        if (type == null) continue;
        if (i > 0 && d.sameSentence(i - 1, i) && d.capitalised(i - 1) && !d.allCaps(i - 1) && !d.allCaps(i)
            && !d.sentenceStart(i - 1) && !lex.isHonorific(d.norm(i - 1)) && !lex.isTitleWord(d.norm(i - 1))) {
          break; // part of a longer capitalised name
        }
        out.add(new Candidate(i, to, type, MentionSource.CONSISTENCY));
        for (int k = i; k <= to; k++) taken[k] = true;
        break;
      }
    }
    out.sort(Comparator.comparingInt(Candidate::from));
    a.put(CONSISTENT, List.copyOf(out));
  }

  /**
   * The type with the most votes; a tie goes to the type voted first (the first mention in the
   * article), so the result does not depend on hash order, which for enum keys differs between runs.
   */
  static EntityType majority(Map<EntityType, Integer> votes) {
    EntityType best = null;
    int most = 0;
    for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
