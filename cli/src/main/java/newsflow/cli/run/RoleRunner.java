package newsflow.cli.run;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import newsflow.cli.Newsflow;
import newsflow.cli.ops.Health;
import newsflow.cli.ops.MetricsServer;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.ops.PipelineMetrics;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one role until the process is told to stop: serves metrics and health, starts the app, and on
 * SIGTERM/Ctrl-C closes it (offsets committed) from a shutdown hook. When the app reports a failure
 * it cannot recover from (completes {@code failed}), the role closes it and returns exit code 1
 * instead of running on with a dead component.
 */
public final class RoleRunner {
  private static final Logger LOG = LoggerFactory.getLogger(RoleRunner.class);

  private RoleRunner() {}

  public static int run(CommandSpec spec, String role, OpsConfig ops, PipelineMetrics metrics, Health health,
      Runnable start, AutoCloseable app, Supplier<KafkaStreams> streams) {
    return run(spec, role, ops, metrics, health, start, app, streams, new CompletableFuture<>());
  }

  /** As above; {@code failed} is completed by the app when it stopped because of an unrecoverable failure. */
  public static int run(CommandSpec spec, String role, OpsConfig ops, PipelineMetrics metrics, Health health,
      Runnable start, AutoCloseable app, Supplier<KafkaStreams> streams, CompletableFuture<Throwable> failed) {
    new JvmMemoryMetrics().bindTo(metrics.registry());
    MetricsServer server = ops.enabled() ? MetricsServer.start(ops, metrics.registry(), health) : null;
    if (server != null) LOG.info("{}: metrics at {}/metrics, health at {}/health", role, server.url(), server.url());
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread hook = new Thread(() -> {
      LOG.info("{}: stopping", role);
      stop(role, app, server);
      outcome.complete(null);
    }, "newsflow-" + role + "-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    failed.whenComplete((t, e) -> outcome.complete(t != null ? t : e));
    start.run();
    KafkaStreams s = streams == null ? null : streams.get();
    if (s != null) new KafkaStreamsMetrics(s).bindTo(metrics.registry());
    LOG.info("{}: started", role);
    Throwable failure;
    try {
      failure = outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
    if (failure == null) return 0;
    LOG.error("{}: stopping because of an unrecoverable failure: {}", role, failure.toString());
    // one line on stderr as well: a user running the role in a terminal sees why it exits
    String line = "newsflow " + role + ": stopped: " + ComponentStopped.describe(failure);
    if (spec != null && spec.commandLine() != null) {
      spec.commandLine().getErr().println(line);
      spec.commandLine().getErr().flush();
    } else {
      System.err.println(line);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs anyway
    }
    stop(role, app, server);
    return Newsflow.EXIT_FAILURE;
  }

  private static void stop(String role, AutoCloseable app, MetricsServer server) {
    try {
      app.close();
    } catch (Exception e) {
      LOG.error("{}: error while stopping: {}", role, e.toString());
    }
    if (server != null) server.close();
  }
}
