package newsflow.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark end to end, small: a real {@code newsflow run} process with two stream threads (two
 * partitions), a throughput phase and one latency phase; every number is reported and the account
 * balances (each article once in the warehouse, each alert once at the webhook).
 */
class E2eBenchmarkIT {
  @Test
  void measuresARunWithTwoStreamThreadsAndTheAccountBalances(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Path json = dir.resolve("result.json");
    int code = new E2eBenchmark(new E2eBenchmark.Options(2, "duckdb", 3, 12, List.of("4"), 3, 5, dir.resolve("data"),
        false, List.of("-Xmx1500m"), Map.of(), Duration.ofSeconds(240), json), new PrintStream(buf, true, StandardCharsets.UTF_8))
        .run();
    String out = buf.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    assertTrue(out.contains("bench e2e: 2 stream thread(s), warehouse DuckDB"), out);
    assertTrue(out.contains("duplicates raw 0, enriched 0, alerts 0"), out);
    JsonNode r = new ObjectMapper().readTree(json.toFile());
    assertTrue(r.at("/start/first_enriched_s").asDouble() > 0, out);
    assertTrue(r.at("/throughput/warehouse_per_s").asDouble() > 0, out);
    JsonNode phase = r.at("/latency/0");
    assertEquals(12, phase.at("/articles").asInt());
    int alerts = phase.at("/alerts").asInt();
    assertTrue(alerts > 0, "the generated articles raise alerts: " + out);
    assertEquals(alerts, phase.at("/alert_webhook/count").asInt(), out);
    assertTrue(phase.at("/alert/p99").asLong() > 0 && phase.at("/alert/p99").asLong() <= phase.at("/alert/max").asLong());
    assertTrue(phase.at("/alert_warehouse/p50").asLong() >= phase.at("/alert/p50").asLong(), "rows after the alert: " + out);
    JsonNode acc = r.at("/account");
    assertEquals(3 + 12 + 12, acc.at("/released").asInt());
    assertEquals(acc.at("/released").asInt(), acc.at("/warehouse_articles").asInt());
    assertEquals(acc.at("/alerts").asInt(), acc.at("/warehouse_alerts").asInt());
    assertEquals(acc.at("/alerts").asInt(), acc.at("/webhook_alerts").asInt());
    assertTrue(acc.at("/run_account").size() >= 2, "the run printed its account: " + acc);
    assertTrue(r.at("/memory/heap_peak_mb").asLong() > 50 && r.at("/memory/rss_peak_mb").asLong() > 100, out);
  }
}
