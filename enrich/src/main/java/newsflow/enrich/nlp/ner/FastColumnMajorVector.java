package newsflow.enrich.nlp.ner;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.learning.initialization.WeightGenerator;
import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import edu.emory.mathcs.nlp.learning.util.WeightVector;
import java.util.List;

/**
 * A decode-only copy of an NLP4J sparse weight matrix in a plain {@code float[]}: scoring a feature
 * vector is a tight loop instead of a stream over boxed items reading a gap list. Adds the same
 * products in the same order, so scores are bit-identical to NLP4J's.
 */
final class FastColumnMajorVector extends ColumnMajorVector {
  private static final long serialVersionUID = 1L;

  private final float[] w;
  private final int features;
  private final int labels;

  private FastColumnMajorVector(MajorVector source) {
    features = source.getFeatureSize();
    labels = source.getLabelSize();
    w = new float[source.size()];
    for (int i = 0; i < w.length; i++) w[i] = source.get(i);
    setSizes(labels, features);
    if (getFeatureSize() != features || getLabelSize() != labels) {
      throw new IllegalStateException("unexpected NLP4J weight layout");
    }
  }

  @Override
  public void addScores(SparseVector x, float[] scores) {
    List<SparseItem> items = x.getVector();
    for (int k = 0, n = items.size(); k < n; k++) {
      SparseItem item = items.get(k);
      int f = item.getIndex();
      if (f >= features) continue;
      float v = item.getValue();
      int base = f * labels;
      for (int l = 0; l < scores.length; l++) scores[l] += w[base + l] * v;
    }
  }

  @Override
  public float get(int index) {
    return w[index];
  }

  @Override
  public int size() {
    return w.length;
  }

  @Override
  public boolean expand(int featureSize, int labelSize, WeightGenerator generator) {
    throw new UnsupportedOperationException("decode-only weights");
  }

  /** Swaps the sparse weights of {@code component} for a fast copy (column-major models only). */
  static void install(OnlineComponent<?, ?> component) {
    if (component.getOptimizer() == null) return;
    WeightVector wv = component.getOptimizer().getWeightVector();
    if (wv == null) return;
    MajorVector sparse = wv.getSparseWeightVector();
    if (sparse != null && sparse.getClass() == ColumnMajorVector.class) {
      wv.setSparseWeightVector(new FastColumnMajorVector(sparse));
    }
  }
}
