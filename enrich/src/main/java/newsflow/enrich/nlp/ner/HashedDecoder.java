package newsflow.enrich.nlp.ner;

import edu.emory.mathcs.nlp.component.ner.NERState;
import edu.emory.mathcs.nlp.component.ner.NERTagger;
import edu.emory.mathcs.nlp.component.pos.POSState;
import edu.emory.mathcs.nlp.component.pos.POSTagger;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureItem;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.state.L2RState;
import edu.emory.mathcs.nlp.component.template.train.HyperParameter;
import edu.emory.mathcs.nlp.learning.optimization.OnlineOptimizer;
import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import edu.emory.mathcs.nlp.learning.util.LabelMap;
import edu.emory.mathcs.nlp.learning.util.MLUtils;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.RowMajorVector;
import edu.emory.mathcs.nlp.learning.util.WeightVector;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * NLP4J's greedy left-to-right decoding of its part-of-speech or named-entity model, with the same
 * features, weights, order of additions and transitions, but without building a feature string per
 * template and token. NLP4J looks each feature up as a string ("the_said" for two words); here every
 * word-level value of a sentence is hashed once (a polynomial hash, so the hash of a joined value is
 * computed from the hashes of its parts), the template's parts are combined arithmetically, and the
 * combined hash is probed in a flat table built from NLP4J's own feature index at load time. The
 * index is checked for fingerprint collisions when it is built; a feature never seen in training
 * matching a fingerprint has odds of about n/2^64. Scores are the same floats added in the same
 * order, so the tags are those of NLP4J's decoder, which {@code HashedDecoderTest} checks.
 *
 * <p>{@link #of} returns null for a model it does not recognise (another feature, a relation, an
 * activation function), and the caller falls back to NLP4J's own decoder. Thread-safe: decoding
 * state lives on the stack.
 */
final class HashedDecoder {
  /** Multiplier of the polynomial string hash (odd, so multiplication is invertible mod 2^64). */
  private static final long P = 0x9E3779B97F4A7C15L;
  private static final long EMPTY = 0L;
  private static final int MAX_POW = 128;
  private static final long[] POW = new long[MAX_POW + 1];

  static {
    POW[0] = 1;
    for (int i = 1; i <= MAX_POW; i++) POW[i] = POW[i - 1] * P;
  }

  /** A word-level value of one node that list templates read. */
  private enum Value { FORM, FORM_LOWER, SHAPE, LEMMA, POS, ENTITY, AMBIGUITY, PREFIX, SUFFIX }

  /** A value set of one node whose members are features of their own. */
  private enum SetValue { POSITION, ORTHOGRAPHY, AMBIGUITY, GAZETTEERS, CLUSTERS }

  private record Part(int window, Value value, int affix) {}

  private record SetTemplate(int window, SetValue value) {}

  private final boolean ner;
  private final SetTemplate[] sets;
  private final Part[][] lists;
  private final long[][] index;
  private final float[] sparse;
  private final int features;
  private final int labels;
  private final float bias;
  /** The embedding weights transposed: dimension-major, {@code dense[d * labels + l]}. */
  private final float[] dense;
  private final int dim;
  private final LabelMap labelMap;
  private final Orthography orthography = new Orthography();
  private final boolean[] uses = new boolean[Value.values().length];
  /** Where a sentence's cache-line touches go, so that the JIT keeps them (written once per sentence). */
  @SuppressWarnings("unused")
  private int sink;

  private HashedDecoder(OnlineComponent<NLPNode, ?> c, SetTemplate[] sets, Part[][] lists, long[][] index,
      float[] sparse, int features, float[] dense, int dim) {
    this.ner = c instanceof NERTagger;
    this.sets = sets;
    this.lists = lists;
    this.index = index;
    this.sparse = sparse;
    this.features = features;
    OnlineOptimizer opt = c.getOptimizer();
    this.labels = opt.getWeightVector().getLabelSize();
    this.bias = opt.getBias();
    this.dense = dense;
    this.dim = dim;
    this.labelMap = opt.getLabelMap();
    for (Part[] parts : lists) for (Part p : parts) uses[p.value().ordinal()] = true;
  }

  /**
   * Compiles {@code c} (a decode-only NLP4J POS or NER tagger with its original feature index),
   * or returns null when it uses something this decoder does not reproduce exactly.
   */
  @SuppressWarnings("unchecked")
  static HashedDecoder of(OnlineComponent<NLPNode, ?> c) {
    if (!(c instanceof POSTagger) && !(c instanceof NERTagger)) return null;
    FeatureTemplate<NLPNode, ?> template = (FeatureTemplate<NLPNode, ?>) c.getFeatureTemplate();
    OnlineOptimizer opt = c.getOptimizer();
    if (template == null || opt == null) return null;
    WeightVector wv = opt.getWeightVector();
    if (wv.hasActivationFunction()) return null;
    try {
      SetTemplate[] sets = new SetTemplate[template.getSetFeatureList().size()];
      for (int i = 0; i < sets.length; i++) {
        FeatureItem item = template.getSetFeatureList().get(i);
        SetValue v = setValue(item);
        if (v == null) return null;
        sets[i] = new SetTemplate(item.window, v);
      }
      Part[][] lists = new Part[template.getFeatureList().size()][];
      for (int i = 0; i < lists.length; i++) {
        FeatureItem[] items = template.getFeatureList().get(i);
        lists[i] = new Part[items.length];
        for (int k = 0; k < items.length; k++) {
          Part p = part(items[k]);
          if (p == null) return null;
          lists[i][k] = p;
        }
      }
      List<FeatureItem> embeddings = template.getEmbeddingFeatureList();
      if (embeddings.size() > 1 || (embeddings.size() == 1 && embeddings.get(0).window != 0)) return null;
      if (embeddings.size() == 1 && embeddings.get(0).relation != null) return null;

      java.lang.reflect.Field f = FeatureTemplate.class.getDeclaredField("feature_map");
      f.setAccessible(true);
      List<Object2IntMap<String>> maps = ((FeatureMap) f.get(template)).getIndexMaps();
      long[][] index = new long[sets.length + lists.length][];
      for (int type = 0; type < index.length; type++) {
        index[type] = type < maps.size() ? table(maps.get(type)) : table(null);
        if (index[type] == null) return null; // a fingerprint collision: keep NLP4J's decoder
      }

      MajorVector sw = wv.getSparseWeightVector();
      if (sw.getClass() != ColumnMajorVector.class) return null;
      int features = sw.getFeatureSize();
      float[] sparse = new float[sw.size()];
      for (int i = 0; i < sparse.length; i++) sparse[i] = sw.get(i);
      MajorVector dw = wv.getDenseWeightVector();
      float[] dense = null;
      int dim = 0;
      if (!embeddings.isEmpty()) {
        if (dw == null || dw.getClass() != RowMajorVector.class) return null;
        dim = dw.getFeatureSize();
        int labels = dw.getLabelSize();
        dense = new float[dw.size()];
        for (int l = 0; l < labels; l++) {
          for (int d = 0; d < dim; d++) dense[d * labels + l] = dw.get(l * dim + d);
        }
      }
      return new HashedDecoder((OnlineComponent<NLPNode, ?>) c, sets, lists, index, sparse, features, dense, dim);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LoggerFactory.getLogger(HashedDecoder.class).warn("NLP4J model not compiled, its own decoder is used: {}",
          e.toString());
      return null;
    }
  }

  private static SetValue setValue(FeatureItem item) {
    if (item.relation != null) return null;
    switch (item.field) {
      case positional: return SetValue.POSITION;
      case orthographic: return SetValue.ORTHOGRAPHY;
      case ambiguity_classes: return SetValue.AMBIGUITY;
      case named_entity_gazetteers: return SetValue.GAZETTEERS;
      case word_clusters: return SetValue.CLUSTERS;
      default: return null;
    }
  }

  private static Part part(FeatureItem item) {
    if (item.relation != null) return null;
    switch (item.field) {
      case word_form_simplified: return new Part(item.window, Value.FORM, 0);
      case word_form_simplified_lowercase: return new Part(item.window, Value.FORM_LOWER, 0);
      case word_shape: return new Part(item.window, Value.SHAPE, 0);
      case lemma: return new Part(item.window, Value.LEMMA, 0);
      case part_of_speech_tag: return new Part(item.window, Value.POS, 0);
      case named_entity_tag: return new Part(item.window, Value.ENTITY, 0);
      case ambiguity_classes: return new Part(item.window, Value.AMBIGUITY, 0);
      case prefix: return new Part(item.window, Value.PREFIX, (Integer) item.attribute);
      case suffix: return new Part(item.window, Value.SUFFIX, (Integer) item.attribute);
      default: return null;
    }
  }

  /** An open-addressing table of (fingerprint, feature id) pairs side by side; null on a collision. */
  private static long[] table(Object2IntMap<String> map) {
    int n = map == null ? 0 : map.size();
    int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    long[] t = new long[2 * cap];
    if (map == null) return t;
    int mask = cap - 1;
    for (Object2IntMap.Entry<String> e : map.object2IntEntrySet()) {
      long fp = fingerprint(hash(e.getKey()));
      int slot = (int) fp & mask;
      while (t[2 * slot] != EMPTY) {
        if (t[2 * slot] == fp) return null;
        slot = (slot + 1) & mask;
      }
      t[2 * slot] = fp;
      t[2 * slot + 1] = e.getIntValue();
    }
    return t;
  }

  private static int lookup(long[] t, long h) {
    long fp = fingerprint(h);
    int mask = (t.length >> 1) - 1;
    int slot = (int) fp & mask;
    while (true) {
      long k = t[2 * slot];
      if (k == fp) return (int) t[2 * slot + 1];
      if (k == EMPTY) return -1;
      slot = (slot + 1) & mask;
    }
  }

  static long hash(String s) {
    return hash(s, 0, s.length());
  }

  private static long hash(String s, int from, int to) {
    long h = 0;
    for (int i = from; i < to; i++) h = h * P + s.charAt(i);
    return h;
  }

  private static long pow(int n) {
    if (n <= MAX_POW) return POW[n];
    long r = POW[MAX_POW];
    for (int i = MAX_POW; i < n; i++) r *= P;
    return r;
  }

  /** The hash of {@code left + "_" + right} from the hashes of its parts. */
  static long join(long left, long right, int rightLength) {
    return (left * P + '_') * pow(rightLength) + right;
  }

  private static long fingerprint(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1L : h;
  }

  // ---------------------------------------------------------------- decoding

  /** The hashed values of one sentence's nodes; lengths of -1 mark a missing value. */
  private final class Sentence {
    final NLPNode[] nodes;
    final long[][] hash = new long[Value.values().length][];
    final int[][] length = new int[Value.values().length][];
    final long[][][] setHashes = new long[SetValue.values().length][][];

    Sentence(NLPNode[] nodes) {
      this.nodes = nodes;
      for (Value v : new Value[] {Value.FORM, Value.FORM_LOWER, Value.SHAPE, Value.LEMMA, Value.AMBIGUITY}) {
        if (!uses[v.ordinal()]) continue;
        long[] h = new long[nodes.length];
        int[] len = new int[nodes.length];
        for (int i = 1; i < nodes.length; i++) {
          if (v == Value.AMBIGUITY && nodes[i] instanceof Nlp4jTagger.TaggerNode t) {
            HashedSet set = t.ambiguityHashes;
            len[i] = set == null ? -1 : set.joinedLength();
            h[i] = set == null ? 0 : set.joined();
            continue;
          }
          String s = staticValue(nodes[i], v);
          if (s == null) {
            len[i] = -1;
          } else {
            h[i] = hash(s);
            len[i] = s.length();
          }
        }
        hash[v.ordinal()] = h;
        length[v.ordinal()] = len;
      }
      for (SetTemplate t : sets) {
        int k = t.value().ordinal();
        if (setHashes[k] != null || t.value() == SetValue.POSITION || t.value() == SetValue.ORTHOGRAPHY) continue;
        long[][] all = new long[nodes.length][];
        for (int i = 1; i < nodes.length; i++) all[i] = memberHashes(nodes[i], t.value());
        setHashes[k] = all;
      }
    }
  }

  /** The members of a lexicon set hashed one by one, and the hash of all of them joined by "_". */
  record HashedSet(long[] members, long joined, int joinedLength) {
    static HashedSet of(Collection<String> values) {
      String joined = String.join("_", values);
      return new HashedSet(hashes(values), hash(joined), values.isEmpty() ? -1 : joined.length());
    }
  }

  private static String staticValue(NLPNode node, Value v) {
    switch (v) {
      case FORM: return node.getWordFormSimplified();
      case FORM_LOWER: return node.getWordFormSimplifiedLowercase();
      case SHAPE: return node.getWordShape();
      case LEMMA: return node.getLemma();
      case AMBIGUITY: return node.getAmbiguityClasses();
      default: throw new IllegalArgumentException(v.name());
    }
  }

  private static Collection<String> members(NLPNode node, SetValue v) {
    switch (v) {
      case AMBIGUITY: return node.getAmbiguityClasseList();
      case GAZETTEERS: return node.getNamedEntityGazetteerSet();
      case CLUSTERS: return node.getWordClusters();
      default: throw new IllegalArgumentException(v.name());
    }
  }

  private static long[] memberHashes(NLPNode node, SetValue v) {
    if (node instanceof Nlp4jTagger.TaggerNode t && v != SetValue.GAZETTEERS) {
      HashedSet set = v == SetValue.AMBIGUITY ? t.ambiguityHashes : t.clusterHashes;
      return set == null ? null : set.members();
    }
    return hashes(members(node, v));
  }

  private static long[] hashes(Collection<String> values) {
    if (values == null || values.isEmpty()) return null;
    long[] h = new long[values.size()];
    int i = 0;
    for (String s : values) h[i++] = hash(s);
    return h;
  }

  /** Tags {@code nodes} (index 0 the root) exactly as the NLP4J component this was compiled from. */
  void process(NLPNode[] nodes) {
    L2RState<NLPNode> state = ner ? new NERState<>(nodes) : new POSState<>(nodes);
    Sentence sentence = new Sentence(nodes);
    StepFeatures f = new StepFeatures();
    float[] scores = new float[labels];
    int touched = 0;
    while (!state.isTerminate()) {
      int input = state.getInputIndex();
      // 1. the hashed features of this step, in NLP4J's order (set templates, then list templates)
      f.size = 0;
      int type = 0;
      for (SetTemplate t : sets) {
        int j = input + t.window();
        long[] members = j >= 1 && j < nodes.length ? setMembers(sentence, state, t.value(), j) : null;
        if (members != null) for (long h : members) f.add(h, type);
        type++;
      }
      for (Part[] parts : lists) {
        f.ensureRoom();
        if (listHash(sentence, parts, input, f.keys, f.size)) f.types[f.size++] = type;
        type++;
      }
      // 2. their ids: independent probes, so the memory system overlaps their cache misses
      int m = 0;
      for (int k = 0; k < f.size; k++) {
        int id = lookup(index[f.types[k]], f.keys[k]);
        if (id > 0 && id < features) f.ids[m++] = id; // NLP4J adds ids > 0 and scores ids < features
      }
      // 3. touch every cache line of their weight rows before adding them up, for the same reason
      for (int k = 0; k < m; k++) {
        int base = f.ids[k] * labels;
        for (int l = 0; l < labels; l += 16) touched ^= Float.floatToRawIntBits(sparse[base + l]);
      }
      // 4. the scores: the same weights added in the same order as NLP4J's decoder (which multiplies
      //    each by the feature's value, 1, exactly)
      Arrays.fill(scores, 0f);
      for (int k = 0; k < m; k++) {
        int base = f.ids[k] * labels;
        for (int l = 0; l < labels; l++) scores[l] += sparse[base + l];
      }
      if (bias > 0) {
        for (int l = 0; l < labels; l++) scores[l] += sparse[l] * bias;
      }
      if (dense != null) {
        float[] x = nodes[input].getWordEmbedding();
        if (x != null && x.length == dim) {
          // dimension by dimension over all labels: each label still adds its products in NLP4J's
          // order, but the labels' additions no longer wait on each other
          for (int d = 0; d < dim; d++) {
            float xd = x[d];
            int base = d * labels;
            for (int l = 0; l < labels; l++) scores[l] += dense[base + l] * xd;
          }
        } else if (x != null) {
          throw new IllegalStateException("word embedding of " + x.length + " dimensions, model has " + dim);
        }
      }
      state.next(labelMap, MLUtils.argmax2(scores), scores); // POS and NER states keep no reference
    }
    if (ner) ((NERState<NLPNode>) state).postProcess();
    sink = touched;
  }

  /** One step's feature hashes, their template numbers and (once probed) their ids, growable. */
  private static final class StepFeatures {
    long[] keys = new long[64];
    int[] types = new int[64];
    int[] ids = new int[64];
    int size;

    void add(long key, int type) {
      ensureRoom();
      keys[size] = key;
      types[size++] = type;
    }

    void ensureRoom() {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, 2 * size);
        types = Arrays.copyOf(types, 2 * size);
        ids = Arrays.copyOf(ids, 2 * size);
      }
    }
  }

  private long[] setMembers(Sentence s, L2RState<NLPNode> state, SetValue v, int j) {
    switch (v) {
      case POSITION:
        if (state.isFirst(s.nodes[j])) return new long[] {'0'};
        if (state.isLast(s.nodes[j])) return new long[] {'1'};
        return null;
      case ORTHOGRAPHY:
        return hashes(orthography.of(state, s.nodes[j]));
      default:
        return s.setHashes[v.ordinal()][j];
    }
  }

  /** Puts the hash of one list template at {@code input} into {@code out[at]}; false when a part is missing. */
  private static boolean listHash(Sentence s, Part[] parts, int input, long[] out, int at) {
    long h = 0;
    for (int k = 0; k < parts.length; k++) {
      Part p = parts[k];
      int j = input + p.window();
      if (j < 1 || j >= s.nodes.length) return false;
      long ph;
      int len;
      switch (p.value()) {
        case POS:
        case ENTITY: {
          String v = p.value() == Value.POS ? s.nodes[j].getPartOfSpeechTag() : s.nodes[j].getNamedEntityTag();
          if (v == null) return false;
          ph = hash(v);
          len = v.length();
          break;
        }
        case PREFIX:
        case SUFFIX: {
          String w = s.nodes[j].getWordFormSimplifiedLowercase();
          if (p.affix() >= w.length()) return false;
          ph = p.value() == Value.PREFIX ? hash(w, 0, p.affix()) : hash(w, w.length() - p.affix(), w.length());
          len = p.affix();
          break;
        }
        default: {
          len = s.length[p.value().ordinal()][j];
          if (len < 0) return false;
          ph = s.hash[p.value().ordinal()][j];
        }
      }
      h = k == 0 ? ph : join(h, ph, len);
    }
    out[at] = h;
    return true;
  }

  /** NLP4J's own orthographic features, reached through its protected template method. */
  private static final class Orthography extends FeatureTemplate<NLPNode, L2RState<NLPNode>> {
    private static final long serialVersionUID = 1L;

    Orthography() {
      super(null, new HyperParameter());
    }

    List<String> of(L2RState<NLPNode> state, NLPNode node) {
      return getOrthographicFeatures(state, node, true);
    }
  }
}
