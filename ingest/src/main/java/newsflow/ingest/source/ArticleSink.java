package newsflow.ingest.source;

import java.time.Instant;
import java.util.Set;
import newsflow.v1.RawArticle;

/**
 * Where ingested articles and dead letters go. The Kafka implementation lives in
 * {@code newsflow.ingest.publish}; this interface keeps the sources free of Kafka.
 */
public interface ArticleSink {
  /** Where a record handed to the sink ended up, once the broker answered. */
  enum Delivery {
    /** The broker acknowledged the article. */
    PUBLISHED,
    /** Not published, but its dead letter (the input's bytes or the serialised record) was acknowledged. */
    DEAD_LETTERED,
    /** Neither it nor a dead letter was acknowledged: nothing is recorded, so offer the input again. */
    FAILED
  }

  /** Outcome of an asynchronous publish or dead letter; {@code error} is null when published. */
  @FunctionalInterface
  interface Callback {
    void done(Delivery delivery, Throwable error);
  }

  /**
   * Publishes an article, keyed by its id; {@code callback} runs once, after the broker acknowledged
   * it ({@link Delivery#PUBLISHED}) or, when it refused it, after the sink dead-lettered the record
   * ({@link Delivery#DEAD_LETTERED} or {@link Delivery#FAILED}).
   */
  void publish(RawArticle article, Callback callback);

  /**
   * Dead-letters an input that could not be fetched, extracted or published; {@code callback} runs
   * once the broker acknowledged the dead letter ({@link Delivery#DEAD_LETTERED}) or did not
   * ({@link Delivery#FAILED}).
   *
   * @param sourceUri provenance: the URL or file URI
   * @param key the record key to use (article id or URL bytes), nullable
   * @param payload the original bytes (page, feed, file, or serialised record), nullable
   */
  void deadLetter(String sourceUri, byte[] key, byte[] payload, Throwable error, Callback callback);

  /** Dead-letters an input without waiting to hear whether it was stored (feed documents). */
  default void deadLetter(String sourceUri, byte[] key, byte[] payload, Throwable error) {
    deadLetter(sourceUri, key, payload, error, (delivery, e) -> { });
  }

  /**
   * The ids of the articles the broker holds that were sent at or after {@code since} (by any
   * producer), so that a restart after a crash knows what was acknowledged after the dedup log was
   * last written. Empty when the sink keeps nothing it can read back.
   */
  default Set<String> publishedSince(Instant since) {
    return Set.of();
  }

  /** Blocks until everything handed over so far is acknowledged. */
  void flush();
}
