package newsflow.enrich.nlp.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Title-case word runs: the titles of works, slogans and chants written in quotation marks (“Keep the
 * Valley Green”, “Songs of the Open Road”), which are no one's words and name no one. Shared by quote
 * finding (such a span is not a quote) and entity resolution (a word inside one is not a person).
 */
public final class TitleCase {
  private static final Set<String> SMALL_WORDS = Set.of(
      "of", "the", "and", "a", "an", "in", "on", "at", "to", "for", "with", "from", "by", "or", "nor", "but",
      "vs.", "&", "is", "my", "our", "your");
  private static final Pattern WORD_TRIM = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.&]+$");

  private TitleCase() {}

  /** A short function word that title case leaves in lower case ("of", "the", "and", "to"). */
  public static boolean isSmallWord(String word) {
    return SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * True for 2 to 10 words, at least two capitalised (or starting with a digit), the others short function
   * words, not ending in a question or exclamation mark. A title with a subtitle after a colon (“Roads Out of
   * the Valley: A Memoir of the Border Years”) may run to 16 words.
   */
  public static boolean looksLikeTitle(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || words.length > (hasSubtitle(words) ? 16 : 10)) return false;
    int caps = 0;
    for (String w : words) {
      String core = WORD_TRIM.matcher(w).replaceAll("");
      if (core.isEmpty()) continue;
      char ch = core.charAt(0);
      if (Character.isUpperCase(ch) || Character.isDigit(ch)) {
        caps++;
      } else if (!SMALL_WORDS.contains(core.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    String last = words[words.length - 1];
    if (last.endsWith("?") || last.endsWith("!")) return false;
    return caps >= 2;
  }

  /** A word other than the last ends in a colon with a capitalised word right after it: "Title: Subtitle". */
  private static boolean hasSubtitle(String[] words) {
    for (int i = 1; i + 1 < words.length; i++) {
      if (words[i].endsWith(":") && !words[i + 1].isEmpty() && Character.isUpperCase(words[i + 1].charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
