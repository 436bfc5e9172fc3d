package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.places.Gazetteer;

/**
 * Two organisation names the recogniser cuts or misses.
 *
 * <p>A "X for Y" / "X of Y" / "X against Y" name followed by an apposition that says it is an organisation:
 * "Ramblers for Open Moors, a walkers' association, ..." is read as "Open Moors" alone; the capitalised words
 * and the joiner before it belong to the name. Only when the apposition is "a"/"an" with an organisation noun
 * as its head ("group", "network", "charity", ...), the part after the joiner is capitalised words without
 * "the" ("Members of the Senate, a body ..." and "Volunteers for the event, a group ..." stay as they are), and
 * no other mention lies in the words before the joiner.
 *
 * <p>An organisation's acronym written in capitals that is also an English word ("CAN" of "the Clean Air
 * Network"): the recogniser reads it as the word, so "says CAN" names nobody. A capitalised acronym of three
 * to six letters, spelled exactly by the capitalised words' initials of an organisation named earlier in the
 * article, is that organisation; not in a line written all in capitals (a headline), and not where the
 * recogniser found a person or a place.
 *
 * <p>A national institution named with its country's adjective ("the Freedonian Academy of Sciences", "the
 * Freedonian Foreign Ministry"): the recogniser reads the adjective as a nationality on its own and the rest as
 * the organisation, so the organisation loses the word that says whose institution it is. An adjective right before
 * an organisation joins it when the organisation opens with an institution noun ("Academy", "Centre",
 * "Embassy") or is ordinary words ending in one ("Foreign Ministry", "Medical Association"); not when the word
 * before the adjective is capitalised too and the two do not make one adjective ("North Freedonian"), nor when
 * the adjective is also a given name.
 */
final class OrganisationNameFixes {

  private OrganisationNameFixes() {}

  private static final Set<String> APPOSITIVE_HEADS = Lexicon.words("/ner/organisation-appositives.txt");
  private static final Set<String> LEADING = Lexicon.words("/ner/sentence-start-function-words.txt");
  private static final Set<String> JOINERS = Set.of("for", "of", "against");

  /** ", a " / ", an " right after a mention. */
  private static final Pattern APPOSITION = Pattern.compile("\\G, an? ");

  /** Words that may follow the head of the apposition: it ends there ("a campaign group formed in May"). */
  private static final Set<String> AFTER_HEAD = Set.of("of", "that", "which", "who", "whose", "formed", "founded",
      "set", "based", "run", "led", "backed", "with", "in", "for", "from", "and", "representing", "said", "says",
      "wrote", "has", "had", "is", "was", "will", "on", "at", "campaigning", "working", "opposed", "behind");

  /** A word of capitals: three to six letters, not inside a longer word, code or hyphenated word. */
  private static final Pattern CAPS = Pattern.compile("(?<![\\p{L}\\p{N}&.-])(\\p{Lu}{3,6})(?![\\p{L}\\p{N}&-])");

  static List<EntityMention> apply(String text, List<EntityMention> sorted) {
    return acronymWords(text, nationalNames(text, joinedNames(text, sorted)));
  }

  // ---- "the Freedonian Academy of Sciences" ----

  /** Nouns that head the name of a public institution. */
  private static final Set<String> INSTITUTIONS = Set.of("academy", "agency", "army", "assembly", "association",
      "bureau", "cabinet", "center", "centre", "chamber", "commission", "committee", "consulate", "council",
      "court", "department", "embassy", "federation", "foundation", "institute", "ministry", "museum", "navy",
      "office", "organisation", "organization", "parliament", "senate", "society", "union");

  private static List<EntityMention> nationalNames(String text, List<EntityMention> sorted) {
    List<EntityMention> out = sorted;
    for (int k = 0; k < out.size(); k++) {
      EntityMention m = out.get(k);
      if (m.type() != EntityType.ORGANIZATION || !institutionName(m.text())) continue;
      int start = nationalAdjectiveBefore(text, m.start());
      if (start < 0) continue;
      EntityMention prev = k > 0 ? out.get(k - 1) : null;
      boolean dropPrev = false;
      if (prev != null && prev.end() > start) {
        // only a nationality read on its own, exactly on the adjective
        if (prev.type() != EntityType.OTHER || prev.start() != start || prev.end() != m.start() - 1) continue;
        dropPrev = true;
      }
      List<EntityMention> next = new ArrayList<>(out);
      next.set(k, new EntityMention(start, m.end(), text.substring(start, m.end()), EntityType.ORGANIZATION, m.score()));
      if (dropPrev) {
        next.remove(k - 1);
        k--;
      }
      out = next;
    }
    return out;
  }

  /** "Academy of Sciences", "Embassy", "Foreign Ministry": an institution noun first, or ordinary words before one. */
  private static boolean institutionName(String name) {
    String[] w = name.split(" +");
    if (w.length == 0 || !allCapitalised(w[0])) return false;
    if (INSTITUTIONS.contains(w[0].toLowerCase(Locale.ROOT))) return true;
    if (w.length > 3 || !INSTITUTIONS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) return false;
    Gazetteer g = Gazetteer.shared();
    for (int i = 0; i < w.length - 1; i++) {
      if (!g.isCommonWord(w[i].toLowerCase(Locale.ROOT))) return false;
    }
    return true;
  }

  /**
   * The start of a national adjective that ends one space before {@code at} ("Freedonian "), or -1; a two-word
   * adjective ("South Freedonian") when the word before is capitalised, which otherwise rules the join out.
   */
  private static int nationalAdjectiveBefore(String text, int at) {
    if (at < 2 || text.charAt(at - 1) != ' ') return -1;
    int s = wordStart(text, at - 1);
    if (s == at - 1) return -1;
    String word = text.substring(s, at - 1);
    if (!Character.isUpperCase(word.charAt(0)) || Demonyms.ambiguous(word)) return -1;
    Gazetteer g = Gazetteer.shared();
    if (s >= 2 && text.charAt(s - 1) == ' ' && Character.isUpperCase(text.charAt(wordStart(text, s - 1)))) {
      int ps = wordStart(text, s - 1);
      if (ps < s - 1 && !LEADING.contains(text.substring(ps, s - 1).toLowerCase(Locale.ROOT))) {
        return g.demonymCountry(text.substring(ps, at - 1)) != null ? ps : -1;
      }
    }
    return g.demonymCountry(word) != null ? s : -1;
  }

  // ---- "X for Y, a <organisation noun>" ----

  private static List<EntityMention> joinedNames(String text, List<EntityMention> sorted) {
    if (text.indexOf(", a") < 0) return sorted;
    List<EntityMention> out = sorted;
    Matcher ap = APPOSITION.matcher(text);
    for (int k = 0; k < out.size(); k++) {
      EntityMention m = out.get(k);
      if (m.type() == EntityType.PERSON) continue;
      if (!ap.find(m.end()) || ap.start() != m.end() || !organisationHead(text, ap.end())) continue;
      // the part after the joiner: capitalised words only
      if (!allCapitalised(m.text())) continue;
      int start = runStart(text, m.start());
      if (start < 0) continue;
      if (k > 0 && out.get(k - 1).end() > start) continue; // another mention in the words before the joiner
      List<EntityMention> next = new ArrayList<>(out);
      next.set(k, new EntityMention(start, m.end(), text.substring(start, m.end()), EntityType.ORGANIZATION, m.score()));
      out = next;
    }
    return out;
  }

  /**
   * The apposition from {@code from} (its first word) names an organisation: an organisation noun among its
   * first four words ends the noun phrase, before punctuation or a word that cannot continue it ("a campaign
   * group formed ...", not "a union official").
   */
  private static boolean organisationHead(String text, int from) {
    int i = from;
    for (int w = 0; w < 4; w++) {
      int e = i;
      while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) e++;
      if (e == i) return false;
      boolean head = APPOSITIVE_HEADS.contains(text.substring(i, e).toLowerCase(Locale.ROOT));
      if (e >= text.length() || text.charAt(e) != ' ') return head && (e >= text.length() || text.charAt(e) != '\'');
      int n = e + 1;
      int ne = n;
      while (ne < text.length() && Character.isLetter(text.charAt(ne))) ne++;
      if (head && (ne == n || AFTER_HEAD.contains(text.substring(n, ne)))) return true;
      i = n;
    }
    return false;
  }

  /**
   * The start of "Cap [Cap...] for " right before {@code mentionStart}, or -1: one joiner ("for", "of",
   * "against") after one to four capitalised words, which start after punctuation or a lower-case word.
   */
  private static int runStart(String text, int mentionStart) {
    int e = mentionStart;
    if (e < 2 || text.charAt(e - 1) != ' ') return -1;
    int s = wordStart(text, e - 1);
    if (!JOINERS.contains(text.substring(s, e - 1).toLowerCase(Locale.ROOT))) return -1; // "Parents Against ..."
    int start = -1;
    int i = s;
    for (int w = 0; w < 4; w++) {
      if (i < 2 || text.charAt(i - 1) != ' ') break;
      int ws = wordStart(text, i - 1);
      if (ws == i - 1) break;
      String word = text.substring(ws, i - 1);
      if (!Character.isUpperCase(word.charAt(0)) || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) break;
      start = ws;
      i = ws;
    }
    if (start < 0) return -1;
    // "In Defence of Open Moors": a function word opening the sentence is no part of the name
    while (start < s) {
      int we = text.indexOf(' ', start);
      if (!LEADING.contains(text.substring(start, we).toLowerCase(Locale.ROOT))) break;
      start = we + 1;
    }
    return start < s ? start : -1;
  }

  private static int wordStart(String text, int end) {
    int s = end;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) s--;
    return s;
  }

  private static boolean allCapitalised(String name) {
    for (String w : name.split(" +")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
    }
    return true;
  }

  // ---- "says CAN" ----

  private static List<EntityMention> acronymWords(String text, List<EntityMention> sorted) {
    Map<String, Integer> named = new HashMap<>(); // initials -> end of the first organisation so named
    for (EntityMention m : sorted) {
      if (m.type() != EntityType.ORGANIZATION) continue;
      // three letters at least, so the name has several capitalised words
      String ini = AcronymDefinedNames.initials(m.text(), 0, m.text().length());
      if (ini.length() >= 3) named.putIfAbsent(ini, m.end());
    }
    if (named.isEmpty()) return sorted;
    List<EntityMention> out = null;
    Matcher cm = CAPS.matcher(text);
    int k = 0;
    while (cm.find()) {
      Integer after = named.get(cm.group(1));
      if (after == null || after > cm.start() || headline(text, cm.start())) continue;
      List<EntityMention> cur = out == null ? sorted : out;
      while (k < cur.size() && cur.get(k).end() <= cm.start()) k++;
      EntityMention at = k < cur.size() && cur.get(k).start() < cm.end() ? cur.get(k) : null;
      EntityMention org = new EntityMention(cm.start(), cm.end(), cm.group(1), EntityType.ORGANIZATION,
          at != null ? at.score() : 0.5);
      if (at == null) {
        if (out == null) out = new ArrayList<>(sorted);
        out.add(k, org);
      } else if (at.start() == cm.start() && at.end() == cm.end() && at.type() == EntityType.OTHER) {
        if (out == null) out = new ArrayList<>(sorted);
        out.set(k, org);
      }
    }
    return out == null ? sorted : out;
  }

  /** The line holding {@code at} has no more lower-case letters than capitals: a headline in capitals. */
  private static boolean headline(String text, int at) {
    int s = text.lastIndexOf('\n', at) + 1;
    int e = text.indexOf('\n', at);
    if (e < 0) e = text.length();
    int lower = 0;
    int upper = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) lower++;
      else if (Character.isUpperCase(c)) upper++;
    }
    return lower <= upper;
  }
}
