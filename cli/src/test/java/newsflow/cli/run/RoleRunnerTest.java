package newsflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.ops.PipelineMetrics;
import org.junit.jupiter.api.Test;

class RoleRunnerTest {

  @Test
  void aRoleWhoseAppStopsForGoodClosesItAndExitsWithOne() {
    CompletableFuture<String> fatal = new CompletableFuture<>();
    AtomicBoolean closed = new AtomicBoolean();
    Health health = new Health().check("streams", () -> !fatal.isDone());
    int code = RoleRunner.run(null, "enrich", new OpsConfig("127.0.0.1", -1), new PipelineMetrics(), health,
        () -> {
          assertTrue(health.ready());
          // as the streams' uncaught-exception handler does, from another thread, after start
          new Thread(() -> fatal.complete("a stream thread failed with java.lang.InternalError")).start();
        },
        () -> closed.set(true), null, fatal);
    assertEquals(1, code);
    assertTrue(closed.get(), "the app is closed before the process exits");
    assertFalse(health.ready());
  }
}
