package newsflow.enrich.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Given names, and the sex they point to where the shipped data shows it ({@code /entities/given-names.txt},
 * made by tools/prepare_given_names.py from ../shared only):
 * <ul>
 *   <li>first names and nicknames of the current US Congress, presidents and vice presidents with their
 *       recorded sex (unitedstates/congress-legislators, CC0 1.0). A name is clearly of one sex when two or
 *       more people carry it and all are of that sex ("Nancy", "John"); it only leans when one person does
 *       ("Lindsey" is a senator's name there and mostly a woman's elsewhere), and is unisex when both occur;
 *   <li>as names of unknown sex, the first words of multi-word person names in the CoNLL-2003 English
 *       training set (training data; see NOTICE).
 * </ul>
 * An unlisted name is of unknown sex: callers treat it as compatible with either.
 */
public final class GivenNames {
  /** The sex a given name points to. */
  public enum Gender { FEMALE, MALE, UNKNOWN }

  private static final String RESOURCE = "/entities/given-names.txt";
  private static final Map<String, Character> NAMES = load();

  private GivenNames() {}

  /** True when {@code word} (any case) is a listed given name. */
  public static boolean isGivenName(String word) {
    return word != null && NAMES.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The sex {@code word} points to, even if only one listed person carries it, or UNKNOWN when unlisted or used for both. */
  public static Gender gender(String word) {
    char c = code(word);
    return c == 'F' || c == 'f' ? Gender.FEMALE : c == 'M' || c == 'm' ? Gender.MALE : Gender.UNKNOWN;
  }

  /** The sex of every one of at least two listed people carrying {@code word}, or UNKNOWN: outweighed by an honorific. */
  public static Gender clearGender(String word) {
    char c = code(word);
    return c == 'F' ? Gender.FEMALE : c == 'M' ? Gender.MALE : Gender.UNKNOWN;
  }

  private static char code(String word) {
    if (word == null) return 'U';
    return NAMES.getOrDefault(word.toLowerCase(Locale.ROOT), 'U');
  }

  private static Map<String, Character> load() {
    Map<String, Character> out = new HashMap<>(4_000);
    try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.charAt(0) == '#') continue;
        int sp = line.indexOf(' ');
        out.put(line.substring(0, sp), line.charAt(sp + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }
}
