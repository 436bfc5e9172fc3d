package newsflow.enrich.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.enrich.nlp.Token;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.lexicon.SpeechVerbs;
import newsflow.enrich.nlp.ner.NerLexicon;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerEntry;
import newsflow.enrich.nlp.places.PlaceKind;

/**
 * Finds speaker mentions around a speech verb without a parser: the noun phrase ending just before the
 * verb ("Mr. Hegseth told", "the Ukrainian president said", "Kaja Kallas, the EU's top diplomat, said")
 * or starting just after it ("said Dora Quist", "according to the newspaper").
 */
final class MentionFinder {

  /**
   * The kind of a speaker mention. {@code NOT_SPEAKER}: a phrase shown as the mention but known not to be one
   * speaker (two coordinated people; a subject described rather than speaking).
   */
  enum Kind { NAME, PRONOUN, NOMINAL, RELATIVE, NOT_SPEAKER }

  /** A mention as token indexes {@code [first, last]} into the flattened token list. */
  record Mention(int first, int last, Kind kind) {}

  /** An immutable set of words; duplicates in the list are harmless. */
  static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  static final Set<String> PRONOUNS = words("he", "she", "they", "i", "we", "it");

  /** Possessive determiners ("his letter", "their claim"): an owner named by a pronoun. */
  static final Set<String> POSSESSIVE_DETERMINERS = words("his", "her", "their", "its", "our", "my", "your");

  static final Set<String> DETERMINERS = words(
      "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "another",
      "one", "two", "three", "some", "several", "many", "both", "each", "other", "every", "no", "few");

  /** Determiners that cannot stand alone as a speaker ("the", "his"), unlike "one" or "another". */
  static final Set<String> ARTICLES = words(
      "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "every", "no");

  static final Set<String> HONORIFICS = words(
      "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "pres.", "prof.", "rev.", "lt.", "col.",
      "capt.", "adm.", "sgt.", "maj.", "cmdr.", "amb.", "atty.", "sec.", "supt.", "insp.", "det.", "messrs.",
      "sens.", "reps.", "govs.", "gens.", "hon.", "fr.", "msgr.");

  /** Words that never belong to a speaker noun phrase: they end the scan. */
  static final Set<String> STOP = Lexicon.union(Lexicon.weekdays(), words(
      "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "when", "while", "where", "if", "as",
      "because", "since", "although", "though", "after", "before", "to", "in", "on", "at", "for", "with", "by",
      "from", "about", "into", "over", "under", "than", "then", "so", "not", "also", "is", "are", "was",
      "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
      "must", "can", "did", "do", "does", "there", "here", "what", "how", "why", "just", "only", "even",
      "still", "yet", "now", "later", "already", "again", "once", "never", "always", "very", "too", "during",
      "until", "unless", "whether", "against", "between", "through", "without", "within", "upon", "via",
      "per", "said", "says", "say", "told", "tells", "added", "adds", "it's", "he's", "she's", "they're",
      "we're", "i'm", "you", "me", "him", "them", "us", "like", "however", "meanwhile", "yes", "well", "oh",
      "today", "tonight", "yesterday", "tomorrow", "last", "next", "ago", "earlier", "asked", "ask", "asks", "according", "here's",
      "there's", "let", "lets", "let's", "please", "thank", "thanks", "of", "upon", "amid", "among", "across",
      "near", "off", "out", "up", "down", "around", "along", "toward", "towards", "despite", "including",
      "unlike", "inside", "outside", "beyond", "behind", "below", "above", "beside", "besides", "except"));

  /** Adverbs and auxiliaries that may sit between a subject and its speech verb. */
  static final Set<String> SKIPPABLE = words(
      "also", "later", "then", "again", "previously", "recently", "once", "has", "had", "have", "would",
      "will", "did", "does", "do", "'d", "’d", "'s", "’s", "simply", "finally", "often", "always", "never",
      "since", "further", "first", "separately", "likewise", "similarly", "still", "even", "just",
      "privately", "publicly", "reportedly", "allegedly", "apparently", "already", "repeatedly", "frequently",
      "famously", "subsequently", "long", "herself", "himself", "themselves", "itself");

  private final List<Token> toks;
  private final int[] quoteOf;

  private final String[] lower;

  MentionFinder(List<Token> toks, int[] quoteOf) {
    this(toks, quoteOf, new boolean[toks.size()]);
  }

  /**
   * {@code organisation} marks the tokens of organisation mentions: an organisation's acronym written in
   * capitals that is also a function word ("CAN" of "the Clean Air Network") keeps its
   * capitals, so it is read as the name and not as the pronoun or conjunction.
   */
  MentionFinder(List<Token> toks, int[] quoteOf, boolean[] organisation) {
    this.toks = toks;
    this.quoteOf = quoteOf;
    this.lower = new String[toks.size()];
    for (int i = 0; i < lower.length; i++) {
      String norm = toks.get(i).norm();
      String low = norm.toLowerCase(Locale.ROOT);
      boolean capitals = norm.length() >= 2 && norm.equals(norm.toUpperCase(Locale.ROOT)) && !norm.equals(low)
          && (STOP.contains(low) || PRONOUNS.contains(low));
      // "the US navy": a word in capitals right after "the"/"a"/"an" (itself not in capitals) is an
      // abbreviation, never the pronoun or function word it spells.
      boolean afterArticle = i > 0 && THE_A_AN.contains(toks.get(i - 1).text());
      boolean acronymWord = capitals && (organisation[i] || afterArticle);
      lower[i] = acronymWord ? norm : low;
    }
  }

  /** True when token {@code i} lies inside a quote (marks included). */
  boolean quoted(int i) {
    return quoteOf[i] >= 0;
  }

  String norm(int i) {
    return toks.get(i).norm();
  }

  String lower(int i) {
    return lower[i];
  }

  boolean isCap(int i) {
    String t = toks.get(i).text();
    char c = t.charAt(0);
    // A word starting with a digit is a name only with a capital in it ("3M", "7-Eleven"), not "6-year-old".
    return Character.isUpperCase(c) || (Character.isDigit(c) && t.length() > 1 && t.chars().anyMatch(Character::isUpperCase));
  }

  boolean isWord(int i) {
    return Character.isLetterOrDigit(toks.get(i).text().charAt(0));
  }

  boolean isPossessive(int i) {
    String l = lower(i);
    return l.equals("'s") || l.equals("'") && !halfOfTypewriterMark(i);
  }

  /** One apostrophe of a typewriter double mark ('' or ``), as in ",'' said Ann Lee": a quote mark, no possessive. */
  private boolean halfOfTypewriterMark(int i) {
    if (quoteOf[i] < 0) return false;
    Token t = toks.get(i);
    return i + 1 < toks.size() && toks.get(i + 1).start() == t.end() && lower(i + 1).equals("'")
        || i > 0 && toks.get(i - 1).end() == t.start() && lower(i - 1).equals("'");
  }

  boolean isHonorific(int i) {
    return HONORIFICS.contains(lower(i));
  }

  boolean isPronoun(int i) {
    return PRONOUNS.contains(lower(i));
  }

  /** Skips adverbs/auxiliaries leftwards from {@code i}; returns the first index not skipped. */
  int skipLeft(int i, int limit) {
    while (i >= limit) {
      String l = lower(i);
      int time = timeBefore(i, limit);
      if (time > 0) {
        i -= time;
        continue;
      }
      if (SKIPPABLE.contains(l) || l.endsWith("ly") && l.length() > 4 && !isCap(i) && !l.equals("family")
          && !l.equals("italy") && !l.equals("ally") && !l.equals("only")) {
        i--;
      } else {
        break;
      }
    }
    return i;
  }

  /** Day words that may stand between a subject and its verb ("Lee yesterday said"). */
  private static final Set<String> DAY_ADVERBS = words("yesterday", "today", "tonight", "earlier");
  private static final Set<String> TIME_NOUNS = words(
      "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year");
  private static final Set<String> WEEKDAYS = Lexicon.weekdays();

  /**
   * Length of a time adverbial ending at {@code i} ("yesterday", "last night", "this week", "on Monday"),
   * 0 when there is none: "Ann Lee last night said" has the subject right before the adverbial.
   */
  private int timeBefore(int i, int limit) {
    String l = lower(i);
    if (quoted(i)) return 0;
    if (DAY_ADVERBS.contains(l)) return 1;
    if (WEEKDAYS.contains(l) && i - 1 >= limit && lower(i - 1).equals("on")) return 2;
    if (TIME_NOUNS.contains(l) && i - 1 >= limit && (lower(i - 1).equals("last") || lower(i - 1).equals("this"))) return 2;
    return 0;
  }

  /**
   * Length of a time adverbial starting at {@code i} ("yesterday", "last night", "on Monday"), 0 when there is
   * none: "Ann Lee yesterday insisted ..." has the verb right after the adverbial.
   */
  int timeAfter(int i, int limit) {
    if (i >= limit || quoted(i)) return 0;
    String l = lower(i);
    if (DAY_ADVERBS.contains(l)) return 1;
    if (i + 1 < limit && (l.equals("on") && WEEKDAYS.contains(lower(i + 1))
        || (l.equals("last") || l.equals("this")) && TIME_NOUNS.contains(lower(i + 1)))) return 2;
    return 0;
  }

  /**
   * The subject mention ending at or before {@code end} (inclusive), not reaching before {@code limit};
   * skips adverbs first and looks through an appositive ("X, the party's leader, said").
   */
  Mention subjectBefore(int end, int limit) {
    int j = skipLeft(end, limit);
    if (j < limit) return null;
    if (j - 1 >= limit && (lower(j).equals("that") || lower(j).equals("which")) && isWord(j - 1)) {
      return new Mention(j, j, Kind.RELATIVE); // "a message that said": the relative pronoun
    }
    if (norm(j).equals(",")) {
      if (j - 1 >= limit && norm(j - 1).equals(")")) return subjectBefore(j - 1, limit);
      // Appositive: "<name>, <description>, said", "<description>, <name>, said" or "X, 45, said"; through a
      // chain of them: "Ann Lee, 42, a nurse from Lowmoor, said", "Tom Oake, 60, of Eastby, Westshire, said".
      Mention nearest = null;
      int link = 0; // links of the chain looked through so far, not counting a place's state or a date's year
      boolean afterWho = false;
      for (int hop = 0; hop < 6 && link < 4; hop++, link++) {
        int k = commaBefore(j, limit);
        if (k < 0) return null;
        boolean placeMayClose = link == 0 || afterWho; // also "Ann Lee, a nurse in Eastby, Ohio, who ..., said"
        afterWho = false;
        if (placeMayClose && endsClauseInPlaceOrDate(k, j, limit)) {
          // "Ann Lee, who lives in Eastby, Ohio, said", "Ann Lee, hired on May 3, 2019, said": the state,
          // country or year after the comma at k closes the clause before it, which describes the name further left.
          j = k;
          link--;
          continue;
        }
        Mention inner = k + 1 <= j - 1 ? phraseStartingAt(k + 1, j) : null;
        if (inner != null && inner.kind() == Kind.NAME && inner.last() == j - 1 && !continuesPlace(k, limit)
            && !(j - 1 - k <= 2 && isStateOrCountry(k + 1, j - 1) && hometownOfName(k, limit))) {
          return inner;
        }
        if (k - 1 >= limit && norm(k - 1).equals(")")) return subjectBefore(k - 1, limit);
        if (k - 1 < limit) return null;
        if (link == 0 && lower(k + 1).equals("who") && commaBefore(k, limit) >= 0) {
          // "Ann Lee, a nurse at Eastby Hospital, who saw the fire, said": a relative clause after the
          // apposition is looked through to the name it describes.
          j = k;
          afterWho = true;
          continue;
        }
        Mention m = phraseEndingAt(k - 1, limit);
        if (m != null && m.kind() == Kind.NOMINAL) {
          Mention named = premodifiedName(k + 1, j - 1);
          if (named != null) return named;
        }
        if (link > 0 && (m == null || m.kind() != Kind.NAME && m.kind() != Kind.NOMINAL)) return nearest;
        if (link == 0) nearest = m;
        int before = commaBefore(k, limit);
        if (before < 0 || !isAppositiveLink(before + 1, k - 1, before, limit)) return m;
        j = k; // the segment before this comma is itself an apposition of the name further left
      }
      return nearest;
    }
    if (norm(j).equals(")")) {
      // "Sen. Lindsey Graham (R-S.C.) said"
      int k = j - 1;
      while (k >= limit && !norm(k).equals("(") && j - k < 12) k--;
      if (k - 1 >= limit && norm(k).equals("(")) return phraseEndingAt(k - 1, limit);
      return null;
    }
    Mention m = phraseEndingAt(j, limit);
    if (m != null && m.kind() == Kind.NAME && m.last() - m.first() <= 1 && m.first() - 1 > limit
        && norm(m.first() - 1).equals(",") && isStateOrCountry(m.first(), m.last())
        && hometownOfName(m.first() - 1, limit)) {
      // "Ann Lee of Eastby, Ohio said": the run after the comma is where the town lies.
      Mention named = phraseEndingAt(m.first() - 2, limit);
      if (named != null && named.kind() == Kind.NAME) return named;
    }
    return m;
  }

  /**
   * "the", "a", "an" as written in running text (lower case or capitalised, not in capitals), before a word in
   * capitals that is then an abbreviation ("the US navy").
   */
  private static final Set<String> THE_A_AN = Set.of("the", "The", "a", "A", "an", "An");

  /** Prepositions before the town that a clause about a person ends in ("who lives in Eastby", "moved to Eastby"). */
  private static final Set<String> TOWN_PREPOSITIONS = words("in", "near", "outside", "at", "of", "from", "to");

  /**
   * True when the segment between the commas at {@code k} and {@code j} only closes the clause or apposition that
   * ends at {@code k}, so the subject lies further left: a state or country after a town the clause ends in ("who
   * lives in Eastby, Ohio,", "now retired near Eastby, Ore.,"), or a year after a month and day ("hired on May 3,
   * 2019,"). The clause must open after a comma of its own with a lower-case word or a number (so a list of places
   * or a name in apposition is no clause), and a time phrase may follow the state ("who moved to Eastby, France,
   * last year, said").
   */
  private boolean endsClauseInPlaceOrDate(int k, int j, int limit) {
    int e = j - 1;
    int time = e > k ? timeBefore(e, k + 1) : 0;
    if (time == 0 && e - k == 2 && (lower(k + 1).equals("since") || lower(k + 1).equals("in"))
        && lower(e).matches("(19|20)\\d\\d")) {
      time = 2; // "since 1990", "in 2019"
    }
    if (time > 0 && e - time == k) {
      // The time phrase is a segment of its own: look at the segment before it.
      int k2 = commaBefore(k, limit);
      return k2 >= 0 && endsClauseInPlaceOrDate(k2, k, limit);
    }
    int before = commaBefore(k, limit);
    if (before < 0 || before + 1 > k - 2 || isCap(before + 1) && !lower(before + 1).matches("\\d+")) return false;
    if (e == k + 1 && lower(e).matches("(19|20)\\d\\d") && lower(k - 1).matches("\\d{1,2}")
        && Lexicon.months().contains(lower(k - 2))) {
      return true; // "on May 3, 2019"
    }
    if (e - k > 2 || !isStateOrCountry(k + 1, e)) return false;
    int town = k - 1;
    while (town - 1 > before && isWord(town - 1) && isCap(town - 1) && k - town < 3) town--;
    return isCapitalisedRun(town, k - 1) && town - 1 > before && TOWN_PREPOSITIONS.contains(lower(town - 1))
        && !continuesPlace(k, limit);
  }

  /**
   * True when {@code [s, e]} (one or two capitalised words) names a country, a state or province, or is an
   * AP-style state abbreviation ("Ohio", "New Zealand", "Ore.").
   */
  private boolean isStateOrCountry(int s, int e) {
    if (!isCapitalisedRun(s, e) || e - s > 1) return false;
    StringBuilder b = new StringBuilder();
    for (int k = s; k <= e; k++) b.append(k > s ? " " : "").append(toks.get(k).text());
    Gazetteer g = Gazetteer.shared();
    String name = b.toString();
    if (name.endsWith(".")) return g.stateAbbreviation(name) != null;
    for (GazetteerEntry p : g.lookup(name)) {
      if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1) return true;
    }
    return false;
  }

  /**
   * True when the words before the comma at {@code k} are a person's name with a hometown after "of" or "from"
   * ("Ann Lee of Eastby", "Mr. Lee from Eastby"), so a short capitalised run right after {@code k} may be where
   * that town lies ("Ann Lee of Eastby, Ohio said"), not a name of its own. The name needs two capitalised words or
   * an honorific, so "Bank of Eastby" or "the CEO of Acme, Ali Baran" do not count.
   */
  private boolean hometownOfName(int k, int limit) {
    for (int p = k - 2; p > limit && k - 1 - p <= 3; p--) {
      String l = lower(p);
      if (!l.equals("of") && !l.equals("from")) continue;
      if (!isCapitalisedRun(p + 1, k - 1)) return false;
      int q = p - 1;
      int words = 0;
      boolean honorific = false;
      while (q >= limit && isWord(q) && (isCap(q) || isHonorific(q)) && !quoted(q) && p - q <= 4) {
        if (isHonorific(q)) honorific = true;
        words++;
        q--;
      }
      return words >= 2 || honorific && words >= 1;
    }
    return false;
  }

  /**
   * The comma closing the segment that ends before the comma at {@code j}, within {@link #APPOSITION_SPAN}
   * tokens and the same clause (no quote, semicolon, colon or parenthesis between), or -1.
   */
  private int commaBefore(int j, int limit) {
    for (int k = j - 1; k >= Math.max(limit, j - APPOSITION_SPAN); k--) {
      if (breaksApposition(k)) return -1;
      if (norm(k).equals(",")) return k;
    }
    return -1;
  }

  /** A token no chain of appositions runs over: a quote, a semicolon, a colon or a parenthesis. */
  private boolean breaksApposition(int k) {
    String n = norm(k);
    return quoted(k) || n.equals(";") || n.equals(":") || n.equals("(") || n.equals(")");
  }

  /** Prepositions that attach a hometown or an employer to a name in apposition ("Ann Lee, of Eastby,"). */
  private static final Set<String> APPOSITIVE_PREPOSITIONS = words("from", "of", "in", "near", "at");

  /**
   * True when the segment {@code [s, e]} between the commas at {@code s - 1} ({@code comma}) and {@code e + 1}
   * is one link of a chain of appositions after a name, so the name stands before it: an age ("42", "aged
   * 42"), a hometown or employer phrase with a name in it ("from Eastby", "of the Acme Trust"), or the county or country that continues such a place ("from Eastby, Westshire,").
   */
  private boolean isAppositiveLink(int s, int e, int comma, int limit) {
    if (s > e || e - s > 12) return false;
    String first = lower(s);
    if (s == e && first.matches("\\d{1,3}")) return true;
    if (e == s + 1 && first.equals("aged") && lower(e).matches("\\d{1,3}")) return true;
    if (APPOSITIVE_PREPOSITIONS.contains(first) && e > s && isWord(e)) {
      for (int k = s + 1; k <= e; k++) if (isCap(k)) return true;
      return false;
    }
    return isCapitalisedRun(s, e) && continuesPlace(comma, limit);
  }

  /**
   * True when the segment before the comma at {@code k} ends in a place after a preposition, or is a place that
   * continues one, so a capitalised segment after {@code k} is the county or country of that place ("of Eastby,
   * Westshire") or the next place of a list ("fans from Eastby, Northby, Westby,"), not a name in apposition.
   */
  private boolean continuesPlace(int k, int limit) {
    int before = commaBefore(k, limit);
    int s = before >= 0 ? before + 1 : clauseStart(k, limit);
    if (s > k - 1) return false;
    // The segment ends in a place after a preposition: "of Eastby", "fans from Eastby"; not an affiliation
    // after a singular role ("the CEO of Acme, Ali Baran, told": Ali Baran is named in apposition).
    for (int p = k - 2; p >= s && k - 1 - p <= 4; p--) {
      if (!APPOSITIVE_PREPOSITIONS.contains(lower(p))) continue;
      boolean opens = p == s || p - 1 == s && lower(s).length() > 3 && lower(s).endsWith("s") && isWord(s);
      return opens && isCapitalisedRun(p + 1, k - 1);
    }
    return before >= 0 && isCapitalisedRun(s, k - 1) && continuesPlace(before, limit);
  }

  /**
   * Longest segment between two commas taken as one link of an apposition: a role with its employer and a
   * relative clause ("a lecturer in water law at the faculty of science at the state university who took no
   * part in the survey") runs past 25 tokens.
   */
  private static final int APPOSITION_SPAN = 40;

  /**
   * The first token of the clause that {@code k} ends, at most {@link #APPOSITION_SPAN} tokens back (as
   * {@link #commaBefore} looks).
   */
  private int clauseStart(int k, int limit) {
    int s = k;
    while (s - 1 >= Math.max(limit, k - APPOSITION_SPAN) && !breaksApposition(s - 1)
        && !norm(s - 1).equals(".")) {
      s--;
    }
    return s;
  }

  /** True when every token of {@code [s, e]} (one to four) is a capitalised word. */
  private boolean isCapitalisedRun(int s, int e) {
    if (e < s || e - s > 3) return false;
    for (int k = s; k <= e; k++) if (!isWord(k) || !isCap(k)) return false;
    return true;
  }

  /**
   * "the host, Acme board member Ann Lee, said": a description, then a name with premodifiers between
   * commas. The name is the capitalised run of two to four words ending the segment {@code [s, e]}, after
   * capitalised or lower-case modifiers only (no article, preposition or other function word, so "a lawyer
   * at Acme Corp" names nobody).
   */
  private Mention premodifiedName(int s, int e) {
    if (e - s < 1 || e - s > 12) return null;
    int run = e;
    while (run - 1 >= s && isCap(run - 1)) run--;
    if (e - run + 1 < 2 || e - run + 1 > 4 || run == s) return null;
    for (int k = s; k <= e; k++) {
      if (!isWord(k) || STOP.contains(lower(k)) || ARTICLES.contains(lower(k)) || DETERMINERS.contains(lower(k))
          || isPronoun(k) || isPossessive(k)) {
        return null;
      }
    }
    if (isCap(run - 1)) return null;
    Mention m = phraseStartingAt(run, e + 1);
    return m != null && m.kind() == Kind.NAME && m.first() == run && m.last() == e ? m : null;
  }

  /** A noun phrase ending exactly at {@code e}, or null when the token cannot end one. */
  Mention phraseEndingAt(int e, int limit) {
    if (e < limit || !isWord(e)) return null;
    String le = lower(e);
    if (isPronoun(e)) return new Mention(e, e, Kind.PRONOUN);
    if ((le.equals("who") || le.equals("which")) && e - 1 >= limit
        && (norm(e - 1).equals(",") || le.equals("who") && isCap(e - 1))) {
      return new Mention(e, e, Kind.RELATIVE); // "Ann Lee, who replied": resolved to the name before
    }
    if (STOP.contains(le) || ARTICLES.contains(le)) return null;
    int s = e;
    boolean sawDet = false;
    while (s - 1 >= limit && e - (s - 1) < 12) {
      int k = s - 1;
      String l = lower(k);
      if (DETERMINERS.contains(l)) {
        s = k;
        sawDet = true;
        break;
      }
      if (isPossessive(k) && k - 1 >= limit && isWord(k - 1)) {
        s = k;
        continue;
      }
      if (l.equals("of") || l.equals("&") || l.equals("-") || l.equals("for")) {
        // "Secretary of Commerce Lena Ortiz", "Center for ...": only inside capitalised names.
        if (k - 1 >= limit && isCap(k - 1) && isCap(s)) {
          s = k;
          continue;
        }
        break;
      }
      if (!isWord(k) || STOP.contains(l) || isPronoun(k)) break;
      if (SpeechVerbs.isSpeechVerb(l) && !isCap(k)) break;
      s = k;
    }
    while (s < e && (lower(s).equals("of") || isPossessive(s))) s++;
    boolean hasName = false;
    for (int k = s; k <= e; k++) {
      if (isCap(k) && !(k == s && sawDet) && !DETERMINERS.contains(lower(k))) hasName = true;
    }
    if (hasName) {
      // Keep the last capitalised run (with honorifics): "Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov".
      int r = e;
      while (r >= s && !isCap(r)) r--;
      if (r < s) return new Mention(s, e, Kind.NOMINAL);
      int q = r;
      while (q - 1 >= s && (isCap(q - 1) || isHonorific(q - 1) || lower(q - 1).equals("of") && q - 2 >= s
          && isCap(q - 2) || isPossessive(q - 1))) q--;
      while (q < r && (lower(q).equals("of") || isPossessive(q))) q++;
      if (r < e || isRoleOfOwner(q, e)) {
        // Capitalised word followed by lower-case nouns: "Varga spokesperson" / "the Brandt campaign"; an
        // owner's role: "Acme's CFO".
        return new Mention(s, e, Kind.NOMINAL);
      }
      return new Mention(q, e, Kind.NAME);
    }
    if (!sawDet && s == e && !isCap(e)) {
      // A bare lower-case noun ("officials said", "sources said") is a weak but valid mention.
      return new Mention(s, e, Kind.NOMINAL);
    }
    return new Mention(s, e, Kind.NOMINAL);
  }

  /**
   * "said Acme spokesman Tom Brandt", "said Harbour City head coach Ann Lee": after an organisation's name,
   * one to three lower-case role words (nouns or adjectives, no function word, adverb or verb) and a name of
   * at least two words (or an honorific and a name). The name is the person; the organisation before it is
   * only an affiliation. Returns that name, or null.
   */
  Mention nameAfterRole(int k, int limit) {
    int m = k;
    while (m < limit && m - k < 3 && isRoleWord(m)) m++;
    // "said Dutch historian and author Wim Hallema", "said veteran Acme strategist and PR adviser Dana Korvel":
    // a second role joined by "and" (capitalised words may lead it) before the name.
    if (m > k && m + 1 < limit && lower(m).equals("and") && isRoleNoun(m - 1)) {
      int r = m + 1;
      while (r < limit && r - m <= 2 && isCap(r) && !isHonorific(r) && !isPossessive(r)) r++;
      int roleStart = r;
      while (r < limit && r - roleStart < 3 && isRoleWord(r)) r++;
      if (r > roleStart) m = r;
    }
    if (m == k || m >= limit || !(isCap(m) || isHonorific(m)) || !isRoleNoun(m - 1)) return null;
    Mention name = phraseStartingAt(m, limit);
    if (name == null || name.kind() != Kind.NAME || name.first() > m + 1) return null;
    int words = 0;
    for (int t = name.first(); t <= name.last(); t++) if (isCap(t) && !isHonorific(t)) words++;
    return words >= 2 || words == 1 && isHonorific(name.first()) ? name : null;
  }

  /** A lower-case word that may be part of a role ("head", "planetary", "coach"): not a function word, adverb or verb. */
  boolean isRoleWord(int i) {
    String l = lower(i);
    if (isCap(i) || !isWord(i) || STOP.contains(l) || SKIPPABLE.contains(l) || DETERMINERS.contains(l)
        || isPronoun(i) || SpeechVerbs.isSpeechVerb(l) || quoted(i) || l.endsWith("ly")) {
      return false;
    }
    String pos = toks.get(i).pos();
    return pos == null || pos.startsWith("NN") || pos.equals("JJ");
  }

  /** The last word of a role: a noun by its tag, or, untagged, any role word. */
  private boolean isRoleNoun(int i) {
    String pos = toks.get(i).pos();
    return pos == null || pos.startsWith("NN");
  }

  /** A noun phrase starting at {@code s} and not reaching past {@code limit} (exclusive). */
  Mention phraseStartingAt(int s, int limit) {
    if (s >= limit || !isWord(s)) return null;
    String l0 = lower(s);
    if (isPronoun(s)) return new Mention(s, s, Kind.PRONOUN);
    if (STOP.contains(l0) && !DETERMINERS.contains(l0)) return null;
    int e = s;
    boolean det = DETERMINERS.contains(l0);
    while (e + 1 < limit && e - s < 12) {
      int k = e + 1;
      String l = lower(k);
      if (isPossessive(k)) {
        e = k;
        continue;
      }
      if (l.equals("of") || l.equals("&") || l.equals("for")) {
        if (k + 1 < limit && isCap(k + 1) && isCap(e)) {
          e = k;
          continue;
        }
        break;
      }
      if (DETERMINERS.contains(l) && !ARTICLES.contains(l) && e == s && ARTICLES.contains(lower(s))) {
        e = k; // "the two", "the other"
        continue;
      }
      if (!isWord(k) || STOP.contains(l) || isPronoun(k) || DETERMINERS.contains(l)) break;
      if (SpeechVerbs.isSpeechVerb(l) && !isCap(k) && !isPossessive(e) && !ARTICLES.contains(lower(e))) break;
      if (!isCap(k) && k - s >= 2 && l.endsWith("ed") && l.length() > 4) {
        break; // "The young mayor appeared": past-tense verb after a noun phrase
      }
      if (!det && !isCap(k) && !isHonorific(e) && isCap(e) && !isHonorific(k)) {
        // "said Acme spokesman Tom Brandt": the name is an affiliation of the role and the person named.
        Mention person = nameAfterRole(k, limit);
        if (person != null) return person;
        // After a name, a lower-case word starts the predicate ("said Smith recently").
        break;
      }
      e = k;
    }
    while (e > s && (lower(e).equals("of") || lower(e).equals("&"))) e--;
    if (isPossessive(e)) return null; // "Varga's" alone is a determiner, not a speaker
    if (e == s && ARTICLES.contains(l0)) return null;
    boolean hasCap = false;
    for (int k = s; k <= e; k++) if (isCap(k) && !DETERMINERS.contains(lower(k))) hasCap = true;
    if (hasCap && isCap(e) && !isRoleOfOwner(s, e)) {
      int q = s;
      while (q < e && !isCap(q) && !isHonorific(q)) q++;
      return new Mention(q, e, Kind.NAME);
    }
    return new Mention(s, e, Kind.NOMINAL);
  }

  /**
   * True when {@code [s, e]} is an owner and its role: a possessive followed only by title words, capitalised
   * or not ("Acme's CFO", "the Rovers' Head Coach"). Such a phrase describes a person; it names nobody.
   */
  boolean isRoleOfOwner(int s, int e) {
    int p = e - 1;
    while (p >= s && !isPossessive(p)) p--;
    if (p < s || p == e) return false;
    for (int k = p + 1; k <= e; k++) {
      String l = lower(k);
      if (!NerLexicon.instance().isTitleHead(l.endsWith(".") ? l.substring(0, l.length() - 1) : l)) return false;
    }
    return true;
  }
}
