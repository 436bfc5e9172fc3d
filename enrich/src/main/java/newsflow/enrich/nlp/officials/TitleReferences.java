package newsflow.enrich.nlp.officials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerEntry;
import newsflow.enrich.nlp.places.PlaceKind;

/**
 * Watched heads of state and government named by their office alone: "the Ruritanian prime minister", "Ruritania's
 * new president". A reader takes such a phrase to mean whoever held the office when the article was written, so
 * it counts only when
 * <ul>
 *   <li>the article's publication day is known and on or after the day the official took the office
 *       ({@link Official#since}), and no year in the sentence lies before that day's year;</li>
 *   <li>the phrase is definite and names the country: "the" + a national adjective or the country's name
 *       ("the Ruritanian president", "the Ruritania president"), or the country's possessive ("Ruritania's
 *       president"); only "new" may stand between them ("the next", "a former", "Ruritania's deputy prime
 *       minister" are other people);</li>
 *   <li>no name follows the title (then the name decides: "the Ruritanian president, Ann Varga") and the
 *       title does not go on to another office ("president-elect", "prime minister at the time");</li>
 *   <li>exactly one watched official holds that title in that country.</li>
 * </ul>
 * Only the offices of a head of state or government that one person holds at a time are read this way:
 * president, prime minister, premier, chancellor, king, emir, sultan, emperor and supreme leader (a country has
 * many princes, and a queen may be the king's consort).
 */
public final class TitleReferences {
  /** Words that refer to {@code official} by the office alone. */
  public record Reference(Official official, Span span) {}

  /** The offices read this way, lower case ({@code single-office} in officials/office-words.txt). */
  private static final Set<String> OFFICES =
      Lexicon.kinds("/officials/office-words.txt").getOrDefault("single-office", Set.of());
  /** Any of {@link #OFFICES} as words of the text, longest first, in any case. */
  private static final Pattern TITLE = Pattern.compile("(?i)\\b(" + OFFICES.stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
      .collect(Collectors.joining("|")) + ")\\b");
  /** A verb that makes the office a goal or a role, not its holder: "to become the Ruritanian president". */
  private static final Pattern GOAL_BEFORE = Pattern.compile("(?i)\\b(?:become|becomes|became|becoming|elect|elected|"
      + "electing|appoint|appointed|name|named|choose|chose|chosen|run for|running for|ran for)\\s+$");
  private static final Pattern OTHER_OFFICE_AFTER = Pattern.compile(
      "^(?:-|\\s*,?\\s*\\p{Lu}|\\s+(?:at the time|then|of|from|in (?:19|20)\\d\\d)\\b|\\s*\\(\\s*\\p{Lu})");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");

  private final Gazetteer gazetteer;
  /** country code + " " + office -> the watched officials holding it */
  private final Map<String, List<Official>> holders = new HashMap<>();

  public TitleReferences(Watchlist watchlist, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Official o : watchlist.officials()) {
      if (o.country() == null || o.since() == null || o.title() == null) continue;
      String office = office(o.title());
      if (!OFFICES.contains(office)) continue;
      List<Official> list = holders.computeIfAbsent(o.country() + " " + office, k -> new ArrayList<>(1));
      if (!list.contains(o)) list.add(o);
    }
  }

  /**
   * The office a person's title names when it is one of the offices read here ("French President" -> "president";
   * "Vice President" and "Senator" -> null): the title without the national adjectives or country names before it.
   */
  String officeOfTitle(String title) {
    if (title == null) return null;
    List<String> words = new ArrayList<>(List.of(title.strip().split("\\s+")));
    while (words.size() > 1 && countryCode(words.get(0), true) != null) words.remove(0);
    String office = office(String.join(" ", words));
    return OFFICES.contains(office) ? office : null;
  }

  /** The office a title names, lower case ("Emir" and "Amir" are one office). */
  static String office(String title) {
    String t = title.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    return t.equals("emir") ? "amir" : t;
  }

  /**
   * The references to watched officials by their office alone in {@code text}, in text order; none when
   * {@code published} is null.
   */
  public List<Reference> find(String text, LocalDate published) {
    List<Reference> out = new ArrayList<>();
    if (published == null || holders.isEmpty() || text == null) return out;
    Matcher m = TITLE.matcher(text);
    while (m.find()) {
      String office = office(m.group(1));
      if (OTHER_OFFICE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find()) continue;
      Country c = countryBefore(text, m.start());
      if (c == null) continue;
      List<Official> list = holders.get(c.code + " " + office);
      if (list == null || list.size() != 1) continue;
      Official o = list.get(0);
      if (published.isBefore(o.since()) || earlierYear(OfficialMatcher.sentenceAround(text, m.start(), m.end()),
          o.since().getYear())) {
        continue;
      }
      out.add(new Reference(o, Span.of(text, c.start, m.end())));
    }
    return out;
  }

  private record Country(String code, int start) {}

  /** The country named right before the title at {@code titleStart}, as "the" + adjective or name, or a possessive. */
  private Country countryBefore(String text, int titleStart) {
    int lineStart = Math.max(text.lastIndexOf('\n', titleStart - 1) + 1, 0);
    List<int[]> words = words(text, lineStart, titleStart, 6);
    if (words.isEmpty()) return null;
    int last = words.size() - 1;
    if (word(text, words.get(last)).equalsIgnoreCase("new")) last--;
    if (last < 0) return null;
    String lastWord = word(text, words.get(last));
    Matcher poss = POSSESSIVE.matcher(lastWord);
    if (poss.find()) {
      // "Ruritania's president", "the United Provinces' prime minister"
      int end = words.get(last)[0] + poss.start();
      for (int n = Math.min(4, last + 1); n >= 1; n--) {
        int start = words.get(last - n + 1)[0];
        String code = countryCode(text.substring(start, end), false);
        if (code != null) return new Country(code, start);
      }
      return null;
    }
    // "the Ruritanian president", "the Ruritania president": "the" right before a national adjective or name
    for (int n = Math.min(3, last); n >= 1; n--) {
      int[] the = words.get(last - n);
      if (!word(text, the).equalsIgnoreCase("the")) continue;
      int start = words.get(last - n + 1)[0];
      String code = countryCode(text.substring(start, words.get(last)[1]), true);
      if (code != null) {
        if (GOAL_BEFORE.matcher(text.substring(lineStart, the[0])).find()) return null;
        return new Country(code, the[0]);
      }
    }
    return null;
  }

  /** The one country a phrase names ("Ruritania") or, with {@code adjective}, also denotes ("Ruritanian"), or null. */
  private String countryCode(String phrase, boolean adjective) {
    String p = phrase.strip();
    if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) return null;
    if (adjective) {
      String d = gazetteer.demonymCountry(p);
      if (d != null) return d;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (GazetteerEntry e : gazetteer.lookup(p)) {
      if (e.kind() == PlaceKind.COUNTRY) codes.add(e.countryCode());
    }
    return codes.size() == 1 ? codes.iterator().next() : null;
  }

  /** Up to {@code max} whitespace-separated words ending at {@code end}, as [start, end) pairs in text order. */
  private static List<int[]> words(String text, int from, int end, int max) {
    List<int[]> out = new ArrayList<>();
    int i = end;
    while (out.size() < max) {
      while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
      if (i <= from) break;
      int e = i;
      while (i > from && !Character.isWhitespace(text.charAt(i - 1))) i--;
      out.add(0, new int[] {i, e});
    }
    return out;
  }

  private static String word(String text, int[] w) {
    return text.substring(w[0], w[1]);
  }

  /** A year before {@code year} in {@code sentence}: it may tell of an earlier holder. */
  private static boolean earlierYear(String sentence, int year) {
    Matcher y = YEAR.matcher(sentence);
    while (y.find()) {
      if (Integer.parseInt(y.group(1)) < year) return true;
    }
    return false;
  }
}
