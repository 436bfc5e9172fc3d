package newsflow.enrich.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way the NLP reads its word lists: UTF-8 classpath resources, one entry per line, blank lines
 * and {@code #} comment lines (each file opens with its source and licence) left out. Each resource is
 * read once per JVM and shared as an immutable list; a missing resource is an error, never an empty list.
 * The general lists shared by several stages (weekdays, months, honorifics) live under {@code /lexicon/}; lists owned
 * by one stage live beside it ({@code /ner/}, {@code /quotes/}, {@code /officials/}, {@code /text/},
 * {@code /entities/}) and are read here too.
 */
public final class Lexicon {
  private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();

  private Lexicon() {}

  /** The entry lines of {@code resource} (an absolute classpath path), stripped, comments left out. */
  public static List<String> lines(String resource) {
    return LINES.computeIfAbsent(resource, Lexicon::read);
  }

  /** The entries of {@code resource} as a lower-case set (one word or phrase per line). */
  public static Set<String> words(String resource) {
    return WORDS.computeIfAbsent(resource, r -> {
      Set<String> out = new LinkedHashSet<>();
      for (String l : lines(r)) out.add(l.toLowerCase(Locale.ROOT));
      return Set.copyOf(out);
    });
  }

  /**
   * A tab-separated two-column resource ({@code kind<TAB>word} per line) as lower-case word sets by kind, e.g.
   * {@code "title" -> {"minister", ...}}.
   */
  public static Map<String, Set<String>> kinds(String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String l : lines(resource)) {
      String[] kv = l.split("\t");
      out.computeIfAbsent(kv[0], k -> new HashSet<>()).add(kv[1].toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** "monday" ... "sunday". */
  public static Set<String> weekdays() {
    return words("/lexicon/weekdays.txt");
  }

  /** "january" ... "december" (with "may" and "march", which are also ordinary words). */
  public static Set<String> months() {
    return words("/lexicon/months.txt");
  }

  /** "jan" ... "dec", "sept": month abbreviations, without the period. */
  public static Set<String> monthAbbreviations() {
    return words("/lexicon/month-abbreviations.txt");
  }

  /** "in", "near", "outside", "around", "across": before a place. */
  public static Set<String> spatialPrepositions() {
    return words("/lexicon/spatial-prepositions.txt");
  }

  private static final String HONORIFICS = "/lexicon/honorifics.txt";

  /** Every honorific, rank and title abbreviation before a name ("mr", "gen", "sir"), lower case, no period. */
  public static Set<String> honorifics() {
    return column(HONORIFICS, 0, null, null);
  }

  /** The honorifics written as abbreviations with a period ("mr", "gen", "sens"; not "sir", "miss"). */
  public static Set<String> abbreviatedHonorifics() {
    return column(HONORIFICS, 0, 1, "abbr");
  }

  /** The honorifics that state a sex: {@code sex} is "male" ("mr", "sir", "lord") or "female" ("ms", "dame"). */
  public static Set<String> honorificsStating(String sex) {
    return column(HONORIFICS, 0, 2, sex);
  }

  /**
   * Column {@code col} (tab-separated, lower case) of the lines of {@code resource} whose column
   * {@code whereCol} is {@code equals} (every line when {@code whereCol} is null).
   */
  private static Set<String> column(String resource, int col, Integer whereCol, String equals) {
    return WORDS.computeIfAbsent(resource + "#" + col + "#" + whereCol + "=" + equals, k -> {
      Set<String> out = new LinkedHashSet<>();
      for (String l : lines(resource)) {
        String[] f = l.split("\t");
        if (whereCol == null || whereCol < f.length && f[whereCol].strip().equals(equals)) {
          out.add(f[col].strip().toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(out);
    });
  }

  /** A new immutable set: the union of {@code first} and {@code sets}. */
  @SafeVarargs
  public static Set<String> union(Set<String> first, Set<String>... sets) {
    Set<String> out = new LinkedHashSet<>(first);
    for (Set<String> s : sets) out.addAll(s);
    return Set.copyOf(out);
  }

  /** {@code set} with {@code words} added. */
  public static Set<String> with(Set<String> set, String... words) {
    return union(set, Set.of(words));
  }

  /** {@code set} without {@code words}. */
  public static Set<String> without(Set<String> set, String... words) {
    Set<String> out = new LinkedHashSet<>(set);
    for (String w : words) out.remove(w);
    return Set.copyOf(out);
  }

  private static List<String> read(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
