package newsflow.enrich.nlp.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The speech and reporting verbs ("said", "told", "added", "warned", ...) that mark where a quote is
 * attributed, loaded once from {@code /quotes/speech-verbs.txt} (derived from the GenderGapTracker list).
 */
public final class SpeechVerbs {
  private static final Set<String> VERBS = load();

  private SpeechVerbs() {}

  /** True when {@code word} (any case) is a speech-verb form. */
  public static boolean isSpeechVerb(String word) {
    return VERBS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Number of verb forms in the list. */
  public static int size() {
    return VERBS.size();
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = SpeechVerbs.class.getResourceAsStream("/quotes/speech-verbs.txt")) {
      if (in == null) throw new IllegalStateException("missing resource /quotes/speech-verbs.txt");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) out.add(w.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /quotes/speech-verbs.txt", e);
    }
    return Set.copyOf(out);
  }
}
