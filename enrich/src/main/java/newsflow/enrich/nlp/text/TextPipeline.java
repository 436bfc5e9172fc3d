package newsflow.enrich.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Sentence;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.Token;
import newsflow.enrich.nlp.lexicon.Lexicon;

/**
 * Splits an article's text into paragraphs (one per non-blank line), news-aware sentences and
 * Penn-Treebank-style tokens, all with offsets into the original text. Rule-based and model-free, so it
 * is fast and thread-safe; {@link Token#pos()} is left null.
 */
public final class TextPipeline {

  /**
   * Abbreviations (lower case, without the final period) after which a period does not end a sentence:
   * the abbreviated honorifics ("Gen.") and a few others ("St.", "No.").
   */
  private static final Set<String> TITLE_ABBREVIATIONS =
      Lexicon.union(Lexicon.abbreviatedHonorifics(), Lexicon.words("/text/abbreviations.txt"));

  /** Abbreviations that usually precede a number or a name and never end a sentence. */
  private static final Set<String> MONTH_ABBREVIATIONS = Lexicon.monthAbbreviations();

  /** Abbreviations that may end a sentence (then followed by a typical sentence starter). */
  private static final Set<String> OTHER_ABBREVIATIONS = Lexicon.words("/text/sentence-final-abbreviations.txt");

  /** Words that typically start a sentence; an acronym like "U.S." before one of them ends a sentence. */
  private static final Set<String> SENTENCE_STARTERS = Lexicon.words("/text/sentence-starters.txt");

  private static final Set<String> CLITICS = Set.of("'s", "'re", "'ve", "'ll", "'d", "'m", "n't");
  /** An abbreviated decade or year after an apostrophe: '90s, '24. */
  private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile("'\\d\\ds?");

  private static final TextPipeline INSTANCE = new TextPipeline();

  /** The shared, stateless instance. */
  public static TextPipeline instance() {
    return INSTANCE;
  }

  /** Processes {@code text} into paragraphs, sentences and tokens. */
  public Document process(String text) {
    if (text == null) text = "";
    List<Span> paragraphs = paragraphs(text);
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      List<Token> tokens = tokenize(text, para.start(), para.end());
      splitSentences(tokens, p, sentences);
    }
    return new Document(text, List.copyOf(paragraphs), List.copyOf(sentences));
  }

  /** Paragraphs: every non-blank line, trimmed of surrounding whitespace. */
  public static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int lineEnd = i;
      while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) lineEnd++;
      int s = i;
      int e = lineEnd;
      while (s < e && isSpace(text.charAt(s))) s++;
      while (e > s && isSpace(text.charAt(e - 1))) e--;
      if (e > s) out.add(Span.of(text, s, e));
      i = lineEnd + 1;
    }
    return out;
  }

  /** Tokens of {@code text[from, to)}. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isSpace(c) || isLineBreak(c)) {
        i++;
        continue;
      }
      int end;
      if (Character.isLetterOrDigit(c) || (c == '$' || c == '£' || c == '€') && i + 1 < to
          && Character.isDigit(text.charAt(i + 1))) {
        if (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i)) {
          end = i;
          while (end < to && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ')'
              && text.charAt(end) != ']' && text.charAt(end) != '"' && text.charAt(end) != '”') end++;
          while (end > i + 1 && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) end--;
          add(text, i, end, out);
          i = end;
          continue;
        }
        end = wordEnd(text, i, to);
        i = emitWord(text, i, end, to, out);
        continue;
      }
      if (c == '.' && i + 2 < to && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
        end = i + 3;
        while (end < to && text.charAt(end) == '.') end++;
      } else if ((c == '-' && i + 1 < to && text.charAt(i + 1) == '-')) {
        end = i + 2;
      } else if ((c == '\'' || c == '’' || c == '‘') && i + 1 < to) {
        // A leading clitic such as 's after a closing quote, or a year abbreviation like '90s.
        end = i + 1;
        int w = i + 1;
        while (w < to && Character.isLetterOrDigit(text.charAt(w))) w++;
        String tail = norm(text.substring(i, w)).toLowerCase(Locale.ROOT);
        if (w > i + 1 && (CLITICS.contains(tail) || DECADE.matcher(tail).matches())) end = w;
      } else if (Character.isSurrogate(c) && i + 1 < to) {
        end = i + 2;
      } else {
        end = i + 1;
      }
      add(text, i, end, out);
      i = end;
    }
    return out;
  }

  private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("\\d{1,2}:\\d{2}");

  private static int wordEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (Character.isUpperCase(c) && j + 1 < to && Character.isLowerCase(text.charAt(j + 1))
          && CLOCK.matcher(text.substring(i, j)).matches()) {
        break; // "10:30Ann Lee": a live blog's time stamp glued to a name is two tokens
      } else if (Character.isLetterOrDigit(c) || c == '\u00AD') {
        j++;
      } else if ((c == '-' || c == '\'' || c == '’' || c == '.' || c == ',' || c == '&' || c == '/' || c == ':'
          || c == '@') && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
        // Internal punctuation: hyphenated words, O'Neill, U.S, 1,000, 3.5, AT&T, 24/7, 10:30.
        if ((c == ',' || c == ':' || c == '/') && !(Character.isDigit(text.charAt(j - 1))
            && Character.isDigit(text.charAt(j + 1)))) break;
        if (c == '.' && !(Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1)))
            && !isInitialism(text, i, j)) break;
        j++;
      } else if (c == '.' && isInitialism(text, i, j)) {
        // "U.S." keeps its final period; a period after a multi-letter word does not join.
        j++;
        break;
      } else if (c == '%' && Character.isDigit(text.charAt(j - 1))) {
        j++;
        break;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * True when {@code text[i, j)} looks like a dotted initialism so far: single letters separated by dots,
   * possibly after a hyphen ("D-N.Y").
   */
  private static boolean isInitialism(String text, int i, int j) {
    for (int k = j - 1; k > i; k--) {
      if (text.charAt(k) == '-') {
        i = k + 1;
        break;
      }
    }
    for (int k = i; k < j; k++) {
      char c = text.charAt(k);
      boolean letterSlot = ((k - i) % 2 == 0);
      if (letterSlot ? !Character.isLetter(c) : c != '.') return false;
    }
    return j - i >= 1 && (j - i) % 2 == 1;
  }

  /** Emits a word token, splitting clitics ('s, n't) and attaching the period of known abbreviations. */
  private static int emitWord(String text, int s, int e, int to, List<Token> out) {
    String w = text.substring(s, e);
    // Abbreviation with its period: Mr. Sept. Gen. Inc. and initials such as "F."
    if (e < to && text.charAt(e) == '.' && !w.contains(".")) {
      String lw = w.toLowerCase(Locale.ROOT);
      boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
      if (initial || TITLE_ABBREVIATIONS.contains(lw) || MONTH_ABBREVIATIONS.contains(lw)
          || OTHER_ABBREVIATIONS.contains(lw) && Character.isUpperCase(w.charAt(0))
          || lw.equals("a.m") || lw.equals("p.m")) {
        add(text, s, e + 1, out);
        return e + 1;
      }
    }
    if (w.indexOf('.') > 0 && e < to && text.charAt(e) == '.') {
      add(text, s, e + 1, out); // rare: an initialism whose last period was not consumed
      return e + 1;
    }
    // Clitics: Trump's -> Trump 's ; won't -> wo n't ; they're -> they 're
    String lower = norm(w).toLowerCase(Locale.ROOT);
    int split = -1;
    if (lower.endsWith("n't") && w.length() > 3) {
      split = e - 3;
    } else {
      for (String cl : CLITICS) {
        if (!cl.equals("n't") && lower.endsWith(cl) && w.length() > cl.length()) {
          split = e - cl.length();
          break;
        }
      }
    }
    if (split > s) {
      add(text, s, split, out);
      add(text, split, e, out);
    } else {
      add(text, s, e, out);
    }
    return e;
  }

  private static void add(String text, int s, int e, List<Token> out) {
    String t = text.substring(s, e);
    out.add(new Token(s, e, t, norm(t), null));
  }

  /** Normalises quotation marks and apostrophes to ASCII: ’ ‘ -> ', “ ” „ « » -> ". */
  public static String norm(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = normChar(c);
      if (r != c) {
        if (sb == null) sb = new StringBuilder(s);
        sb.setCharAt(i, r);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** The ASCII form of a quotation mark or apostrophe, or {@code c} itself. */
  public static char normChar(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
        return '"';
      default:
        return c;
    }
  }

  private void splitSentences(List<Token> tokens, int paragraph, List<Sentence> out) {
    int first = 0;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (!isTerminal(t)) continue;
      // Absorb closing quotes and brackets that follow the terminal punctuation.
      int j = i + 1;
      while (j < n && isCloser(tokens, j)) j++;
      if (j >= n) break;
      Token next = tokens.get(j);
      if (!startsSentence(next, tokens, j)) continue;
      if (t.text().equals("...") || t.text().equals("…")) {
        // An ellipsis ends a sentence only before a capitalised word that is not a name continuation.
        if (!Character.isUpperCase(next.text().charAt(0)) || i == first) continue;
        char before = tokens.get(i - 1).text().charAt(0);
        if (!Character.isLetterOrDigit(before) && before != '.' && before != ',') continue;
      }
      if (t.text().length() > 1 && t.text().endsWith(".") && !isPeriodAfterAcronym(t, next)) continue;
      if (isOpeningQuote(next) && j + 1 < n && Character.isLowerCase(tokens.get(j + 1).text().charAt(0))) {
        continue; // "the U.S. “will not wait ...": a partial quote continues the sentence
      }
      out.add(sentence(tokens.subList(first, j), paragraph));
      first = j;
      i = j - 1;
    }
    if (first < n) out.add(sentence(tokens.subList(first, n), paragraph));
  }

  private static boolean isOpeningQuote(Token t) {
    String s = t.norm();
    return s.equals("\"") || s.equals("'") || s.equals("''");
  }

  private static boolean isTerminal(Token t) {
    String s = t.text();
    if (s.equals(".") || s.equals("!") || s.equals("?") || s.equals("...") || s.equals("…")) return true;
    // Abbreviation tokens carry their period: they end a sentence only in special cases handled later.
    return s.length() > 1 && s.endsWith(".");
  }

  /** For a token carrying its period: does the period also end the sentence before {@code next}? */
  private static boolean isPeriodAfterAcronym(Token t, Token next) {
    String core = t.text().substring(0, t.text().length() - 1).toLowerCase(Locale.ROOT);
    if (TITLE_ABBREVIATIONS.contains(core) || MONTH_ABBREVIATIONS.contains(core)) return false;
    if (core.length() == 1) return false; // an initial: "John F. Kennedy"
    String nl = next.norm().toLowerCase(Locale.ROOT);
    if (next.norm().startsWith("\"")) return true;
    return SENTENCE_STARTERS.contains(nl);
  }

  private static boolean isCloser(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    String s = t.text();
    if (s.equals(")") || s.equals("]") || s.equals("”") || s.equals("’") || s.equals("»")) return true;
    if (s.equals("\"") || s.equals("'")) {
      // A straight quote directly after the previous token (no space) closes.
      return tokens.get(j - 1).end() == t.start();
    }
    return false;
  }

  private static boolean startsSentence(Token next, List<Token> tokens, int j) {
    char c = next.text().charAt(0);
    if (Character.isUpperCase(c) || Character.isDigit(c)) return true;
    if (c == '“' || c == '‘' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '…' || c == '$') {
      return true;
    }
    return c == '.' && next.text().startsWith("...");
  }

  private static Sentence sentence(List<Token> toks, int paragraph) {
    List<Token> copy = List.copyOf(toks);
    return new Sentence(copy.get(0).start(), copy.get(copy.size() - 1).end(), paragraph, copy);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u200B' || c == '\u202F'
        || c == '\uFEFF' || (Character.isWhitespace(c) && !isLineBreak(c));
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}
