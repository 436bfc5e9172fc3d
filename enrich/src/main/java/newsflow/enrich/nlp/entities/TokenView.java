package newsflow.enrich.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Sentence;
import newsflow.enrich.nlp.Token;

/** A document's tokens flattened into arrays, with sentence and paragraph indices, for the title rules. */
final class TokenView {
  final String text;
  final Token[] tok;
  final int[] sentence;
  final int[] paragraph;

  TokenView(Document doc) {
    this.text = doc.text();
    List<Token> all = new ArrayList<>();
    List<int[]> idx = new ArrayList<>();
    int si = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        all.add(t);
        idx.add(new int[] {si, s.paragraph()});
      }
      si++;
    }
    tok = all.toArray(new Token[0]);
    sentence = new int[tok.length];
    paragraph = new int[tok.length];
    for (int i = 0; i < tok.length; i++) {
      sentence[i] = idx.get(i)[0];
      paragraph[i] = idx.get(i)[1];
    }
  }

  int size() {
    return tok.length;
  }

  /** Index of the first token starting at or after {@code offset}, or size(). */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = tok.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tok[mid].start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the last token ending at or before {@code offset}, or -1. */
  int lastEndingBy(int offset) {
    int i = firstAtOrAfter(offset) - 1;
    while (i >= 0 && tok[i].end() > offset) i--;
    return i;
  }

  String norm(int i) {
    Token t = tok[i];
    return t.norm() == null ? t.text() : t.norm();
  }

  /** Character offset where token {@code i} starts. */
  int start(int i) {
    return tok[i].start();
  }

  String pos(int i) {
    String p = tok[i].pos();
    return p == null ? "" : p;
  }

  boolean sameSentence(int a, int b) {
    return a >= 0 && b >= 0 && a < tok.length && b < tok.length && sentence[a] == sentence[b];
  }

  boolean paragraphStart(int i) {
    return i == 0 || paragraph[i - 1] != paragraph[i];
  }

  boolean capitalised(int i) {
    String w = norm(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  String text(int from, int to) {
    return text.substring(tok[from].start(), tok[to].end());
  }
}
