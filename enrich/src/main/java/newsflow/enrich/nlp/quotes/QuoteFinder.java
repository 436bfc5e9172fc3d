package newsflow.enrich.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Span;

/**
 * Finds the spans between double quotation marks in each paragraph: curly (“ ”), straight ("),
 * typewriter pairs ('' and ``) and guillemets. A quote left open at the end of a paragraph ends there
 * (the news convention is that the next paragraph re-opens it). Single quotes, curly (‘...’) or straight
 * ('...', the British style), start a quote outside a double-quoted span (headlines, terms, speech); inside one
 * they are nested quotes: they stay part of it, and {@link #nestedSingleQuotes} lists them.
 */
public final class QuoteFinder {

  private enum Mark { OPEN, CLOSE, EITHER }

  /**
   * All double-quoted spans of {@code doc}, and the spans between single quotes (curly or straight) that are not inside
   * a double-quoted one (headlines and terms: ‘Growth is back’: Acme Bank), in text order.
   */
  public List<QuoteSpan> find(Document doc) {
    String text = doc.text();
    List<QuoteSpan> out = new ArrayList<>();
    boolean previousOpenAtEnd = false;
    boolean previousSingleOpen = false;
    for (int p = 0; p < doc.paragraphs().size(); p++) {
      Span para = doc.paragraphs().get(p);
      Span next = p + 1 < doc.paragraphs().size() ? doc.paragraphs().get(p + 1) : null;
      int before = out.size();
      boolean openAtEnd = findInParagraph(text, para, p, previousOpenAtEnd, out);
      List<QuoteSpan> doubles = new ArrayList<>(out.subList(before, out.size()));
      List<QuoteSpan> singles = singleQuoted(text, para, p, doubles, next, previousSingleOpen);
      previousSingleOpen = !singles.isEmpty() && singles.get(singles.size() - 1).openAtEnd();
      // A crosshead set between the paragraphs of one quotation ("... already open again. ¶ Repairs
      // ahead ¶ “The third bridge ...”) is layout, not a break in the speech: the open quote stays open.
      previousOpenAtEnd = openAtEnd || previousOpenAtEnd && out.size() == before && isCrosshead(text, para);
      if (!singles.isEmpty()) {
        doubles.addAll(singles);
        doubles.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.subList(before, out.size()).clear();
        out.addAll(doubles);
      }
    }
    return out;
  }

  /**
   * A short heading between paragraphs: one to six words, the first capitalised, no quotation mark, no
   * sentence punctuation at its end (a sentence, a caption of a full clause or a label with a colon is none).
   */
  static boolean isCrosshead(String text, Span para) {
    String h = text.substring(para.start(), para.end()).strip();
    if (h.isEmpty() || h.length() > 60 || !Character.isUpperCase(h.charAt(0))) return false;
    if (!Character.isLetterOrDigit(h.charAt(h.length() - 1))) return false;
    for (int k = 0; k < h.length(); k++) {
      char ch = h.charAt(k);
      if (isDoubleQuoteChar(ch) || ch == '‘' || ch == '`' || ch == '\'' && k + 1 < h.length() && h.charAt(k + 1) == '\'') {
        return false;
      }
    }
    return h.split("\\s+").length <= 6;
  }

  /**
   * Spans between ‘ and ’, or between two straight single quotes, in a paragraph, outside its double-quoted
   * spans: the opening mark follows a space, a bracket, a dash or the paragraph start and precedes a letter or
   * digit; the closing mark is the first ’ after it that is not an apostrophe inside a word ("isn’t").
   * A straight opening mark precedes a letter (a digit is a year: '90s) and no elision ('n', 'em, 'til); its
   * closing mark is the first straight one after a non-space and before no letter or digit, except that a
   * plural possessive (the players' union) gives way to a later closing mark when no new quote opens between.
   */
  private static List<QuoteSpan> singleQuoted(
      String text, Span para, int p, List<QuoteSpan> doubles, Span next, boolean previousOpen) {
    List<QuoteSpan> out = new ArrayList<>();
    int i = para.start();
    while (i < para.end()) {
      char mark = text.charAt(i);
      if (mark != '‘' && mark != '\'' || insideAny(i, doubles)) {
        i++;
        continue;
      }
      boolean opens = opensSingle(text, para, i);
      if (!opens) {
        i++;
        continue;
      }
      int close = mark == '‘' ? curlyClose(text, para, i) : straightClose(text, para, i);
      boolean firstMark = isFirstMarkOfParagraph(text, para, i);
      if (close < 0 && mark == '\'' && next != null && runsToEnd(text, para, i)
          && text.charAt(next.start()) == '\'' && opensSingle(text, next, next.start())) {
        // The British convention for speech over several paragraphs: no closing mark at the end of each one, and
        // the next opens again with one ('Nothing is settled. ¶ 'Talks go on in spring,' she added.).
        int e = para.end();
        while (e > i + 1 && Character.isWhitespace(text.charAt(e - 1))) e--;
        boolean continued = previousOpen && firstMark;
        out.add(new QuoteSpan(i + 1, e, i, para.end(), p, !continued && isPartial(text, para.start(), i, i + 1), true,
            continued));
        break;
      }
      if (close < 0 || insideAny(close, doubles)) {
        i++;
        continue;
      }
      int s = i + 1;
      int e = close;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      boolean continued = mark == '\'' && previousOpen && firstMark;
      boolean partial = !continued && isPartial(text, para.start(), i, s);
      out.add(new QuoteSpan(s, e, i, close + 1, p, partial, false, continued));
      i = close + 1;
    }
    return out;
  }

  /** Elisions written with a leading apostrophe: rock 'n' roll, 'em, 'til, 'tis. */
  private static final java.util.Set<String> ELISIONS = java.util.Set.of(
      "n", "em", "til", "tis", "twas", "cause", "cos", "bout", "round", "ol", "nother", "s");

  private static boolean opensSingle(String text, Span para, int i) {
    char prev = i > para.start() ? text.charAt(i - 1) : ' ';
    if (!(Character.isWhitespace(prev) || "([{—–-/".indexOf(prev) >= 0) || i + 1 >= para.end()) return false;
    char next = text.charAt(i + 1);
    if (text.charAt(i) == '‘') return Character.isLetterOrDigit(next);
    if (!Character.isLetter(next)) return false;
    int k = i + 1;
    while (k < para.end() && Character.isLetter(text.charAt(k))) k++;
    return !ELISIONS.contains(text.substring(i + 1, k).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * True when no mark after the straight opening mark at {@code i} ends its paragraph's search for a closing one:
   * no double quote, no other opening or closing straight mark (apostrophes inside words aside).
   */
  private static boolean runsToEnd(String text, Span para, int i) {
    for (int j = i + 1; j < para.end(); j++) {
      char ch = text.charAt(j);
      if (QuoteFinder.isDoubleQuoteChar(ch) || ch == '‘' || ch == '’' && !Character.isLetter(charAt(text, j + 1, para))) {
        return false;
      }
      if (ch != '\'') continue;
      boolean inWord = Character.isLetterOrDigit(text.charAt(j - 1)) && Character.isLetter(charAt(text, j + 1, para));
      if (!inWord) return false;
    }
    return true;
  }

  private static char charAt(String text, int j, Span para) {
    return j < para.end() ? text.charAt(j) : ' ';
  }

  private static int curlyClose(String text, Span para, int i) {
    for (int j = i + 2; j < para.end(); j++) {
      if (text.charAt(j) == '‘' || QuoteFinder.isDoubleQuoteChar(text.charAt(j))) break;
      if (text.charAt(j) != '’') continue;
      boolean letterAfter = j + 1 < para.end() && Character.isLetter(text.charAt(j + 1));
      if (!letterAfter && !Character.isWhitespace(text.charAt(j - 1))) return j;
    }
    return -1;
  }

  private static int straightClose(String text, Span para, int i) {
    int possessive = -1;
    for (int j = i + 2; j < para.end(); j++) {
      char ch = text.charAt(j);
      if (QuoteFinder.isDoubleQuoteChar(ch)) break;
      if (ch != '\'') continue;
      if (opensSingle(text, para, j)) break;
      boolean wordAfter = j + 1 < para.end() && Character.isLetterOrDigit(text.charAt(j + 1));
      if (wordAfter || Character.isWhitespace(text.charAt(j - 1))) continue;
      boolean pluralPossessive = text.charAt(j - 1) == 's' && j + 2 < para.end() && text.charAt(j + 1) == ' '
          && Character.isLowerCase(text.charAt(j + 2));
      if (!pluralPossessive) return j;
      if (possessive < 0) possessive = j;
    }
    return possessive;
  }

  /**
   * Quotes nested in single quotation marks (‘...’ or '...') inside the quoted text {@code [from, to)}:
   * {open mark, text start, text end} each. The opening mark follows a space, a comma or colon, a dash or
   * bracket, or the start, and precedes a letter or digit; the closing mark of the same kind is the first
   * one after it that is not an apostrophe inside a word ("isn't") and is not preceded by a space.
   */
  public static List<int[]> nestedSingleQuotes(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char ch = text.charAt(i);
      if (ch != '‘' && ch != '\'') {
        i++;
        continue;
      }
      char prev = i > from ? text.charAt(i - 1) : ' ';
      boolean opens = (i == from || Character.isWhitespace(prev) || "([{—–-/,:".indexOf(prev) >= 0)
          && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
      char closing = ch == '‘' ? '’' : '\'';
      int close = -1;
      for (int j = i + 2; opens && j < to; j++) {
        if (text.charAt(j) != closing) continue;
        boolean letterAfter = j + 1 < to && Character.isLetter(text.charAt(j + 1));
        if (!letterAfter && !Character.isWhitespace(text.charAt(j - 1))) {
          close = j;
          break;
        }
      }
      if (close < 0) {
        i++;
        continue;
      }
      int e = close;
      while (e > i + 1 && Character.isWhitespace(text.charAt(e - 1))) e--;
      out.add(new int[] {i, i + 1, e});
      i = close + 1;
    }
    return out;
  }

  private static boolean insideAny(int i, List<QuoteSpan> spans) {
    for (QuoteSpan q : spans) if (i >= q.markStart() && i < q.markEnd()) return true;
    return false;
  }

  /** Returns true when the paragraph ended inside an open quote. */
  private static boolean findInParagraph(
      String text, Span para, int p, boolean previousOpenAtEnd, List<QuoteSpan> out) {
    int from = para.start();
    int to = para.end();
    boolean inQuote = false;
    int openMark = -1;
    int openLen = 0;
    int i = from;
    while (i < to) {
      int len = markLength(text, i, to);
      if (len == 0 && inQuote && apostropheCloser(text, openMark, openLen, i, to)) {
        emit(text, para, p, openMark, openLen, i, 1, false, previousOpenAtEnd, out);
        inQuote = false;
        i++;
        continue;
      }
      if (len == 0) {
        i++;
        continue;
      }
      Mark kind = classify(text, i, len, from, to);
      boolean opens;
      if (kind == Mark.OPEN) {
        opens = true;
      } else if (kind == Mark.CLOSE) {
        opens = false;
      } else {
        opens = !inQuote;
      }
      if (opens) {
        if (inQuote) {
          // A new opening mark while a quote is open: the closing mark was missing.
          emit(text, para, p, openMark, openLen, i, 0, false, previousOpenAtEnd, out);
        }
        inQuote = true;
        openMark = i;
        openLen = len;
      } else if (inQuote) {
        emit(text, para, p, openMark, openLen, i, len, false, previousOpenAtEnd, out);
        inQuote = false;
      }
      i += len;
    }
    if (inQuote) {
      emit(text, para, p, openMark, openLen, to, 0, true, previousOpenAtEnd, out);
      return true;
    }
    return false;
  }

  /**
   * A straight apostrophe typed for the closing mark of a straight double quote (the two share a key):
   * {@code "Count me in,' she replied.} The quote opened with ", the apostrophe follows a comma, "?" or "!" and
   * precedes a space and a word, and no single quote was opened inside the quote before it (a nested
   * {@code 'Go home,' she said} stays nested).
   */
  private static boolean apostropheCloser(String text, int openMark, int openLen, int i, int to) {
    if (text.charAt(i) != '\'' || openLen != 1 || text.charAt(openMark) != '"') return false;
    char before = text.charAt(i - 1);
    if (before != ',' && before != '?' && before != '!') return false;
    if (i + 2 >= to || text.charAt(i + 1) != ' ' || !Character.isLetter(text.charAt(i + 2))) return false;
    for (int k = openMark + 1; k < i; k++) {
      char ch = text.charAt(k);
      if (ch != '\'' && ch != '‘' && ch != '`') continue;
      char prev = text.charAt(k - 1);
      if (!Character.isLetterOrDigit(prev)) return false;
    }
    return true;
  }

  private static void emit(String text, Span para, int p, int openMark, int openLen, int closeMark,
      int closeLen, boolean openAtEnd, boolean previousOpenAtEnd, List<QuoteSpan> out) {
    int s = openMark + openLen;
    int e = closeMark;
    while (s < e && Character.isWhitespace(text.charAt(s))) s++;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
    if (e <= s) return;
    boolean continued = previousOpenAtEnd && isFirstMarkOfParagraph(text, para, openMark);
    boolean partial = !continued && isPartial(text, para.start(), openMark, s);
    out.add(new QuoteSpan(s, e, openMark, closeMark + closeLen, p, partial, openAtEnd, continued));
  }

  private static boolean isFirstMarkOfParagraph(String text, Span para, int openMark) {
    for (int k = para.start(); k < openMark; k++) {
      if (!Character.isWhitespace(text.charAt(k))) return false;
    }
    return true;
  }

  /**
   * A quote is partial when it is embedded in the author's sentence: the word right before the opening
   * mark belongs to the sentence ("called it a “disaster”"), or the quote starts in lower case.
   */
  private static boolean isPartial(String text, int paraStart, int openMark, int s) {
    int k = openMark - 1;
    while (k >= paraStart && Character.isWhitespace(text.charAt(k))) k--;
    char first = text.charAt(s);
    if (k < paraStart) return Character.isLowerCase(first);
    char before = text.charAt(k);
    if (Character.isLetterOrDigit(before)) return true;
    if (before == ',' || before == ':' || before == ';' || before == '—' || before == '-' || before == '('
        || before == '.' || before == '?' || before == '!' || isDoubleQuoteChar(before)) {
      return Character.isLowerCase(first) && before != '.' && !isDoubleQuoteChar(before);
    }
    return Character.isLowerCase(first);
  }

  /**
   * Length of the double-quote mark at {@code i} (0 when none): one char, or two for '', `` and a closing ’’
   * (two right single quotes typed for ”).
   */
  static int markLength(String text, int i, int to) {
    char c = text.charAt(i);
    if (isDoubleQuoteChar(c)) return 1;
    if ((c == '\'' || c == '`' || c == '’') && i + 1 < to && text.charAt(i + 1) == c) {
      // Typewriter-style '' or `` used for double quotes (not a ''' run).
      if (i + 2 < to && text.charAt(i + 2) == c) return 0;
      if (i > 0 && text.charAt(i - 1) == c) return 0;
      return 2;
    }
    return 0;
  }

  static boolean isDoubleQuoteChar(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
  }

  private static Mark classify(String text, int i, int len, int from, int to) {
    char c = text.charAt(i);
    char prev = i > from ? text.charAt(i - 1) : ' ';
    char next = i + len < to ? text.charAt(i + len) : ' ';
    boolean spaceBefore = Character.isWhitespace(prev) || "([{—–-/".indexOf(prev) >= 0 || i == from;
    boolean spaceAfter = Character.isWhitespace(next) || ".,;:!?)]}—–-".indexOf(next) >= 0 || i + len >= to;
    if (c == '“' || c == '„' || c == '«' || c == '‟' || c == '`') {
      // Curly opening marks, unless clearly used as a closer ("word“ ").
      return (!spaceBefore && spaceAfter) ? Mark.EITHER : Mark.OPEN;
    }
    if (c == '”' || c == '»') {
      return (spaceBefore && !spaceAfter) ? Mark.EITHER : Mark.CLOSE;
    }
    // ’’ only ever closes: a right mark, and outside a quote it is left alone (an apostrophe after one).
    if (c == '’') return Mark.CLOSE;
    if (spaceBefore && !spaceAfter) return Mark.OPEN;
    if (!spaceBefore && spaceAfter) return Mark.CLOSE;
    return Mark.EITHER;
  }
}
