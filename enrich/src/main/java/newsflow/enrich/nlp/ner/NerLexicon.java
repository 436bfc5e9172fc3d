package newsflow.enrich.nlp.ner;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsflow.enrich.nlp.lexicon.Lexicon;

/**
 * The word lists behind the news rules (honorifics from the one {@code /lexicon/honorifics.txt}; title heads
 * and modifiers, organisation suffixes, names that are not people, institution metonyms from
 * {@code /ner/*.txt}), read once through {@link Lexicon}.
 * Entries are lower case; immutable and shared.
 */
public final class NerLexicon {
  private static final NerLexicon INSTANCE = new NerLexicon();

  private final Set<String> honorifics = Lexicon.honorifics();
  private final Set<String> titleHeads = read("title-heads.txt");
  private final Set<String> titleModifiers = read("title-modifiers.txt");
  private final Set<String> orgSuffixes = read("org-suffixes.txt");
  private final Set<String> facilitySuffixes = read("facility-suffixes.txt");
  private final Set<String> notPeople = read("not-people.txt");
  private final Map<String, List<String>> metonyms = readMap("metonyms.txt");

  private NerLexicon() {}

  /** "MP", "MSP", "MEP", ...: an abbreviation for a member of a legislature, a person's role and no name. */
  public static boolean isMemberRole(String word) {
    return MentionSpans.MEMBER_ROLES.contains(word);
  }

  public static NerLexicon instance() {
    return INSTANCE;
  }

  private static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return w;
  }

  /** "Mr.", "Ms", "Sen." ... */
  public boolean isHonorific(String word) {
    String w = key(word);
    if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
    return honorifics.contains(w);
  }

  /** A title head such as "president", "secretary", "spokesman", or a multi-word head "prime minister". */
  public boolean isTitleHead(String words) {
    return titleHeads.contains(key(words));
  }

  /** A word that may modify a title head ("defense", "foreign", "former", "top"). */
  public boolean isTitleModifier(String word) {
    return titleModifiers.contains(key(word));
  }

  /**
   * Either a head or a modifier, or a hyphenated rank whose parts are heads, modifiers or honorifics
   * ("Lieutenant-Colonel", "Major-Gen", "Lt-Col").
   */
  public boolean isTitleWord(String word) {
    if (isTitleHead(word) || isTitleModifier(word)) return true;
    if (word.indexOf('-') <= 0) return false;
    for (String part : word.split("-")) {
      if (part.isEmpty() || !(isTitleHead(part) || isTitleModifier(part) || isHonorific(part))) return false;
    }
    return true;
  }

  /** A lower-case particle inside personal names ("van", "di", "al"; ner/name-particles.txt). */
  public boolean isNameParticle(String word) {
    return NameWords.PARTICLES.contains(word);
  }

  public boolean isOrgSuffix(String word) {
    return orgSuffixes.contains(key(word));
  }

  /** Last words of facility and area names ("Hospital", "Cathedral", "Street", "Conservation Area"). */
  public boolean isFacilitySuffix(String word) {
    return facilitySuffixes.contains(key(word));
  }

  /** "Uncle Sam" and friends: capitalised phrases that are not people. */
  public boolean isNotPerson(String phrase) {
    return notPeople.contains(key(phrase.replaceAll("\\s+", " ").trim()));
  }

  /** The title words an institution name stands for ("pentagon" -> defense), or an empty list. */
  public List<String> metonymWords(String name) {
    return metonyms.getOrDefault(key(name), List.of());
  }

  private static List<String> lines(String name) {
    return Lexicon.lines("/ner/" + name);
  }

  private static Set<String> read(String name) {
    Set<String> out = new HashSet<>();
    for (String l : lines(name)) out.add(key(l));
    return Collections.unmodifiableSet(out);
  }

  private static Map<String, List<String>> readMap(String name) {
    Map<String, List<String>> out = new HashMap<>();
    for (String l : lines(name)) {
      String[] kv = l.split("\t");
      if (kv.length == 2) out.put(key(kv[0]), List.of(kv[1].trim().split("\\s+")));
    }
    return Collections.unmodifiableMap(out);
  }
}
