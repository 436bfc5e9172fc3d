package newsflow.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import newsflow.schemas.Topics;

/**
 * Live counters of a running sink, for progress output, metrics and health. The account is kept per
 * source topic: every record the warehouse writer consumes ends up written or dead-lettered, so
 * {@code in == written + deadLettered} for {@code news.articles.enriched.v1} and for
 * {@code news.alerts.v1} once a batch is committed. Alert delivery keeps its own account.
 */
public final class SinkMetrics {
  /** What an outage is of. */
  public enum Dependency { WAREHOUSE, REGISTRY, KAFKA }

  final TopicCounters articles = new TopicCounters(Topics.ARTICLES_ENRICHED);
  final TopicCounters alerts = new TopicCounters(Topics.ALERTS);
  final AtomicLong staleSkipped = new AtomicLong();
  final AtomicLong batches = new AtomicLong();
  final AtomicLong deliveryIn = new AtomicLong();
  final AtomicLong deliverySettled = new AtomicLong();
  final AtomicLong deliveryDeadLettered = new AtomicLong();
  final AtomicLong deliveryUndecodable = new AtomicLong();
  final AtomicLong notificationsSent = new AtomicLong();
  final AtomicLong notificationsAlreadyDelivered = new AtomicLong();
  final AtomicLong notificationsResumed = new AtomicLong();
  final AtomicLong notificationsFailed = new AtomicLong();
  final LoopState writer = new LoopState();
  final LoopState delivery = new LoopState();
  volatile boolean brokerReachable;

  /** Consumed, written and dead-lettered records of one source topic. */
  static final class TopicCounters {
    final String topic;
    final AtomicLong in = new AtomicLong();
    final AtomicLong written = new AtomicLong();
    final AtomicLong deadLettered = new AtomicLong();

    TopicCounters(String topic) {
      this.topic = topic;
    }

    Account snapshot() {
      return new Account(topic, in.get(), written.get(), deadLettered.get());
    }
  }

  /** Whether one consumer loop is paused by an outage, of what, and how often it retried. */
  static final class LoopState {
    private volatile Dependency outage;
    private volatile String lastError;
    final AtomicLong retries = new AtomicLong();

    void retried(Dependency what, String error) {
      outage = what;
      lastError = error;
      retries.incrementAndGet();
    }

    void outageOver() {
      outage = null;
    }

    Dependency outage() {
      return outage;
    }

    String lastError() {
      return lastError;
    }
  }

  /** A consistent-enough copy of the counters. */
  public Snapshot snapshot() {
    TreeSet<String> out = new TreeSet<>();
    for (LoopState s : new LoopState[] {writer, delivery}) {
      Dependency d = s.outage();
      if (d != null) out.add(d.name().toLowerCase(Locale.ROOT));
    }
    String lastError = delivery.lastError() != null && delivery.outage() != null ? delivery.lastError() : writer.lastError();
    return new Snapshot(articles.snapshot(), alerts.snapshot(), staleSkipped.get(), batches.get(),
        new Delivery(deliveryIn.get(), deliverySettled.get(), deliveryDeadLettered.get(), deliveryUndecodable.get(),
            notificationsSent.get(), notificationsAlreadyDelivered.get(), notificationsResumed.get(), notificationsFailed.get()),
        writer.retries.get() + delivery.retries.get(), String.join(",", out), lastError, brokerReachable);
  }

  /**
   * One source topic's account: records consumed, written to the warehouse (stale or superseded
   * versions of an article count as written: the newer one is stored), and dead-lettered.
   */
  public record Account(String topic, long in, long written, long deadLettered) {
    /** {@code in == written + deadLettered}: nothing consumed went missing. */
    public boolean balanced() {
      return in == written + deadLettered;
    }
  }

  /**
   * The alert delivery account: alert records read by the delivery consumer, settled (every notifier
   * has delivered it, now or earlier), dead-lettered (some notifier gave up after its retries; stage
   * {@code sink-alerts}), and undecodable (dead-lettered by the warehouse writer); then the notifier
   * calls: sent, skipped as already delivered, sent again after a crash left them unconfirmed
   * ({@code resumed}, included in {@code sent}), and failed.
   */
  public record Delivery(long in, long settled, long deadLettered, long undecodable, long sent, long alreadyDelivered,
      long resumed, long failed) {
    /** {@code in == settled + deadLettered + undecodable}. */
    public boolean balanced() {
      return in == settled + deadLettered + undecodable;
    }
  }

  /**
   * The counters at one moment: the two topic accounts, articles skipped as not newer than the stored
   * version (counted as written), batches committed, delivery, retries during outages, the
   * dependencies now out (e.g. {@code warehouse}; empty when none), the last transient error, and
   * whether the broker answered the last probe.
   */
  public record Snapshot(Account articles, Account alerts, long staleSkipped, long batches, Delivery delivery,
      long retries, String outage, String lastError, boolean brokerReachable) {
    /** Records consumed by the warehouse writer on both topics. */
    public long recordsIn() {
      return articles.in() + alerts.in();
    }

    public long articlesWritten() {
      return articles.written();
    }

    public long alertsWritten() {
      return alerts.written();
    }

    /** Records of both topics dead-lettered by the warehouse writer (delivery failures not included). */
    public long deadLettered() {
      return articles.deadLettered() + alerts.deadLettered();
    }

    /** True while some consumer loop is paused by an outage. */
    public boolean paused() {
      return !outage.isEmpty();
    }

    /** Retries of batches during outages, both loops. */
    public long warehouseRetries() {
      return retries;
    }

    /**
     * The account for people, one line per source topic and one for alert delivery, e.g.
     * {@code sink news.alerts.v1: in 12 = written 11 + dead-lettered 1}.
     */
    public List<String> accountLines() {
      List<String> out = new ArrayList<>();
      for (Account a : List.of(articles, alerts)) {
        out.add(String.format(Locale.ROOT, "sink %s: in %d = written %d + dead-lettered %d%s", a.topic(), a.in(),
            a.written(), a.deadLettered(), a.balanced() ? "" : " (a batch was still open)"));
      }
      out.add(String.format(Locale.ROOT, "sink alert delivery: in %d = delivered %d + dead-lettered %d + undecodable %d"
          + " (dead letters of the writer)%s", delivery.in(), delivery.settled(), delivery.deadLettered(),
          delivery.undecodable(), delivery.balanced() ? "" : " (an alert was still open)"));
      return out;
    }
  }
}
