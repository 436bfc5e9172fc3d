package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newsflow.sink.alert.Backoff;
import newsflow.sink.alert.FailingNotifier;
import newsflow.sink.alert.Notifier;
import newsflow.sink.bench.SyntheticArticles;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An Error that is not a decode failure (here a notifier hitting a {@link LinkageError}) stops the
 * sink instead of leaving a dead thread behind a process that goes on: it is logged at ERROR, the
 * sink reports itself not running (so {@code /health} fails), and the failure listener, which stops
 * the process in the CLI, is told.
 */
class SinkFailureIT extends WithBroker {
  @Test
  void anErrorOutsideDecodingStopsTheSinkLoudly() throws Exception {
    Notifier broken = FailingNotifier.withError("broken",
        () -> new LinkageError("simulated: a class of the notifier cannot be loaded"));
    SinkConfig config = new SinkConfig(broker.clientConfig(), "jdbc:duckdb:" + dir.resolve("warehouse.duckdb"), null, null,
        dir.resolve("data"), "sink-failure", 10, false,
        new Backoff(Integer.MAX_VALUE, Duration.ofMillis(100), Duration.ofSeconds(1)), null, null);
    Logger log = (Logger) LoggerFactory.getLogger(SinkApp.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    log.addAppender(logs);
    CompletableFuture<Throwable> told = new CompletableFuture<>();
    try (SinkApp sink = new SinkApp(config, new PrintStream(OutputStream.nullOutputStream()), List.of(broken))) {
      sink.onFailure(told::complete);
      sink.start();
      BrokerFixture.await("the sink running", Duration.ofSeconds(30), sink::isRunning);
      broker.send(SyntheticArticles.alert("a1", "us-secdef", Instant.parse("2026-11-26T10:00:00Z")));

      Throwable failure = told.get(60, TimeUnit.SECONDS);
      assertInstanceOf(LinkageError.class, failure);
      assertFalse(sink.isRunning(), "health must fail");
      assertEquals(failure, sink.failure());
      BrokerFixture.await("both threads to end", Duration.ofSeconds(30),
          () -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("newsflow-sink") && t.isAlive()
              && !t.getName().equals("newsflow-sink-broker-probe") && !t.getName().equals("newsflow-sink-failure")));
    } finally {
      log.detachAppender(logs);
    }
    assertTrue(logs.list.stream().anyMatch(e -> e.getLevel() == Level.ERROR
        && e.getFormattedMessage().contains("Sink stopped: the alert delivery failed with java.lang.LinkageError")),
        () -> "no clear ERROR line: " + logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
  }
}
