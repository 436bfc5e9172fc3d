package newsflow.cli.run;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.MetricsServer;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.ops.PipelineMetrics;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one role until the process is told to stop or the app stops for good: serves metrics and
 * health, starts the app, and on SIGTERM/Ctrl-C or exit closes it (offsets committed) from a shutdown
 * hook.
 */
public final class RoleRunner {
  private static final Logger LOG = LoggerFactory.getLogger(RoleRunner.class);

  private RoleRunner() {}

  public static int run(CommandSpec spec, String role, OpsConfig ops, PipelineMetrics metrics, Health health,
      Runnable start, AutoCloseable app, Supplier<KafkaStreams> streams) {
    return run(spec, role, ops, metrics, health, start, app, streams, null);
  }

  /**
   * As above; when {@code fatal} completes (the app stopped for good, e.g. an Error in a stream
   * thread), the reason is logged and printed on stderr and the role returns exit code 1, so that a
   * supervisor restarts it rather than leaving a process that no longer works. Health already fails
   * by then.
   */
  public static int run(CommandSpec spec, String role, OpsConfig ops, PipelineMetrics metrics, Health health,
      Runnable start, AutoCloseable app, Supplier<KafkaStreams> streams, CompletionStage<String> fatal) {
    new JvmMemoryMetrics().bindTo(metrics.registry());
    MetricsServer server = ops.enabled() ? MetricsServer.start(ops, metrics.registry(), health) : null;
    if (server != null) LOG.info("{}: metrics at {}/metrics, health at {}/health", role, server.url(), server.url());
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      LOG.info("{}: stopping", role);
      try {
        app.close();
      } catch (Exception e) {
        LOG.error("{}: error while stopping: {}", role, e.toString());
      }
      if (server != null) server.close();
      stopped.countDown();
    }, "newsflow-" + role + "-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    AtomicReference<String> failure = new AtomicReference<>();
    if (fatal != null) {
      fatal.thenAccept(reason -> {
        failure.set(reason);
        stopped.countDown();
      });
    }
    start.run();
    KafkaStreams s = streams == null ? null : streams.get();
    if (s != null) new KafkaStreamsMetrics(s).bindTo(metrics.registry());
    LOG.info("{}: started", role);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String reason = failure.get();
    if (reason == null) return 0;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
      hook.run();
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs anyway
    }
    String line = "newsflow " + role + ": stopped: " + reason;
    if (spec != null && spec.commandLine() != null) {
      spec.commandLine().getErr().println(line);
      spec.commandLine().getErr().flush();
    } else {
      System.err.println(line);
    }
    return 1;
  }
}
