package newsflow.enrich.nlp.ner;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.lexicon.Lexicon;

/** Word tests shared by the rule stages of {@link NewsEntityRecognizer}; word lists load through {@link Lexicon}. */
final class NameWords {
  private NameWords() {}

  private static final NerLexicon LEX = NerLexicon.instance();

  /** Lower-case particles inside names: "Pieter van der Berg", "Kengo wa Ndala", "Omar bin Said". */
  static final Set<String> PARTICLES = Lexicon.words("/ner/name-particles.txt");

  /** "Uncle", "Aunt": before a name, an idiom or a relation. */
  private static final Set<String> KINSHIP = Lexicon.words("/ner/kinship-words.txt");

  /** Weekdays, months and abbreviated months with their period ("Sept."). */
  private static final Set<String> CALENDAR = calendar();

  private static Set<String> calendar() {
    Set<String> out = new java.util.HashSet<>(Lexicon.union(Lexicon.weekdays(), Lexicon.months()));
    for (String m : Lexicon.monthAbbreviations()) out.add(m + ".");
    return Set.copyOf(out);
  }

  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");
  private static final Pattern REGNAL = Pattern.compile("(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})");

  /** A compound modifier ("Paris-based", "state-run"): the word before a name, not part of it. */
  static final Pattern ADJECTIVAL =
      Pattern.compile("-(based|led|born|backed|owned|run|made|style|controlled|bound|wide)$");

  /** "J." or "J.R." : initials of a given name. */
  static boolean isInitial(String w) {
    return INITIALS.matcher(w).matches() && !w.equals("U.S.") && !w.equals("U.K.") && !w.equals("U.N.");
  }

  static boolean isCalendarWord(String w) {
    return CALENDAR.contains(w.toLowerCase(Locale.ROOT));
  }

  static boolean kinship(String w) {
    return KINSHIP.contains(w.toLowerCase(Locale.ROOT));
  }

  /** A word written all in lower case (not a particle that may sit at a name's edge, such as "al-" or "de"). */
  static boolean isLowerWord(String w) {
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return false;
    for (int i = 0; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) return false; // "al-Assad", "iPhone"
    return !PARTICLES.contains(w);
  }

  /**
   * A word of one lower-case letter and then a capital ("eKiosk", "iDrive", "xPad"): the house style of
   * a brand or a device, never of a person's name (particles are longer and take a hyphen or an apostrophe:
   * "al-Rashid", "d'Amato").
   */
  static boolean isBrandStyled(String w) {
    return w.length() > 2 && Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1));
  }

  /**
   * A name word led by a particle and a hyphen ("al-Rashid", "el-Amin", "bin-Tarik"): part of a name although
   * it starts in lower case.
   */
  static boolean isParticleName(String w) {
    int h = w.indexOf('-');
    return h > 0 && h + 1 < w.length() && PARTICLES.contains(w.substring(0, h)) && Character.isUpperCase(w.charAt(h + 1));
  }

  /** "VI", "III", "Jr." after a name. */
  static boolean isNameSuffix(String w) {
    return REGNAL.matcher(w).matches() || isGenerationalSuffix(w);
  }

  /** "Jr." or "Sr." after a surname; a regnal number ("Charles III") follows a given name instead. */
  static boolean isGenerationalSuffix(String w) {
    return w.equals("Jr.") || w.equals("Jr") || w.equals("Sr.");
  }

  static boolean isDeterminer(String w) {
    return w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
  }

  static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) return true;
    return false;
  }

  static String stripPeriod(String w) {
    return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
  }

  /** The last index of a run of up to {@code max} capitalised name tokens starting at {@code from}, or -1. */
  static int nameRun(TokenIndex d, int from, int max) {
    int end = -1;
    for (int k = from; k < d.size() && k < from + max; k++) {
      if (k > from && !d.sameSentence(k - 1, k)) break;
      String w = d.norm(k);
      if (k > from && PARTICLES.contains(w) && k + 1 < d.size() && d.sameSentence(k, k + 1) && d.capitalised(k + 1)) {
        continue; // "Kengo wa Dondo"
      }
      if (!(d.capitalised(k) || isParticleName(w)) || d.allCaps(k) && w.length() > 1 && !w.endsWith(".")) break;
      if (k == from && LEX.isTitleWord(stripPeriod(w)) || LEX.isHonorific(w) || LEX.isOrgSuffix(w)
          || LEX.isFacilitySuffix(w)) {
        break;
      }
      if (isDeterminer(w) || !Character.isLetter(w.charAt(0)) || isCalendarWord(w)) break;
      end = k;
    }
    return end;
  }
}
