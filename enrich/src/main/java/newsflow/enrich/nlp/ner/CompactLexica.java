package newsflow.enrich.nlp.ner;

import edu.emory.mathcs.nlp.common.collection.tree.PrefixNode;
import edu.emory.mathcs.nlp.common.collection.tree.PrefixTree;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.BILOU;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NLP4J's global lexica (ambiguity classes, Brown clusters, word embeddings, named-entity gazetteers)
 * in a compact memory-mapped form. The published lexica are Java-serialized maps that take about a
 * minute and 1.6 GB of heap to load; {@link #build} converts them once into hash tables on disk, and
 * {@link #open} maps those in milliseconds, off the heap. Per token it sets exactly what NLP4J's
 * {@code GlobalLexica} sets, so the POS and NER models see identical features.
 */
final class CompactLexica implements NLPComponent<NLPNode> {
  private static final Logger LOG = LoggerFactory.getLogger(CompactLexica.class);
  private static final String LEXICA = "edu/emory/mathcs/nlp/lexica/";
  static final String COMPLETE_MARKER = "complete";

  private final MappedTable ambiguity;
  private final List<List<String>> ambiguitySets;
  private final MappedTable clusters;
  private final List<Set<String>> clusterSets;
  /** Per set, its members hashed as {@link HashedDecoder} hashes them, handed to {@link Nlp4jTagger.TaggerNode}s. */
  private final List<HashedDecoder.HashedSet> ambiguityHashes;
  private final List<HashedDecoder.HashedSet> clusterHashes;
  private final MappedTable embeddings;
  private final FloatBuffer vectors;
  private final int dim;
  private final MappedTable gazetteer;
  private final List<List<String>> gazetteerTags;
  /** Where the warming reads of a sentence go, so that the JIT keeps them. */
  @SuppressWarnings("unused")
  private int sink;

  private CompactLexica(Path dir) throws IOException {
    ambiguity = MappedTable.open(dir.resolve("ambiguity.tbl"));
    ambiguitySets = new ArrayList<>();
    for (List<String> l : readSets(dir.resolve("ambiguity.sets"))) ambiguitySets.add(List.copyOf(l));
    clusters = MappedTable.open(dir.resolve("clusters.tbl"));
    clusterSets = new ArrayList<>();
    for (List<String> l : readSets(dir.resolve("clusters.sets"))) {
      clusterSets.add(Collections.unmodifiableSet(new LinkedHashSet<>(l)));
    }
    embeddings = MappedTable.open(dir.resolve("embeddings.tbl"));
    try (FileChannel ch = FileChannel.open(dir.resolve("embeddings.f32"), StandardOpenOption.READ)) {
      MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      dim = map.getInt(0);
      vectors = map.position(8).slice().asFloatBuffer();
    }
    gazetteer = MappedTable.open(dir.resolve("gazetteer.tbl"));
    ambiguityHashes = ambiguitySets.stream().map(HashedDecoder.HashedSet::of).toList();
    clusterHashes = clusterSets.stream().map(HashedDecoder.HashedSet::of).toList();
    gazetteerTags = readSets(dir.resolve("gazetteer.sets"));
  }

  /** Maps the compact lexica in {@code dir} (built by {@link #build}). */
  static CompactLexica open(Path dir) throws IOException {
    return new CompactLexica(dir);
  }

  static boolean isBuilt(Path dir) {
    return Files.isRegularFile(dir.resolve(COMPLETE_MARKER));
  }

  @Override
  public void process(List<NLPNode[]> document) {
    for (NLPNode[] nodes : document) process(nodes);
  }

  @Override
  public void process(NLPNode[] nodes) {
    // every table read of the sentence started first, in one loop, so that their misses overlap
    int touched = 0;
    for (int i = 1; i < nodes.length; i++) {
      NLPNode node = nodes[i];
      String lower = node.getWordFormSimplifiedLowercase();
      touched ^= ambiguity.warm(0, lower) ^ clusters.warm(0, lower) ^ gazetteer.warm(0, node.getWordFormSimplified());
      int row = embeddings.warm(0, node.getWordFormUndigitalized());
      if (row >= 0 && (long) row * dim < vectors.limit()) touched ^= Float.floatToRawIntBits(vectors.get(row * dim));
    }
    sink = touched;
    for (int i = 1; i < nodes.length; i++) {
      NLPNode node = nodes[i];
      String lower = node.getWordFormSimplifiedLowercase();
      int e = ambiguity.find(0, lower);
      int a = e < 0 ? -1 : ambiguity.a(e);
      node.setAmbiguityClasses(a < 0 ? null : ambiguitySets.get(a));
      e = clusters.find(0, lower);
      int c = e < 0 ? -1 : clusters.a(e);
      node.setWordClusters(c < 0 ? null : clusterSets.get(c));
      if (node instanceof Nlp4jTagger.TaggerNode t) {
        t.ambiguityHashes = a < 0 ? null : ambiguityHashes.get(a);
        t.clusterHashes = c < 0 ? null : clusterHashes.get(c);
      }
      e = embeddings.find(0, node.getWordFormUndigitalized());
      if (e < 0) {
        node.setWordEmbedding(null);
      } else {
        float[] v = new float[dim];
        vectors.get(embeddings.a(e) * dim, v);
        node.setWordEmbedding(v);
      }
    }
    tagGazetteers(nodes);
  }

  /** Longest gazetteer match from every start token, tagged in BILOU like NLP4J's GlobalLexica. */
  private void tagGazetteers(NLPNode[] nodes) {
    for (int start = 1; start < nodes.length; start++) {
      int node = 0;
      int bestEnd = -1;
      int bestTags = -1;
      for (int j = start; j < nodes.length; j++) {
        int e = gazetteer.find(node, nodes[j].getWordFormSimplified());
        if (e < 0) break;
        node = gazetteer.a(e);
        if (gazetteer.b(e) >= 0) {
          bestEnd = j;
          bestTags = gazetteer.b(e);
        }
      }
      if (bestTags < 0) continue;
      for (String tag : gazetteerTags.get(bestTags)) {
        if (bestEnd == start) {
          nodes[start].addNamedEntityGazetteer(BILOU.toBILOUTag(BILOU.U, tag));
        } else {
          nodes[start].addNamedEntityGazetteer(BILOU.toBILOUTag(BILOU.B, tag));
          nodes[bestEnd].addNamedEntityGazetteer(BILOU.toBILOUTag(BILOU.L, tag));
          for (int k = start + 1; k < bestEnd; k++) {
            nodes[k].addNamedEntityGazetteer(BILOU.toBILOUTag(BILOU.I, tag));
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- building the cache

  /** The published lexica {@link #build} converts (class-path resources of nlp4j-english). */
  static final List<String> ARTIFACTS = List.of(
      LEXICA + "en-ambiguity-classes-simplified-lowercase.xz", LEXICA + "en-brown-clusters-simplified-lowercase.xz",
      LEXICA + "en-named-entity-gazetteers-simplified.xz", LEXICA + "en-word-embeddings-undigitalized.xz");

  /**
   * Converts the published lexica from the nlp4j-english jar into {@code dir}, one at a time so the
   * heap never holds more than one of them. ({@link Nlp4jTagger} runs {@link #buildEmbeddings(Path)}
   * beside {@link #buildSmall(Path)} on a second thread instead.)
   */
  static void build(Path dir) throws IOException {
    buildSmall(dir);
    buildEmbeddings(dir);
    markBuilt(dir);
  }

  /** The word sets and the gazetteer (about 17 MB compressed). */
  static void buildSmall(Path dir) throws IOException {
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    buildWordSets(dir, "ambiguity", ARTIFACTS.get(0));
    CacheBuild.partDone();
    buildWordSets(dir, "clusters", ARTIFACTS.get(1));
    CacheBuild.partDone();
    buildGazetteer(dir, ARTIFACTS.get(2));
    CacheBuild.partDone();
    LOG.info("Built compact NLP4J word sets and gazetteer in {} ({} s)", dir, (System.nanoTime() - t0) / 1_000_000_000L);
  }

  /** The word embeddings (185 MB compressed: most of the build). */
  static void buildEmbeddings(Path dir) throws IOException {
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    buildEmbeddings(dir, ARTIFACTS.get(3));
    CacheBuild.partDone();
    LOG.info("Built compact NLP4J embeddings in {} ({} s)", dir, (System.nanoTime() - t0) / 1_000_000_000L);
  }

  /** Marks {@code dir} complete, once every part is written. */
  static void markBuilt(Path dir) throws IOException {
    Files.writeString(dir.resolve(COMPLETE_MARKER), "nlp4j-english 1.1.3\n");
  }

  private static Object readArtifact(String path) throws IOException {
    LOG.info("Converting NLP4J lexicon {} (one-time)", path);
    try (ObjectInputStream in = CacheBuild.open(path)) {
      return in.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException("cannot read NLP4J lexicon " + path, e);
    }
  }

  private static void buildWordSets(Path dir, String name, String artifact) throws IOException {
    Map<?, ?> map = (Map<?, ?>) readArtifact(artifact);
    Map<List<String>, Integer> ids = new HashMap<>();
    List<List<String>> sets = new ArrayList<>();
    MappedTable.Writer w = new MappedTable.Writer();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() == null) continue;
      List<String> values = new ArrayList<>();
      for (Object o : (Collection<?>) e.getValue()) values.add((String) o);
      Integer id = ids.get(values);
      if (id == null) {
        id = sets.size();
        ids.put(values, id);
        sets.add(values);
      }
      w.put(0, (String) e.getKey(), id, 0);
    }
    w.write(dir.resolve(name + ".tbl"));
    writeSets(dir.resolve(name + ".sets"), sets);
  }

  private static void buildEmbeddings(Path dir, String artifact) throws IOException {
    Map<?, ?> map = (Map<?, ?>) readArtifact(artifact);
    MappedTable.Writer w = new MappedTable.Writer();
    int dim = -1;
    int row = 0;
    try (OutputStream os = Files.newOutputStream(dir.resolve("embeddings.f32"));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        float[] v = (float[]) e.getValue();
        if (v == null) continue;
        if (dim < 0) {
          dim = v.length;
          out.writeInt(dim);
          out.writeInt(map.size());
        }
        if (v.length != dim) continue;
        for (float f : v) out.writeFloat(f);
        w.put(0, (String) e.getKey(), row++, 0);
      }
    }
    w.write(dir.resolve("embeddings.tbl"));
  }

  private static void buildGazetteer(Path dir, String artifact) throws IOException {
    PrefixTree<?, ?> tree = (PrefixTree<?, ?>) readArtifact(artifact);
    Map<List<String>, Integer> ids = new HashMap<>();
    List<List<String>> sets = new ArrayList<>();
    MappedTable.Writer w = new MappedTable.Writer();
    ArrayDeque<Object[]> queue = new ArrayDeque<>();
    queue.add(new Object[] {tree.getRoot(), 0});
    int nextId = 1;
    while (!queue.isEmpty()) {
      Object[] item = queue.poll();
      PrefixNode<?, ?> parent = (PrefixNode<?, ?>) item[0];
      int parentId = (Integer) item[1];
      for (Map.Entry<?, ?> e : parent.entrySet()) {
        PrefixNode<?, ?> child = (PrefixNode<?, ?>) e.getValue();
        int childId = nextId++;
        int tagsId = -1;
        if (child.hasValue()) {
          List<String> tags = new ArrayList<>();
          for (Object o : (Collection<?>) child.getValue()) tags.add((String) o);
          Integer id = ids.get(tags);
          if (id == null) {
            id = sets.size();
            ids.put(tags, id);
            sets.add(tags);
          }
          tagsId = id;
        }
        w.put(parentId, (String) e.getKey(), childId, tagsId);
        if (!child.isEmpty()) queue.add(new Object[] {child, childId});
      }
    }
    w.write(dir.resolve("gazetteer.tbl"));
    writeSets(dir.resolve("gazetteer.sets"), sets);
  }

  private static void writeSets(Path file, List<List<String>> sets) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (List<String> s : sets) sb.append(String.join("\t", s)).append('\n');
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  private static List<List<String>> readSets(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(line.isEmpty() ? List.of() : List.of(line.split("\t", -1)));
    }
    return out;
  }
}
