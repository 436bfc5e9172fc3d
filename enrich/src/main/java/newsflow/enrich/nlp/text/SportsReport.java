package newsflow.enrich.nlp.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.lexicon.Lexicon;

/**
 * Whether a text is a sports report: at least three different sports words, one of them specific to sport
 * ({@code officials/sports-words.txt}). Shared by official matching (a player who shares a legislator's
 * name) and place resolution (a club named after its city is no place on the map).
 */
public final class SportsReport {
  private static final Pattern WORDS = Pattern.compile("\\p{L}+");
  private static final Map<String, Set<String>> SPORTS_WORDS = Lexicon.kinds("/officials/sports-words.txt");
  private static final Set<String> TERMS = SPORTS_WORDS.getOrDefault("term", Set.of());
  private static final Set<String> WEAK = SPORTS_WORDS.getOrDefault("weak", Set.of());

  private SportsReport() {}

  /** At least three different sports words, one of them a term specific to sport. */
  public static boolean of(String text) {
    Set<String> seen = new HashSet<>();
    boolean specific = false;
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      boolean term = TERMS.contains(w);
      if (!term && !WEAK.contains(w)) continue;
      specific |= term;
      seen.add(w);
      if (specific && seen.size() >= 3) return true;
    }
    return false;
  }

  /**
   * Whether the text has at least as many sports words (terms or weak ones) as words of {@code others}, each
   * occurrence counted, in one pass ("the rally before Saturday's game" in political news has fewer).
   */
  public static boolean outweighs(String text, Set<String> others) {
    int sports = 0;
    int other = 0;
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (TERMS.contains(w) || WEAK.contains(w)) sports++;
      if (others.contains(w)) other++;
    }
    return other <= sports;
  }

}
