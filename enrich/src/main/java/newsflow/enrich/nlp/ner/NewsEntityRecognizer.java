package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityRecognizer;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Sentence;
import newsflow.enrich.nlp.Token;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerPlaceRecognizer;
import newsflow.enrich.nlp.places.PlaceKind;
import newsflow.enrich.nlp.places.PlaceMatch;

/**
 * newsflow's entity model ({@link NerModel}) with the news conventions no sequence model sees on top:
 * titles and honorifics are cut from names and, before capitalised words, make a person; bylines and
 * datelines; idioms ("Uncle Sam") and portfolio words in titles ("State" in "Secretary of State") are not
 * entities; the gazetteer's places; and a name tagged once is tagged, and typed, alike across the
 * article. Each mention carries its {@link MentionSource}, whose order is the precedence. Thread-safe.
 */
public final class NewsEntityRecognizer implements EntityRecognizer {

  private final Nlp4jRecognizer statistical;
  private final NerModel model;
  private final EntityRecognizer places;
  private final NerLexicon lex = NerLexicon.instance();

  /**
   * @param statistical the NLP4J tagger (part-of-speech tags and the model's other inputs)
   * @param model newsflow's entity model, or null for NLP4J's own entity tags
   * @param places a gazetteer place recogniser (H6's), or null
   */
  public NewsEntityRecognizer(Nlp4jRecognizer statistical, NerModel model, EntityRecognizer places) {
    this.statistical = statistical;
    this.model = model;
    this.places = places;
  }

  @Override
  public List<EntityMention> recognize(Document doc) {
    return tag(doc).mentions();
  }

  /** The statistical model's mentions alone, without any news rule (to measure what the rules add). */
  public Nlp4jRecognizer.Tagged tagModelOnly(Document doc) {
    Nlp4jRecognizer.Tagged tagged = statistical.tag(doc);
    return model == null ? tagged : tagged.withMentions(model.mentions(doc.text(), tagged.sentences()));
  }

  /** Recognises the mentions of {@code doc}; the returned document carries POS tags. */
  public Nlp4jRecognizer.Tagged tag(Document doc) {
    Nlp4jRecognizer.Tagged tagged = tagModelOnly(doc);
    Doc d = new Doc(tagged.document());
    List<M> candidates = new ArrayList<>();
    for (EntityMention m : tagged.mentions()) {
      M c = d.toTokens(m.start(), m.end(), m.type(), MentionSource.MODEL);
      if (c != null) candidates.add(c);
    }
    List<M> cleaned = new ArrayList<>();
    for (M whole : candidates) {
      M c = clean(d, whole);
      if (c != null && keep(d, c)) cleaned.add(unknownPlaceWord(d, c));
    }
    List<M> all = new ArrayList<>(cleaned);
    addHonorificAndTitleNames(d, all);
    addBylines(d, all);
    addDatelines(d, all);
    Map<Long, int[]> placeChars = new HashMap<>();
    java.util.Set<Long> strongPlaces = new java.util.HashSet<>();
    java.util.Set<Long> strongOverPeople = new java.util.HashSet<>();
    java.util.Set<Long> gazetteerKeys = new java.util.HashSet<>();
    if (places != null) {
      List<M> gazetteer = new ArrayList<>();
      List<Boolean> subToken = new ArrayList<>();
      for (PlaceMention m : placeMentions(tagged.document())) {
        M c = d.toTokens(m.start(), m.end(), EntityType.PLACE, MentionSource.GAZETTEER);
        if (c == null) continue;
        while (c.to > c.from && (isDeterminer(d.norm(c.from)) && d.allCaps(c.from) // "THE U.S. OPEN"
            || FUNCTION_WORDS.contains(d.norm(c.from).toLowerCase(Locale.ROOT)))) { // "For Wall Street , ..."
          c = new M(c.from + 1, c.to, c.type, c.source);
        }
        if (c.from == c.to && PREFIXED.matcher(d.norm(c.from)).find()) continue; // "pro-Moscow", "ex-England"
        boolean inside = d.tok[c.from].start() < m.start() || d.tok[c.to].end() > m.end();
        if (inside) { // "London" in "London-based", "Amsterdam" and "London" in "Amsterdam-London"
          placeChars.merge(key(c), new int[] {m.start(), m.end()},
              (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        boolean spatial = c.from > 0 && d.sameSentence(c.from - 1, c.from)
            && SPATIAL.contains(d.norm(c.from - 1).toLowerCase(Locale.ROOT))
            || c.from > 1 && d.sameSentence(c.from - 2, c.from) && d.norm(c.from - 1).equals("of")
                && d.norm(c.from - 2).equals(",") // "Ms. Lind, of Bexley,"
            || m.qualified(); // "Croft, Yorkshire"
        gazetteerKeys.add(key(c));
        if (spatial || m.division()) strongPlaces.add(key(c));
        if (spatial || m.division() && m.multiWord()) strongOverPeople.add(key(c));
        gazetteer.add(c);
        subToken.add(inside);
      }
      for (int g = 0; g < gazetteer.size(); g++) {
        M c = gazetteer.get(g);
        all.add(placePriority(d, c, subToken.get(g), strongPlaces.contains(key(c)), strongOverPeople.contains(key(c)),
            all, gazetteer));
      }
    }
    List<M> chosen = resolveOverlaps(all);
    chosen = addConsistent(d, chosen);
    chosen = retype(d, chosen, gazetteerKeys);
    List<EntityMention> out = new ArrayList<>(chosen.size());
    String text = d.text;
    for (M m : chosen) {
      int s = d.tok[m.from].start();
      int e = d.tok[m.to].end();
      int[] chars = m.type == EntityType.PLACE ? placeChars.get(key(m)) : null;
      if (chars != null) {
        s = chars[0];
        e = chars[1];
      }
      if (m.type == EntityType.PLACE && e < text.length() && text.charAt(e) == '$') continue; // "US$3.7m": a currency
      if (m.type == EntityType.PLACE && (s > 0 && glued(text.charAt(s - 1)) || e < text.length() && glued(text.charAt(e)))) {
        continue; // "T*SOL", "PV*SOL": part of a product code, not a place
      }
      out.add(new EntityMention(s, e, text.substring(s, e), m.type, m.source.confidence()));
    }
    out.sort(Comparator.comparingInt(EntityMention::start));
    return tagged.withMentions(out);
  }

  // ------------------------------------------------------------------ cleaning and filtering

  private M clean(Doc d, M m) {
    int from = m.from;
    int to = m.to;
    // honorifics and titles are not part of a person's name ("Mr.", "Defense Secretary")
    if (m.type == EntityType.PERSON) {
      while (from <= to && (lex.isHonorific(d.norm(from)) || lex.isTitleWord(stripPeriod(d.norm(from)))
          || isDeterminer(d.norm(from)) || d.norm(from).equalsIgnoreCase("by"))) {
        from++;
      }
    }
    // lower-case words at the edges are not part of a name ("ruling Harbour Party", "Lemsk county"),
    // particles inside it are ("Bank of England", "Ludwig van Beethoven")
    while (from <= to && isLowerWord(d.norm(from))) from++;
    while (to >= from && isLowerWord(d.norm(to))) to--;
    if (from > to) return null;
    // "Paris-based Lumen Partners", "St. Paul-based Acme Holdings Inc.": the modifier is not the name
    for (int i = to - 1; i >= from; i--) {
      if (ADJECTIVAL.matcher(d.norm(i).toLowerCase(Locale.ROOT)).find()) {
        from = i + 1;
        break;
      }
    }
    String lastWord = d.norm(to).toLowerCase(Locale.ROOT);
    if (m.type == EntityType.PLACE && ADJECTIVAL.matcher(lastWord).find()) return null; // "New York-based"
    EntityType type = m.type;
    if (type == EntityType.ORGANIZATION && to > from && lex.isFacilitySuffix(d.norm(to)) && d.capitalised(to)) {
      type = EntityType.PLACE; // "Northwestern Memorial Hospital", "Manila Cathedral"
    }
    return new M(from, to, type, m.source);
  }

  /**
   * A single word the model calls a place but the gazetteer does not know is an organisation when it is
   * an abbreviation ("KPX", "ZUTA") and not a name when it is an ordinary English word ("Gate 4", "the
   * Garden Workshops").
   */
  private M unknownPlaceWord(Doc d, M m) {
    if (m.type != EntityType.PLACE || !(places instanceof GazetteerPlaceRecognizer)) return m;
    Gazetteer g = Gazetteer.shared();
    if (g.isNotPlace(d.phrase(m.from, m.to))) return new M(m.from, m.to, EntityType.OTHER, m.source); // "La Niña"
    if (m.from != m.to) return m;
    String w = d.norm(m.from);
    if (!g.lookup(w).isEmpty() || g.stateAbbreviation(w) != null || g.demonymCountry(w) != null) return m;
    int upper = 0;
    for (int i = 0; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) upper++;
    if (upper >= 2 && w.chars().allMatch(Character::isLetter) && !d.allCaps(Math.max(0, m.from - 1))) {
      return new M(m.from, m.to, EntityType.ORGANIZATION, m.source);
    }
    if (upper == 1 && g.isCommonWord(w.toLowerCase(Locale.ROOT))) return new M(m.from, m.to, EntityType.OTHER, m.source);
    return m;
  }

  /** "J." or "J.R." : initials of a given name. */
  static boolean isInitial(String w) {
    return INITIALS.matcher(w).matches() && !w.equals("U.S.") && !w.equals("U.K.") && !w.equals("U.N.");
  }

  private boolean keep(Doc d, M m) {
    String phrase = d.phrase(m.from, m.to);
    if (lex.isNotPerson(phrase)) return false;
    if (m.from > 0 && d.sameSentence(m.from - 1, m.from) && lex.isNotPerson(d.norm(m.from - 1) + " " + phrase)) {
      return false; // "SAM" of "UNCLE SAM"
    }
    if (m.type == EntityType.PERSON && m.from > 0 && kinship(d.norm(m.from - 1)) && d.sameSentence(m.from - 1, m.from)) {
      return false; // "Uncle X": an idiom or a relation, not a name the article is about
    }
    if (m.type == EntityType.PERSON && kinship(d.norm(m.from))) return false;
    // portfolio words inside a title: "Defense Secretary", "Secretary of State"
    boolean allModifiers = true;
    for (int i = m.from; i <= m.to; i++) allModifiers &= lex.isTitleModifier(d.norm(i));
    if (allModifiers) {
      if (m.to + 1 < d.tok.length && d.sameSentence(m.to, m.to + 1) && lex.isTitleHead(stripPeriod(d.norm(m.to + 1)))) {
        return false;
      }
      int p = m.from - 1;
      if (p >= 0 && d.norm(p).equalsIgnoreCase("the")) p--;
      if (p >= 1 && (d.norm(p).equalsIgnoreCase("of") || d.norm(p).equalsIgnoreCase("for"))
          && lex.isTitleHead(d.norm(p - 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean kinship(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.equals("uncle") || l.equals("aunt") || l.equals("auntie");
  }

  // ------------------------------------------------------------------ rules that add mentions

  /** "Mr. Hegseth", "President Trump", "Kremlin spokesman Dmitry Peskov". */
  private void addHonorificAndTitleNames(Doc d, List<M> out) {
    for (int i = 0; i + 1 < d.tok.length; i++) {
      if (!d.sameSentence(i, i + 1)) continue;
      String w = d.norm(i);
      boolean honorific = lex.isHonorific(w) && (w.endsWith(".") || d.capitalised(i));
      boolean title = !honorific && (lex.isTitleHead(stripPeriod(w)) || precededByTitleHead(d, i));
      if (!honorific && !title) continue;
      int end = nameRun(d, i + 1, 4);
      if (end < i + 1) continue;
      if (title) {
        // a lower-case title needs a full name ("spokesman Dmitry Peskov"); a capitalised one may take a
        // surname ("President Trump")
        boolean capitalTitle = d.capitalised(i);
        if (!capitalTitle && end == i + 1) continue;
        if (capitalTitle && d.allCaps(i)) continue; // headlines in capitals: too noisy
      }
      if (lex.isNotPerson(d.norm(i) + " " + d.phrase(i + 1, end))) continue;
      if (kinship(w)) continue;
      if (end + 1 < d.tok.length && d.sameSentence(end, end + 1) && isNameSuffix(d.norm(end + 1))) end++; // "Emperor Charles VI"
      out.add(new M(i + 1, end, EntityType.PERSON, honorific ? MentionSource.NEWS_CONVENTION : MentionSource.TITLE));
    }
  }

  /** A modifier right after a title head ("Secretary of State Ann Cole": "State" follows "Secretary of"). */
  private boolean precededByTitleHead(Doc d, int i) {
    if (!lex.isTitleModifier(d.norm(i)) || !d.capitalised(i)) return false;
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (!d.sameSentence(k, i)) return false;
      String w = d.norm(k);
      if (lex.isTitleHead(stripPeriod(w)) && d.capitalised(k)) return true;
      if (!(w.equalsIgnoreCase("of") || w.equalsIgnoreCase("the") || lex.isTitleModifier(w))) return false;
    }
    return false;
  }

  /** The last index of a run of up to {@code max} capitalised name tokens starting at {@code from}, or -1. */
  private int nameRun(Doc d, int from, int max) {
    int end = -1;
    for (int k = from; k < d.tok.length && k < from + max; k++) {
      if (k > from && !d.sameSentence(k - 1, k)) break;
      String w = d.norm(k);
      if (k > from && PARTICLES.contains(w) && k + 1 < d.tok.length && d.sameSentence(k, k + 1) && d.capitalised(k + 1)) {
        continue; // "Kengo wa Dondo"
      }
      if (!d.capitalised(k) || d.allCaps(k) && w.length() > 1 && !w.endsWith(".")) break;
      if (k == from && lex.isTitleWord(stripPeriod(w)) || lex.isHonorific(w) || lex.isOrgSuffix(w)
          || lex.isFacilitySuffix(w)) {
        break;
      }
      if (isDeterminer(w) || !Character.isLetter(w.charAt(0)) || isCalendarWord(w)) break;
      end = k;
    }
    return end;
  }

  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){1,3}");
  private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})");
  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(/\\d{2,4})?");

  /** "OSLO 2024-03-05", "SAN REMO, Italy 2024-03-05": a dateline's place, in capitals at a paragraph start. */
  private void addDatelines(Doc d, List<M> out) {
    for (int i = 0; i < d.tok.length; i++) {
      if (!(d.paragraphStart(i) || d.sentenceStart(i)) || !d.allCaps(i)) continue;
      int k = i;
      while (k + 1 < d.tok.length && k - i < 3 && d.sameSentence(k, k + 1) && d.allCaps(k + 1)) k++;
      int n = k + 1;
      if (n >= d.tok.length || !d.sameSentence(k, n)) continue;
      String next = d.norm(n);
      // "GENEVA 1996-08-30", "BRUSSELS, Nov. 26", "WINNIPEG — Manitoba's ...": an AP dateline
      boolean dash = next.equals("\u2014") || next.equals("\u2013") || next.equals("--");
      if (!d.paragraphStart(i) && !dash) continue;
      boolean dated = DATE.matcher(next).matches() || isCalendarWord(next) || dash && k + 1 - i <= 3 && n + 1 < d.tok.length;
      if (!dated && next.equals(",") && n + 2 < d.tok.length && d.capitalised(n + 1) && !d.allCaps(n + 1)) {
        int c = n + 1;
        while (c + 1 < d.tok.length && c - n < 3 && d.capitalised(c + 1) && !d.allCaps(c + 1)) c++;
        dated = c + 1 < d.tok.length && (DATE.matcher(d.norm(c + 1)).matches() || isCalendarWord(d.norm(c + 1)));
      }
      if (dated) out.add(new M(i, k, EntityType.PLACE, MentionSource.NEWS_CONVENTION));
    }
  }

  /** "By Mike Glenn" at the start of a paragraph: the author. */
  private void addBylines(Doc d, List<M> out) {
    for (int i = 0; i + 1 < d.tok.length; i++) {
      if (!d.paragraphStart(i) || !d.norm(i).equals("By")) continue;
      int end = nameRun(d, i + 1, 3);
      if (end >= i + 2) out.add(new M(i + 1, end, EntityType.PERSON, MentionSource.NEWS_CONVENTION));
    }
  }

  // ------------------------------------------------------------------ overlaps and consistency

  /** A character that glues a word into a code or a longer word ("T*SOL"); hyphens and apostrophes do not. */
  private static boolean glued(char c) {
    return Character.isLetterOrDigit(c) || c == '*' || c == '+' || c == '@' || c == '#' || c == '_';
  }

  private static long key(M m) {
    return ((long) m.from << 32) | m.to;
  }

  /**
   * A gazetteer place wins over the model's and the weaker rules' spans it overlaps ("Borno State" over
   * "Borno", "London" in "London-based", "Trump Tower" over "Trump"), unless a model or rule span
   * encloses it (the place is part of a longer name such as "Kyiv Post"): a known place's extent is more
   * reliable than the model's guess, its type is not.
   */
  private static M placePriority(Doc d, M g, boolean subToken, boolean strong, boolean overPeople, List<M> others,
      List<M> gazetteer) {
    for (M o : others) {
      if (o.source.atMost(MentionSource.GAZETTEER) || o.source == MentionSource.GAZETTEER_STRONG || o.from > g.from
          || o.to < g.to) {
        continue;
      }
      boolean same = o.from == g.from && o.to == g.to;
      if (!same && o.source == MentionSource.MODEL && o.type != EntityType.PERSON && tiledByPlaces(d, o, gazetteer)) continue;
      if (same && subToken && o.type != EntityType.PERSON) continue; // "London-based", "Amsterdam-London"
      // a country, a first-level division or a region, or a name after "in"/"near", is a place even where
      // the model guessed an organisation ("what T&T offered"); a person only after a spatial preposition
      // or for a multi-word division ("in Nelson", "to Eastern Cape")
      if (same && strong && o.type == EntityType.ORGANIZATION) continue;
      if (same && overPeople && o.type == EntityType.PERSON && o.source.atMost(MentionSource.MODEL)) continue;
      return g; // enclosed by a recognised name: keep the low priority
    }
    return new M(g.from, g.to, g.type, MentionSource.GAZETTEER_STRONG);
  }

  /** "TIJUANA & SAN DIEGO": a span made only of known places and connectors is a list of places. */
  private static boolean tiledByPlaces(Doc d, M o, List<M> gazetteer) {
    boolean[] covered = new boolean[o.to - o.from + 1];
    int places = 0;
    for (M g : gazetteer) {
      if (g.from < o.from || g.to > o.to) continue;
      places++;
      for (int i = g.from; i <= g.to; i++) covered[i - o.from] = true;
    }
    boolean caps = true;
    for (int i = o.from; i <= o.to; i++) caps &= d.allCaps(i) || !hasLetter(d.norm(i));
    if (places < 2) return false;
    for (int i = o.from; i <= o.to; i++) {
      if (covered[i - o.from]) continue;
      String w = d.norm(i).toLowerCase(Locale.ROOT);
      if (w.equals("&") || w.equals("and") || w.equals(",") || w.equals("/")) continue;
      // a headline in capitals: "CHILE BEAT PERU" is two places and a verb, not one name
      if (caps && Gazetteer.shared().isCommonWord(w)) continue;
      return false;
    }
    return true;
  }

  /** A prefixed word is a stance or a former affiliation, not a place: "pro-Moscow", "anti-EU", "ex-England". */
  private static final java.util.regex.Pattern PREFIXED =
      java.util.regex.Pattern.compile("^(?i)(pro|anti|ex|non|post|pre|trans|pan)-");

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("for", "in", "at", "on", "from",
      "to", "by", "with", "as", "but", "and", "if", "when", "after", "before", "since", "while", "into", "over");

  private static final java.util.Set<String> SPATIAL = Lexicon.spatialPrepositions();

  /** A gazetteer place span; {@code division}: a country, first-level division or region. */
  private record PlaceMention(int start, int end, boolean division, boolean multiWord, boolean qualified) {}

  private List<PlaceMention> placeMentions(Document doc) {
    List<PlaceMention> out = new ArrayList<>();
    if (places instanceof GazetteerPlaceRecognizer g) {
      for (PlaceMatch m : g.find(doc)) {
        // a country is a place even where the model saw an organisation ("what T&T offered"); a single-word
        // county or state may name a team or a club, so only multi-word divisions are
        boolean multi = m.text().trim().indexOf(' ') > 0;
        PlaceKind kind = m.candidates().isEmpty() ? null : m.candidates().get(0).kind();
        // a hyphenated division ("Nagorno-Karabakh", "Baden-Württemberg") is one name of several words too
        boolean division = kind == PlaceKind.COUNTRY || (multi || m.text().indexOf('-') > 0) && isDivision(kind);
        out.add(new PlaceMention(m.start(), m.end(), division, multi, m.qualifier() != null));
      }
    } else {
      for (EntityMention m : places.recognize(doc)) out.add(new PlaceMention(m.start(), m.end(), false, false, false));
    }
    return out;
  }

  private static boolean isDivision(PlaceKind k) {
    return k == PlaceKind.COUNTRY || k == PlaceKind.ADMIN1 || k == PlaceKind.REGION;
  }

  private static List<M> resolveOverlaps(List<M> all) {
    List<M> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing((M m) -> m.source).thenComparingInt(m -> -(m.to - m.from)));
    List<M> chosen = new ArrayList<>();
    boolean[] taken = new boolean[0];
    int max = 0;
    for (M m : sorted) max = Math.max(max, m.to + 1);
    taken = new boolean[max];
    for (M m : sorted) {
      boolean free = true;
      for (int i = m.from; i <= m.to && free; i++) free = !taken[i];
      if (!free) {
        // an org-suffix phrase or a model span that strictly contains lower-priority pieces still loses
        continue;
      }
      for (int i = m.from; i <= m.to; i++) taken[i] = true;
      chosen.add(m);
    }
    chosen.sort(Comparator.comparingInt(m -> m.from));
    return chosen;
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

    /** Tags untagged occurrences of strings tagged elsewhere in the document, and people's surnames. */
  private List<M> addConsistent(Doc d, List<M> chosen) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, EntityType> surnames = new HashMap<>();
    int maxLen = 1;
    for (M m : chosen) {
      if (m.type == EntityType.OTHER) continue;
      String key = d.phrase(m.from, m.to).toLowerCase(Locale.ROOT);
      votes.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(m.type, 1, Integer::sum);
      maxLen = Math.max(maxLen, m.to - m.from + 1);
      if (m.type == EntityType.PERSON && m.to > m.from && d.capitalised(m.to)) {
        surnames.put(d.norm(m.to).toLowerCase(Locale.ROOT), EntityType.PERSON);
      }
    }
    boolean[] taken = new boolean[d.tok.length];
    for (M m : chosen) for (int i = m.from; i <= m.to; i++) taken[i] = true;
    List<M> out = new ArrayList<>(chosen);
    for (int i = 0; i < d.tok.length; i++) {
      if (taken[i] || !d.capitalised(i)) continue;
      for (int len = Math.min(maxLen, d.tok.length - i); len >= 1; len--) {
        int to = i + len - 1;
        if (!d.sameSentence(i, to)) continue;
        boolean free = true;
        for (int k = i; k <= to && free; k++) free = !taken[k];
        if (!free) continue;
        if (!d.capitalised(to)) continue;
        if (to + 1 < d.tok.length && d.sameSentence(to, to + 1) && d.capitalised(to + 1) && !d.allCaps(to + 1)
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
        out.add(new M(i, to, type, MentionSource.CONSISTENCY));
        for (int k = i; k <= to; k++) taken[k] = true;
        break;
      }
    }
    out.sort(Comparator.comparingInt(m -> m.from));
    return out;
  }

  /**
   * A single word tagged as a place or organisation that is the surname of a person named in full in
   * the same document is that person ("Wang Dan ... Wang said"); a mention in capitals (headlines) takes
   * the type its mixed-case occurrences have, where the model is more reliable.
   */
  private List<M> retype(Doc d, List<M> chosen, java.util.Set<Long> strongPlaces) {
    Map<String, Integer> surnames = new HashMap<>();
    Map<String, Integer> givenFirst = new HashMap<>();
    Map<String, Map<EntityType, Integer>> mixedCase = new HashMap<>();
    java.util.Set<String> placeWords = new java.util.HashSet<>();
    for (M m : chosen) {
      if (m.type == EntityType.PLACE && m.from == m.to && strongPlaces.contains(key(m))) placeWords.add(d.norm(m.from));
      if (m.type == EntityType.PERSON && m.to > m.from && d.capitalised(m.to) && !d.allCaps(m.to)) {
        surnames.merge(d.norm(m.to), 1, Integer::sum);
        if (d.capitalised(m.from) && !isInitial(d.norm(m.from))) givenFirst.merge(d.norm(m.from), 1, Integer::sum); // "Wang Dan"
      }
      boolean caps = true;
      for (int i = m.from; i <= m.to; i++) caps &= d.allCaps(i) || !hasLetter(d.norm(i));
      if (!caps && m.type != EntityType.OTHER) {
        mixedCase.computeIfAbsent(d.phrase(m.from, m.to).toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
            .merge(m.type, 1, Integer::sum);
      }
    }
    List<M> out = new ArrayList<>(chosen.size());
    for (M m : chosen) {
      EntityType type = m.type;
      // a known place keeps its type when the "person" merely starts with it ("Honolulu Star-Advertiser")
      boolean place = m.type == EntityType.PLACE && (m.source == MentionSource.GAZETTEER_STRONG || strongPlaces.contains(key(m)));
      if (m.from == m.to && type != EntityType.PERSON && type != EntityType.OTHER
          && (surnames.containsKey(d.norm(m.from)) || !place && givenFirst.containsKey(d.norm(m.from)))) {
        type = EntityType.PERSON;
      } else if (m.from == m.to && type == EntityType.PERSON && m.source.atMost(MentionSource.MODEL) && placeWords.contains(d.norm(m.from))
          && !surnames.containsKey(d.norm(m.from)) && !givenFirst.containsKey(d.norm(m.from))) {
        type = EntityType.PLACE; // "in Nelson ... the Nelson office": one sense per article unless someone is so named
      } else {
        boolean caps = true;
        for (int i = m.from; i <= m.to; i++) caps &= d.allCaps(i) || !hasLetter(d.norm(i));
        Map<EntityType, Integer> v = caps ? mixedCase.get(d.phrase(m.from, m.to).toLowerCase(Locale.ROOT)) : null;
        if (v != null) type = majority(v);
      }
      out.add(type == m.type ? m : new M(m.from, m.to, type, m.source));
    }
    return out;
  }

  // ------------------------------------------------------------------ helpers

  private static final java.util.Set<String> CALENDAR = Lexicon.with(Lexicon.union(Lexicon.weekdays(),
      Lexicon.months()), "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

  static boolean isCalendarWord(String w) {
    return CALENDAR.contains(w.toLowerCase(Locale.ROOT));
  }

  private static final java.util.regex.Pattern ADJECTIVAL =
      java.util.regex.Pattern.compile("-(based|led|born|backed|owned|run|made|style|controlled|bound|wide)$");

  /** A word written all in lower case (not a particle that may sit at a name's edge, such as "al-" or "de"). */
  private static boolean isLowerWord(String w) {
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return false;
    for (int i = 0; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) return false; // "al-Assad", "iPhone"
    return !PARTICLES.contains(w);
  }

  /** Lower-case particles inside names: "Pieter van der Berg", "Kengo wa Ndala", "Omar bin Said". */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "der", "den", "van", "von", "ter",
      "ten", "bin", "ibn", "bint", "da", "di", "do", "dos", "das", "du", "del", "della", "la", "le", "wa", "ul",
      "al", "el", "y", "e", "zu", "af", "av");

  /** "VI", "III", "Jr." after a name. */
  private static boolean isNameSuffix(String w) {
    return REGNAL.matcher(w).matches() || w.equals("Jr.") || w.equals("Jr") || w.equals("Sr.");
  }

  private static boolean isDeterminer(String w) {
    return w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) return true;
    return false;
  }

  static String stripPeriod(String w) {
    return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
  }

  /** A candidate mention over tokens {@code from..to} (inclusive) of the flattened document. */
  record M(int from, int to, EntityType type, MentionSource source) {}

  /** The document's tokens flattened, with sentence and paragraph boundaries. */
  static final class Doc {
    final String text;
    final Token[] tok;
    final int[] sentence;
    final int[] paragraph;
    final Map<Integer, Integer> byStart = new HashMap<>();
    final Map<Integer, Integer> byEnd = new HashMap<>();

    Doc(Document doc) {
      this.text = doc.text();
      List<Token> all = new ArrayList<>();
      List<Integer> sent = new ArrayList<>();
      List<Integer> para = new ArrayList<>();
      int si = 0;
      for (Sentence s : doc.sentences()) {
        for (Token t : s.tokens()) {
          all.add(t);
          sent.add(si);
          para.add(s.paragraph());
        }
        si++;
      }
      tok = all.toArray(new Token[0]);
      sentence = sent.stream().mapToInt(Integer::intValue).toArray();
      paragraph = para.stream().mapToInt(Integer::intValue).toArray();
      for (int i = 0; i < tok.length; i++) {
        byStart.put(tok[i].start(), i);
        byEnd.put(tok[i].end(), i);
      }
    }

    M toTokens(int start, int end, EntityType type, MentionSource source) {
      Integer from = byStart.get(start);
      Integer to = byEnd.get(end);
      if (from == null || to == null) {
        from = null;
        to = null;
        for (int i = 0; i < tok.length; i++) {
          if (tok[i].end() > start && tok[i].start() < end) {
            if (from == null) from = i;
            to = i;
          }
        }
      }
      if (from == null || to == null || to < from || !sameSentence(from, to)) return null;
      return new M(from, to, type, source);
    }

    String norm(int i) {
      Token t = tok[i];
      return t.norm() == null ? t.text() : t.norm();
    }

    boolean sameSentence(int a, int b) {
      return sentence[a] == sentence[b];
    }

    boolean sentenceStart(int i) {
      return i == 0 || sentence[i - 1] != sentence[i];
    }

    boolean paragraphStart(int i) {
      return i == 0 || paragraph[i - 1] != paragraph[i];
    }

    boolean capitalised(int i) {
      String w = norm(i);
      return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    boolean allCaps(int i) {
      String w = norm(i);
      boolean letter = false;
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (Character.isLetter(c)) {
          letter = true;
          if (!Character.isUpperCase(c)) return false;
        }
      }
      return letter;
    }

    String phrase(int from, int to) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i <= to; i++) {
        if (i > from) sb.append(' ');
        sb.append(norm(i));
      }
      return sb.toString();
    }
  }
}
