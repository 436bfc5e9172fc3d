package newsflow.enrich.nlp.officials;

import java.nio.file.Path;

/** A watchlist file that cannot be read or has a bad row; the message names the file and line. */
public final class WatchlistException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final int line;

  public WatchlistException(Path file, int line, String reason) {
    this(file, line, reason, null);
  }

  public WatchlistException(Path file, int line, String reason, Throwable cause) {
    super((file == null ? "watchlist" : file.toString()) + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  /** The file at fault, or null for an in-memory list. */
  public Path file() {
    return file;
  }

  /** The 1-based line at fault, or 0 when the whole file is at fault. */
  public int line() {
    return line;
  }
}
