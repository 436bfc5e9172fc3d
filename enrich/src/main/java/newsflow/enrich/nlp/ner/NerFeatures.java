package newsflow.enrich.nlp.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The features of the entity model, as 64-bit hashes (template number and values hashed together, no
 * strings built): the word, its lower case, shape, affixes and capitalisation in a window of two, NLP4J's
 * part-of-speech tags, Brown-cluster prefixes, OntoNotes entity tags and gazetteer tags, the GeoNames
 * gazetteer's place tags, the position in the sentence, whether the sentence is a headline in capitals,
 * and what the document says about the same word elsewhere: whether it is written capitalised inside a
 * sentence or in lower case, and which type NLP4J gives it most (stage 1). The second stage adds what the
 * first stage predicted for the same word elsewhere in the document, and its own tags around the word
 * (Ratinov and Roth's extended prediction history). Word embeddings are dense features, read directly.
 * Stateless and thread-safe. Changing a template changes the model: {@link #VERSION} guards that.
 */
final class NerFeatures {
  /** Version of the templates; a model file records the version it was trained with. */
  static final int VERSION = 1;

  /** Groups of templates that training may leave out, to measure what each brings. */
  enum Group { SHAPE, AFFIX, POS, CLUSTERS, EMBEDDINGS, ONTO, LEXICON, GEO, DOCUMENT, CAPITALS }

  private final java.util.Set<Group> on;

  NerFeatures(java.util.Set<Group> on) {
    this.on = java.util.EnumSet.noneOf(Group.class);
    this.on.addAll(on);
  }

  /** All groups. */
  static NerFeatures all() {
    return new NerFeatures(java.util.EnumSet.allOf(Group.class));
  }

  /** The groups used, as a comma-separated list of names. */
  String groups() {
    StringBuilder sb = new StringBuilder();
    for (Group g : on) sb.append(sb.length() == 0 ? "" : ",").append(g.name());
    return sb.toString();
  }

  /** The features with the named groups (as {@link #groups()} writes them). */
  static NerFeatures of(String groups) {
    java.util.Set<Group> set = java.util.EnumSet.noneOf(Group.class);
    for (String g : groups.split(",")) if (!g.isBlank()) set.add(Group.valueOf(g.trim()));
    return new NerFeatures(set);
  }

  boolean uses(Group g) {
    return on.contains(g);
  }

  /** The hashed features of one sentence: {@code feats[i]} for token i. */
  record Sentence(long[][] feats, float[][] dense) {}

  /** Word-level facts of a document that the features read, gathered once per document. */
  static final class DocStats {
    /** Per lower-case word: bit 1 capitalised inside a mixed-case sentence, bit 2 written in lower case. */
    final Map<String, Integer> casing = new HashMap<>();
    /** Per lower-case word: NLP4J's votes per entity type. */
    final Map<String, int[]> ontoVotes = new HashMap<>();

    static DocStats of(NerSentence[] doc) {
      DocStats s = new DocStats();
      for (NerSentence sent : doc) {
        for (int i = 0; i < sent.size(); i++) {
          String w = sent.words[i];
          if (!isWordy(w)) continue;
          String lower = w.toLowerCase(Locale.ROOT);
          char c = w.charAt(0);
          int bit = 0;
          if (Character.isLowerCase(c)) bit = 2;
          else if (Character.isUpperCase(c) && i > 0 && !sent.capitals && !afterOpening(sent, i)) bit = 1;
          if (bit != 0) s.casing.merge(lower, bit, (a, b) -> a | b);
          if (sent.onto[i] != null && sent.onto[i].length() > 2) {
            s.ontoVotes.computeIfAbsent(lower, k -> new int[ONTO_TYPES.length])[ontoIndex(sent.onto[i])]++;
          }
        }
      }
      return s;
    }
  }

  private static boolean afterOpening(NerSentence s, int i) {
    String p = s.words[i - 1];
    return p.equals("\"") || p.equals("``") || p.equals("(") || p.equals(":") || p.equals("-") || p.equals("--");
  }

  static boolean isWordy(String w) {
    return w.length() > 1 && Character.isLetter(w.charAt(0));
  }

  private static final String[] ONTO_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "OTHER"};

  private static int ontoIndex(String tag) {
    String type = tag.substring(2);
    for (int k = 0; k < ONTO_TYPES.length - 1; k++) if (ONTO_TYPES[k].equals(type)) return k;
    return ONTO_TYPES.length - 1;
  }

  // --------------------------------------------------------------------------------- templates

  private static final int BIAS = 1, WORD = 2, LOWER = 3, LOWER_M1 = 4, LOWER_P1 = 5, LOWER_M2 = 6, LOWER_P2 = 7,
      BI_M1 = 8, BI_P1 = 9, SHAPE = 10, SHAPE_M1 = 11, SHAPE_P1 = 12, SHAPE_M1_0 = 13, SHAPE_0_P1 = 14,
      SHAPE_3 = 15, PREFIX = 16, SUFFIX = 17, POS = 18, POS_M1 = 19, POS_P1 = 20, POS_M1_0 = 21, POS_0_P1 = 22,
      CLUSTER = 23, CLUSTER_M1 = 24, CLUSTER_P1 = 25, ONTO = 26, ONTO_M1 = 27, ONTO_P1 = 28, ONTO_SHAPE = 29,
      LEXICON = 30, LEXICON_M1 = 31, LEXICON_P1 = 32, GEO = 33, GEO_M1 = 34, GEO_P1 = 35, FIRST = 36,
      CAPS_LOWER = 37, CAPS_SHAPE = 38, CASING = 39, CASING_SHAPE = 40, ONTO_DOC = 41, WORD_M1_SHAPE = 42,
      SHAPE_P1_WORD = 43, LOWER_SHAPE_M1 = 44, ONTO_TYPE = 45, PREV_WORD_CAPS = 46, LONG_SHAPE = 47,
      // stage 2
      HIST_MAJ = 60, HIST_ANY = 61, HIST_FIRST = 62, S1 = 63, S1_M1 = 64, S1_P1 = 65, HIST_MAJ_SHAPE = 66,
      S1_TYPE_SPAN = 67;

  /** The stage-1 features of every sentence of a document (null for skipped sentences). */
  Sentence[] extract(NerSentence[] doc) {
    DocStats stats = DocStats.of(doc);
    Sentence[] out = new Sentence[doc.length];
    for (int s = 0; s < doc.length; s++) if (!doc[s].skipped) out[s] = sentence(doc[s], stats);
    return out;
  }

  private Sentence sentence(NerSentence s, DocStats stats) {
    int n = s.size();
    long[] lower = new long[n + 4];
    long[] shape = new long[n + 4];
    long[] pos = new long[n + 4];
    long[] onto = new long[n + 4];
    long[] geo = new long[n + 4];
    long[] word = new long[n + 4];
    Arrays.fill(lower, 0, 2, hash("<S>"));
    Arrays.fill(lower, n + 2, n + 4, hash("</S>"));
    Arrays.fill(shape, 0, 2, hash("<S>"));
    Arrays.fill(shape, n + 2, n + 4, hash("</S>"));
    Arrays.fill(word, 0, 2, hash("<S>"));
    Arrays.fill(word, n + 2, n + 4, hash("</S>"));
    for (int i = 0; i < n; i++) {
      String w = s.words[i];
      word[i + 2] = hash(w);
      lower[i + 2] = hash(w.toLowerCase(Locale.ROOT));
      shape[i + 2] = hash(shape(w, true));
      pos[i + 2] = hash(s.pos[i]);
      onto[i + 2] = hash(s.onto[i]);
      geo[i + 2] = hash(s.geo[i]);
    }
    long[][] feats = new long[n][];
    float[][] dense = new float[n][];
    long[] buf = new long[128];
    for (int i = 0; i < n; i++) {
      int k = 0;
      int c = i + 2;
      String w = s.words[i];
      buf[k++] = f(BIAS, 0);
      buf[k++] = f(WORD, word[c]);
      buf[k++] = f(LOWER, lower[c]);
      buf[k++] = f(LOWER_M1, lower[c - 1]);
      buf[k++] = f(LOWER_P1, lower[c + 1]);
      buf[k++] = f(LOWER_M2, lower[c - 2]);
      buf[k++] = f(LOWER_P2, lower[c + 2]);
      buf[k++] = f(BI_M1, lower[c - 1], lower[c]);
      buf[k++] = f(BI_P1, lower[c], lower[c + 1]);
      if (on.contains(Group.SHAPE)) {
        buf[k++] = f(SHAPE, shape[c]);
        buf[k++] = f(SHAPE_M1, shape[c - 1]);
        buf[k++] = f(SHAPE_P1, shape[c + 1]);
        buf[k++] = f(SHAPE_M1_0, shape[c - 1], shape[c]);
        buf[k++] = f(SHAPE_0_P1, shape[c], shape[c + 1]);
        buf[k++] = f(SHAPE_3, mix(shape[c - 1] * 31 + shape[c]), shape[c + 1]);
        buf[k++] = f(LONG_SHAPE, hash(shape(w, false)));
        buf[k++] = f(WORD_M1_SHAPE, word[c - 1], shape[c]);
        buf[k++] = f(SHAPE_P1_WORD, shape[c], word[c + 1]);
        buf[k++] = f(LOWER_SHAPE_M1, shape[c - 1], lower[c]);
      }
      if (on.contains(Group.AFFIX)) {
        for (int a = 1; a <= 4 && a <= w.length(); a++) {
          buf[k++] = f(PREFIX + 100 * a, hash(w, 0, a));
          buf[k++] = f(SUFFIX + 100 * a, hash(w, w.length() - a, w.length()));
        }
      }
      if (on.contains(Group.POS)) {
        buf[k++] = f(POS, pos[c]);
        buf[k++] = f(POS_M1, pos[c - 1]);
        buf[k++] = f(POS_P1, pos[c + 1]);
        buf[k++] = f(POS_M1_0, pos[c - 1], pos[c]);
        buf[k++] = f(POS_0_P1, pos[c], pos[c + 1]);
      }
      if (on.contains(Group.CLUSTERS)) {
        k = set(buf, k, CLUSTER, s.clusters[i]);
        if (i > 0) k = set(buf, k, CLUSTER_M1, s.clusters[i - 1]);
        if (i + 1 < n) k = set(buf, k, CLUSTER_P1, s.clusters[i + 1]);
      }
      if (on.contains(Group.ONTO)) {
        buf[k++] = f(ONTO, onto[c]);
        buf[k++] = f(ONTO_M1, onto[c - 1]);
        buf[k++] = f(ONTO_P1, onto[c + 1]);
        buf[k++] = f(ONTO_SHAPE, onto[c], shape[c]);
        if (s.onto[i] != null && s.onto[i].length() > 2) buf[k++] = f(ONTO_TYPE, hash(s.onto[i].substring(2)));
      }
      if (on.contains(Group.LEXICON)) {
        k = set(buf, k, LEXICON, s.lexicon[i]);
        if (i > 0) k = set(buf, k, LEXICON_M1, s.lexicon[i - 1]);
        if (i + 1 < n) k = set(buf, k, LEXICON_P1, s.lexicon[i + 1]);
      }
      if (on.contains(Group.GEO)) {
        buf[k++] = f(GEO, geo[c]);
        buf[k++] = f(GEO_M1, geo[c - 1]);
        buf[k++] = f(GEO_P1, geo[c + 1]);
      }
      if (i == 0) buf[k++] = f(FIRST, shape[c]);
      if (s.capitals && on.contains(Group.CAPITALS)) {
        buf[k++] = f(CAPS_LOWER, lower[c]);
        buf[k++] = f(CAPS_SHAPE, shape[c]);
      }
      if (isWordy(w) && on.contains(Group.DOCUMENT)) {
        String lw = w.toLowerCase(Locale.ROOT);
        Integer casing = stats.casing.get(lw);
        long cs = casing == null ? 0 : casing;
        long ctx = i == 0 ? 1 : s.capitals ? 2 : 3;
        buf[k++] = f(CASING, cs * 7 + ctx);
        buf[k++] = f(CASING_SHAPE, cs * 7 + ctx, shape[c]);
        int[] votes = stats.ontoVotes.get(lw);
        if (votes != null && on.contains(Group.ONTO)) buf[k++] = f(ONTO_DOC, hash(ONTO_TYPES[argmax(votes)]));
      }
      if (i > 0 && Character.isUpperCase(s.words[i - 1].isEmpty() ? 'x' : s.words[i - 1].charAt(0))) {
        buf[k++] = f(PREV_WORD_CAPS, shape[c]);
      }
      feats[i] = Arrays.copyOf(buf, k);
      dense[i] = on.contains(Group.EMBEDDINGS) ? s.embeddings[i] : null;
    }
    return new Sentence(feats, dense);
  }

  /**
   * The second stage's features for a document whose sentences the first stage tagged ({@code labels},
   * label indices of {@link NerLabels}; null for skipped sentences): for the same word elsewhere in the
   * document, the type predicted most, every type predicted, and the type of its first occurrence; and
   * the first stage's own tags of the word and its neighbours.
   */
  static long[][][] history(NerSentence[] doc, int[][] labels) {
    Map<String, int[]> votes = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int s = 0; s < doc.length; s++) {
      if (labels[s] == null) continue;
      for (int i = 0; i < doc[s].size(); i++) {
        String w = doc[s].words[i];
        if (!isWordy(w) || !Character.isUpperCase(w.charAt(0))) continue;
        String lw = w.toLowerCase(Locale.ROOT);
        int type = NerLabels.type(labels[s][i]);
        votes.computeIfAbsent(lw, k -> new int[NerLabels.TYPES.length + 1])[type + 1]++;
        first.putIfAbsent(lw, type);
        ids.putIfAbsent(lw, ids.size());
      }
    }
    long[][][] out = new long[doc.length][][];
    long[] buf = new long[32];
    for (int s = 0; s < doc.length; s++) {
      if (labels[s] == null) continue;
      NerSentence sent = doc[s];
      int n = sent.size();
      out[s] = new long[n][];
      for (int i = 0; i < n; i++) {
        int k = 0;
        int own = labels[s][i];
        buf[k++] = f(S1, own);
        buf[k++] = f(S1_M1, i > 0 ? labels[s][i - 1] : -1);
        buf[k++] = f(S1_P1, i + 1 < n ? labels[s][i + 1] : -1);
        String w = sent.words[i];
        if (isWordy(w) && Character.isUpperCase(w.charAt(0))) {
          String lw = w.toLowerCase(Locale.ROOT);
          int[] v = votes.get(lw).clone();
          v[NerLabels.type(own) + 1]--; // the others
          int best = -1;
          int most = 0;
          for (int t = 1; t < v.length; t++) {
            if (v[t] > 0) buf[k++] = f(HIST_ANY, t);
            if (v[t] > most) {
              most = v[t];
              best = t;
            }
          }
          long shp = hash(shape(w, true));
          buf[k++] = f(HIST_MAJ, best);
          buf[k++] = f(HIST_MAJ_SHAPE, best, shp);
          buf[k++] = f(HIST_FIRST, first.get(lw) + 1);
        }
        out[s][i] = Arrays.copyOf(buf, k);
      }
    }
    return out;
  }

  private static int argmax(int[] v) {
    int best = 0;
    for (int k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
    return best;
  }

  /** One feature per member of a set-valued lexicon entry (cluster prefixes, gazetteer tags). */
  private static int set(long[] buf, int k, int template, String[] values) {
    if (values == null) return k;
    for (String v : values) {
      if (k >= buf.length - 40) break;
      buf[k++] = f(template, hash(v));
    }
    return k;
  }

  /**
   * A word's shape: upper case X, lower case x, digit d, other characters as they are; with
   * {@code collapse}, runs of one class collapse to one ("Xx", "X.X.", "d-d"), otherwise the first six
   * characters and the last two are kept.
   */
  static String shape(String w, boolean collapse) {
    StringBuilder sb = new StringBuilder(Math.min(w.length(), 10));
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      if (!collapse && i >= 6 && i < w.length() - 2) continue;
      char c = w.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'x' : c;
      if (collapse && k == last) continue;
      sb.append(k);
      last = k;
    }
    return sb.toString();
  }

  // --------------------------------------------------------------------------------- hashing

  static long hash(String s) {
    return s == null ? 0x5bd1e995L : hash(s, 0, s.length());
  }

  static long hash(String s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long f(int template, long v) {
    return mix(v * 0x9E3779B97F4A7C15L + template);
  }

  static long f(int template, long a, long b) {
    return mix(mix(a + template) * 0x9E3779B97F4A7C15L + b);
  }
}
