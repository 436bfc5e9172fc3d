package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.lexicon.GivenNames;

/**
 * A person's given name cut off its surname: "Carmel Pruitt" read as a place and a one-word person because
 * the given name is also a place, a month or a weekday, or is hyphenated ("Anne-Sophie Lindqvist"). The
 * capitalised word right before a one-word person, with nothing but spaces between, joins the name when it
 * is a listed given name (a hyphenated one whose last part is listed) or the article names the same person
 * with it in full elsewhere. It stays apart when a preposition or a time word comes before it ("in Carmel
 * Pruitt's team", "last April Pruitt"), when the word before it is part of another name, or when the article
 * uses that word on its own as a place or an organisation elsewhere (one sense per article). A title or an
 * honorific is no given name, and a one-word person who is the given name of someone named in full in the
 * article is no surname ("Summer Tessa ... host Tessa Marlow": a programme's name).
 */
final class GivenNameJoin {

  /** Words before a capitalised word that make it a place or a date, not a given name. */
  private static final Set<String> BLOCKERS = Set.of(
      "in", "on", "at", "to", "from", "into", "near", "of", "for", "by", "via", "across", "around", "outside",
      "inside", "throughout", "since", "until", "till", "before", "after", "during", "between", "through",
      "last", "next", "this", "that", "every", "each", "early", "late", "mid", "the", "a", "an");

  private static final NerLexicon LEX = NerLexicon.instance();

  private GivenNameJoin() {}

  static List<Candidate> apply(TokenIndex d, List<Candidate> in) {
    String text = d.text();
    Set<String> fullNames = new HashSet<>(); // "given surname" of people named in full
    Set<String> leadingNames = new HashSet<>(); // given names of people named in full
    for (Candidate m : in) {
      if (m.type() == EntityType.PERSON && m.to() == m.from() + 1) {
        fullNames.add(d.norm(m.from()).toLowerCase(Locale.ROOT) + " " + d.norm(m.to()).toLowerCase(Locale.ROOT));
      }
      if (m.type() == EntityType.PERSON && m.to() > m.from()) leadingNames.add(d.norm(m.from()).toLowerCase(Locale.ROOT));
    }
    Set<Candidate> drop = new HashSet<>();
    List<Candidate> joined = new ArrayList<>();
    for (Candidate m : in) {
      int p = m.from() - 1;
      if (m.type() != EntityType.PERSON || m.from() != m.to() || p < 0 || !d.capitalised(m.from())
          || d.allCaps(m.from()) || !d.capitalised(p) || d.allCaps(p)) {
        continue;
      }
      if (!spacesOnly(text, d.end(p), d.start(m.from()))) continue;
      String word = d.norm(p);
      // a title ("Bishop Amwell") is no given name; a one-word person who is someone's given name is no surname
      if (LEX.isTitleWord(word) || LEX.isHonorific(word)
          || leadingNames.contains(d.norm(m.from()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      String full = word.toLowerCase(Locale.ROOT) + " " + d.norm(m.from()).toLowerCase(Locale.ROOT);
      if (!givenName(word) && !fullNames.contains(full)) continue;
      if (p > 0 && d.sameSentence(p - 1, p)) {
        String before = d.norm(p - 1).toLowerCase(Locale.ROOT);
        if (BLOCKERS.contains(before) || Candidate.covers(in, p - 1)) continue;
      }
      Candidate at = null;
      boolean clash = false;
      for (Candidate o : in) {
        if (o.from() <= p && o.to() >= p) {
          if (o.from() != p || o.to() != p || o.type() == EntityType.PERSON) clash = true;
          at = o;
        } else if (o.from() == o.to() && o.type() != EntityType.PERSON && d.norm(o.from()).equalsIgnoreCase(word)) {
          clash = true; // the article uses the word alone as a place or an organisation
        }
      }
      if (clash) continue;
      if (at != null) drop.add(at);
      drop.add(m);
      joined.add(new Candidate(p, m.to(), EntityType.PERSON, m.source()));
    }
    return Candidate.replace(in, drop, joined);
  }

  /** A listed given name, or a hyphenated one whose last part is listed and whose parts are capitalised. */
  private static boolean givenName(String word) {
    if (GivenNames.isGivenName(word)) return true;
    int h = word.lastIndexOf('-');
    if (h <= 1 || h == word.length() - 1 || word.indexOf('-') != h) return false;
    return Character.isUpperCase(word.charAt(h + 1)) && word.substring(0, h).chars().allMatch(Character::isLetter)
        && GivenNames.isGivenName(word.substring(h + 1));
  }

  private static boolean spacesOnly(String text, int from, int to) {
    if (to <= from) return false;
    for (int i = from; i < to; i++) if (text.charAt(i) != ' ' && text.charAt(i) != '\u00a0') return false;
    return true;
  }
}
