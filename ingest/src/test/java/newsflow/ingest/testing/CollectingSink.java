package newsflow.ingest.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import newsflow.ingest.source.ArticleSink;
import newsflow.v1.RawArticle;

/** An in-memory {@link ArticleSink} that acknowledges at once and keeps what it was given. */
public final class CollectingSink implements ArticleSink {
  /** A dead letter as handed over. */
  public record DeadLetter(String sourceUri, byte[] key, byte[] payload, Throwable error) {}

  public final List<RawArticle> published = new CopyOnWriteArrayList<>();
  public final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

  @Override
  public void publish(RawArticle article, Callback callback) {
    published.add(article);
    callback.done(Delivery.PUBLISHED, null);
  }

  @Override
  public void deadLetter(String sourceUri, byte[] key, byte[] payload, Throwable error, Callback callback) {
    deadLetters.add(new DeadLetter(sourceUri, key, payload, error));
    callback.done(Delivery.DEAD_LETTERED, null);
  }

  @Override
  public void flush() {}

  public List<String> deadLetterUris() {
    return deadLetters.stream().map(DeadLetter::sourceUri).toList();
  }
}
