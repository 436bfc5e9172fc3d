package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The entity model's labels: O, and B(egin), I(nside), L(ast), U(nit) of each CoNLL type, with the
 * transitions BILOU allows (I and L only after B or I of the same type).
 */
final class NerLabels {
  /** CoNLL-2003 types, in label order. */
  static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};
  static final int O = 0;
  static final int COUNT = 1 + 4 * TYPES.length;
  private static final char[] PREFIX = {'B', 'I', 'L', 'U'};

  private NerLabels() {}

  static int label(int type, char prefix) {
    return 1 + 4 * type + new String(PREFIX).indexOf(prefix);
  }

  /** The type index of a label, -1 for O. */
  static int type(int label) {
    return label == O ? -1 : (label - 1) / 4;
  }

  static char prefix(int label) {
    return label == O ? 'O' : PREFIX[(label - 1) % 4];
  }

  static String name(int label) {
    return label == O ? "O" : prefix(label) + "-" + TYPES[type(label)];
  }

  static int typeIndex(String type) {
    for (int t = 0; t < TYPES.length; t++) if (TYPES[t].equals(type)) return t;
    return -1;
  }

  /** Whether {@code next} may follow {@code prev} (-1: the sentence start). */
  static boolean allowed(int prev, int next) {
    boolean open = prev > 0 && (prefix(prev) == 'B' || prefix(prev) == 'I');
    char p = prefix(next);
    if (open) return (p == 'I' || p == 'L') && type(prev) == type(next);
    return p == 'O' || p == 'B' || p == 'U';
  }

  /** Whether a sentence may end after {@code last}. */
  static boolean mayEnd(int last) {
    char p = prefix(last);
    return p == 'O' || p == 'L' || p == 'U';
  }

  /** A span of tokens {@code [from, to]} of one type. */
  record Span(int from, int to, int type) {}

  /** The spans a well-formed label sequence encodes. */
  static List<Span> spans(int[] labels) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < labels.length; i++) {
      char p = prefix(labels[i]);
      if (p == 'B') start = i;
      else if (p == 'U') out.add(new Span(i, i, type(labels[i])));
      else if (p == 'L' && start >= 0) {
        out.add(new Span(start, i, type(labels[i])));
        start = -1;
      }
    }
    return out;
  }

  /** The labels of spans over {@code n} tokens. */
  static int[] encode(int n, List<Span> spans) {
    int[] out = new int[n];
    for (Span s : spans) {
      if (s.from() == s.to()) {
        out[s.from()] = label(s.type(), 'U');
        continue;
      }
      out[s.from()] = label(s.type(), 'B');
      for (int i = s.from() + 1; i < s.to(); i++) out[i] = label(s.type(), 'I');
      out[s.to()] = label(s.type(), 'L');
    }
    return out;
  }
}
