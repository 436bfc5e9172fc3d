package newsflow.ingest.source;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import newsflow.ingest.fetch.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each feed's cache validators (ETag, Last-Modified), kept in {@code feeds.properties} in the data
 * directory so the first poll after a restart can still be answered with a 304. Rewritten
 * atomically on change; an unreadable file only costs full GETs. Thread-safe.
 */
public final class FeedStateStore {
  /** File name inside the ingest data directory. */
  public static final String FILE = "feeds.properties";
  private static final Logger LOG = LoggerFactory.getLogger(FeedStateStore.class);
  private static final String SEP = "\t";

  private final Path file;
  private final Properties state = new Properties();

  private FeedStateStore(Path file) {
    this.file = file;
  }

  /** Loads the store in {@code dir} (empty when absent or unreadable). */
  public static FeedStateStore open(Path dir) throws IOException {
    Files.createDirectories(dir);
    FeedStateStore store = new FeedStateStore(dir.resolve(FILE));
    if (Files.isRegularFile(store.file)) {
      try (Reader r = Files.newBufferedReader(store.file, StandardCharsets.UTF_8)) {
        store.state.load(r);
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("ignoring unreadable {}: {}", store.file, e.getMessage());
        store.state.clear();
      }
    }
    return store;
  }

  public synchronized Validators get(String feedUrl) {
    String v = state.getProperty(feedUrl);
    if (v == null) return Validators.NONE;
    String[] parts = v.split(SEP, -1);
    return new Validators(emptyToNull(parts[0]), parts.length > 1 ? emptyToNull(parts[1]) : null);
  }

  /** Records a feed's validators (NONE forgets them); writes the file only when something changed. */
  public synchronized void put(String feedUrl, Validators validators) {
    String value = validators.isEmpty() ? null
        : nullToEmpty(validators.etag()) + SEP + nullToEmpty(validators.lastModified());
    String old = state.getProperty(feedUrl);
    if (value == null ? old == null : value.equals(old)) return;
    if (value == null) state.remove(feedUrl);
    else state.setProperty(feedUrl, value);
    try {
      Path tmp = file.resolveSibling(FILE + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        state.store(w, "newsflow ingest: feed cache validators");
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.warn("cannot save feed validators to {}: {}", file, e.getMessage());
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s.replace("\t", " ");
  }
}
