package newsflow.ingest.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What has already been ingested, kept across restarts: an append-only file of 128-bit key hashes
 * ({@code dedup.log} in the data directory), loaded into memory at open. Keys are namespaced strings
 * such as {@code url:...}, {@code hash:...} or {@code item:...}. A key is first claimed in memory, then
 * committed to the file once the article is safely published (or released if publishing failed).
 * A lock file stops two processes from sharing one store. Thread-safe.
 */
public final class DedupStore implements AutoCloseable {
  /** File name of the log inside the data directory. */
  public static final String FILE = "dedup.log";
  private static final int LINE = 33; // 32 hex characters + '\n'

  private final Path file;
  private final FileChannel channel;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Set<String> committed = new HashSet<>();
  private final Set<String> claimed = new HashSet<>();

  private final Instant lastWrittenBeforeOpen;

  private DedupStore(Path file, FileChannel channel, FileChannel lockChannel, FileLock lock, Instant lastWritten) {
    this.file = file;
    this.channel = channel;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.lastWrittenBeforeOpen = lastWritten;
  }

  /** Opens (creating if needed) the store in {@code dir}; fails if another process holds it. */
  public static DedupStore open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    FileChannel lockChannel = FileChannel.open(dir.resolve(FILE + ".lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      lockChannel.close();
      throw new IOException("dedup store " + file + " is in use by another ingest process");
    }
    Instant lastWritten = Files.exists(file) ? Files.getLastModifiedTime(file).toInstant() : null;
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    DedupStore store = new DedupStore(file, channel, lockChannel, lock, lastWritten);
    store.load();
    return store;
  }

  private void load() throws IOException {
    byte[] all = Files.readAllBytes(file);
    int start = 0;
    for (int i = 0; i <= all.length; i++) {
      if (i == all.length || all[i] == '\n') {
        // a crash can leave a partial last line: keep only whole hashes
        if (i - start == 32 && isHex(all, start, i)) committed.add(new String(all, start, 32, StandardCharsets.US_ASCII));
        start = i + 1;
      }
    }
    if (all.length % LINE != 0) {
      channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
    }
  }

  private static boolean isHex(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = b[i];
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
  }

  /** Whether a key was committed (or is claimed right now). */
  public synchronized boolean contains(String key) {
    String h = hash(key);
    return committed.contains(h) || claimed.contains(h);
  }

  /** Claims all keys when none is committed or claimed yet; returns false (claiming nothing) otherwise. */
  public synchronized boolean claim(Collection<String> keys) {
    return tryClaim(keys) == Claim.CLAIMED;
  }

  /** What {@link #tryClaim} found. */
  public enum Claim {
    /** No key was known: all are claimed now. */
    CLAIMED,
    /** A key is committed: the thing is stored already. Nothing was claimed. */
    KNOWN,
    /** No key is committed but one is claimed: the thing is on its way, not yet stored. Nothing was claimed. */
    IN_FLIGHT
  }

  /** Claims all keys when none is committed or claimed yet, and says which it was otherwise. */
  public synchronized Claim tryClaim(Collection<String> keys) {
    List<String> hashes = keys.stream().map(DedupStore::hash).distinct().toList();
    boolean inFlight = false;
    for (String h : hashes) {
      if (committed.contains(h)) return Claim.KNOWN;
      inFlight |= claimed.contains(h);
    }
    if (inFlight) return Claim.IN_FLIGHT;
    claimed.addAll(hashes);
    return Claim.CLAIMED;
  }

  /** Whether a key was committed (not merely claimed). */
  public synchronized boolean isCommitted(String key) {
    return committed.contains(hash(key));
  }

  /**
   * When the log was last written before this store opened, or null when it did not exist: a
   * restart after a crash looks for articles the broker acknowledged after that moment (their keys
   * may not have reached the log).
   */
  public Instant lastWrittenBeforeOpen() {
    return lastWrittenBeforeOpen;
  }

  /** Persists keys (claimed or not) so they survive a restart. */
  public synchronized void commit(Collection<String> keys) {
    StringBuilder sb = new StringBuilder();
    for (String key : keys) {
      String h = hash(key);
      claimed.remove(h);
      if (committed.add(h)) sb.append(h).append('\n');
    }
    if (sb.length() == 0) return;
    try {
      ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.US_ASCII));
      while (buf.hasRemaining()) channel.write(buf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  /** Gives up claims after a failed publish, so a later attempt may publish. */
  public synchronized void release(Collection<String> keys) {
    for (String key : keys) claimed.remove(hash(key));
  }

  /** Number of committed keys. */
  public synchronized int size() {
    return committed.size();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      channel.force(false);
      channel.close();
    } finally {
      try {
        lock.release();
      } finally {
        lockChannel.close();
      }
    }
  }

  static String hash(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
