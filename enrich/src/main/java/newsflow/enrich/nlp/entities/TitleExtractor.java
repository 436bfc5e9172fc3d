package newsflow.enrich.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.lexicon.SpeechVerbs;
import newsflow.enrich.nlp.ner.NerLexicon;

/**
 * Finds the titles of people: a title chain before the name ("German Defense Minister Boris
 * Pistorius", "Secretary of Commerce Lena Ortiz", "Kremlin spokesman Dmitry Peskov"), an appositive
 * after it ("Mark Rutte, NATO's secretary-general,"), "By" bylines (author), and links definite
 * descriptions ("the Pentagon chief", "the Ukrainian president") to the person whose titles match.
 */
final class TitleExtractor {
  private static final Set<String> HEAD_SYNONYMS = Set.of("chief", "secretary", "minister", "head");
  private static final int MAX_CHAIN = 8;
  /** Capitalised words that start a sentence without qualifying a title. */
  private static final java.util.Set<String> STOP = Lexicon.words("/entities/title-stop-words.txt");
  private static final int MAX_APPOSITIVE = 14;
  /** Verbs that end an appositive whose closing comma was dropped after a comma list. */
  private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "wrote", "argued",
      "noted", "warned", "stated", "explained");

  private final NerLexicon lex = NerLexicon.instance();
  private final Function<String, String> countryOf;

  /**
   * @param countryOf the country name a word denotes ("Russian" -> "Russia", "U.S." -> "United States"),
   *     or null; used to add the normalised form of "Russian President" ("President of Russia")
   */
  TitleExtractor(Function<String, String> countryOf) {
    this.countryOf = countryOf;
  }

  /**
   * The titles attached to the person mention {@code [start, end)}; {@code people} maps the start of each
   * person mention of the document to its end (an appositive listing other people is no title).
   */
  List<String> titlesOf(TokenView v, int start, int end, java.util.Map<Integer, Integer> people) {
    List<String> out = new ArrayList<>();
    int first = v.firstAtOrAfter(start);
    int last = v.lastEndingBy(end);
    if (first >= v.size() || last < first) return out;
    String before = before(v, first);
    if (before != null) {
      out.add(before);
      addNormalised(before, out);
    }
    out.addAll(appositive(v, last, people));
    int p = first - 1;
    if (p >= 0 && v.norm(p).equals("By") && v.paragraphStart(p)) out.add("author");
    return out;
  }

  /** A chain of title words (with "of", "the", capitalised qualifiers) right before the name. */
  private String before(TokenView v, int first) {
    int k = first - 1;
    while (k >= 0 && v.sameSentence(k, first) && lex.isHonorific(v.norm(k))) k--; // "Mr." is not a title
    if (k < 0 || !v.sameSentence(k, first) || !lex.isTitleWord(strip(v.norm(k)))) return null;
    int end = k;
    int start = k;
    boolean head = false;
    for (int i = k; i >= 0 && v.sameSentence(i, first) && end - i < MAX_CHAIN; i--) {
      String w = v.norm(i);
      String l = strip(w).toLowerCase(Locale.ROOT);
      if (lex.isTitleHead(l)) {
        head = true;
        start = i;
      } else if (lex.isTitleModifier(l)) {
        start = i;
      } else if (l.equals("of") || l.equals("the") || l.equals("'s") || l.equals("for")) {
        continue; // kept only if a title word lies further left
      } else if (SpeechVerbs.isSpeechVerb(l) && (i == 0 || !v.sameSentence(i - 1, i) || !v.capitalised(i))) {
        break; // "Explained Acme CTO Ann Lee, ...": a sentence-initial speech verb is no qualifier of the title
      } else if (v.capitalised(i) && !isDayOrMonth(l) && !STOP.contains(l)
          || v.capitalised(i) && isQualifier(v, i) && !STOP.contains(l)) {
        start = i; // "NATO", "Kremlin", "U.S.", "German"
      } else {
        break;
      }
    }
    if (!head) {
      // "Prime Minister" style two-word heads
      if (end >= 1 && lex.isTitleHead(v.norm(end - 1) + " " + v.norm(end))) head = true;
    }
    if (!head) return null;
    return clean(v.text(start, end));
  }

  /** "Russian President" -> also "President of Russia"; "Ruritanian Minister of Labor" -> also without "Ruritanian". */
  private void addNormalised(String title, List<String> out) {
    if (countryOf == null) return;
    int sp = title.indexOf(' ');
    if (sp < 0) return;
    String first = title.substring(0, sp);
    String rest = title.substring(sp + 1);
    String country = countryOf.apply(first);
    if (country == null || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) return;
    boolean restIsTitle = true;
    for (String w : rest.split(" ")) {
      String l = strip(w).toLowerCase(Locale.ROOT);
      restIsTitle &= lex.isTitleWord(l) || l.equals("of") || l.equals("the") || Character.isUpperCase(w.charAt(0));
    }
    if (!restIsTitle) return;
    out.add(rest);
    if (!rest.contains(" of ") && rest.split(" ").length <= 2 && !first.equalsIgnoreCase(country)) {
      out.add(rest + " of " + country);
    }
  }

  private static boolean isQualifier(TokenView v, int i) {
    String p = v.pos(i);
    return p.equals("JJ") || p.equals("NNP") || p.equals("NNPS");
  }

  /**
   * ", NATO's secretary-general," or ", the Nordic Council's chief trade negotiator,"; a comma inside
   * one proper name ("director of the Europe, Russia, and Eurasia Program at ...") does not end it.
   */
  private List<String> appositive(TokenView v, int last, java.util.Map<Integer, Integer> people) {
    List<String> out = new ArrayList<>();
    int c = last + 1;
    if (c >= v.size() || !v.sameSentence(last, c) || !v.norm(c).equals(",")) return out;
    int from = c + 1;
    boolean head = false;
    boolean list = false;
    int to = -1;
    int limit = MAX_APPOSITIVE;
    for (int i = from; i < v.size() && v.sameSentence(c, i) && i - from < limit; i++) {
      String w = v.norm(i);
      // A comma right after the title head ("Acme's COO, and Ann Lee, its CFO") closes the title, not a long name.
      if (w.equals(",") && head && !lex.isTitleHead(strip(v.norm(i - 1)))) {
        int end = nameListEnd(v, i);
        if (end > i) {
          list = true;
          limit += end - i;
          i = end - 1; // continue after the list's last conjunct
          continue;
        }
      }
      if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("\"")) {
        to = i - 1;
        break;
      }
      String l = w.toLowerCase(Locale.ROOT);
      if (list && SPEECH_VERBS.contains(l)) { // "..., and Eurasia Program at the Center said": no closing comma
        to = i - 1;
        break;
      }
      String p = v.pos(i);
      if (p.startsWith("VB") || p.equals("MD") || p.equals("PRP") || p.equals("WP") || p.equals("CD")) return out;
      if (lex.isTitleHead(strip(w))) head = true;
    }
    if (!head || to < from) return out;
    int s = from;
    String l = v.norm(s).toLowerCase(Locale.ROOT);
    boolean definite = l.equals("the");
    if (definite || l.equals("a") || l.equals("an")) s++;
    if (s > to) return out;
    // "said Mayor Ann Lee, Councillor Bo Kern and Cy Dunn": a list of other people, not Lee's title. A person
    // joined by "and" or "or" (role words may lead the name) is another source; "sister of King Ivo" describes her.
    for (int i = s + 1; i <= to; i++) {
      if (!people.containsKey(v.tok[i].start())) continue;
      int k = i - 1;
      while (k > s && i - k <= 3 && !v.capitalised(k) && (v.pos(k).startsWith("NN") || v.pos(k).equals("JJ"))) k--;
      if (isConjunction(v.norm(k))) return out;
    }
    out.add(clean(v.text(s, to)));
    String ofForm = possessiveAsOf(v, s, to, definite);
    if (ofForm != null) out.add(ofForm);
    return out;
  }

  /**
   * At the comma {@code comma} after a capitalised word: when what follows is more capitalised names joined
   * by commas and a final "and"/"or" whose conjunct has two or more capitalised words (the shared head of one
   * proper name: "Europe, Russia, and Eurasia Program"), the index just past that conjunct; else -1.
   */
  private static int nameListEnd(TokenView v, int comma) {
    if (comma < 1 || !v.capitalised(comma - 1)) return -1;
    int i = comma + 1;
    while (i < v.size() && v.sameSentence(comma, i)) {
      String l = v.norm(i).toLowerCase(Locale.ROOT);
      if (l.equals("and") || l.equals("or")) {
        int k = i + 1;
        while (k < v.size() && v.sameSentence(comma, k) && v.capitalised(k)
            && !STOP.contains(v.norm(k).toLowerCase(Locale.ROOT))) k++;
        return k - (i + 1) >= 2 ? k : -1;
      }
      int k = i;
      while (k < v.size() && v.sameSentence(comma, k) && v.capitalised(k)
          && !STOP.contains(v.norm(k).toLowerCase(Locale.ROOT))) k++;
      if (k == i) return -1; // a non-name item
      if (k < v.size() && v.norm(k).equals(",")) k++; // ", Russia," or the serial comma before "and"
      else if (k >= v.size() || !isConjunction(v.norm(k))) return -1;
      i = k;
    }
    return -1;
  }

  private static boolean isConjunction(String w) {
    return w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or");
  }

  /** "the Nordic Council's chief trade negotiator" -> "chief trade negotiator of the Nordic Council". */
  private static String possessiveAsOf(TokenView v, int s, int to, boolean definite) {
    int pos = -1;
    for (int i = s; i <= to; i++) {
      String w = v.norm(i).replace('\u2019', '\'');
      if (w.equals("'s") || w.equals("'")) {
        if (pos >= 0) return null;
        pos = i;
      }
    }
    if (pos <= s || pos >= to) return null;
    for (int i = s; i < pos; i++) if (!v.capitalised(i)) return null; // the owner is a proper name
    if (v.capitalised(pos + 1)) return null; // "NATO's Secretary-General" keeps its own form
    String owner = clean(v.text(s, pos - 1));
    return clean(v.text(pos + 1, to)) + " of " + (definite ? "the " : "") + owner;
  }

  /**
   * Links "the Pentagon chief", "the Ukrainian president" to the person whose titles contain the head
   * (or a synonym) and every qualifier (or what an institution name stands for).
   */
  void resolveDescriptions(TokenView v, List<Entity> people) {
    if (people.isEmpty()) return;
    for (int i = 0; i + 2 < v.size(); i++) {
      if (!v.norm(i).equalsIgnoreCase("the")) continue;
      List<String> qualifiers = new ArrayList<>();
      int h = -1;
      for (int k = i + 1; k < v.size() && k <= i + 4 && v.sameSentence(i, k); k++) {
        String w = strip(v.norm(k));
        String l = w.toLowerCase(Locale.ROOT);
        boolean cap = v.capitalised(k);
        if (lex.isTitleHead(l) && !cap && k > i + 1) {
          h = k;
          break;
        }
        if (cap || lex.isTitleModifier(l)) qualifiers.add(l);
        else break;
      }
      if (h < 0 || qualifiers.isEmpty()) continue;
      if (h + 1 < v.size() && v.sameSentence(h, h + 1) && (v.capitalised(h + 1) || v.norm(h + 1).equals("of"))) continue;
      int start = v.tok[i].start();
      int end = v.tok[h].end();
      if (overlapsPerson(people, start, end)) continue;
      String head = v.norm(h).toLowerCase(Locale.ROOT);
      Entity best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Entity e : people) {
        if (!titlesMatch(e.titles(), head, qualifiers)) continue;
        int d = distance(e, start);
        if (d < bestDistance) {
          best = e;
          bestDistance = d;
        }
      }
      if (best != null) {
        best.addMention(Span.of(v.text, start, end));
        best.addTitle(clean(v.text(i + 1, h)));
      }
    }
  }

  private static boolean overlapsPerson(List<Entity> people, int s, int e) {
    for (Entity p : people) for (Span m : p.mentions()) if (m.overlaps(s, e)) return true;
    return false;
  }

  /** Preceding mentions are closer than following ones. */
  private static int distance(Entity e, int offset) {
    int best = Integer.MAX_VALUE;
    for (Span m : e.mentions()) {
      int d = m.end() <= offset ? offset - m.end() : 1_000_000 + m.start() - offset;
      best = Math.min(best, d);
    }
    return best;
  }

  private boolean titlesMatch(List<String> titles, String head, List<String> qualifiers) {
    for (String t : titles) {
      List<String> words = new ArrayList<>();
      for (String w : t.toLowerCase(Locale.ROOT).replace("'s", " ").split("[\\s-]+")) words.add(strip(w));
      boolean headOk = words.contains(head)
          || HEAD_SYNONYMS.contains(head) && words.stream().anyMatch(HEAD_SYNONYMS::contains);
      if (!headOk) continue;
      boolean all = true;
      for (String q : qualifiers) all &= qualifierMatches(words, q);
      if (all) return true;
    }
    return false;
  }

  private boolean qualifierMatches(List<String> words, String q) {
    for (String w : words) {
      if (w.equals(q)) return true;
      if (w.length() >= 5 && q.length() >= 5 && w.regionMatches(0, q, 0, 5)) return true; // Ukraine ~ Ukrainian
    }
    for (String m : lex.metonymWords(q)) if (words.contains(m)) return true;
    return false;
  }

  /** Weekdays, months ("may" left out: also a given name and a verb), and the prepositions before dates. */
  private static final Set<String> DAYS_MONTHS = Lexicon.with(Lexicon.union(Lexicon.weekdays(),
      Lexicon.without(Lexicon.months(), "may")), "on", "in", "at");

  private static boolean isDayOrMonth(String l) {
    return DAYS_MONTHS.contains(l);
  }

  private static String strip(String w) {
    return w.endsWith(".") && w.length() > 1 && !w.contains("..") ? w.substring(0, w.length() - 1) : w;
  }

  private static String clean(String s) {
    return s.replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
  }
}
