package newsflow.cli.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Percentiles of a set of latencies in milliseconds (nearest-rank). */
public record Latencies(int count, long p50, long p90, long p99, long max, double mean) {
  public static final Latencies NONE = new Latencies(0, 0, 0, 0, 0, 0);

  public static Latencies of(List<Long> millis) {
    if (millis.isEmpty()) return NONE;
    long[] v = millis.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Latencies(v.length, rank(v, 0.50), rank(v, 0.90), rank(v, 0.99), v[v.length - 1],
        Arrays.stream(v).average().orElse(0));
  }

  /** Nearest-rank percentile: the smallest value with at least {@code q} of the values at or below it. */
  static long rank(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  @Override
  public String toString() {
    if (count == 0) return "n=0";
    return String.format(Locale.ROOT, "p50 %d ms, p90 %d ms, p99 %d ms, max %d ms (n=%d, mean %.0f ms)",
        p50, p90, p99, max, count, mean);
  }
}
