package newsflow.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per origin (scheme, host, port), fetched once and cached: 2xx is parsed with
 * crawler-commons for our robot name, 4xx allows everything, 5xx and network errors make the URL
 * fail transiently (retried on a later poll) as RFC 9309 asks.
 */
final class RobotsPolicy {
  private static final Duration TTL = Duration.ofHours(1);
  private static final Duration ERROR_TTL = Duration.ofMinutes(1);
  private static final long MAX_ROBOTS_BYTES = 512 * 1024;
  private static final long MAX_CRAWL_DELAY_MS = 30_000;

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final RobotsSource source;

  /** Fetches a robots.txt; returns null on 4xx. */
  interface RobotsSource {
    FetchResponse fetchRobots(URI robotsUri, long maxBytes) throws FetchException;
  }

  RobotsPolicy(RobotsSource source) {
    this.source = source;
    parser.setMaxCrawlDelay(MAX_CRAWL_DELAY_MS);
  }

  /** Throws ROBOTS_DISALLOWED (permanent) or a transient error when robots.txt is unreachable. */
  void check(URI uri) throws FetchException {
    BaseRobotRules rules = rulesFor(uri);
    if (!rules.isAllowed(uri.toString())) {
      throw new FetchException(uri.toString(), FetchException.Reason.ROBOTS_DISALLOWED,
          "disallowed by " + origin(uri) + "/robots.txt for " + FetchSettings.ROBOT_NAME);
    }
  }

  /** The site's crawl delay in milliseconds (0 when unset or not yet known). */
  long crawlDelayMillis(URI uri) {
    Entry e = cache.get(origin(uri));
    if (e == null || e.rules == null) return 0;
    long delay = e.rules.getCrawlDelay();
    return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? 0 : Math.min(delay, MAX_CRAWL_DELAY_MS);
  }

  private BaseRobotRules rulesFor(URI uri) throws FetchException {
    String origin = origin(uri);
    long now = System.nanoTime();
    Entry cached = cache.get(origin);
    if (cached != null && cached.expiresAt - now > 0) {
      if (cached.error != null) throw cached.error;
      return cached.rules;
    }
    URI robotsUri = URI.create(origin + "/robots.txt");
    try {
      FetchResponse r = source.fetchRobots(robotsUri, MAX_ROBOTS_BYTES);
      BaseRobotRules rules = r == null
          ? parser.failedFetch(404)
          : parser.parseContent(robotsUri.toString(), r.body(), r.contentType(), List.of(FetchSettings.ROBOT_NAME));
      cache.put(origin, new Entry(rules, null, now + TTL.toNanos()));
      return rules;
    } catch (FetchException e) {
      if (!e.isTransient() && e.reason() != FetchException.Reason.TOO_LARGE) throw e;
      FetchException failure = new FetchException(uri.toString(), FetchException.Reason.SERVER_ERROR, e.status(),
          "robots.txt unavailable: " + e.getMessage(), e);
      cache.put(origin, new Entry(null, failure, now + ERROR_TTL.toNanos()));
      throw failure;
    }
  }

  static String origin(URI uri) {
    int port = uri.getPort();
    return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT)
        + (port == -1 ? "" : ":" + port);
  }

  private record Entry(BaseRobotRules rules, FetchException error, long expiresAt) {}
}
