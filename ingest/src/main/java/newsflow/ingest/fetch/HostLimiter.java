package newsflow.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code concurrency} requests in flight and request starts spaced by
 * at least {@code interval} (raised to the robots.txt crawl-delay when the site asks for more).
 */
final class HostLimiter {
  private final int concurrency;
  private final long intervalNanos;
  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  HostLimiter(int concurrency, Duration interval) {
    this.concurrency = concurrency;
    this.intervalNanos = interval.toNanos();
  }

  /** Blocks until a request to {@code host} may start; the returned permit must be closed. */
  Permit acquire(String host, long crawlDelayMillis) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(host, h -> new Slot(new Semaphore(concurrency, true)));
    slot.semaphore.acquire();
    long spacing = Math.max(intervalNanos, Duration.ofMillis(Math.max(0, crawlDelayMillis)).toNanos());
    long waitNanos;
    synchronized (slot) {
      long now = System.nanoTime();
      long start = Math.max(now, slot.nextStart);
      slot.nextStart = start + spacing;
      waitNanos = start - now;
    }
    if (waitNanos > 0) {
      try {
        Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
      } catch (InterruptedException e) {
        slot.semaphore.release();
        throw e;
      }
    }
    return slot.semaphore::release;
  }

  /** Releases a host slot. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Slot {
    final Semaphore semaphore;
    long nextStart = Long.MIN_VALUE / 2;

    Slot(Semaphore semaphore) {
      this.semaphore = semaphore;
    }
  }
}
