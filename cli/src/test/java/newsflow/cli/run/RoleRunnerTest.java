package newsflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import newsflow.cli.Newsflow;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.ops.PipelineMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine.Model.CommandSpec;

/** A role whose app fails for good stops with exit code 1 (and closes the app) instead of running on. */
class RoleRunnerTest {
  @Test
  @Timeout(30)
  void anUnrecoverableFailureStopsTheRoleWithExitCode1() {
    AtomicBoolean closed = new AtomicBoolean();
    CompletableFuture<Throwable> failed = new CompletableFuture<>();
    Runnable start = () -> new Thread(() -> failed.complete(new LinkageError("simulated")), "failing-app").start();
    int exit = RoleRunner.run(CommandSpec.create(), "test-role", new OpsConfig("127.0.0.1", -1),
        new PipelineMetrics(), new Health(), start, () -> closed.set(true), null, failed);
    assertEquals(Newsflow.EXIT_FAILURE, exit);
    assertTrue(closed.get(), "the app is closed");
  }

  @Test
  @Timeout(30)
  void aRoleWhoseAppStopsForGoodClosesItFailsHealthAndExitsWithOne() {
    CompletableFuture<String> fatal = new CompletableFuture<>();
    AtomicBoolean closed = new AtomicBoolean();
    Health health = new Health().check("streams", () -> !fatal.isDone());
    int code = RoleRunner.run(null, "enrich", new OpsConfig("127.0.0.1", -1), new PipelineMetrics(), health,
        () -> {
          assertTrue(health.ready());
          // as the streams' uncaught-exception handler does, from another thread, after start
          new Thread(() -> fatal.complete("a stream thread failed with java.lang.InternalError")).start();
        },
        () -> closed.set(true), null, fatal.thenApply(reason -> (Throwable) new ComponentStopped("enrich", reason)));
    assertEquals(1, code);
    assertTrue(closed.get(), "the app is closed before the process exits");
    assertFalse(health.ready());
  }
}
