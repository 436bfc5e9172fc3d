package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Sentence;
import newsflow.enrich.nlp.Token;

/**
 * The tagged document's tokens flattened into one sequence, with each token's sentence and paragraph:
 * the {@link NerLayers#TOKENS} layer, built once per document and read by every rule stage.
 */
final class TokenIndex {
  private final String text;
  private final Token[] tok;
  private final int[] sentence;
  private final int[] paragraph;
  private final Map<Integer, Integer> byStart = new HashMap<>();
  private final Map<Integer, Integer> byEnd = new HashMap<>();

  TokenIndex(Document doc) {
    this.text = doc.text();
    List<Token> all = new ArrayList<>();
    List<Integer> sent = new ArrayList<>();
    List<Integer> para = new ArrayList<>();
    int si = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        all.add(t);
        sent.add(si);
        para.add(s.paragraph());
      }
      si++;
    }
    tok = all.toArray(new Token[0]);
    sentence = sent.stream().mapToInt(Integer::intValue).toArray();
    paragraph = para.stream().mapToInt(Integer::intValue).toArray();
    for (int i = 0; i < tok.length; i++) {
      byStart.put(tok[i].start(), i);
      byEnd.put(tok[i].end(), i);
    }
  }

  String text() {
    return text;
  }

  int size() {
    return tok.length;
  }

  /** Character offset where token {@code i} starts. */
  int start(int i) {
    return tok[i].start();
  }

  /** Character offset where token {@code i} ends. */
  int end(int i) {
    return tok[i].end();
  }

  /** The tokens a character span covers, or null when it crosses a sentence boundary or covers none. */
  Candidate toTokens(int start, int end, EntityType type, MentionSource source) {
    Integer from = byStart.get(start);
    Integer to = byEnd.get(end);
    if (from == null || to == null) {
      from = null;
      to = null;
      for (int i = 0; i < tok.length; i++) {
        if (tok[i].end() > start && tok[i].start() < end) {
          if (from == null) from = i;
          to = i;
        }
      }
    }
    if (from == null || to == null || to < from || !sameSentence(from, to)) return null;
    return new Candidate(from, to, type, source);
  }

  String norm(int i) {
    Token t = tok[i];
    return t.norm() == null ? t.text() : t.norm();
  }

  /** The part-of-speech tag of token {@code i}, or "" when untagged. */
  String pos(int i) {
    String p = tok[i].pos();
    return p == null ? "" : p;
  }

  boolean sameSentence(int a, int b) {
    return sentence[a] == sentence[b];
  }

  boolean sentenceStart(int i) {
    return i == 0 || sentence[i - 1] != sentence[i];
  }

  boolean paragraphStart(int i) {
    return i == 0 || paragraph[i - 1] != paragraph[i];
  }

  boolean capitalised(int i) {
    String w = norm(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  boolean allCaps(int i) {
    String w = norm(i);
    boolean letter = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) return false;
      }
    }
    return letter;
  }

  /** Whether every token of {@code from..to} is in capitals or has no letter (a headline in capitals). */
  boolean allCaps(int from, int to) {
    boolean caps = true;
    for (int i = from; i <= to; i++) caps &= allCaps(i) || !NameWords.hasLetter(norm(i));
    return caps;
  }

  String phrase(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from) sb.append(' ');
      sb.append(norm(i));
    }
    return sb.toString();
  }
}
