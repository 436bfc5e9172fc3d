package newsflow.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Limits and manners of the fetcher: user agent, timeouts, retries with capped backoff, redirect
 * limit, size caps, per-host concurrency and request spacing, robots.txt, and the SSRF allow-list.
 *
 * @param allowHosts host names, IP literals or CIDR blocks that may resolve to private addresses
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRetries,
    Duration backoffBase,
    Duration backoffCap,
    int maxRedirects,
    long maxBodyBytes,
    long maxDecompressedBytes,
    int perHostConcurrency,
    Duration perHostInterval,
    boolean obeyRobots,
    List<String> allowHosts) {

  /** The product token robots.txt groups are matched against. */
  public static final String ROBOT_NAME = "newsflow";
  public static final String DEFAULT_USER_AGENT =
      "newsflow/0.1 (+https://github.com/newsflow/newsflow; news ingestion bot)";

  public FetchSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    requirePositive("connectTimeout", connectTimeout);
    requirePositive("requestTimeout", requestTimeout);
    requirePositive("backoffBase", backoffBase);
    requirePositive("backoffCap", backoffCap);
    Objects.requireNonNull(perHostInterval, "perHostInterval");
    if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0");
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0");
    if (maxBodyBytes <= 0 || maxDecompressedBytes <= 0) throw new IllegalArgumentException("size caps must be > 0");
    if (perHostConcurrency <= 0) throw new IllegalArgumentException("perHostConcurrency must be > 0");
    allowHosts = List.copyOf(allowHosts);
  }

  /** Sensible production defaults: 10 MB bodies, 5 retries up to 30 s apart, one request per host per second. */
  public static FetchSettings defaults() {
    return new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 3,
        Duration.ofMillis(500), Duration.ofSeconds(30), 5, 10L << 20, 20L << 20, 2, Duration.ofSeconds(1),
        true, List.of());
  }

  public FetchSettings withAllowHosts(List<String> hosts) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxRetries, backoffBase, backoffCap,
        maxRedirects, maxBodyBytes, maxDecompressedBytes, perHostConcurrency, perHostInterval, obeyRobots, hosts);
  }

  public FetchSettings withTimeouts(Duration connect, Duration request) {
    return new FetchSettings(userAgent, connect, request, maxRetries, backoffBase, backoffCap,
        maxRedirects, maxBodyBytes, maxDecompressedBytes, perHostConcurrency, perHostInterval, obeyRobots, allowHosts);
  }

  public FetchSettings withRetries(int retries, Duration base, Duration cap) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, retries, base, cap,
        maxRedirects, maxBodyBytes, maxDecompressedBytes, perHostConcurrency, perHostInterval, obeyRobots, allowHosts);
  }

  public FetchSettings withSizeCaps(long body, long decompressed) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxRetries, backoffBase, backoffCap,
        maxRedirects, body, decompressed, perHostConcurrency, perHostInterval, obeyRobots, allowHosts);
  }

  public FetchSettings withPerHost(int concurrency, Duration interval) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxRetries, backoffBase, backoffCap,
        maxRedirects, maxBodyBytes, maxDecompressedBytes, concurrency, interval, obeyRobots, allowHosts);
  }

  public FetchSettings withRobots(boolean obey) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxRetries, backoffBase, backoffCap,
        maxRedirects, maxBodyBytes, maxDecompressedBytes, perHostConcurrency, perHostInterval, obey, allowHosts);
  }

  public FetchSettings withUserAgent(String agent) {
    return new FetchSettings(agent, connectTimeout, requestTimeout, maxRetries, backoffBase, backoffCap,
        maxRedirects, maxBodyBytes, maxDecompressedBytes, perHostConcurrency, perHostInterval, obeyRobots, allowHosts);
  }

  private static void requirePositive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be > 0");
  }
}
