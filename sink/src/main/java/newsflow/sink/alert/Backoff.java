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

  /**
   * One webhook delivery: 8 attempts, waiting 1 s doubling to at most 60 s between them (2 min 3 s
   * of waits in all), so a receiver that is down for a minute or two still gets the alert.
   */
  public static Backoff webhookDefaults() {
    return new Backoff(8, Duration.ofSeconds(1), Duration.ofSeconds(60));
  }

  /** The sum of the waits between all attempts. */
  public Duration totalWait() {
    Duration sum = Duration.ZERO;
    for (int a = 1; a < maxAttempts; a++) {
      Duration d = delayAfter(a);
      if (d.equals(max)) return sum.plus(max.multipliedBy((long) maxAttempts - a));
      sum = sum.plus(d);
    }
    return sum;
  }

  /** The wait after the {@code attempt}-th failure. */
  public Duration delayAfter(int attempt) {
    long factor = 1L << Math.min(Math.max(attempt - 1, 0), 30);
    long millis = initial.toMillis() * factor;
    return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
  }
}
