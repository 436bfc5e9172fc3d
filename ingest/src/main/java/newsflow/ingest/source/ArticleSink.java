package newsflow.ingest.source;

import newsflow.v1.RawArticle;

/**
 * Where ingested articles and dead letters go. The Kafka implementation lives in
 * {@code newsflow.ingest.publish}; this interface keeps the sources free of Kafka.
 */
public interface ArticleSink {
  /** Outcome of an asynchronous publish: {@code error} is null on success. */
  @FunctionalInterface
  interface Callback {
    void done(Throwable error);
  }

  /** Publishes an article, keyed by its id; {@code callback} runs once it is acknowledged or failed. */
  void publish(RawArticle article, Callback callback);

  /**
   * Dead-letters an input that could not be fetched, extracted or published.
   *
   * @param sourceUri provenance: the URL or file URI
   * @param key the record key to use (article id or URL bytes), nullable
   * @param payload the original bytes (page, feed, file, or serialised record), nullable
   */
  void deadLetter(String sourceUri, byte[] key, byte[] payload, Throwable error);

  /** Blocks until everything handed over so far is acknowledged. */
  void flush();
}
