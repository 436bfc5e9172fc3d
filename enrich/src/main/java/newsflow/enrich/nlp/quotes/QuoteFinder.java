package newsflow.enrich.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Span;

/**
 * Finds the spans between double quotation marks in each paragraph: curly (“ ”), straight ("),
 * typewriter pairs ('' and ``) and guillemets. A quote left open at the end of a paragraph ends there
 * (the news convention is that the next paragraph re-opens it). Single quotes are treated as nested
 * quotes or apostrophes and never start a quote.
 */
public final class QuoteFinder {

  private enum Mark { OPEN, CLOSE, EITHER }

  /** All double-quoted spans of {@code doc}, in text order. */
  public List<QuoteSpan> find(Document doc) {
    String text = doc.text();
    List<QuoteSpan> out = new ArrayList<>();
    boolean previousOpenAtEnd = false;
    for (int p = 0; p < doc.paragraphs().size(); p++) {
      Span para = doc.paragraphs().get(p);
      previousOpenAtEnd = findInParagraph(text, para, p, previousOpenAtEnd, out);
    }
    return out;
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

  /** Length of the double-quote mark at {@code i} (0 when none): one char, or two for '' and ``. */
  static int markLength(String text, int i, int to) {
    char c = text.charAt(i);
    if (isDoubleQuoteChar(c)) return 1;
    if ((c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c) {
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
    if (spaceBefore && !spaceAfter) return Mark.OPEN;
    if (!spaceBefore && spaceAfter) return Mark.CLOSE;
    return Mark.EITHER;
  }
}
