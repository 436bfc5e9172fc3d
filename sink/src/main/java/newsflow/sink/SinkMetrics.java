package newsflow.sink;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of a running sink, for progress output and metrics. Lossless accounting: every
 * consumed record ends up written or dead-lettered, so {@code recordsIn == articlesWritten +
 * alertsWritten + deadLettered} once a batch completes.
 */
public final class SinkMetrics {
  final AtomicLong recordsIn = new AtomicLong();
  final AtomicLong articlesWritten = new AtomicLong();
  final AtomicLong alertsWritten = new AtomicLong();
  final AtomicLong staleSkipped = new AtomicLong();
  final AtomicLong alertsDelivered = new AtomicLong();
  final AtomicLong deliveriesSkipped = new AtomicLong();
  final AtomicLong deliveriesUncertain = new AtomicLong();
  final AtomicLong deadLettered = new AtomicLong();
  final AtomicLong deliveryFailures = new AtomicLong();
  final AtomicLong batches = new AtomicLong();
  final AtomicLong warehouseRetries = new AtomicLong();
  volatile boolean paused;
  volatile String lastError;

  /** A consistent-enough copy of the counters. */
  public Snapshot snapshot() {
    return new Snapshot(recordsIn.get(), articlesWritten.get(), alertsWritten.get(), staleSkipped.get(),
        alertsDelivered.get(), deliveriesSkipped.get(), deadLettered.get(), deliveryFailures.get(), batches.get(), warehouseRetries.get(),
        deliveriesUncertain.get(), paused, lastError);
  }

  /**
   * The counters at one moment: records consumed, articles and alerts written (upserted), articles
   * skipped as older than the stored version (counted as written too), notifications sent and
   * skipped as already sent, records dead-lettered (not written), alert deliveries dead-lettered
   * (the alert itself was written), batches committed, warehouse retries, deliveries not made
   * because an attempt before a crash may have made them (logged at WARN), whether
   * consumption is paused by an outage, and the last transient error.
   */
  public record Snapshot(long recordsIn, long articlesWritten, long alertsWritten, long staleSkipped,
      long alertsDelivered, long deliveriesSkipped, long deadLettered, long deliveryFailures, long batches, long warehouseRetries,
      long deliveriesUncertain, boolean paused, String lastError) {}
}
