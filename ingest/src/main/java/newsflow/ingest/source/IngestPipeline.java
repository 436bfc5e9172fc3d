package newsflow.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsflow.ingest.dedup.DedupStore;
import newsflow.ingest.dedup.UrlNormalizer;
import newsflow.ingest.extract.ArticleExtractor;
import newsflow.ingest.extract.ExtractedArticle;
import newsflow.ingest.extract.ExtractionException;
import newsflow.ingest.extract.FileArticleReader;
import newsflow.ingest.extract.RawArticles;
import newsflow.ingest.fetch.FetchException;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.fetch.Validators;
import newsflow.v1.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one page URL or file to a published {@link RawArticle}: skip if its URL is known, fetch,
 * refuse binary bodies, extract, skip if its canonical URL or content hash is known, publish, and
 * remember it. Whatever fails goes to the dead-letter sink with its URL or path, and the caller
 * carries on. Every input ends as exactly one of published, deduplicated or dead-lettered.
 * Thread-safe.
 */
public final class IngestPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);
  /** Dead-letter payloads are cut to this size to fit a default Kafka record. */
  public static final int MAX_DLQ_PAYLOAD = 512 * 1024;

  private final HttpFetcher fetcher;
  private final ArticleExtractor extractor;
  private final FileArticleReader files;
  private final DedupStore dedup;
  private final ArticleSink sink;
  private final IngestStats stats;
  private final Clock clock;
  private final WarnLimiter warnings = new WarnLimiter();

  public IngestPipeline(HttpFetcher fetcher, ArticleExtractor extractor, FileArticleReader files,
      DedupStore dedup, ArticleSink sink, IngestStats stats, Clock clock) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.files = files;
    this.dedup = dedup;
    this.sink = sink;
    this.stats = stats;
    this.clock = clock;
  }

  public IngestStats stats() {
    return stats;
  }

  DedupStore dedup() {
    return dedup;
  }

  ArticleSink sink() {
    return sink;
  }

  HttpFetcher fetcher() {
    return fetcher;
  }

  /** What became of an input handed to {@link #ingestUrl} or {@link #ingestFile}. */
  public enum Outcome {
    /**
     * Handed over: it will be published, deduplicated or dead-lettered, and the input's
     * {@link Settlement} hears when that is stored.
     */
    DONE,
    /** A transient failure outlasted the fetcher's retries; the caller may offer it again later. */
    RETRY_LATER,
    /**
     * The same article (same URL, text or id) is on its way to the broker from another input and not
     * yet acknowledged: offer this input again later, when it will be a plain duplicate.
     */
    PENDING,
    /** Interrupted by shutdown before the input was dealt with. */
    INTERRUPTED
  }

  /**
   * Where an input records that it is done: a file's or feed item's own dedup key, which must reach
   * the dedup log only once the input's article (or its dead letter) is with the broker, and no
   * sooner, or a crash in between loses the article for good.
   */
  @FunctionalInterface
  public interface Settlement {
    /** No record of its own (single URLs: their URL keys are the article's). */
    Settlement NONE = done -> { };

    /**
     * Called once: {@code done} when the input's outcome is stored (published, dead-lettered, or a
     * duplicate of a stored article), false when nothing was stored and the input must be offered again.
     */
    void settled(boolean done);
  }

  /** Ingests one page, dead-lettering transient failures at once (for one-shot inputs). */
  public Outcome ingestUrl(ArticleCandidate candidate) {
    return ingestUrl(candidate, false, Settlement.NONE);
  }

  /**
   * Ingests one page (fetch, extract, dedup, publish). Never throws for a bad page. Only DONE
   * counts the page in the stats; with {@code mayRetryLater}, a transient fetch failure returns
   * RETRY_LATER instead of being dead-lettered. {@code settlement} is told, once, whether the page's
   * outcome was stored (for every outcome other than DONE, at once: not stored).
   */
  public Outcome ingestUrl(ArticleCandidate candidate, boolean mayRetryLater, Settlement settlement) {
    String urlKey = urlKey(candidate.url());
    if (dedup.contains(urlKey)) return duplicate(dedup.isCommitted(urlKey), settlement, List.of());
    FetchResponse response;
    try {
      response = fetcher.fetch(HttpFetcher.parse(candidate.url()), Validators.NONE);
    } catch (FetchException e) {
      if (e.reason() == FetchException.Reason.INTERRUPTED) {
        settlement.settled(false);
        return Outcome.INTERRUPTED;
      }
      if (e.isTransient() && mayRetryLater) {
        LOG.debug("{} failed transiently, will retry on a later poll: {}", candidate.url(), e.getMessage());
        settlement.settled(false);
        return Outcome.RETRY_LATER;
      }
      stats.in.incrementAndGet();
      deadLetter(candidate.url(), null, e, settlement);
      return Outcome.DONE;
    }
    stats.in.incrementAndGet();
    String finalUrl = response.finalUri().toString();
    RawArticle article;
    try {
      String html = response.requireText();
      ExtractedArticle extracted = extractor.extract(html, finalUrl);
      if (extracted.paragraphs().isEmpty() || extracted.text().isBlank()) {
        throw new ExtractionException(finalUrl, "no article text found");
      }
      article = RawArticles.toRecord(extracted, candidate.feedUrl(), clock.instant());
    } catch (FetchException | RuntimeException e) {
      deadLetter(candidate.url(), response.body(), e, settlement);
      return Outcome.DONE;
    }
    applyHints(article, candidate);
    Set<String> seen = new LinkedHashSet<>(List.of(urlKey, urlKey(finalUrl)));
    return publishOnce(article, seen, candidate.url(), settlement);
  }

  /**
   * Ingests one article file (.html, .html.gz, .txt, .md). Never throws for a bad file. DONE or
   * PENDING, as for {@link #ingestUrl}; {@code settlement} is told whether the file's outcome was stored.
   */
  public Outcome ingestFile(Path file, Settlement settlement) {
    stats.in.incrementAndGet();
    stats.filesSeen.incrementAndGet();
    String uri = file.toAbsolutePath().toUri().toString();
    RawArticle article;
    try {
      ExtractedArticle extracted = files.read(file, null);
      if (extracted.text().isBlank()) throw new ExtractionException(uri, "no article text found");
      article = RawArticles.toRecord(extracted, null, clock.instant());
    } catch (IOException | RuntimeException e) {
      deadLetter(uri, readCapped(file), e, settlement);
      return Outcome.DONE;
    }
    Outcome outcome = publishOnce(article, new LinkedHashSet<>(), uri, settlement);
    if (outcome == Outcome.PENDING) stats.filesSeen.decrementAndGet();
    return outcome;
  }

  private Outcome publishOnce(RawArticle article, Set<String> urlKeys, String provenance, Settlement settlement) {
    List<String> keys = new ArrayList<>(urlKeys);
    if (article.getCanonicalUrl() != null) keys.add(urlKey(article.getCanonicalUrl()));
    if (article.getUrl() != null && !article.getUrl().startsWith("file:")) keys.add(urlKey(article.getUrl()));
    keys.add("hash:" + article.getContentHash());
    keys.add("id:" + article.getId());
    DedupStore.Claim claim = dedup.tryClaim(keys);
    if (claim != DedupStore.Claim.CLAIMED) {
      stats.in.decrementAndGet(); // counted again by duplicate()
      LOG.debug("duplicate article {} from {} ({})", article.getId(), provenance, claim);
      return duplicate(claim == DedupStore.Claim.KNOWN, settlement, urlKeys);
    }
    try {
      sink.publish(article, (delivery, error) -> {
        if (delivery == ArticleSink.Delivery.PUBLISHED) {
          dedup.commit(keys);
          stats.published.incrementAndGet();
          settlement.settled(true);
          return;
        }
        // not published: a later attempt (another URL, a restart) may publish it
        dedup.release(keys);
        if (delivery == ArticleSink.Delivery.DEAD_LETTERED) {
          stats.deadLettered.incrementAndGet();
          warnings.warn(LOG, "publish failed for article {} from {}, dead-lettered: {}", article.getId(), provenance,
              String.valueOf(error));
          settlement.settled(true);
        } else {
          stats.in.decrementAndGet();
          warnings.warn(LOG, "publish of article {} from {} failed and could not be dead-lettered; it will be "
              + "offered again: {}", article.getId(), provenance, String.valueOf(error));
          settlement.settled(false);
        }
      });
    } catch (RuntimeException e) {
      dedup.release(keys);
      deadLetter(provenance, article.toString().getBytes(StandardCharsets.UTF_8), e, settlement);
    }
    return Outcome.DONE;
  }

  /**
   * An input whose article is known: stored already ({@code stored}), or still on its way from
   * another input. {@code urlKeys} are the URLs it came by, remembered so the next poll does not
   * even fetch them.
   */
  private Outcome duplicate(boolean stored, Settlement settlement, Collection<String> urlKeys) {
    if (stored || settlement == Settlement.NONE) {
      stats.in.incrementAndGet();
      stats.deduplicated.incrementAndGet();
      if (stored) dedup.commit(urlKeys);
      settlement.settled(true);
      return Outcome.DONE;
    }
    // the article on its way may yet fail; until it is stored this input is not done
    settlement.settled(false);
    return Outcome.PENDING;
  }

  /**
   * Dead-letters an input and counts it once the broker has it; the key is the provenance URI. If
   * the dead letter is not acknowledged either, the input is given back ({@code settlement} false).
   */
  void deadLetter(String provenance, byte[] payload, Throwable error, Settlement settlement) {
    warnings.warn(LOG, "dead-lettering {}: {}", provenance, error.getMessage());
    sink.deadLetter(provenance, provenance.getBytes(StandardCharsets.UTF_8), cap(payload), error, (delivery, e) -> {
      if (delivery == ArticleSink.Delivery.DEAD_LETTERED) {
        stats.deadLettered.incrementAndGet();
        settlement.settled(true);
      } else {
        stats.in.decrementAndGet();
        LOG.warn("could not dead-letter {}; it will be offered again: {}", provenance, String.valueOf(e));
        settlement.settled(false);
      }
    });
  }

  /** Dead-letters a feed or sitemap document that failed (not counted as an article). */
  void deadLetterFeed(String feedUrl, byte[] payload, Throwable error) {
    stats.feedFailures.incrementAndGet();
    warnings.warn(LOG, "feed {} failed: {}", feedUrl, error.getMessage());
    sink.deadLetter(feedUrl, feedUrl.getBytes(StandardCharsets.UTF_8), cap(payload), error);
  }

  private static void applyHints(RawArticle article, ArticleCandidate c) {
    if (c.publisher() != null) article.getSource().setPublisher(c.publisher());
    if (article.getTitle() == null && c.title() != null) article.setTitle(c.title());
    if (article.getPublishedAt() == null && c.publishedAt() != null) article.setPublishedAt(c.publishedAt());
  }

  static String urlKey(String url) {
    return "url:" + UrlNormalizer.normalize(url);
  }

  private static byte[] cap(byte[] payload) {
    if (payload == null || payload.length <= MAX_DLQ_PAYLOAD) return payload;
    return java.util.Arrays.copyOf(payload, MAX_DLQ_PAYLOAD);
  }

  private static byte[] readCapped(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(MAX_DLQ_PAYLOAD);
    } catch (IOException e) {
      return null;
    }
  }

  /** At most one WARN per second for dead letters; the rest go to DEBUG. */
  static final class WarnLimiter {
    private long lastWarn;

    void warn(Logger log, String format, Object... args) {
      long now = System.nanoTime();
      boolean loud;
      synchronized (this) {
        loud = now - lastWarn > 1_000_000_000L || lastWarn == 0;
        if (loud) lastWarn = now;
      }
      if (loud) log.warn(format, args);
      else log.debug(format, args);
    }
  }
}
