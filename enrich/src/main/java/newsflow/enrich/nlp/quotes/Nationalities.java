package newsflow.enrich.nlp.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsflow.enrich.nlp.lexicon.NationalityNouns;

/**
 * Nouns for a person by nationality ("the Frenchman", "the Serb", "the Brazilian") and the words that show a
 * person has that nationality ("French", "Frenchman", "France" in "France's ..."). The adjectives and countries
 * come from the gazetteer's country table; nouns that are not the adjective itself from {@link NationalityNouns}.
 */
final class Nationalities {
  /** Nouns that differ from their adjective ("Spaniard" for "Spanish"). */
  private static final Map<String, String> IRREGULAR = NationalityNouns.ADJECTIVES;

  /** The home nations, absent from the country table. */
  private static final Map<String, String> NATIONS = Map.of(
      "english", "england", "scottish", "scotland", "welsh", "wales");

  private static final List<String[]> COUNTRY_ROWS = countryRows();

  /** Adjective (lower case) -> the countries it is of. */
  private static final Map<String, Set<String>> COUNTRIES = countries();

  private Nationalities() {}

  /**
   * The words that show the nationality a noun names ("serb" -> serb, serbian, serbia), or an empty set when
   * {@code noun} names no nationality.
   */
  static Set<String> showingWords(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    String adjective = IRREGULAR.getOrDefault(n, n);
    Set<String> of = COUNTRIES.get(adjective);
    if (of == null) return Set.of();
    Set<String> words = new HashSet<>(of);
    words.add(adjective);
    words.add(n);
    for (Map.Entry<String, String> e : IRREGULAR.entrySet()) if (e.getValue().equals(adjective)) words.add(e.getKey());
    return words;
  }

  /** Common names of countries, lower case ("ruritania"), from the gazetteer's country table. */
  static Set<String> countryNames() {
    Set<String> names = new HashSet<>();
    for (String[] f : COUNTRY_ROWS) {
      if (f.length > 2 && !f[2].isBlank()) names.add(f[2].strip().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(names);
  }

  private static Map<String, Set<String>> countries() {
    Map<String, Set<String>> map = new HashMap<>();
    NATIONS.forEach((adj, nation) -> map.computeIfAbsent(adj, k -> new HashSet<>()).add(nation));
    for (String[] f : COUNTRY_ROWS) {
      if (f.length < 6 || f[5].isBlank() || f[5].contains(" ") || f[2].isBlank()) continue;
      String adjective = f[5].strip().toLowerCase(Locale.ROOT);
      map.computeIfAbsent(adjective, k -> new HashSet<>()).add(f[2].strip().toLowerCase(Locale.ROOT));
    }
    return map;
  }

  /**
   * The rows of the gazetteer's country table (columns: cca2, cca3, name_common, name_official, altSpellings,
   * demonym_m, ...), header left out; none when the table is absent.
   */
  private static List<String[]> countryRows() {
    try (var in = Nationalities.class.getResourceAsStream("/gazetteer/countries.tsv")) {
      if (in == null) return List.of();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<String[]> rows = new ArrayList<>(lines.length);
      for (int i = 1; i < lines.length; i++) rows.add(lines[i].split("\t"));
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
