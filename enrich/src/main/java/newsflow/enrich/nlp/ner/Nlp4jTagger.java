package newsflow.enrich.nlp.ner;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.common.util.StringUtils;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.NLPFlag;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NLP4J 1.1.3 reduced to what named-entity recognition needs: compact memory-mapped lexica, the
 * part-of-speech tagger, the morphological analyser (lemmas) and the NER model; no tokenizer and no
 * dependency parser. The first start converts the published lexica and models into {@code cacheDir}
 * (about a minute, once); later starts map and read that cache in a few seconds. Thread-safe.
 */
public final class Nlp4jTagger {
  private static final Logger LOG = LoggerFactory.getLogger(Nlp4jTagger.class);
  private static final String MODELS = "edu/emory/mathcs/nlp/models/";
  private static final String CACHE_VERSION = "nlp4j-1.1.3-v1";

  private final List<NLPComponent<NLPNode>> components;

  private Nlp4jTagger(List<NLPComponent<NLPNode>> components) {
    this.components = components;
  }

  /** The default cache directory: {@code $NEWSFLOW_NLP_CACHE}, else {@code ~/.cache/newsflow}. */
  public static Path defaultCacheDir() {
    String prop = System.getProperty("newsflow.nlp.cache");
    if (prop == null || prop.isBlank()) prop = System.getenv("NEWSFLOW_NLP_CACHE");
    if (prop != null && !prop.isBlank()) return Path.of(prop);
    return Path.of(System.getProperty("user.home"), ".cache", "newsflow");
  }

  /** Loads the tagger from {@code cacheDir}, building the compact cache first when it is missing. */
  public static Nlp4jTagger load(Path cacheDir) {
    return load(cacheDir, true);
  }

  /** As {@link #load(Path)}; with {@code compile} false, NLP4J's own decoder tags (to compare the two). */
  static Nlp4jTagger load(Path cacheDir, boolean compile) {
    Path dir = cacheDir.resolve(CACHE_VERSION);
    try {
      if (!CompactLexica.isBuilt(dir)) buildCache(dir);
      long t0 = System.nanoTime();
      // the NER model is read and compiled on a second thread while this one does the POS model
      CompletableFuture<NLPComponent<NLPNode>> ner = CompletableFuture.supplyAsync(() -> {
        try {
          return readModel(dir.resolve("ner.ser"), compile);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      CompactLexica lexica = CompactLexica.open(dir);
      NLPComponent<NLPNode> pos = readModel(dir.resolve("pos.ser"), compile);
      MorphologicalAnalyzer<NLPNode> morph = new MorphologicalAnalyzer<>(Language.ENGLISH);
      NLPComponent<NLPNode> nerModel = ner.join();
      LOG.info("NLP4J POS+NER ready in {} ms from {}", (System.nanoTime() - t0) / 1_000_000, dir);
      return new Nlp4jTagger(List.of(lexica, pos, morph, nerModel));
    } catch (IOException e) {
      throw new NlpModelException("cannot load NLP4J models from " + dir, e);
    } catch (CompletionException e) {
      throw new NlpModelException("cannot load NLP4J models from " + dir, e.getCause());
    }
  }

  /** True when every model is decoded by a {@link HashedDecoder}. */
  boolean isCompiled() {
    return components.stream().filter(c -> c instanceof OnlineComponent<?, ?> || c instanceof Compiled)
        .allMatch(c -> c instanceof Compiled);
  }

  /** Tags one sentence given as word forms; returns NLP4J nodes (index 0 is the root) with POS and NER. */
  public NLPNode[] tag(List<String> forms) {
    NLPNode[] nodes = new NLPNode[forms.size() + 1];
    nodes[0] = new NLPNode();
    nodes[0].toRoot();
    for (int i = 0; i < forms.size(); i++) {
      nodes[i + 1] = new TaggerNode(i + 1, forms.get(i));
    }
    for (NLPComponent<NLPNode> c : components) c.process(nodes);
    return nodes;
  }

  /** True when the compact cache in {@code cacheDir} is complete (a start then only maps it). */
  public static boolean isCacheBuilt(Path cacheDir) {
    return CompactLexica.isBuilt(cacheDir.resolve(CACHE_VERSION));
  }

  /**
   * Builds the cache on two threads: the word embeddings (most of the bytes) on one, the models, the
   * word sets and the gazetteer on the other; {@link CacheBuild#current()} reports the bytes read.
   */
  private static synchronized void buildCache(Path dir) throws IOException {
    if (CompactLexica.isBuilt(dir)) return;
    Files.createDirectories(dir.getParent());
    Path tmp = Files.createTempDirectory(dir.getParent(), CACHE_VERSION + ".tmp");
    LOG.info("First start: building the compact NLP4J cache in {} (once, about a minute)", dir);
    List<String> artifacts = new java.util.ArrayList<>(List.of(MODELS + "en-pos.xz", MODELS + "en-ner.xz"));
    artifacts.addAll(CompactLexica.ARTIFACTS);
    CacheBuild.started(artifacts);
    boolean moved = false;
    try {
      CompletableFuture<Void> embeddings = CompletableFuture.runAsync(() -> {
        try {
          CompactLexica.buildEmbeddings(tmp);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, runnable -> {
        Thread t = new Thread(runnable, "newsflow-nlp-cache");
        t.setDaemon(true);
        t.start();
      });
      writeModel(MODELS + "en-pos.xz", tmp.resolve("pos.ser"));
      CacheBuild.partDone();
      writeModel(MODELS + "en-ner.xz", tmp.resolve("ner.ser"));
      CacheBuild.partDone();
      CompactLexica.buildSmall(tmp);
      try {
        embeddings.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
        throw e;
      }
      CompactLexica.markBuilt(tmp);
      try {
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        moved = true;
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        if (!CompactLexica.isBuilt(dir)) throw e; // else another process finished first
      }
    } finally {
      CacheBuild.finished();
      if (!moved) deleteTree(tmp);
    }
  }

  /** Re-serialises a model uncompressed: reading it then skips the slow XZ decompression. */
  private static void writeModel(String artifact, Path out) throws IOException {
    Object model;
    try (ObjectInputStream in = CacheBuild.open(artifact)) {
      model = in.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException("cannot read NLP4J model " + artifact, e);
    }
    try (OutputStream os = Files.newOutputStream(out);
        ObjectOutputStream oos = new ObjectOutputStream(new BufferedOutputStream(os, 1 << 16))) {
      oos.writeObject(model);
    }
  }

  /**
   * Reads a cached model and compiles it into a {@link HashedDecoder}; when that is not possible,
   * NLP4J's own decoder is kept (the same tags, about 1.6 times slower).
   */
  @SuppressWarnings("unchecked")
  private static NLPComponent<NLPNode> readModel(Path file, boolean compile) throws IOException {
    try (InputStream is = Files.newInputStream(file);
        ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(is, 1 << 16))) {
      OnlineComponent<NLPNode, ?> c = (OnlineComponent<NLPNode, ?>) in.readObject();
      c.setFlag(NLPFlag.DECODE);
      HashedDecoder decoder = compile ? HashedDecoder.of(c) : null;
      if (decoder != null) return new Compiled(decoder);
      if (compile) LOG.warn("{}: NLP4J's own decoder is used (slower)", file.getFileName());
      return c;
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IOException("cannot read cached model " + file, e);
    }
  }

  /** A compiled model as a pipeline component. */
  private record Compiled(HashedDecoder decoder) implements NLPComponent<NLPNode> {
    @Override
    public void process(NLPNode[] nodes) {
      decoder.process(nodes);
    }

    @Override
    public void process(List<NLPNode[]> document) {
      for (NLPNode[] nodes : document) decoder.process(nodes);
    }
  }

  /**
   * A node whose word forms are set as NLP4J sets them (and which carries its hashed lexicon sets), skipping its hyperlink and file-name regular
   * expressions for words that have neither a period nor a colon (both need one to match), which is
   * almost every word; the forms are the same strings either way.
   */
  static final class TaggerNode extends NLPNode {
    private static final long serialVersionUID = 1L;
    /** This word's ambiguity classes and word clusters as hashed sets, set with them by {@link CompactLexica}. */
    transient HashedDecoder.HashedSet ambiguityHashes;
    transient HashedDecoder.HashedSet clusterHashes;

    TaggerNode(int id, String form) {
      super(id, form);
    }

    @Override
    public void setWordForm(String form) {
      if (form.indexOf('.') >= 0 || form.indexOf(':') >= 0) {
        super.setWordForm(form);
        return;
      }
      word_form = form;
      word_form_lowercase = StringUtils.toLowerCase(form);
      word_form_simplified = StringUtils.collapsePunctuation(StringUtils.collapseDigits(StringUtils.generalizeSymbols(form)));
      word_form_undigitalized = StringUtils.toUndigitalizedForm(form);
      word_form_simplified_lowercase = StringUtils.toLowerCase(word_form_simplified);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("could not delete {}: {}", root, e.toString());
    }
  }
}
