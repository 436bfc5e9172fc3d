package newsflow.enrich.nlp.ner;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import it.unimi.dsi.fastutil.objects.AbstractObject2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.ObjectSet;
import java.lang.reflect.Field;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * A read-only replacement for NLP4J's feature index maps (feature string -> feature id). NLP4J asks
 * them through {@code Map.getOrDefault}, which fastutil 7 answers with up to three hash lookups, each
 * chasing pointers to a String and its bytes; this index answers with one probe of a flat array of
 * 64-bit fingerprints. Two different features sharing a fingerprint is checked for at build time (the
 * original map is kept then); a never-seen feature matching a fingerprint has odds of about
 * n/2^64 (~1e-13), so tagging results are unchanged.
 */
final class FastFeatureIndex extends AbstractObject2IntMap<String> {
  private static final long serialVersionUID = 1L;
  private static final long EMPTY = 0L;

  private final long[] keys;
  private final int[] values;
  private final int mask;
  private final int size;

  private FastFeatureIndex(long[] keys, int[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
    this.size = size;
    defaultReturnValue(-1);
  }

  /** Builds the index of {@code source}, or returns null if two features share a fingerprint. */
  static FastFeatureIndex of(Object2IntMap<String> source) {
    int cap = Integer.highestOneBit(Math.max(4, source.size() * 2 - 1)) << 1;
    long[] keys = new long[cap];
    int[] values = new int[cap];
    int mask = cap - 1;
    for (Object2IntMap.Entry<String> e : source.object2IntEntrySet()) {
      long fp = fingerprint(e.getKey());
      int slot = (int) (fp ^ (fp >>> 32)) & mask;
      while (keys[slot] != EMPTY) {
        if (keys[slot] == fp) return null;
        slot = (slot + 1) & mask;
      }
      keys[slot] = fp;
      values[slot] = e.getIntValue();
    }
    return new FastFeatureIndex(keys, values, source.size());
  }

  static long fingerprint(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1L : h;
  }

  @Override
  public int getInt(Object key) {
    if (!(key instanceof String)) return defaultReturnValue();
    long fp = fingerprint((String) key);
    int slot = (int) (fp ^ (fp >>> 32)) & mask;
    while (true) {
      long k = keys[slot];
      if (k == fp) return values[slot];
      if (k == EMPTY) return defaultReturnValue();
      slot = (slot + 1) & mask;
    }
  }

  @Override
  public Integer getOrDefault(Object key, Integer defaultValue) {
    int v = getInt(key);
    return v == -1 ? defaultValue : Integer.valueOf(v);
  }

  @Override
  public boolean containsKey(Object key) {
    return getInt(key) != -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public ObjectSet<Object2IntMap.Entry<String>> object2IntEntrySet() {
    throw new UnsupportedOperationException("a fingerprint index cannot list its keys");
  }

  /** Replaces every index map of {@code component}'s feature template by a {@link FastFeatureIndex}. */
  static void install(OnlineComponent<?, ?> component) {
    FeatureTemplate<?, ?> template = component.getFeatureTemplate();
    if (template == null) return;
    try {
      Field f = FeatureTemplate.class.getDeclaredField("feature_map");
      f.setAccessible(true);
      FeatureMap map = (FeatureMap) f.get(template);
      if (map == null) return;
      List<Object2IntMap<String>> maps = map.getIndexMaps();
      for (int i = 0; i < maps.size(); i++) {
        Object2IntMap<String> m = maps.get(i);
        if (m == null || m instanceof FastFeatureIndex) continue;
        FastFeatureIndex fast = of(m);
        if (fast != null) maps.set(i, fast);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // the optimisation is optional: NLP4J still works with its own maps
      LoggerFactory.getLogger(FastFeatureIndex.class).warn("feature index not optimised: {}", e.toString());
    }
  }
}
