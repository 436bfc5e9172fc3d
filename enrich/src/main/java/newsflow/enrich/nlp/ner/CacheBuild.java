package newsflow.enrich.nlp.ner;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.net.URL;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tukaani.xz.XZInputStream;

/**
 * Progress of the one-time build of the compact NLP4J cache, for a progress bar: the compressed bytes
 * of the published models and lexica read so far, of their total. Polled by whoever shows progress
 * ({@link #current()}); the build itself only counts.
 */
public final class CacheBuild {
  /** What a progress bar shows: {@code running} only while a build is under way in this JVM. */
  public record Progress(boolean running, long doneBytes, long totalBytes, int partsDone, int parts) {
    /** Done as a fraction in [0, 1]. */
    public double fraction() {
      return totalBytes <= 0 ? 0 : Math.min(1.0, (double) doneBytes / totalBytes);
    }
  }

  private static final AtomicLong DONE = new AtomicLong();
  private static final AtomicLong TOTAL = new AtomicLong();
  private static final java.util.concurrent.atomic.AtomicInteger PARTS_DONE = new java.util.concurrent.atomic.AtomicInteger();
  private static volatile int parts;
  private static volatile boolean running;

  private CacheBuild() {}

  /** The build's progress now; not running when the cache was there already (or before a build started). */
  public static Progress current() {
    return new Progress(running, DONE.get(), TOTAL.get(), PARTS_DONE.get(), parts);
  }

  /** Marks a build of {@code artifacts} (class-path resources) as started. */
  static void started(List<String> artifacts) {
    long total = 0;
    for (String a : artifacts) total += Math.max(0, size(a));
    DONE.set(0);
    TOTAL.set(total);
    PARTS_DONE.set(0);
    parts = artifacts.size();
    running = true;
  }

  /** One of the artifacts is converted and written. */
  static void partDone() {
    PARTS_DONE.incrementAndGet();
  }

  static void finished() {
    running = false;
  }

  /** The XZ-compressed, Java-serialised artifact at {@code path}, counting the compressed bytes read. */
  static ObjectInputStream open(String path) throws IOException {
    InputStream raw = CacheBuild.class.getClassLoader().getResourceAsStream(path);
    if (raw == null) throw new IOException("NLP4J artifact " + path + " is not on the class path (nlp4j-english)");
    InputStream counted = new FilterInputStream(raw) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) DONE.incrementAndGet();
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) DONE.addAndGet(n);
        return n;
      }

      @Override
      public void close() throws IOException {
        // what the decoder left unread (the XZ index and footer) still counts as done
        byte[] rest = new byte[8192];
        while (read(rest, 0, rest.length) > 0) {
          // counted by read
        }
        super.close();
      }
    };
    return new ObjectInputStream(new BufferedInputStream(new XZInputStream(new BufferedInputStream(counted, 1 << 16)), 1 << 16));
  }

  private static long size(String path) {
    URL url = CacheBuild.class.getClassLoader().getResource(path);
    if (url == null) return -1;
    try {
      return url.openConnection().getContentLengthLong();
    } catch (IOException e) {
      return -1;
    }
  }
}
