package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.schemas.config.ClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, fault test 6: a webhook that hangs for a minute, then one that answers 500 for a minute,
 * while articles and alerts keep arriving (5 articles a second, an alert for every fifth), with the
 * sink's default delivery settings (10 s per attempt; 8 attempts, waits 1 s doubling to 60 s: about
 * 2 min of waits before an alert is dead-lettered). Warehouse writes go on throughout; each alert
 * reaches the webhook once when it recovers (200 once per idempotency key); none is dead-lettered,
 * as a minute is inside the retry budget; the delivery account balances.
 */
class WebhookOutageFaultIT {
  static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
  static final Duration OUTAGE = Duration.ofSeconds(60);
  @TempDir Path dir;

  @Test
  @Timeout(900)
  void aMinuteOfHangingAndAMinuteOf500sDelayAlertsButNotArticles() throws Exception {
    try (BrokerFixture broker = new BrokerFixture(dir); HookServer hook = new HookServer()) {
      ClientConfig client = new ClientConfig(broker.kafka.bootstrapServers(), broker.registry.url(), Map.of(), Map.of());
      SinkConfig config = new SinkConfig(client, "jdbc:duckdb:" + dir.resolve("warehouse.duckdb"), hook.url(), "t0ken",
          dir.resolve("data"), "fault-webhook", 50, false, null, null, null);
      SinkMetrics.Snapshot m;
      Load load;
      try (SinkApp sink = new SinkApp(config, new PrintStream(OutputStream.nullOutputStream()), List.of())) {
        sink.start();
        load = new Load(broker, "wh", T0, 5);
        try (load) {
          for (HookServer.Mode outage : List.of(HookServer.Mode.HANG, HookServer.Mode.FAIL)) {
            BrokerFixture.await("the first alert delivered", Duration.ofSeconds(120), () -> !hook.delivered().isEmpty());
            hook.mode(outage);
            long writtenBefore = sink.metrics().snapshot().articlesWritten();
            long deliveredBefore = hook.delivered().size();
            Thread.sleep(OUTAGE.toMillis());
            long writtenDuring = sink.metrics().snapshot().articlesWritten() - writtenBefore;
            System.out.printf("webhook %s for %d s: %d articles written meanwhile; %d requests answered 500, %d hanging%n",
                outage, OUTAGE.toSeconds(), writtenDuring, hook.requests().stream().filter(r -> r.status() == 500).count(),
                hook.hanging());
            assertTrue(writtenDuring >= OUTAGE.toSeconds(), "warehouse writes went on: " + writtenDuring);
            assertEquals(deliveredBefore, hook.delivered().size(), "nothing delivered during the outage");
            hook.mode(HookServer.Mode.OK);
          }
        }
        int alerts = load.alerts.get();
        long t = System.nanoTime();
        BrokerFixture.await("every alert delivered", Duration.ofSeconds(300),
            () -> sink.metrics().snapshot().delivery().in() >= alerts && sink.metrics().snapshot().delivery().balanced()
                && new HashSet<>(hook.delivered()).size() >= alerts);
        System.out.printf("webhook outage: the %d alerts delivered %.0f s after the load stopped%n", alerts,
            (System.nanoTime() - t) / 1e9);
        m = sink.metrics().snapshot();
        assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
      }
      m.accountLines().forEach(l -> System.out.println("webhook outage account: " + l));
      assertTrue(m.articles().balanced() && m.alerts().balanced() && m.delivery().balanced(), m.toString());
      assertEquals(load.articles.get(), m.articles().written());
      assertEquals(0, m.delivery().deadLettered(), "a minute is inside the retry budget");
      List<String> delivered = hook.delivered();
      Set<String> once = new HashSet<>(delivered);
      assertEquals(load.alerts.get(), once.size());
      assertEquals(once.size(), delivered.size(), "an alert answered 200 twice");
    }
  }
}
