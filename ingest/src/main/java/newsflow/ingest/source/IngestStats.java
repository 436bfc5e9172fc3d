package newsflow.ingest.source;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of an ingest run, safe to read from any thread (progress lines, metrics). For
 * articles, {@code in = published + deduplicated + deadLettered + inFlight}; feed and sitemap
 * documents that fail are counted in {@code feedFailures} (and dead-lettered too).
 */
public final class IngestStats {
  final AtomicLong in = new AtomicLong();
  final AtomicLong published = new AtomicLong();
  final AtomicLong deduplicated = new AtomicLong();
  final AtomicLong deadLettered = new AtomicLong();
  final AtomicLong feedPolls = new AtomicLong();
  final AtomicLong feedsNotModified = new AtomicLong();
  final AtomicLong feedFailures = new AtomicLong();
  final AtomicLong filesSeen = new AtomicLong();

  /** A consistent-enough copy of the counters. */
  public record Snapshot(long in, long published, long deduplicated, long deadLettered, long feedPolls,
      long feedsNotModified, long feedFailures, long filesSeen) {
    /** Articles taken in but not yet published, deduplicated or dead-lettered. */
    public long inFlight() {
      return in - published - deduplicated - deadLettered;
    }
  }

  public Snapshot snapshot() {
    // read the outcomes before the input count so inFlight is never negative
    long p = published.get();
    long d = deduplicated.get();
    long x = deadLettered.get();
    return new Snapshot(in.get(), p, d, x, feedPolls.get(), feedsNotModified.get(), feedFailures.get(),
        filesSeen.get());
  }

  @Override
  public String toString() {
    Snapshot s = snapshot();
    return "in=" + s.in() + " published=" + s.published() + " deduplicated=" + s.deduplicated()
        + " deadLettered=" + s.deadLettered() + " feedPolls=" + s.feedPolls() + " notModified="
        + s.feedsNotModified() + " feedFailures=" + s.feedFailures();
  }
}
