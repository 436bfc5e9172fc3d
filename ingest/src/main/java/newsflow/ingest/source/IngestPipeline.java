package newsflow.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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

  /** What became of a page handed to {@link #ingestUrl}. */
  public enum Outcome {
    /** Published, deduplicated or dead-lettered: the page is dealt with. */
    DONE,
    /** A transient failure outlasted the fetcher's retries; the caller may offer it again later. */
    RETRY_LATER,
    /** Interrupted by shutdown before the page was dealt with. */
    INTERRUPTED
  }

  /** Ingests one page, dead-lettering transient failures at once (for one-shot inputs). */
  public Outcome ingestUrl(ArticleCandidate candidate) {
    return ingestUrl(candidate, false);
  }

  /**
   * Ingests one page (fetch, extract, dedup, publish). Never throws for a bad page. Only DONE
   * counts the page in the stats; with {@code mayRetryLater}, a transient fetch failure returns
   * RETRY_LATER instead of being dead-lettered.
   */
  public Outcome ingestUrl(ArticleCandidate candidate, boolean mayRetryLater) {
    String urlKey = urlKey(candidate.url());
    if (dedup.contains(urlKey)) {
      stats.in.incrementAndGet();
      stats.deduplicated.incrementAndGet();
      return Outcome.DONE;
    }
    FetchResponse response;
    try {
      response = fetcher.fetch(HttpFetcher.parse(candidate.url()), Validators.NONE);
    } catch (FetchException e) {
      if (e.reason() == FetchException.Reason.INTERRUPTED) return Outcome.INTERRUPTED;
      if (e.isTransient() && mayRetryLater) {
        LOG.debug("{} failed transiently, will retry on a later poll: {}", candidate.url(), e.getMessage());
        return Outcome.RETRY_LATER;
      }
      stats.in.incrementAndGet();
      deadLetter(candidate.url(), null, e);
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
      deadLetter(candidate.url(), response.body(), e);
      return Outcome.DONE;
    }
    applyHints(article, candidate);
    Set<String> seen = new LinkedHashSet<>(List.of(urlKey, urlKey(finalUrl)));
    publishOnce(article, seen, candidate.url());
    return Outcome.DONE;
  }

  /** Ingests one article file (.html, .html.gz, .txt, .md). Never throws for a bad file. */
  public void ingestFile(Path file) {
    stats.in.incrementAndGet();
    stats.filesSeen.incrementAndGet();
    String uri = file.toAbsolutePath().toUri().toString();
    RawArticle article;
    try {
      ExtractedArticle extracted = files.read(file, null);
      if (extracted.text().isBlank()) throw new ExtractionException(uri, "no article text found");
      article = RawArticles.toRecord(extracted, null, clock.instant());
    } catch (IOException | RuntimeException e) {
      deadLetter(uri, readCapped(file), e);
      return;
    }
    publishOnce(article, new LinkedHashSet<>(), uri);
  }

  private void publishOnce(RawArticle article, Set<String> urlKeys, String provenance) {
    List<String> keys = new ArrayList<>(urlKeys);
    if (article.getCanonicalUrl() != null) keys.add(urlKey(article.getCanonicalUrl()));
    if (article.getUrl() != null && !article.getUrl().startsWith("file:")) keys.add(urlKey(article.getUrl()));
    keys.add("hash:" + article.getContentHash());
    keys.add("id:" + article.getId());
    if (!dedup.claim(keys)) {
      // remember the URLs we came by, so the next poll does not even fetch them
      dedup.commit(urlKeys);
      stats.deduplicated.incrementAndGet();
      LOG.debug("duplicate article {} from {}", article.getId(), provenance);
      return;
    }
    try {
      sink.publish(article, error -> {
        if (error == null) {
          dedup.commit(keys);
          stats.published.incrementAndGet();
        } else {
          // the sink has dead-lettered the serialised record; a later attempt may publish it
          dedup.release(keys);
          stats.deadLettered.incrementAndGet();
          warnings.warn(LOG, "publish failed for article {} from {}: {}", article.getId(), provenance, error.toString());
        }
      });
    } catch (RuntimeException e) {
      dedup.release(keys);
      deadLetter(provenance, article.toString().getBytes(StandardCharsets.UTF_8), e);
    }
  }

  /** Dead-letters an input and counts it; the key is the provenance URI. */
  void deadLetter(String provenance, byte[] payload, Throwable error) {
    stats.deadLettered.incrementAndGet();
    warnings.warn(LOG, "dead-lettering {}: {}", provenance, error.getMessage());
    sink.deadLetter(provenance, provenance.getBytes(StandardCharsets.UTF_8), cap(payload), error);
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
