package newsflow.enrich.nlp.entities;

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
 * Given names and the sex they are usually given to, from the US Social Security Administration's
 * baby-name counts (public domain; {@code /entities/given-names.txt}, made by tools/prepare_given_names.py).
 * A name leans female or male when at least 95% of the people given it are, and is clearly so at 99%
 * ("Lindsey" leans female, "Phyllis" is clearly female); otherwise it is unisex.
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

  /** The sex {@code word} leans to (95%), or UNKNOWN when unlisted or used for both. */
  public static Gender gender(String word) {
    char c = code(word);
    return c == 'F' || c == 'f' ? Gender.FEMALE : c == 'M' || c == 'm' ? Gender.MALE : Gender.UNKNOWN;
  }

  /** The sex {@code word} is clearly given to (99%), or UNKNOWN: strong enough to outweigh nothing but an honorific. */
  public static Gender clearGender(String word) {
    char c = code(word);
    return c == 'F' ? Gender.FEMALE : c == 'M' ? Gender.MALE : Gender.UNKNOWN;
  }

  private static char code(String word) {
    if (word == null) return 'U';
    return NAMES.getOrDefault(word.toLowerCase(Locale.ROOT), 'U');
  }

  private static Map<String, Character> load() {
    Map<String, Character> out = new HashMap<>(40_000);
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
