package newsflow.cli.run;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.util.concurrent.CountDownLatch;
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
 * Runs one role until the process is told to stop: serves metrics and health, starts the app, and on
 * SIGTERM/Ctrl-C closes it (offsets committed) from a shutdown hook.
 */
public final class RoleRunner {
  private static final Logger LOG = LoggerFactory.getLogger(RoleRunner.class);

  private RoleRunner() {}

  public static int run(CommandSpec spec, String role, OpsConfig ops, PipelineMetrics metrics, Health health,
      Runnable start, AutoCloseable app, Supplier<KafkaStreams> streams) {
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
    start.run();
    KafkaStreams s = streams == null ? null : streams.get();
    if (s != null) new KafkaStreamsMetrics(s).bindTo(metrics.registry());
    LOG.info("{}: started", role);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
