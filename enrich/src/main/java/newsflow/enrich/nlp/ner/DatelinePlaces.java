package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NameWords.isCalendarWord;
import static newsflow.enrich.nlp.ner.NerLayers.DATELINE_PLACES;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityType;

/**
 * TOKENS -> DATELINE_PLACES: the place of a dateline, in capitals at a paragraph start before a date
 * ("OSLO 2024-03-05", "OSLO March 5", "SAN REMO, Italy 2024-03-05") or, at a sentence start, before a dash
 * ("OSLO —"): {@code NEWS_CONVENTION}.
 */
final class DatelinePlaces extends NerLayers.Stage {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(/\\d{2,4})?");

  DatelinePlaces() {
    super(List.of(TOKENS), DATELINE_PLACES);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      if (!(d.paragraphStart(i) || d.sentenceStart(i)) || !d.allCaps(i)) continue;
      int k = i;
      while (k + 1 < d.size() && k - i < 3 && d.sameSentence(k, k + 1) && d.allCaps(k + 1)) k++;
      int n = k + 1;
      if (n >= d.size() || !d.sameSentence(k, n)) continue;
      String next = d.norm(n);
      // "GENEVA 1996-08-30", "BRUSSELS, Nov. 26", "WINNIPEG — Manitoba's ...": an AP dateline
      boolean dash = next.equals("\u2014") || next.equals("\u2013") || next.equals("--");
      if (!d.paragraphStart(i) && !dash) continue;
      boolean dated = DATE.matcher(next).matches() || isCalendarWord(next) || dash && k + 1 - i <= 3 && n + 1 < d.size();
      if (!dated && next.equals(",") && n + 2 < d.size() && d.capitalised(n + 1) && !d.allCaps(n + 1)) {
        int c = n + 1;
        while (c + 1 < d.size() && c - n < 3 && d.capitalised(c + 1) && !d.allCaps(c + 1)) c++;
        dated = c + 1 < d.size() && (DATE.matcher(d.norm(c + 1)).matches() || isCalendarWord(d.norm(c + 1)));
      }
      if (dated) out.add(new Candidate(i, k, EntityType.PLACE, MentionSource.NEWS_CONVENTION));
    }
    a.put(DATELINE_PLACES, List.copyOf(out));
  }
}
