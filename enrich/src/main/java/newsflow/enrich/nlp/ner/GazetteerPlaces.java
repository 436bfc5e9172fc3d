package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NameWords.isDeterminer;
import static newsflow.enrich.nlp.ner.NerLayers.GAZETTEER_MATCHES;
import static newsflow.enrich.nlp.ner.NerLayers.TAGGED;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityRecognizer;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.places.GazetteerPlaceRecognizer;
import newsflow.enrich.nlp.places.PlaceKind;
import newsflow.enrich.nlp.places.PlaceMatch;

/**
 * TAGGED, TOKENS -> GAZETTEER_MATCHES: the gazetteer's places (the document's gazetteer layer, computed
 * once and shared with the place resolver and the official matcher) on tokens, a leading function word
 * or capitalised article cut ("For Wall Street", "THE U.S. OPEN"), stance prefixes dropped
 * ("pro-Moscow"), and what the context says about each: a place named inside a token ("London-based"),
 * after a spatial preposition ("in X", ", of X,"), qualified ("Croft, Yorkshire"), a country or a
 * multi-word first-level division or region. Without a place recogniser the layer is empty.
 */
final class GazetteerPlaces extends NerLayers.Stage {
  /** A prefixed word is a stance or a former affiliation, not a place: "pro-Moscow", "anti-EU", "ex-England". */
  private static final Pattern PREFIXED = Pattern.compile("^(?i)(pro|anti|ex|non|post|pre|trans|pan)-");
  private static final Set<String> LEADING_FUNCTION_WORDS = Lexicon.words("/ner/leading-function-words.txt");
  private static final Set<String> SPATIAL = Lexicon.spatialPrepositions();

  /**
   * The gazetteer's places in document order and, by token span ({@link Candidate#key()}), whether one
   * was named inside a token, is strong (context or a division says place), is strong even over a
   * person, and the character span of those named inside a token.
   */
  record Matches(List<Candidate> places, List<Boolean> subToken, Set<Long> keys, Set<Long> strong,
      Set<Long> strongOverPeople, Map<Long, int[]> insideChars) {
    static final Matches NONE = new Matches(List.of(), List.of(), Set.of(), Set.of(), Set.of(), Map.of());
  }

  private final EntityRecognizer places;

  /** @param places a gazetteer place recogniser, another place recogniser, or null for none */
  GazetteerPlaces(EntityRecognizer places) {
    super(List.of(TAGGED, TOKENS), GAZETTEER_MATCHES);
    this.places = places;
  }

  /** A gazetteer place span; {@code division}: a country, first-level division or region. */
  private record PlaceMention(int start, int end, boolean division, boolean multiWord, boolean qualified) {}

  @Override
  public void annotate(Annotation a) {
    if (places == null) {
      a.put(GAZETTEER_MATCHES, Matches.NONE);
      return;
    }
    TokenIndex d = a.get(TOKENS);
    List<Candidate> found = new ArrayList<>();
    List<Boolean> subToken = new ArrayList<>();
    Set<Long> keys = new HashSet<>();
    Set<Long> strong = new HashSet<>();
    Set<Long> strongOverPeople = new HashSet<>();
    Map<Long, int[]> insideChars = new HashMap<>();
    for (PlaceMention m : placeMentions(a.get(TAGGED).document())) {
      Candidate c = d.toTokens(m.start(), m.end(), EntityType.PLACE, MentionSource.GAZETTEER);
      if (c == null) continue;
      while (c.to() > c.from() && (isDeterminer(d.norm(c.from())) && d.allCaps(c.from()) // "THE U.S. OPEN"
          || LEADING_FUNCTION_WORDS.contains(d.norm(c.from()).toLowerCase(Locale.ROOT)))) { // "For Wall Street , ..."
        c = new Candidate(c.from() + 1, c.to(), c.type(), c.source());
      }
      if (c.from() == c.to() && PREFIXED.matcher(d.norm(c.from())).find()) continue; // "pro-Moscow", "ex-England"
      boolean inside = d.start(c.from()) < m.start() || d.end(c.to()) > m.end();
      if (inside) { // "London" in "London-based", "Amsterdam" and "London" in "Amsterdam-London"
        insideChars.merge(c.key(), new int[] {m.start(), m.end()},
            (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
      }
      boolean spatial = c.from() > 0 && d.sameSentence(c.from() - 1, c.from())
          && SPATIAL.contains(d.norm(c.from() - 1).toLowerCase(Locale.ROOT))
          || c.from() > 1 && d.sameSentence(c.from() - 2, c.from()) && d.norm(c.from() - 1).equals("of")
              && d.norm(c.from() - 2).equals(",") // "Ms. Lind, of Bexley,"
          || m.qualified(); // "Croft, Yorkshire"
      keys.add(c.key());
      if (spatial || m.division()) strong.add(c.key());
      if (spatial || m.division() && m.multiWord()) strongOverPeople.add(c.key());
      found.add(c);
      subToken.add(inside);
    }
    a.put(GAZETTEER_MATCHES, new Matches(List.copyOf(found), List.copyOf(subToken), Set.copyOf(keys),
        Set.copyOf(strong), Set.copyOf(strongOverPeople), Map.copyOf(insideChars)));
  }

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
}
