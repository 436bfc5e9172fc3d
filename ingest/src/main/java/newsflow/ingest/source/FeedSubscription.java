package newsflow.ingest.source;

import java.time.Duration;
import java.util.Objects;

/**
 * A feed or sitemap to poll: its URL, the publisher name to record when pages do not say (nullable),
 * and how often to poll it.
 */
public record FeedSubscription(String url, String publisher, Duration interval) {
  public FeedSubscription {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("interval must be > 0 for " + url);
  }
}
