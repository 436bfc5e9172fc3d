package newsflow.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatenciesTest {
  @Test
  void nearestRankPercentiles() {
    List<Long> v = new ArrayList<>();
    for (long i = 100; i >= 1; i--) v.add(i);
    Latencies l = Latencies.of(v);
    assertEquals(100, l.count());
    assertEquals(50, l.p50());
    assertEquals(90, l.p90());
    assertEquals(99, l.p99());
    assertEquals(100, l.max());
    assertEquals(50.5, l.mean(), 1e-9);
    assertEquals(7, Latencies.of(List.of(7L)).p99());
    assertEquals(0, Latencies.of(List.of()).count());
  }

  @Test
  void theMiddleRateIgnoresRampUpAndTail() {
    List<Long> t = new ArrayList<>();
    for (int i = 0; i < 10; i++) t.add(5_000L + i);          // a slow start: 10 articles after 5 s
    for (int i = 0; i < 80; i++) t.add(10_000L + 100L * i);   // 10 articles/s
    for (int i = 0; i < 10; i++) t.add(60_000L + 1000L * i);  // a slow tail
    assertEquals(10.0, E2eBenchmark.middleRate(t), 0.2);
  }

  @Test
  void ratesAreArticlesPerSecondOrAShareOfTheThroughput() {
    assertEquals(10.0, E2eBenchmark.parseRate("10", 0), 1e-9);
    assertEquals(16.0, E2eBenchmark.parseRate("80%", 20), 1e-9);
    org.junit.jupiter.api.Assertions.assertThrows(newsflow.cli.UserException.class, () -> E2eBenchmark.parseRate("fast", 1));
    org.junit.jupiter.api.Assertions.assertThrows(newsflow.cli.UserException.class, () -> E2eBenchmark.parseRate("80%", 0));
  }

  @Test
  void peakHeapComesFromTheGcLog(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("gc.log");
    Files.writeString(log, String.join("\n",
        "[0.010s][info][gc] Using G1",
        "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(256M) 4.567ms",
        "[9.876s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 412M->301M(1024M) 12.1ms",
        "[12.00s][info][gc] GC(2) Pause Remark 350M->340M(1024M) 2.0ms", ""));
    Map<String, Object> m = E2eBenchmark.gcPeaks(log);
    assertEquals(412L, m.get("heap_peak_mb"));
    assertEquals(340L, m.get("heap_after_gc_max_mb"));
    assertEquals(1024L, m.get("heap_committed_max_mb"));
    assertEquals(3, m.get("gc_pauses"));
  }
}
