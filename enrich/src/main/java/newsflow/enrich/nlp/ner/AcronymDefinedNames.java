package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;

/**
 * A long organisation name the article defines by an acronym in parentheses is one organisation, even when the
 * recogniser cut it in pieces: "the Alliance for the Upkeep of the Eastern Dales (AUED)" tagged as an
 * organisation "Alliance" and a place "Upkeep of the Eastern Dales" becomes the organisation "Alliance for the
 * Upkeep of the Eastern Dales". The name is the run of capitalised words (joined by "of", "for", "the", "and",
 * ...) right before the parentheses whose capitalised words' initials spell the acronym exactly; an organisation
 * mention must lie in it, or the acronym itself be tagged an organisation ("Lawyers for Clean Rivers (LCR)"). The
 * mentions inside the run give way to it. A run the recogniser read whole as something else, with only the acronym
 * tagged an organisation, keeps its reading (a venue: "the Lowmoor Arts Centre (LAC)"). Without evidence the run is
 * left alone ("Picture Archiving and
 * Communication Systems (PACS)" names a system, "Gross Domestic Product (GDP)" a measure).
 */
final class AcronymDefinedNames {

  private AcronymDefinedNames() {}

  /** "(ABC)": two to eight capitals ("&" allowed after the first). */
  private static final Pattern DEFINED = Pattern.compile("\\s\\((\\p{Lu}[\\p{Lu}&]{1,7})\\)");

  /** Lower-case words that may join the capitalised words of a name. */
  static final Set<String> JOINERS = Set.of("of", "for", "the", "and", "on", "in", "to", "against", "&");

  /** How many words a name may run back from its parentheses. */
  private static final int MAX_WORDS = 14;

  /** The mentions with every acronym-defined organisation name made whole; {@code sorted} is in text order. */
  static List<EntityMention> apply(String text, List<EntityMention> sorted) {
    if (text.indexOf('(') < 0) return sorted;
    List<EntityMention> out = sorted;
    Matcher m = DEFINED.matcher(text);
    while (m.find()) {
      String letters = m.group(1).replace("&", "");
      if (letters.length() < 2) continue;
      int end = m.start();
      // "the Harbour Council's (HC)": the possessive ending is no part of the name
      if (end >= 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
          && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
        end -= 2;
      } else if (end >= 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '\u2019')) {
        end -= 1; // "the Harbour Unions' (HU)"
      }
      int[] starts = wordStartsBefore(text, end);
      int start = -1;
      // the longest run first would include a sentence's first word; the exact initials decide
      for (int w = 0; w < starts.length && start < 0; w++) {
        if (Character.isUpperCase(text.charAt(starts[w])) && letters.equals(initials(text, starts[w], end))) {
          start = starts[w];
        }
      }
      if (start < 0) continue;
      EntityMention acronym = mentionAt(out, m.start(1), m.end(1));
      boolean organisation = acronym != null && acronym.type() == EntityType.ORGANIZATION;
      boolean whole = false;
      boolean wholeMention = false;
      boolean acronymOnly = true;
      double score = 0;
      for (EntityMention e : out) {
        if (leadingArticle(text, e, start, end)) {
          organisation |= e.type() == EntityType.ORGANIZATION;
          acronymOnly &= e.type() != EntityType.ORGANIZATION;
          wholeMention |= e.end() == end;
          whole |= e.type() == EntityType.ORGANIZATION && e.end() == end;
          score = Math.max(score, e.score());
          continue;
        }
        if (e.start() < start && e.end() > start || e.start() < end && e.end() > end) {
          organisation = false; // a mention crossing the run's edge: leave the recogniser's reading
          break;
        }
        if (e.start() >= start && e.end() <= end) {
          wholeMention |= e.start() == start && e.end() == end;
          if (e.type() == EntityType.ORGANIZATION) {
            acronymOnly = false;
            organisation = true;
            score = Math.max(score, e.score());
            whole |= e.start() == start && e.end() == end;
          }
        }
      }
      // "the Lowmoor Arts Centre (LAC)" read as a place by the recogniser, the acronym alone as an organisation:
      // a venue or building whose name was found whole keeps the recogniser's reading.
      if (!organisation || whole || acronymOnly && wholeMention) continue;
      if (score == 0 && acronym != null) score = acronym.score();
      List<EntityMention> next = new ArrayList<>(out.size());
      boolean added = false;
      for (EntityMention e : out) {
        if (e.start() >= start && e.end() <= end || leadingArticle(text, e, start, end)) continue;
        if (!added && e.start() >= end) {
          next.add(new EntityMention(start, end, text.substring(start, end), EntityType.ORGANIZATION, score));
          added = true;
        }
        next.add(e);
      }
      if (!added) next.add(new EntityMention(start, end, text.substring(start, end), EntityType.ORGANIZATION, score));
      out = next;
    }
    return out;
  }

  /**
   * The starts of the words of the run ending at {@code end}, farthest first: capitalised words and joiners on
   * one line, back to the first other word or punctuation, at most {@value #MAX_WORDS} words.
   */
  private static int[] wordStartsBefore(String text, int end) {
    List<Integer> starts = new ArrayList<>();
    int i = end;
    while (starts.size() < MAX_WORDS) {
      int e = i;
      while (e > 0 && text.charAt(e - 1) == ' ') e--;
      if (e == i && i != end || e == 0) break;
      int s = e;
      while (s > 0 && wordChar(text.charAt(s - 1))) s--;
      if (s == e) break;
      String w = text.substring(s, e);
      if (!Character.isUpperCase(w.charAt(0)) && !JOINERS.contains(w)) break;
      starts.add(s);
      i = s;
    }
    // a run does not start with a joiner
    while (!starts.isEmpty() && !Character.isUpperCase(text.charAt(starts.get(starts.size() - 1)))) {
      starts.remove(starts.size() - 1);
    }
    int[] out = new int[starts.size()];
    for (int k = 0; k < out.length; k++) out[k] = starts.get(starts.size() - 1 - k);
    return out;
  }

  /** A mention of the run's words with "the" before them ("The Alliance" of "The Alliance for ..."). */
  private static boolean leadingArticle(String text, EntityMention e, int start, int end) {
    return e.start() < start && e.end() > start && e.end() <= end
        && text.substring(e.start(), start).equalsIgnoreCase("the ");
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '&';
  }

  /** The initials of the capitalised words in {@code [start, end)}; joiners are skipped; "" at a lower-case word. */
  static String initials(String text, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (String w : text.substring(start, end).trim().split(" +")) {
      if (w.isEmpty() || JOINERS.contains(w)) continue;
      if (!Character.isUpperCase(w.charAt(0))) return "";
      b.append(w.charAt(0));
    }
    return b.toString();
  }

  private static EntityMention mentionAt(List<EntityMention> mentions, int start, int end) {
    for (EntityMention e : mentions) if (e.start() == start && e.end() == end) return e;
    return null;
  }
}
