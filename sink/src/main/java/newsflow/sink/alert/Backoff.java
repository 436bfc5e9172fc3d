package newsflow.sink.alert;

import java.time.Duration;

/**
 * Capped exponential backoff: attempt {@code n} (from 1) waits {@code initial * 2^(n-1)}, never more
 * than {@code max}; at most {@code maxAttempts} attempts in all.
 */
public record Backoff(int maxAttempts, Duration initial, Duration max) {
  public Backoff {
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 <= initial <= max, got " + initial + " and " + max);
    }
  }

  /** Five attempts, 250 ms doubling to at most 8 s. */
  public static Backoff defaults() {
    return new Backoff(5, Duration.ofMillis(250), Duration.ofSeconds(8));
  }

  /** The wait after the {@code attempt}-th failure. */
  public Duration delayAfter(int attempt) {
    long factor = 1L << Math.min(Math.max(attempt - 1, 0), 30);
    long millis = initial.toMillis() * factor;
    return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
  }
}
