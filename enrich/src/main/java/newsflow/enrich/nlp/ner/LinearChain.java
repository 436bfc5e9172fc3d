package newsflow.enrich.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A linear-chain sequence model with first-order label transitions, decoded exactly with Viterbi under
 * the BILOU constraints of {@link NerLabels}. Sparse features are 64-bit hashes found in an
 * open-addressing table; each holds a row of 16-bit weights (one per label, times {@code scale}).
 * Word embeddings add dense weights. Immutable and thread-safe.
 */
final class LinearChain {
  private final int labels;
  private final long[] keys;
  private final int[] rowOf;
  private final int mask;
  private final short[] rows;
  private final float scale;
  private final int dim;
  private final float[] dense;
  private final float[] trans;
  private final float[] start;

  LinearChain(int labels, long[] featureKeys, short[] rows, float scale, int dim, float[] dense, float[] trans,
      float[] start) {
    this.labels = labels;
    this.rows = rows;
    this.scale = scale;
    this.dim = dim;
    this.dense = dense;
    this.trans = trans;
    this.start = start;
    int cap = Integer.highestOneBit(Math.max(16, featureKeys.length * 2 + 1)) << 1;
    keys = new long[cap];
    rowOf = new int[cap];
    mask = cap - 1;
    java.util.Arrays.fill(rowOf, -1);
    for (int r = 0; r < featureKeys.length; r++) {
      int slot = slot(featureKeys[r]);
      while (rowOf[slot] >= 0) slot = (slot + 1) & mask;
      keys[slot] = featureKeys[r];
      rowOf[slot] = r;
    }
  }

  int features() {
    return rows.length / labels;
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  /** The row of a feature, or -1 for a feature the model does not know. */
  int row(long key) {
    int slot = slot(key);
    while (true) {
      int r = rowOf[slot];
      if (r < 0) return -1;
      if (keys[slot] == key) return r;
      slot = (slot + 1) & mask;
    }
  }

  /** The best label sequence for a sentence's features. */
  int[] decode(long[][] feats, float[][] denseFeats) {
    int[][] rowIds = new int[feats.length][];
    for (int i = 0; i < feats.length; i++) {
      rowIds[i] = new int[feats[i].length];
      for (int k = 0; k < feats[i].length; k++) rowIds[i][k] = row(feats[i][k]);
    }
    return decodeRows(rowIds, denseFeats);
  }

  /** All feature keys, in row order. */
  long[] keys() {
    long[] byRow = new long[features()];
    for (int s = 0; s < keys.length; s++) if (rowOf[s] >= 0) byRow[rowOf[s]] = keys[s];
    return byRow;
  }

  /** The best label sequence given each token's feature rows (-1 for a feature the model does not know). */
  int[] decodeRows(int[][] rowIds, float[][] denseFeats) {
    int n = rowIds.length;
    float[] emit = new float[n * labels];
    int[] acc = new int[labels];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(acc, 0);
      for (int r : rowIds[i]) {
        if (r < 0) continue;
        int base = r * labels;
        for (int y = 0; y < labels; y++) acc[y] += rows[base + y];
      }
      int o = i * labels;
      for (int y = 0; y < labels; y++) emit[o + y] = acc[y] * scale;
      float[] e = denseFeats == null ? null : denseFeats[i];
      if (e != null && e.length == dim) {
        for (int d = 0; d < dim; d++) {
          float x = e[d];
          int b = d * labels;
          for (int y = 0; y < labels; y++) emit[o + y] += x * dense[b + y];
        }
      }
    }
    return viterbi(emit, n, labels, trans, start);
  }

  /**
   * Exact best path over emission scores {@code emit[i * labels + y]}, transition scores
   * {@code trans[prev * labels + next]} and start scores, under the BILOU constraints.
   */
  static int[] viterbi(float[] emit, int n, int labels, float[] trans, float[] start) {
    int[] path = new int[n];
    if (n == 0) return path;
    float[] score = new float[labels];
    float[] next = new float[labels];
    int[] back = new int[n * labels];
    for (int y = 0; y < labels; y++) {
      score[y] = NerLabels.allowed(-1, y) ? start[y] + emit[y] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < labels; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < labels; p++) {
          if (score[p] == Float.NEGATIVE_INFINITY || !ALLOWED[p * labels + y]) continue;
          float s = score[p] + trans[p * labels + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        next[y] = best + emit[i * labels + y];
        back[i * labels + y] = arg;
      }
      float[] t = score;
      score = next;
      next = t;
    }
    int bestY = 0;
    float best = Float.NEGATIVE_INFINITY;
    for (int y = 0; y < labels; y++) {
      if (NerLabels.mayEnd(y) && score[y] > best) {
        best = score[y];
        bestY = y;
      }
    }
    path[n - 1] = bestY;
    for (int i = n - 1; i > 0; i--) path[i - 1] = back[i * labels + path[i]];
    return path;
  }

  private static final boolean[] ALLOWED = new boolean[NerLabels.COUNT * NerLabels.COUNT];

  static {
    for (int p = 0; p < NerLabels.COUNT; p++) {
      for (int y = 0; y < NerLabels.COUNT; y++) ALLOWED[p * NerLabels.COUNT + y] = NerLabels.allowed(p, y);
    }
  }

  void write(DataOutputStream out) throws IOException {
    int f = features();
    out.writeInt(labels);
    out.writeInt(f);
    out.writeInt(dim);
    out.writeFloat(scale);
    for (long k : keys()) out.writeLong(k);
    // rows sparsely: the number of non-zero weights, then (label, weight) pairs
    for (int r = 0; r < f; r++) {
      int nz = 0;
      for (int y = 0; y < labels; y++) if (rows[r * labels + y] != 0) nz++;
      out.writeByte(nz);
      for (int y = 0; y < labels; y++) {
        short w = rows[r * labels + y];
        if (w == 0) continue;
        out.writeByte(y);
        out.writeShort(w);
      }
    }
    for (float x : dense) out.writeFloat(x);
    for (float x : trans) out.writeFloat(x);
    for (float x : start) out.writeFloat(x);
  }

  static LinearChain read(DataInputStream in) throws IOException {
    int labels = in.readInt();
    int f = in.readInt();
    int dim = in.readInt();
    float scale = in.readFloat();
    long[] keys = new long[f];
    for (int r = 0; r < f; r++) keys[r] = in.readLong();
    short[] rows = new short[f * labels];
    for (int r = 0; r < f; r++) {
      int nz = in.readUnsignedByte();
      for (int k = 0; k < nz; k++) {
        int y = in.readUnsignedByte();
        rows[r * labels + y] = in.readShort();
      }
    }
    float[] dense = new float[dim * labels];
    for (int i = 0; i < dense.length; i++) dense[i] = in.readFloat();
    float[] trans = new float[labels * labels];
    for (int i = 0; i < trans.length; i++) trans[i] = in.readFloat();
    float[] start = new float[labels];
    for (int i = 0; i < start.length; i++) start[i] = in.readFloat();
    return new LinearChain(labels, keys, rows, scale, dim, dense, trans, start);
  }
}
