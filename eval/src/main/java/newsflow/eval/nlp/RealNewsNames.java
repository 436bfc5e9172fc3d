package newsflow.eval.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name and quote matching of the real-news measure ({@code ../shared/eval/realnews/score.py}),
 * line for line: names match on family name (particles, one-letter spelling variants of six letters or
 * more, a family name among the other's given names), generational suffix (strictly for officials) and
 * first given name or its short form; quotes on their first words.
 */
final class RealNewsNames {
  static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  /** Common English short forms of given names, as the measure defines them. */
  static final Map<String, String> NICK = Map.ofEntries(
      Map.entry("joe", "joseph"), Map.entry("bernie", "bernard"), Map.entry("bill", "william"),
      Map.entry("will", "william"), Map.entry("bob", "robert"), Map.entry("rob", "robert"), Map.entry("jim", "james"),
      Map.entry("jimmy", "james"), Map.entry("mike", "michael"), Map.entry("chuck", "charles"),
      Map.entry("dick", "richard"), Map.entry("rick", "richard"), Map.entry("tom", "thomas"), Map.entry("tim", "timothy"),
      Map.entry("dan", "daniel"), Map.entry("dave", "david"), Map.entry("chris", "christopher"),
      Map.entry("pete", "peter"), Map.entry("ted", "edward"), Map.entry("tony", "anthony"),
      Map.entry("liz", "elizabeth"), Map.entry("beth", "elizabeth"), Map.entry("kate", "katherine"),
      Map.entry("kathy", "katherine"), Map.entry("steve", "steven"), Map.entry("ron", "ronald"),
      Map.entry("don", "donald"), Map.entry("nick", "nicholas"), Map.entry("andy", "andrew"),
      Map.entry("greg", "gregory"), Map.entry("matt", "matthew"), Map.entry("sam", "samuel"), Map.entry("ben", "benjamin"),
      Map.entry("alex", "alexander"), Map.entry("jeff", "jeffrey"), Map.entry("ken", "kenneth"),
      Map.entry("larry", "lawrence"), Map.entry("jerry", "gerald"));
  static final Set<String> PARTICLES = Set.of("le", "la", "de", "del", "della", "van", "von", "der", "den", "da", "di",
      "du", "al", "el", "bin", "ibn");
  static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof");
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern COMBINING = Pattern.compile("[\\p{Mn}\\p{Me}]+");

  private RealNewsNames() {}

  /** NFKD, combining marks removed, lower case. */
  static String fold(String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
    return COMBINING.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The {@code \w+} words of the folded text. */
  static List<String> toks(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(fold(s));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** The words joined by single spaces. */
  static String joined(String s) {
    return String.join(" ", toks(s));
  }

  /** Given names, family name (with particles: "van der leyen") and suffix; null for a name of honorifics only. */
  record Parts(List<String> given, String family, String suffix) {}

  static Parts nameParts(String n) {
    List<String> t = new ArrayList<>();
    for (String x : toks(n)) if (!HONORIFICS.contains(x)) t.add(x);
    if (t.isEmpty()) return null;
    String suffix = SUFFIXES.contains(t.get(t.size() - 1)) && t.size() > 1 ? t.get(t.size() - 1) : null;
    if (suffix != null) t = new ArrayList<>(t.subList(0, t.size() - 1));
    String family = t.get(t.size() - 1);
    while (t.size() > 1 && PARTICLES.contains(t.get(t.size() - 2))) {
      family = t.get(t.size() - 2) + " " + family;
      t = new ArrayList<>(t.subList(0, t.size() - 1));
    }
    return new Parts(List.copyOf(t.subList(0, t.size() - 1)), family, suffix);
  }

  /** Spelling variants of one family name: at most one edit, six letters or more. */
  static boolean near(String x, String y) {
    if (Math.min(x.length(), y.length()) < 6 || Math.abs(x.length() - y.length()) > 1) return false;
    int[] prev = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) prev[j] = j;
    for (int i = 1; i <= x.length(); i++) {
      int[] cur = new int[y.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (x.charAt(i - 1) != y.charAt(j - 1) ? 1 : 0));
      }
      prev = cur;
    }
    return prev[y.length()] <= 1;
  }

  static boolean sameFamily(Parts a, Parts b) {
    String fa = a.family();
    String fb = b.family();
    return fa.equals(fb) || last(fa).equals(last(fb)) || near(fa, fb)
        || tail(b.given()).contains(fa) || tail(a.given()).contains(fb);
  }

  private static List<String> tail(List<String> l) {
    return l.size() <= 1 ? List.of() : l.subList(1, l.size());
  }

  private static String last(String family) {
    String[] w = family.split(" ");
    return w[w.length - 1];
  }

  /** IDF for Israel Defense Forces, NATO for North Atlantic Treaty Organization. */
  static boolean acronym(String shortForm, String full) {
    String s = (shortForm == null ? "" : shortForm).replaceAll("[^A-Za-z]", "");
    List<String> words = new ArrayList<>();
    Matcher m = ASCII_WORD.matcher(fold(full));
    while (m.find()) {
      String w = m.group();
      if (!w.equals("of") && !w.equals("the") && !w.equals("and") && !w.equals("for")) words.add(w);
    }
    if (s.length() < 2 || !s.equals(s.toUpperCase(Locale.ROOT)) || words.size() < 2) return false;
    StringBuilder initials = new StringBuilder();
    for (String w : words) initials.append(w.charAt(0));
    return s.toLowerCase(Locale.ROOT).equals(initials.toString());
  }

  /**
   * Names of one person. A generational suffix must agree when both names carry one, and with
   * {@code strictSuffix} (officials) also when only one does: Donald Trump Jr. is not Donald Trump.
   */
  static boolean sameName(String a, String b, boolean strictSuffix) {
    if (a == null || a.isEmpty() || b == null || b.isEmpty()) return false;
    if (joined(a).equals(joined(b)) || acronym(a, b) || acronym(b, a)) return true;
    Parts pa = nameParts(a);
    Parts pb = nameParts(b);
    if (pa == null || pb == null) return false;
    boolean suffixesDiffer = pa.suffix() == null ? pb.suffix() != null : !pa.suffix().equals(pb.suffix());
    if (suffixesDiffer && (strictSuffix || pa.suffix() != null && pb.suffix() != null)) return false;
    if (!sameFamily(pa, pb)) return false;
    if (pa.given().isEmpty() || pb.given().isEmpty()) return true;
    String x = NICK.getOrDefault(pa.given().get(0), pa.given().get(0));
    String y = NICK.getOrDefault(pb.given().get(0), pb.given().get(0));
    // Python's sorted((x, y), key=len) is stable: x first when the lengths are equal
    String shorter = y.length() < x.length() ? y : x;
    String longer = y.length() < x.length() ? x : y;
    return x.equals(y) || near(x, y)
        || longer.startsWith(shorter) && (shorter.length() == 1 || shorter.length() >= 3);
  }

  static boolean sameName(String a, String b) {
    return sameName(a, b, false);
  }

  static int longestRun(List<String> a, List<String> b) {
    int best = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        int k = 0;
        while (i + k < a.size() && j + k < b.size() && a.get(i + k).equals(b.get(j + k))) k++;
        best = Math.max(best, k);
      }
    }
    return best;
  }

  /** A predicted quote is the gold quote when it starts the same (short quotes) or shares four words in a row. */
  static boolean quoteMatch(String goldText, String predText) {
    List<String> g = toks(goldText);
    List<String> p = toks(predText);
    if (g.isEmpty() || p.isEmpty()) return false;
    if (g.size() <= 3) return g.equals(p) || p.size() <= 5 && g.equals(p.subList(0, Math.min(g.size(), p.size())));
    return longestRun(g, p) >= Math.min(4, g.size());
  }

  /** No speaker, or a description rather than a name ("a spokesperson", "officials"). */
  static boolean unnamed(String speaker) {
    if (speaker == null || speaker.isEmpty()) return true;
    String s = fold(speaker).strip();
    return s.startsWith("a ") || s.startsWith("an ") || s.startsWith("the ") || s.startsWith("officials")
        || s.startsWith("unnamed") || s.startsWith("unidentified");
  }

  /** Great-circle distance with the measure's Earth radius (6371 km). */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double a = Math.toRadians(lat1);
    double b = Math.toRadians(lon1);
    double c = Math.toRadians(lat2);
    double d = Math.toRadians(lon2);
    double h = Math.pow(Math.sin((c - a) / 2), 2) + Math.cos(a) * Math.cos(c) * Math.pow(Math.sin((d - b) / 2), 2);
    return 6371 * 2 * Math.asin(Math.sqrt(Math.min(1.0, h)));
  }
}
