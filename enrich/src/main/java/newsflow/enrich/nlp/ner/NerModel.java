package newsflow.enrich.nlp.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;

/**
 * newsflow's named-entity model, trained here on CoNLL-2003 by {@link NerTrainer}: two linear-chain
 * stages over the features of {@link NerFeatures}. The first tags each sentence; the second sees, in
 * addition, what the first predicted for the same words elsewhere in the article. The model file (gzip:
 * a header with the model's id and how it was trained, then the two stages) ships at
 * {@link #RESOURCE}; its id, derived from the weights, is part of the enricher version. Immutable and
 * thread-safe.
 */
public final class NerModel {
  /** Where the shipped model lives on the classpath. */
  public static final String RESOURCE = "/ner/model/newsflow-ner.bin.gz";
  private static final int MAGIC = 0x4e464e52; // "NFNR"
  private static final int FORMAT = 1;

  private final String id;
  private final String provenance;
  private final LinearChain stage1;
  private final LinearChain stage2;
  private final NerFeatures features;
  private final RowPairs both;

  NerModel(String id, String provenance, NerFeatures features, LinearChain stage1, LinearChain stage2) {
    this.features = features;
    this.both = new RowPairs(stage1, stage2);
    this.id = id;
    this.provenance = provenance;
    this.stage1 = stage1;
    this.stage2 = stage2;
  }

  /** The model's id: "ner-" and the first 12 hex digits of the SHA-256 of its weights. */
  public String id() {
    return id;
  }

  /** How the model was trained (data, seed, epochs, scores), as the trainer recorded it. */
  public String provenance() {
    return provenance;
  }

  /** Loads the model shipped in the jar. */
  public static NerModel shipped() {
    try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new NlpModelException("missing NER model resource " + RESOURCE, null);
      return read(in);
    } catch (IOException e) {
      throw new NlpModelException("cannot read NER model " + RESOURCE, e);
    }
  }

  /** The id of the shipped model, read from its header only; "none" when no model is shipped. */
  public static String shippedId() {
    try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) return "none";
      DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
      if (d.readInt() != MAGIC) return "invalid";
      d.readInt();
      return d.readUTF();
    } catch (IOException e) {
      return "invalid";
    }
  }

  /** Reads a model file. */
  public static NerModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  static NerModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) throw new IOException("not a newsflow NER model");
    int format = in.readInt();
    if (format != FORMAT) throw new IOException("NER model format " + format + ", this code reads " + FORMAT);
    String id = in.readUTF();
    String provenance = in.readUTF();
    int features = in.readInt();
    if (features != NerFeatures.VERSION) {
      throw new IOException("NER model trained with feature templates " + features + ", this code has "
          + NerFeatures.VERSION + ": retrain it (newsflow train ner)");
    }
    NerFeatures groups = NerFeatures.of(in.readUTF());
    LinearChain s1 = LinearChain.read(in);
    LinearChain s2 = in.readBoolean() ? LinearChain.read(in) : null;
    return new NerModel(id, provenance, groups, s1, s2);
  }

  /** Writes the model; its id is computed from the weights. */
  static NerModel write(Path file, String provenance, NerFeatures features, LinearChain stage1, LinearChain stage2)
      throws IOException {
    ByteArrayOutputStream weights = new ByteArrayOutputStream();
    DataOutputStream w = new DataOutputStream(weights);
    w.writeUTF(features.groups());
    stage1.write(w);
    w.writeBoolean(stage2 != null);
    if (stage2 != null) stage2.write(w);
    w.flush();
    String id;
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(weights.toByteArray());
      id = "ner-" + HexFormat.of().formatHex(sha, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16)))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(id);
      out.writeUTF(provenance);
      out.writeInt(NerFeatures.VERSION);
      weights.writeTo(out);
    }
    return new NerModel(id, provenance, features, stage1, stage2);
  }

  /** Labels ({@link NerLabels}) for each sentence of a document; null for sentences the model skips. */
  int[][] tag(NerSentence[] doc) {
    NerFeatures.Sentence[] f = features.extract(doc);
    int[][] first = new int[doc.length][];
    int[][][] rows2 = new int[doc.length][][];
    for (int s = 0; s < doc.length; s++) {
      if (f[s] == null) continue;
      long[][] feats = f[s].feats();
      int[][] rows1 = new int[feats.length][];
      rows2[s] = new int[feats.length][];
      for (int i = 0; i < feats.length; i++) {
        rows1[i] = new int[feats[i].length];
        rows2[s][i] = new int[feats[i].length];
        for (int k = 0; k < feats[i].length; k++) {
          long v = both.get(feats[i][k]); // one probe finds the feature's row in both stages
          rows1[i][k] = (int) v;
          rows2[s][i][k] = (int) (v >> 32);
        }
      }
      first[s] = stage1.decodeRows(rows1, f[s].dense());
    }
    if (stage2 == null) return first;
    long[][][] history = NerFeatures.history(doc, first);
    int[][] out = new int[doc.length][];
    for (int s = 0; s < doc.length; s++) {
      if (f[s] == null) continue;
      int[][] rows = rows2[s];
      for (int i = 0; i < rows.length; i++) {
        int base = rows[i].length;
        rows[i] = java.util.Arrays.copyOf(rows[i], base + history[s][i].length);
        for (int k = 0; k < history[s][i].length; k++) rows[i][base + k] = stage2.row(history[s][i][k]);
      }
      out[s] = stage2.decodeRows(rows, f[s].dense());
    }
    return out;
  }

  /**
   * The rows of each feature in both stages, keyed by feature hash: low 32 bits stage 1's row, high 32 bits
   * stage 2's (-1 where a stage does not know it); keys and values side by side, so a probe reads one line.
   */
  static final class RowPairs {
    private final long[] slots;
    private final int mask;

    RowPairs(LinearChain a, LinearChain b) {
      java.util.Map<Long, long[]> rows = new java.util.LinkedHashMap<>();
      long[] ka = a.keys();
      for (int r = 0; r < ka.length; r++) rows.computeIfAbsent(ka[r], k -> new long[] {-1, -1})[0] = r;
      if (b != null) {
        long[] kb = b.keys();
        for (int r = 0; r < kb.length; r++) rows.computeIfAbsent(kb[r], k -> new long[] {-1, -1})[1] = r;
      }
      int cap = Integer.highestOneBit(Math.max(16, rows.size() * 2 + 1)) << 1;
      slots = new long[cap * 2];
      mask = cap - 1;
      for (int s = 0; s < cap; s++) slots[2 * s + 1] = EMPTY;
      for (java.util.Map.Entry<Long, long[]> e : rows.entrySet()) {
        int slot = slot(e.getKey());
        while (slots[2 * slot + 1] != EMPTY) slot = (slot + 1) & mask;
        slots[2 * slot] = e.getKey();
        slots[2 * slot + 1] = (e.getValue()[0] & 0xffffffffL) | (e.getValue()[1] << 32);
      }
    }

    private static final long EMPTY = Long.MIN_VALUE;
    private static final long NONE = -1L;

    private int slot(long key) {
      return (int) (key ^ (key >>> 32)) & mask;
    }

    long get(long key) {
      int slot = slot(key);
      while (true) {
        long v = slots[2 * slot + 1];
        if (v == EMPTY) return NONE;
        if (slots[2 * slot] == key) return v;
        slot = (slot + 1) & mask;
      }
    }
  }

  static long[][] join(long[][] a, long[][] b) {
    long[][] out = new long[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = new long[a[i].length + b[i].length];
      System.arraycopy(a[i], 0, out[i], 0, a[i].length);
      System.arraycopy(b[i], 0, out[i], a[i].length, b[i].length);
    }
    return out;
  }

  /** The model's mentions in a tagged document (MISC as {@link EntityType#OTHER}). */
  public List<EntityMention> mentions(String text, List<NerSentence> sentences) {
    NerSentence[] doc = sentences.toArray(new NerSentence[0]);
    int[][] labels = tag(doc);
    List<EntityMention> out = new ArrayList<>();
    for (int s = 0; s < doc.length; s++) {
      if (labels[s] == null) continue;
      for (NerLabels.Span span : NerLabels.spans(labels[s])) {
        int start = doc[s].tokens[span.from()].start();
        int end = doc[s].tokens[span.to()].end();
        out.add(new EntityMention(start, end, text.substring(start, end), TYPES[span.type()],
            MentionSource.MODEL.confidence()));
      }
    }
    return out;
  }

  private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE,
      EntityType.OTHER};
}
