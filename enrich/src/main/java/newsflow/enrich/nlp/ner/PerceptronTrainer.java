package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link LinearChain} with the averaged structured perceptron (Collins 2002): each epoch visits
 * the training sentences in a shuffled order (from {@code seed}, so training is deterministic), decodes
 * each with Viterbi under the current weights and, where the best path differs from the gold one, adds
 * the gold path's features and subtracts the predicted path's. The model keeps the weights averaged over
 * all steps. Features seen fewer than {@code minCount} times are dropped; weights are quantised to 16
 * bits and features whose weights all round to zero are left out.
 */
final class PerceptronTrainer {
  private final int labels = NerLabels.COUNT;
  private final int minCount;
  private final int epochs;
  private final long seed;

  PerceptronTrainer(int epochs, int minCount, long seed) {
    this.epochs = epochs;
    this.minCount = minCount;
    this.seed = seed;
  }

  /** One training sentence: hashed features per token, dense features per token, gold labels. */
  record Example(long[][] feats, float[][] dense, int[] gold) {}

  LinearChain train(List<Example> examples, int dim) {
    LongIntMap counts = new LongIntMap(1 << 22);
    for (Example e : examples) for (long[] t : e.feats()) for (long f : t) counts.add(f, 1);
    LongIntMap ids = new LongIntMap(1 << 21);
    List<Long> keyList = new ArrayList<>();
    for (Example e : examples) {
      for (long[] t : e.feats()) {
        for (long f : t) {
          if (counts.get(f) >= minCount && ids.get(f) < 0) {
            ids.put(f, keyList.size());
            keyList.add(f);
          }
        }
      }
    }
    int nf = keyList.size();
    List<int[][]> idFeats = new ArrayList<>(examples.size());
    for (Example e : examples) {
      int[][] s = new int[e.feats().length][];
      for (int i = 0; i < s.length; i++) {
        int[] buf = new int[e.feats()[i].length];
        int k = 0;
        for (long f : e.feats()[i]) {
          int id = ids.get(f);
          if (id >= 0) buf[k++] = id;
        }
        s[i] = Arrays.copyOf(buf, k);
      }
      idFeats.add(s);
    }
    float[] w = new float[nf * labels];
    float[] u = new float[nf * labels];
    float[] wd = new float[dim * labels];
    float[] ud = new float[dim * labels];
    float[] tr = new float[labels * labels];
    float[] ut = new float[labels * labels];
    float[] st = new float[labels];
    float[] us = new float[labels];
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Random random = new Random(seed);
    long c = 1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int idx : order) {
        Example e = examples.get(idx);
        int[][] fs = idFeats.get(idx);
        int n = fs.length;
        if (n == 0) continue;
        float[] emit = new float[n * labels];
        for (int i = 0; i < n; i++) {
          int o = i * labels;
          for (int f : fs[i]) {
            int b = f * labels;
            for (int y = 0; y < labels; y++) emit[o + y] += w[b + y];
          }
          float[] x = e.dense()[i];
          if (x != null && x.length == dim) {
            for (int d = 0; d < dim; d++) {
              int b = d * labels;
              for (int y = 0; y < labels; y++) emit[o + y] += x[d] * wd[b + y];
            }
          }
        }
        int[] pred = LinearChain.viterbi(emit, n, labels, tr, st);
        int[] gold = e.gold();
        if (!Arrays.equals(pred, gold)) {
          float cf = c;
          for (int i = 0; i < n; i++) {
            int g = gold[i];
            int p = pred[i];
            if (g != p) {
              for (int f : fs[i]) {
                int b = f * labels;
                w[b + g] += 1;
                u[b + g] += cf;
                w[b + p] -= 1;
                u[b + p] -= cf;
              }
              float[] x = e.dense()[i];
              if (x != null && x.length == dim) {
                for (int d = 0; d < dim; d++) {
                  int b = d * labels;
                  wd[b + g] += x[d];
                  ud[b + g] += cf * x[d];
                  wd[b + p] -= x[d];
                  ud[b + p] -= cf * x[d];
                }
              }
            }
            if (i == 0) {
              if (g != p) {
                st[g] += 1;
                us[g] += cf;
                st[p] -= 1;
                us[p] -= cf;
              }
            } else if (g != p || gold[i - 1] != pred[i - 1]) {
              tr[gold[i - 1] * labels + g] += 1;
              ut[gold[i - 1] * labels + g] += cf;
              tr[pred[i - 1] * labels + p] -= 1;
              ut[pred[i - 1] * labels + p] -= cf;
            }
          }
        }
        c++;
      }
    }
    average(w, u, c);
    average(wd, ud, c);
    average(tr, ut, c);
    average(st, us, c);
    return quantise(keyList, w, wd, tr, st, dim);
  }

  private static void average(float[] w, float[] u, long c) {
    for (int i = 0; i < w.length; i++) w[i] = w[i] - u[i] / c;
  }

  private LinearChain quantise(List<Long> keys, float[] w, float[] wd, float[] tr, float[] st, int dim) {
    float max = 0;
    for (float x : w) max = Math.max(max, Math.abs(x));
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    List<Long> kept = new ArrayList<>();
    short[] buf = new short[w.length];
    int rows = 0;
    for (int r = 0; r < keys.size(); r++) {
      boolean any = false;
      for (int y = 0; y < labels; y++) {
        short q = (short) Math.round(w[r * labels + y] / scale);
        buf[rows * labels + y] = q;
        any |= q != 0;
      }
      if (any) {
        kept.add(keys.get(r));
        rows++;
      }
    }
    long[] k = new long[rows];
    for (int r = 0; r < rows; r++) k[r] = kept.get(r);
    return new LinearChain(labels, k, Arrays.copyOf(buf, rows * labels), scale, dim, wd, tr, st);
  }

  /** An open-addressing map from long keys to int values (-1 when absent). */
  static final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap(int capacity) {
      keys = new long[capacity];
      values = new int[capacity];
      used = new boolean[capacity];
    }

    private int find(long key) {
      int mask = keys.length - 1;
      int slot = (int) NerFeatures.mix(key) & mask;
      while (used[slot] && keys[slot] != key) slot = (slot + 1) & mask;
      return slot;
    }

    int get(long key) {
      int s = find(key);
      return used[s] ? values[s] : -1;
    }

    void put(long key, int value) {
      int s = find(key);
      if (!used[s]) {
        used[s] = true;
        keys[s] = key;
        size++;
      }
      values[s] = value;
      if (size * 2 > keys.length) grow();
    }

    void add(long key, int delta) {
      int s = find(key);
      if (!used[s]) {
        used[s] = true;
        keys[s] = key;
        values[s] = 0;
        size++;
        values[s] += delta;
        if (size * 2 > keys.length) grow();
        return;
      }
      values[s] += delta;
    }

    private void grow() {
      long[] k = keys;
      int[] v = values;
      boolean[] u = used;
      keys = new long[k.length * 2];
      values = new int[k.length * 2];
      used = new boolean[k.length * 2];
      size = 0;
      for (int i = 0; i < k.length; i++) if (u[i]) put(k[i], v[i]);
    }
  }
}
