package newsflow.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import newsflow.enrich.nlp.ner.CacheBuild;

/**
 * The steps of a start that take seconds (the broker, the registry, the NLP models), for the progress
 * display: while any runs, the status line names it with its time so far (and, for the one-time NLP
 * cache build, a bar of the bytes converted); each finished step is reported once as a line.
 */
public final class Startup {
  private static final int BAR_WIDTH = 20;

  /** One step; {@link #done()} once it finished, {@link #abandon()} when it failed (someone else reports why). */
  public final class Step {
    private final String name;
    private final Supplier<String> detail;
    private final long startedAt = System.nanoTime();
    private volatile long doneAt = -1;
    private volatile boolean abandoned;
    private volatile String note = "";

    private Step(String name, Supplier<String> detail) {
      this.name = name;
      this.detail = detail;
    }

    public void done() {
      doneAt = System.nanoTime();
    }

    /** Done, with a note for the finished line (e.g. "the NLP cache was built once"). */
    public void done(String doneNote) {
      note = doneNote == null ? "" : doneNote;
      done();
    }

    public void abandon() {
      abandoned = true;
    }

    boolean running() {
      return doneAt < 0 && !abandoned;
    }

    String status() {
      String d = detail == null ? null : detail.get();
      return name + (d == null || d.isEmpty() ? "" : " " + d) + " " + seconds(System.nanoTime() - startedAt);
    }

    String finished() {
      return name + " ready in " + seconds(doneAt - startedAt) + (note.isEmpty() ? "" : " (" + note + ")");
    }
  }

  private final List<Step> steps = new CopyOnWriteArrayList<>();
  private final List<Step> reported = new ArrayList<>();

  /** Starts a step; {@code detail} (nullable) adds what it is doing now to the status line. */
  public Step begin(String name, Supplier<String> detail) {
    Step s = new Step(name, detail);
    steps.add(s);
    return s;
  }

  /** The status line while a step runs ("starting: broker 2 s | NLP models 5 s"), else null. */
  public String line() {
    List<String> parts = new ArrayList<>();
    for (Step s : steps) {
      if (s.running()) parts.add(s.status());
    }
    return parts.isEmpty() ? null : "starting: " + String.join(" | ", parts);
  }

  /** A line for each step that finished since the last call, in the order they started. */
  public synchronized List<String> newlyFinished() {
    List<String> lines = new ArrayList<>();
    for (Step s : steps) {
      if (s.doneAt >= 0 && !reported.contains(s)) {
        reported.add(s);
        lines.add(s.finished());
      }
    }
    return lines;
  }

  /**
   * The status of the one-time NLP cache build while it runs ("(first run: building the cache)
   * [#########-----------] 45%, 92/205 MB, 3/6 parts"), else null.
   */
  public static String nlpCacheDetail() {
    CacheBuild.Progress p = CacheBuild.current();
    if (!p.running()) return null;
    return String.format(Locale.ROOT, "(first run: building the cache) %s %3.0f%%, %d/%d MB, %d/%d parts",
        bar(p.fraction()), 100 * p.fraction(), p.doneBytes() >> 20, p.totalBytes() >> 20, p.partsDone(), p.parts());
  }

  /** A bar of {@code fraction} in ASCII, so that it reads the same in a log file. */
  static String bar(double fraction) {
    int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * BAR_WIDTH);
    return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
