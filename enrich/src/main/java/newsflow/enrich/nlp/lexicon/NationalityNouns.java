package newsflow.enrich.nlp.lexicon;

import java.util.Locale;
import java.util.Map;

/**
 * Nouns for a person of a nation that differ from the nation's adjective ("Spaniard" for "Spanish", "Swede",
 * "Frenchman"). General knowledge of English; written by the newsflow team.
 */
public final class NationalityNouns {
  /** Noun (lower case) -> adjective (lower case): "spaniard" -> "spanish". */
  public static final Map<String, String> ADJECTIVES = Map.ofEntries(
      Map.entry("frenchman", "french"), Map.entry("frenchwoman", "french"), Map.entry("englishman", "english"),
      Map.entry("englishwoman", "english"), Map.entry("dutchman", "dutch"), Map.entry("dutchwoman", "dutch"),
      Map.entry("irishman", "irish"), Map.entry("irishwoman", "irish"), Map.entry("welshman", "welsh"),
      Map.entry("welshwoman", "welsh"), Map.entry("scotsman", "scottish"), Map.entry("scotswoman", "scottish"),
      Map.entry("scot", "scottish"), Map.entry("spaniard", "spanish"), Map.entry("serb", "serbian"),
      Map.entry("swede", "swedish"), Map.entry("dane", "danish"), Map.entry("finn", "finnish"),
      Map.entry("pole", "polish"), Map.entry("turk", "turkish"), Map.entry("croat", "croatian"),
      Map.entry("briton", "british"), Map.entry("brit", "british"));

  private NationalityNouns() {}

  /** True when {@code word} (any case) is one of these nouns. */
  public static boolean isNoun(String word) {
    return ADJECTIVES.containsKey(word.toLowerCase(Locale.ROOT));
  }
}
