package newsflow.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a directory tree for article files ({@code .html}, {@code .htm}, {@code .html.gz},
 * {@code .txt}, {@code .md}) by polling, which also works on network and container mounts where
 * file events are unreliable. A file is ingested once its size and modification time have settled;
 * a file (by path, size and mtime) is ingested once, also across restarts; an edited file counts as new.
 * A file counts as ingested only once the broker acknowledged its article (or its dead letter), so
 * a crash before that leaves it to the next start. No symlink is followed out of the directory.
 */
public final class DirectoryWatcher {
  private static final int MAX_DEPTH = 8;
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

  private final Path dir;
  private final IngestPipeline pipeline;
  private final Duration settle;
  private final Map<Path, String> pending = new HashMap<>();
  private final Set<Path> refusedLinks = new HashSet<>();

  /** @param settle how long a file must stay unchanged before it is read (0 = at once) */
  public DirectoryWatcher(Path dir, IngestPipeline pipeline, Duration settle) {
    this.dir = dir;
    this.pipeline = pipeline;
    this.settle = settle;
  }

  public Path directory() {
    return dir;
  }

  /** Whether a file name is one we read. */
  public static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.endsWith("~")) return false;
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz")
        || name.endsWith(".txt") || name.endsWith(".md");
  }

  /**
   * A regular file, or a symlink to a regular file inside the watched directory. A symlink that
   * leads out of it ({@code x.txt -> /etc/passwd}) is never followed: whoever can write into the
   * watched directory must not be able to publish the machine's other files.
   */
  private boolean regularFileInside(Path file, Path root) {
    try {
      if (!Files.isSymbolicLink(file)) return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
      Path target = file.toRealPath();
      if (target.startsWith(root)) return Files.isRegularFile(target);
      if (refusedLinks.add(file)) {
        LOG.warn("not following {}: it links to {}, outside the watched directory {}", file, target, root);
      }
      return false;
    } catch (IOException e) {
      return false; // a dangling link, or gone since the listing
    }
  }

  /** One scan: ingests settled new files in path order; returns how many were ingested. */
  public synchronized int scan() throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("watch directory " + dir + " does not exist");
    Path root = dir.toRealPath();
    List<Path> files = new ArrayList<>();
    // Files.walk does not descend into symlinked directories; symlinked files are checked one by one
    try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
      walk.filter(DirectoryWatcher::isArticleFile).filter(p -> regularFileInside(p, root)).sorted().forEach(files::add);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    long now = System.currentTimeMillis();
    int ingested = 0;
    for (Path file : files) {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (IOException e) {
        continue; // vanished between listing and reading
      }
      long mtime = attrs.lastModifiedTime().toMillis();
      String version = file.toAbsolutePath().normalize() + "|" + attrs.size() + "|" + mtime;
      String key = "file:" + version;
      if (pipeline.dedup().contains(key)) continue;
      boolean settled = now - mtime >= settle.toMillis() || version.equals(pending.get(file));
      if (!settled) {
        pending.put(file, version);
        continue;
      }
      pending.remove(file);
      // claimed now, committed only once the broker has the file's article or its dead letter:
      // a crash before that leaves the file new for the next start
      if (!pipeline.dedup().claim(List.of(key))) continue;
      IngestPipeline.Outcome outcome = pipeline.ingestFile(file, done -> {
        if (done) pipeline.dedup().commit(List.of(key));
        else pipeline.dedup().release(List.of(key));
      });
      if (outcome == IngestPipeline.Outcome.DONE) ingested++;
    }
    return ingested;
  }
}
