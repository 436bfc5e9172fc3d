package newsflow.ingest.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * transiently is retried on the next poll.
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

  private Validators validators = Validators.NONE;
  private boolean failing;
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
    int handled = retryPending();
    int total = handled < 0 ? 0 : handled + pollFeed();
    // with items still waiting for a retry, the next run must see the feed whole, not a 304
    if (state != null) state.put(subscription.url(), retries.isEmpty() ? validators : Validators.NONE);
    return total;
  }

  private int pollFeed() {
    String url = subscription.url();
    pipeline.stats().feedPolls.incrementAndGet();
    FetchResponse response;
    try {
      response = pipeline.fetcher().fetch(HttpFetcher.parse(url), validators);
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
    validators = response.validators();
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

  // returns 1 when dealt with, 0 when kept for a retry, -1 when interrupted
  private int offer(Item item, int attempt) {
    IngestPipeline.Outcome outcome = pipeline.ingestUrl(item.candidate(), attempt < MAX_ATTEMPTS);
    switch (outcome) {
      case INTERRUPTED -> {
        return -1; // the item stays new
      }
      case RETRY_LATER -> {
        retries.put(item.identity(), new Retry(item, attempt));
        return 0;
      }
      default -> {
        retries.remove(item.identity());
        pipeline.dedup().commit(List.of(itemKey(item)));
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
