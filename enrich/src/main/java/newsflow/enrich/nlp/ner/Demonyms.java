package newsflow.enrich.nlp.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.enrich.nlp.lexicon.GivenNames;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.lexicon.NationalityNouns;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerEntry;
import newsflow.enrich.nlp.places.PlaceKind;

/**
 * Words for the people of a place: a nation's ("Brazilian", and the nouns that differ from the adjective:
 * "Swede", "Spaniard"; from the gazetteer's country table and {@link NationalityNouns}), or a well-known city's,
 * state's or country's, derived from the gazetteer ("Londoner", "Parisian", "Texan", "Viennese", "Delhiite")
 * or listed where the form does not follow from the name (ner/city-demonyms.txt: "Glaswegian"). A plural
 * ("Londoners") counts. Thread-safe.
 */
public final class Demonyms {
  private static final Set<String> LISTED = Lexicon.words("/ner/city-demonyms.txt");

  /**
   * Nation nouns that are given names or surnames too ("Finn Lowe", "Dane Ruiz"): never a premodifier to strip
   * unless a fuller name follows them after "fellow" ({@link #ambiguous}).
   */
  private static final Set<String> NAME_LIKE = Set.of(
      "finn", "dane", "scot", "brit", "pole", "turk", "roman", "french", "english", "irish", "welsh");

  /** Suffix and the endings the place's name may have in its stead ("Texan": "Tex" + "as"). */
  private static final List<String[]> DERIVED = List.of(
      new String[] {"er", ""}, new String[] {"ian", "", "a"}, new String[] {"an", "a", "e", "as", "o"},
      new String[] {"ese", "", "a"}, new String[] {"ite", "", "e"});

  private Demonyms() {}

  /** True when {@code word} (or a two-word phrase: "New Yorker") names the people of a place. */
  public static boolean isDemonym(String word) {
    if (word == null || word.length() < 4 || !Character.isUpperCase(word.charAt(0))) return false;
    if (singular(word)) return true;
    return word.endsWith("s") && singular(word.substring(0, word.length() - 1));
  }

  /** True when {@code word} names the people of a nation ("Brazilian", "Swede"). */
  public static boolean isNational(String word) {
    return word != null && (NationalityNouns.isNoun(word) || Gazetteer.shared().demonymCountry(word) != null);
  }

  /** True for a demonym that may also be a person's given name or surname ("Finn", "Dane"). */
  public static boolean ambiguous(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return NAME_LIKE.contains(w) || GivenNames.isGivenName(word);
  }

  private static boolean singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (LISTED.contains(w) || NationalityNouns.isNoun(w)) return true;
    Gazetteer g = Gazetteer.shared();
    if (g.demonymCountry(word) != null) return true;
    if (g.isCommonWord(w)) return false; // "Hammer", "Guardian", "Hamburger": an ordinary word first
    for (String[] d : DERIVED) {
      if (!w.endsWith(d[0])) continue;
      String stem = word.substring(0, word.length() - d[0].length());
      if (stem.length() < 3 || !Character.isLowerCase(stem.charAt(stem.length() - 1))) continue;
      for (int i = 1; i < d.length; i++) {
        // a stem of three letters only with a longer ending ("Tex" + "as"): "Zam" + "a" would make "Zaman"
        if ((stem.length() > 3 || d[i].length() > 1) && wellKnownPlace(g, stem + d[i])) return true;
      }
    }
    return false;
  }

  /**
   * Countries whose states or provinces English names its people after ("Texan", "Albertan", "Tasmanian"); the
   * first-level divisions of other countries are too many and too little known ("Mara" would make "Marian").
   */
  private static final Set<String> DIVISION_DEMONYM_COUNTRIES = Set.of("US", "CA", "AU", "GB", "IE", "NZ");

  /**
   * A country, a state or province of {@link #DIVISION_DEMONYM_COUNTRIES} or a well-known city
   * ({@link GazetteerEntry#WELL_KNOWN_POPULATION}), its name four letters long at least.
   */
  private static boolean wellKnownPlace(Gazetteer g, String name) {
    if (name.length() < 4) return false;
    for (GazetteerEntry e : g.lookup(name)) {
      if (e.kind() == PlaceKind.COUNTRY
          || e.kind() == PlaceKind.ADMIN1 && DIVISION_DEMONYM_COUNTRIES.contains(e.countryCode())
          || e.kind() == PlaceKind.CITY && e.population() >= GazetteerEntry.WELL_KNOWN_POPULATION) {
        return true;
      }
    }
    return false;
  }
}
