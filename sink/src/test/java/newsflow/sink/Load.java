package newsflow.sink;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.sink.bench.SyntheticArticles;

/**
 * A steady load for the fault tests: on its own thread, {@code perSecond} articles a second (3
 * entities, 2 quotes, 1 place each), and an alert for every fifth, until stopped. Counts what it sent.
 */
final class Load implements AutoCloseable {
  final AtomicInteger articles = new AtomicInteger();
  final AtomicInteger alerts = new AtomicInteger();
  private final Thread thread;
  private volatile boolean running = true;

  Load(BrokerFixture broker, String prefix, Instant t0, int perSecond) {
    thread = new Thread(() -> {
      long pause = 1000L / perSecond;
      while (running) {
        int i = articles.get();
        broker.send(SyntheticArticles.article(prefix + i, t0, 3, 2, 1));
        articles.incrementAndGet();
        if (i % 5 == 0) {
          broker.send(SyntheticArticles.alert(prefix + i, "us-secdef", t0));
          alerts.incrementAndGet();
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "fault-load");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
