package newsflow.enrich.nlp.ner;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A read-only open-addressing hash table in a memory-mapped file: keys are (parent id, string) pairs,
 * values two ints. It holds NLP4J's large lexicons off the Java heap; a lookup allocates nothing and
 * absolute reads make it safe to share between threads.
 */
final class MappedTable {
  private static final int MAGIC = 0x4e464c54; // "NFLT"
  private static final int HEADER = 16;
  /** Entry layout: int parent, int a, int b, short length, then the key's chars. */
  private static final int ENTRY_FIXED = 14;

  private final ByteBuffer buf;
  private final int slotMask;
  private final int size;
  private final int entriesStart;

  private MappedTable(ByteBuffer buf) {
    this.buf = buf;
    if (buf.getInt(0) != MAGIC) throw new IllegalStateException("not a lexicon table (bad magic)");
    int slots = buf.getInt(4);
    this.slotMask = slots - 1;
    this.size = buf.getInt(8);
    this.entriesStart = HEADER + 4 * slots;
  }

  /** Maps {@code file} read-only. */
  static MappedTable open(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      return new MappedTable(map);
    }
  }

  int size() {
    return size;
  }

  /** The entry offset of {@code (parent, key)}, or -1 when absent; read values with {@link #a}/{@link #b}. */
  int find(int parent, CharSequence key) {
    int h = hash(parent, key);
    int slot = h & slotMask;
    while (true) {
      int ref = buf.getInt(HEADER + 4 * slot);
      if (ref == 0) return -1;
      int off = entriesStart + ref - 1;
      if (buf.getInt(off) == parent && keyEquals(off, key)) return off;
      slot = (slot + 1) & slotMask;
    }
  }

  /**
   * Reads the first slot and entry that {@link #find} will read for {@code (parent, key)} and returns
   * a value of them, so that a caller warming many keys in one loop has their cache misses overlap.
   */
  int warm(int parent, CharSequence key) {
    int ref = buf.getInt(HEADER + 4 * (hash(parent, key) & slotMask));
    return ref == 0 ? 0 : buf.getInt(entriesStart + ref - 1 + 4);
  }

  int a(int entry) {
    return buf.getInt(entry + 4);
  }

  int b(int entry) {
    return buf.getInt(entry + 8);
  }

  private boolean keyEquals(int off, CharSequence key) {
    int len = buf.getShort(off + 12) & 0xffff;
    if (len != key.length()) return false;
    int p = off + ENTRY_FIXED;
    for (int i = 0; i < len; i++) {
      if (buf.getChar(p + 2 * i) != key.charAt(i)) return false;
    }
    return true;
  }

  static int hash(int parent, CharSequence key) {
    int h = parent * 0x9E3779B1;
    for (int i = 0; i < key.length(); i++) h = 31 * h + key.charAt(i);
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }

  /** Collects entries in memory and writes them as a table file. */
  static final class Writer {
    private int n;
    private int[] parents = new int[1024];
    private int[] as = new int[1024];
    private int[] bs = new int[1024];
    private String[] keys = new String[1024];

    void put(int parent, String key, int a, int b) {
      if (key.length() > 0xffff) return; // never happens for words; keeps the length in a short
      if (n == keys.length) {
        int cap = n * 2;
        parents = Arrays.copyOf(parents, cap);
        as = Arrays.copyOf(as, cap);
        bs = Arrays.copyOf(bs, cap);
        keys = Arrays.copyOf(keys, cap);
      }
      parents[n] = parent;
      as[n] = a;
      bs[n] = b;
      keys[n] = key;
      n++;
    }

    void write(Path file) throws IOException {
      int slots = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
      int[] table = new int[slots];
      int[] offsets = new int[n];
      long off = 0;
      for (int i = 0; i < n; i++) {
        offsets[i] = (int) off;
        off += ENTRY_FIXED + 2L * keys[i].length();
        if (off > Integer.MAX_VALUE - 1) throw new IOException("lexicon table too large: " + file);
      }
      for (int i = 0; i < n; i++) {
        int slot = hash(parents[i], keys[i]) & (slots - 1);
        while (table[slot] != 0) slot = (slot + 1) & (slots - 1);
        table[slot] = offsets[i] + 1;
      }
      try (OutputStream os = Files.newOutputStream(file);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(slots);
        out.writeInt(n);
        out.writeInt(0);
        for (int t : table) out.writeInt(t);
        for (int i = 0; i < n; i++) {
          out.writeInt(parents[i]);
          out.writeInt(as[i]);
          out.writeInt(bs[i]);
          out.writeShort(keys[i].length());
          out.writeChars(keys[i]);
        }
      }
    }
  }
}
