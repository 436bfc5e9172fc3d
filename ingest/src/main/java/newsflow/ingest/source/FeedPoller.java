package newsflow.ingest.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.ingest.feed.FeedEntry;
import newsflow.ingest.feed.FeedParseException;
import newsflow.ingest.feed.FeedParser;
import newsflow.ingest.feed.ParsedFeed;
import newsflow.ingest.feed.ParsedSitemap;
import newsflow.ingest.feed.SitemapEntry;
import newsflow.ingest.feed.SitemapReader;
import newsflow.ingest.fetch.FetchException;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.fetch.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed or sitemap: a conditional GET (ETag / Last-Modified, so an unchanged feed costs a
 * 304), RSS/Atom or sitemap detected from the document, and each item not seen before (by guid or
 * link, remembered across restarts) handed to the {@link IngestPipeline}. A page that fails
 * transiently is offered again on the next polls and dead-lettered after {@value #MAX_ATTEMPTS}
 * attempts. A permanently broken feed is dead-lettered once per failure streak; a feed that fails
 * transiently is retried on the next poll. An item counts as seen only once the broker acknowledged
 * its article (or its dead letter), and the feed's validators are kept for a restart only while
 * every item taken from it is stored, so a crash loses no item.
 */
public final class FeedPoller {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  /** Child sitemaps read from one sitemap index per poll. */
  static final int MAX_CHILD_SITEMAPS = 20;

  private final FeedSubscription subscription;
  private final IngestPipeline pipeline;
  private final FeedParser feeds = new FeedParser();
  private final SitemapReader sitemaps = new SitemapReader();
  private final int maxItemsPerPoll;
  /** Polls a page may fail transiently before it is dead-lettered. */
  static final int MAX_ATTEMPTS = 3;

  private volatile Validators validators = Validators.NONE;
  private boolean failing;
  /** Items handed over whose outcome is not yet stored, plus one while a poll runs. */
  private final AtomicInteger unsettled = new AtomicInteger();
  /** An item was given back (not stored): the next poll must see the whole feed, not a 304. */
  private volatile boolean refetchWhole;
  private volatile boolean retriesWaiting;
  private final Object stateLock = new Object();
  private static final int IN_CALL = 0;
  private static final int HANDED_OVER = 1;
  private static final int GIVEN_BACK = 2;
  // items whose page failed transiently, offered again on the next polls (even after a 304)
  private final Map<String, Retry> retries = new LinkedHashMap<>();

  private final FeedStateStore state;

  public FeedPoller(FeedSubscription subscription, IngestPipeline pipeline, int maxItemsPerPoll) {
    this(subscription, pipeline, maxItemsPerPoll, null);
  }

  /** A poller whose validators survive restarts in {@code state} (nullable). */
  public FeedPoller(FeedSubscription subscription, IngestPipeline pipeline, int maxItemsPerPoll, FeedStateStore state) {
    this.subscription = subscription;
    this.pipeline = pipeline;
    this.maxItemsPerPoll = maxItemsPerPoll;
    this.state = state;
    if (state != null) validators = state.get(subscription.url());
  }

  public FeedSubscription subscription() {
    return subscription;
  }

  /** One poll; returns how many new items were dealt with. Never throws for a bad feed. */
  public synchronized int poll() {
    unsettled.incrementAndGet();
    try {
      int handled = retryPending();
      int total = handled < 0 ? 0 : handled + pollFeed();
      retriesWaiting = !retries.isEmpty();
      return total;
    } finally {
      settledOne();
    }
  }

  private void settledOne() {
    if (unsettled.decrementAndGet() == 0) saveState();
  }

  /**
   * The feed's validators survive a restart only while everything this poller took from the feed is
   * stored: with an item waiting for a retry, or not yet acknowledged by the broker, a restart must
   * fetch the feed whole (not get a 304), or that item would never be offered again.
   */
  private void saveState() {
    if (state == null) return;
    synchronized (stateLock) {
      boolean settled = unsettled.get() == 0 && !retriesWaiting && !refetchWhole;
      state.put(subscription.url(), settled ? validators : Validators.NONE);
    }
  }

  private int pollFeed() {
    String url = subscription.url();
    pipeline.stats().feedPolls.incrementAndGet();
    FetchResponse response;
    Validators conditional = refetchWhole ? Validators.NONE : validators;
    refetchWhole = false;
    try {
      response = pipeline.fetcher().fetch(HttpFetcher.parse(url), conditional);
    } catch (FetchException e) {
      if (e.isTransient()) {
        LOG.warn("feed {} unavailable, will retry next poll: {}", url, e.getMessage());
      } else {
        failOnce(url, null, e);
      }
      return 0;
    }
    if (response.notModified()) {
      pipeline.stats().feedsNotModified.incrementAndGet();
      return 0;
    }
    synchronized (stateLock) {
      validators = response.validators();
    }
    List<Item> items;
    try {
      items = SitemapReader.isSitemap(response.body())
          ? sitemapCandidates(url, response)
          : feedCandidates(url, response);
    } catch (FeedParseException e) {
      // a broken document must be fetched whole again next time, not answered with a 304
      validators = Validators.NONE;
      failOnce(url, response.body(), e);
      return 0;
    }
    failing = false;
    int handled = 0;
    int offered = 0;
    for (Item item : items) {
      if (Thread.currentThread().isInterrupted()) break;
      if (pipeline.dedup().contains(itemKey(item)) || retries.containsKey(item.identity())) continue;
      // the cap counts new items only, so a long sitemap is worked through over successive polls
      if (offered++ >= maxItemsPerPoll) {
        validators = Validators.NONE; // more to take: the next poll must not be answered with a 304
        break;
      }
      int r = offer(item, 1);
      if (r < 0) break;
      handled += r;
    }
    LOG.debug("polled {}: {} new items", url, handled);
    return handled;
  }

  // returns 1 when handed over, 0 when kept for a retry, -1 when interrupted
  private int offer(Item item, int attempt) {
    String key = itemKey(item);
    // claimed now, committed only once the broker has the item's article or its dead letter
    if (!pipeline.dedup().claim(List.of(key))) {
      retries.remove(item.identity());
      return 0;
    }
    unsettled.incrementAndGet();
    // IN_CALL until ingestUrl returns; then HANDED_OVER, or GIVEN_BACK if it said "not stored" first
    AtomicInteger phase = new AtomicInteger(IN_CALL);
    IngestPipeline.Outcome outcome = pipeline.ingestUrl(item.candidate(), attempt < MAX_ATTEMPTS, done -> {
      if (done) {
        pipeline.dedup().commit(List.of(key));
      } else {
        pipeline.dedup().release(List.of(key));
        // given back after it was handed over: neither the dedup log nor a retry remembers the item,
        // so the next poll must see the whole feed to offer it again
        if (!phase.compareAndSet(IN_CALL, GIVEN_BACK)) refetchWhole = true;
      }
      settledOne();
    });
    if (outcome == IngestPipeline.Outcome.DONE && !phase.compareAndSet(IN_CALL, HANDED_OVER)) refetchWhole = true;
    switch (outcome) {
      case INTERRUPTED -> {
        refetchWhole = true; // the item stays new, and a 304 must not hide it
        return -1;
      }
      case RETRY_LATER -> {
        retries.put(item.identity(), new Retry(item, attempt));
        return 0;
      }
      case PENDING -> {
        // the same article is on its way from another item: not an attempt of this one
        retries.put(item.identity(), new Retry(item, attempt - 1));
        return 0;
      }
      default -> {
        retries.remove(item.identity());
        return 1;
      }
    }
  }

  private int retryPending() {
    int handled = 0;
    for (Retry r : List.copyOf(retries.values())) {
      if (Thread.currentThread().isInterrupted()) return -1;
      int done = offer(r.item(), r.attempts() + 1);
      if (done < 0) return -1;
      handled += done;
    }
    return handled;
  }

  private String itemKey(Item item) {
    return "item:" + subscription.url() + "\n" + item.identity();
  }

  /** Items waiting for another attempt after a transient failure. */
  public synchronized int pendingRetries() {
    return retries.size();
  }

  private List<Item> feedCandidates(String url, FetchResponse response) throws FeedParseException {
    ParsedFeed feed = feeds.parse(response.body(), response.contentType(), response.finalUri().toString());
    List<Item> out = new ArrayList<>();
    for (FeedEntry e : feed.entries()) {
      if (e.link() == null) {
        LOG.debug("feed {} item {} has no link", url, e.identity());
        continue;
      }
      Instant date = e.publishedAt() != null ? e.publishedAt() : e.updatedAt();
      out.add(new Item(e.identity(), new ArticleCandidate(e.link(), url, subscription.publisher(), e.title(), date)));
    }
    return out;
  }

  private List<Item> sitemapCandidates(String url, FetchResponse response) throws FeedParseException {
    ParsedSitemap map = sitemaps.parse(response.body(), response.contentType(), response.finalUri().toString());
    List<SitemapEntry> entries = new ArrayList<>(map.entries());
    if (map.index()) {
      for (String child : map.sitemaps().subList(0, Math.min(MAX_CHILD_SITEMAPS, map.sitemaps().size()))) {
        try {
          FetchResponse r = pipeline.fetcher().fetch(HttpFetcher.parse(child), Validators.NONE);
          entries.addAll(sitemaps.parse(r.body(), r.contentType(), r.finalUri().toString()).entries());
        } catch (FetchException | FeedParseException e) {
          LOG.warn("child sitemap {} of {} skipped: {}", child, url, e.getMessage());
        }
      }
    }
    // newest first, so a large plain sitemap yields its recent pages within the per-poll cap
    entries.sort(Comparator.comparing(SitemapEntry::date, Comparator.nullsLast(Comparator.reverseOrder())));
    List<Item> out = new ArrayList<>();
    for (SitemapEntry e : entries) {
      String publisher = subscription.publisher() != null ? subscription.publisher() : e.publisher();
      out.add(new Item(e.url(), new ArticleCandidate(e.url(), url, publisher, e.title(), e.publishedAt())));
    }
    return out;
  }

  private void failOnce(String url, byte[] body, Exception e) {
    if (!failing) pipeline.deadLetterFeed(url, body, e);
    else LOG.debug("feed {} still failing: {}", url, e.getMessage());
    failing = true;
  }

  /** A new-item candidate and the identity (guid, Atom id or link) that marks it as seen. */
  private record Item(String identity, ArticleCandidate candidate) {}

  private record Retry(Item item, int attempts) {}
}
