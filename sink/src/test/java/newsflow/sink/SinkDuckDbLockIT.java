package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsflow.schemas.Topics;
import newsflow.sink.alert.Backoff;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.sink.warehouse.TableDump;
import org.junit.jupiter.api.Test;

/**
 * DuckDB's kind of outage: another process holds the warehouse file's lock (DuckDB's "IO Error:
 * Could not set lock on file") when the sink starts. The sink waits, reports the warehouse
 * unreachable, and once the other process is gone writes every record once.
 */
class SinkDuckDbLockIT extends WithBroker {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  @Test
  void aWarehouseFileLockedByAnotherProcessIsWaitedFor() throws Exception {
    String url = "jdbc:duckdb:" + dir.resolve("warehouse.duckdb");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
        "-cp", System.getProperty("java.class.path"), DuckDbLockHolder.class.getName(), url)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals(DuckDbLockHolder.HOLDING, out.readLine());
      for (int i = 0; i < 20; i++) broker.send(SyntheticArticles.article("k" + i, T0, 3, 2, 1));
      SinkConfig config = new SinkConfig(broker.clientConfig(), url, null, null, dir.resolve("data"), "sink-lock", 50, false,
          new Backoff(Integer.MAX_VALUE, Duration.ofMillis(100), Duration.ofMillis(500)), null, null);
      try (SinkApp sink = new SinkApp(config, new PrintStream(OutputStream.nullOutputStream()), List.of())) {
        sink.start();
        BrokerFixture.await("the sink to find the file locked", Duration.ofSeconds(60),
            () -> !sink.warehouseReachable() || !sink.isRunning());
        assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
        assertFalse(sink.isProcessing());
        assertTrue(String.valueOf(sink.metrics().snapshot().lastError()).contains("lock"), sink.metrics().snapshot().toString());

        holder.destroyForcibly();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        BrokerFixture.await("every record written", Duration.ofSeconds(60),
            () -> sink.metrics().snapshot().recordsIn() >= 20 || !sink.isRunning());
        assertTrue(sink.isRunning(), () -> "sink died: " + sink.failure());
        assertTrue(sink.warehouseReachable());
        assertEquals(20, sink.metrics().snapshot().articlesWritten());
      }
    } finally {
      holder.destroyForcibly();
    }
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      assertEquals(20, TableDump.count(c, "SELECT COUNT(*) FROM articles"));
      assertEquals(40, TableDump.count(c, "SELECT COUNT(*) FROM quotes"));
    }
    assertEquals(0, broker.readAll(Topics.SINK_DLQ, 0).size());
  }
}
