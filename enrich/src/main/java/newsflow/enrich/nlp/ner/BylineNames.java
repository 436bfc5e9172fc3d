package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.BYLINE_NAMES;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.places.Gazetteer;

/**
 * TOKENS -> BYLINE_NAMES: "By Ann Lee" at the start of a paragraph names the author
 * ({@code NEWS_CONVENTION}); so do "By ANN LEE" in capitals and each name of "By Ann Lee and Tom Ray". A
 * byline often runs on into the reporter's city ("By Ann Lee New Delhi, Jan 3"): a place the gazetteer
 * finds there is cut from the name when it cannot be the surname (see {@link #beforePlace}).
 */
final class BylineNames extends NerLayers.Stage {
  /** Words joining the names of several authors. */
  private static final Set<String> JOINERS = Set.of("and", "AND", "&");

  /** "Jan", "Sept": a month's abbreviation written without its period, as datelines often do. */
  private static final Set<String> MONTH_ABBREVIATIONS = Lexicon.monthAbbreviations();

  /** Longest name in capitals taken whole ("ANN MARIE DE LEE"). */
  private static final int MAX_CAPS_WORDS = 4;

  private final Gazetteer gazetteer;

  /** @param gazetteer the gazetteer that knows the places a byline may run on into, or null for none */
  BylineNames(Gazetteer gazetteer) {
    super(List.of(TOKENS), BYLINE_NAMES);
    this.gazetteer = gazetteer;
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i + 1 < d.size(); i++) {
      if (!d.paragraphStart(i) || !d.norm(i).equals("By")) continue;
      int from = i + 1;
      for (int n = 0; n < 3 && from < d.size(); n++) { // at most three authors
        int end = d.allCaps(from) ? capsRun(d, from) : NameWords.nameRun(d, from, 3);
        if (end >= from + 1) end = beforePlace(d, from, end);
        if (end < from + 1) break;
        out.add(new Candidate(from, end, EntityType.PERSON, MentionSource.NEWS_CONVENTION));
        if (end + 2 >= d.size() || !d.sameSentence(end, end + 2) || !JOINERS.contains(d.norm(end + 1))) break;
        from = end + 2;
      }
    }
    a.put(BYLINE_NAMES, List.copyOf(out));
  }

  /**
   * The last index of a name written in capitals ("By LENA MARIA HOLT"): two to four words in capitals, the
   * whole of the run, which must end the paragraph or stand before a comma or a joiner ("By ANN LEE, Staff
   * Writer", "By ANN LEE AND TOM RAY"). In capitals a short given name looks like an abbreviation and
   * the tagger often takes only part of the name; the byline says it is one name. -1 when not such a run.
   */
  static int capsRun(TokenIndex d, int from) {
    int end = from - 1;
    for (int k = from; k < d.size() && k < from + MAX_CAPS_WORDS + 1; k++) {
      if (k > from && !d.sameSentence(k - 1, k)) break;
      String w = d.norm(k);
      if (!d.allCaps(k) || JOINERS.contains(w) || !Character.isLetter(w.charAt(0))) break;
      if (NameWords.isDeterminer(w) || NameWords.isCalendarWord(w) || NameWords.PARTICLES.contains(w)) return -1;
      end = k;
    }
    if (end - from + 1 > MAX_CAPS_WORDS) return -1;
    boolean closed = end + 1 >= d.size() || !d.sameSentence(end, end + 1) || d.paragraphStart(end + 1)
        || d.norm(end + 1).equals(",") || JOINERS.contains(d.norm(end + 1));
    return closed ? end : -1;
  }

  /**
   * The name without a place the gazetteer finds after its first two words, when that place cannot be the
   * surname: it runs on past the name ("By Ann Lee New Delhi": "New" of "New Delhi"), stands before a comma
   * and a date (a dateline: "Oslo, March 3"), or the article names the person without it elsewhere. A
   * town that is also a surname ("By Mary Ann Preston") is otherwise kept.
   */
  private int beforePlace(TokenIndex d, int from, int end) {
    if (gazetteer == null) return end;
    for (int k = from + 2; k <= end; k++) {
      int to = placeAt(d, k);
      if (to < 0) continue;
      if (to > end || datelineAfter(d, to) || namedWithout(d, from, k)) return k - 1;
    }
    return end;
  }

  /** The last token of the longest place the gazetteer knows starting at token {@code k}, or -1. */
  private int placeAt(TokenIndex d, int k) {
    for (int to = Math.min(d.size() - 1, k + gazetteer.maxNameTokens() - 1); to >= k; to--) {
      if (!d.sameSentence(k, to)) continue;
      if (!gazetteer.lookup(d.phrase(k, to)).isEmpty()) return to;
    }
    return -1;
  }

  /** A comma and a calendar word after token {@code k}: "Oslo, March 3", "Oslo, Jan 3", "Oslo, Monday". */
  private static boolean datelineAfter(TokenIndex d, int k) {
    if (k + 2 >= d.size() || !d.norm(k + 1).equals(",")) return false;
    String w = d.norm(k + 2);
    return NameWords.isCalendarWord(w) || MONTH_ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** Whether tokens {@code from..to-1} stand elsewhere in the text without token {@code to} after them. */
  private static boolean namedWithout(TokenIndex d, int from, int to) {
    int len = to - from;
    for (int j = 0; j + len <= d.size(); j++) {
      if (j == from) continue;
      boolean same = true;
      for (int k = 0; k < len && same; k++) same = d.norm(j + k).equals(d.norm(from + k));
      if (same && (j + len >= d.size() || !d.norm(j + len).equals(d.norm(to)))) return true;
    }
    return false;
  }
}
