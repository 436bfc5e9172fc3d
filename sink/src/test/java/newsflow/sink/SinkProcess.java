package newsflow.sink;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsflow.schemas.config.ClientConfig;
import newsflow.sink.alert.Backoff;

/**
 * A sink in a child JVM, for tests that SIGKILL it: arguments bootstrap servers, registry URL,
 * warehouse URL, webhook URL, consumer group. Webhook requests may take a minute, so a test can kill
 * it inside one.
 */
final class SinkProcess {
  static final String STARTED = "STARTED";

  private SinkProcess() {}

  public static void main(String[] args) throws Exception {
    SinkConfig config = new SinkConfig(new ClientConfig(args[0], args[1],
        Map.of("session.timeout.ms", "6000", "heartbeat.interval.ms", "1000"), Map.of()), args[2], URI.create(args[3]),
        "s3cret-token", Files.createTempDirectory("sink-process"), args[4], 20, false,
        new Backoff(Integer.MAX_VALUE, Duration.ofMillis(100), Duration.ofSeconds(1)),
        new Backoff(2, Duration.ofMillis(100), Duration.ofMillis(100)), Duration.ofSeconds(60));
    SinkApp sink = new SinkApp(config, new PrintStream(OutputStream.nullOutputStream()), List.of());
    sink.start();
    System.out.println(STARTED);
    System.out.flush();
    Thread.sleep(180_000);
  }
}
