package newsflow.cli.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import newsflow.sink.SinkConfig;
import newsflow.sink.query.QueryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, fault test 3: {@code newsflow run} in a child JVM is killed with SIGKILL three times at
 * random moments while it works through a watched directory (a third of the files added before
 * each start; each run is killed once it has delivered a random 1-10 of its 20 alerts, so enrich
 * and the sink are busy with the rest), then started once more on the same data directory and let finish. Every input file
 * is in the warehouse exactly once, every alert once (the webhook may see an alert again only
 * under the same idempotency key, when a kill cut its delivery), no quote twice, and the last
 * run's account, printed when it stops, balances.
 */
class RunKillFaultIT {
  static final int ARTICLES = 60;
  static final int KILLS = 3;
  @TempDir Path dir;

  @Test
  @Timeout(900)
  void threeKillNinesAtRandomMomentsLoseAndDoubleNothing() throws Exception {
    long t0 = System.nanoTime();
    long seed = Long.getLong("newsflow.faults.seed", System.currentTimeMillis());
    Random random = new Random(seed);
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path watchlist = FaultArticles.writeWatchlist(dir);
    Path data = dir.resolve("data");
    List<String> kills = new ArrayList<>();
    try (RecordingHook hook = new RecordingHook()) {
      for (int i = 0; i < KILLS; i++) {
        int run = i;
        FaultArticles.write(inbox, run * ARTICLES / KILLS, (run + 1) * ARTICLES / KILLS);
        Path log = dir.resolve("run-" + run + ".log");
        Process p = start(data, inbox, watchlist, hook, log);
        try {
          Faults.await("run " + run + " to start", Duration.ofSeconds(240), () -> running(log) || !p.isAlive(),
              () -> tail(log));
          assertTrue(p.isAlive(), () -> "run " + run + " ended on its own: " + tail(log));
          // mid-stream on a fast or a slow machine: after this run delivered a random 1-10 of its 20 alerts
          int before = hook.keys().size();
          int after = 1 + random.nextInt(10);
          Faults.await("run " + run + " to deliver " + after + " alerts", Duration.ofSeconds(240),
              () -> hook.keys().size() >= before + after || !p.isAlive(), () -> tail(log));
          p.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no close
          assertTrue(p.waitFor(30, TimeUnit.SECONDS));
          kills.add(String.format("run %d killed after %d alerts of its own; the hook had %d of %d alerts, the inbox"
              + " %d files", run, after, hook.keys().size(), ARTICLES, (run + 1) * ARTICLES / KILLS));
        } finally {
          p.destroyForcibly();
        }
      }
      Path log = dir.resolve("run-last.log");
      Process last = start(data, inbox, watchlist, hook, log);
      String out;
      try {
        Faults.await("every alert at the webhook", Duration.ofSeconds(400),
            () -> hook.keys().size() >= ARTICLES || !last.isAlive(), () -> hook.keys().size() + " " + tail(log));
        assertTrue(last.isAlive(), () -> "the last run ended on its own: " + tail(log));
        Thread.sleep(3_000); // room for a repeated alert
        last.destroy(); // SIGTERM: commit and print the account
        assertTrue(last.waitFor(60, TimeUnit.SECONDS), "the last run did not stop on SIGTERM");
        out = Files.readString(log);
      } finally {
        last.destroyForcibly();
      }
      kills.forEach(k -> System.out.println("run kill test: " + k));
      List<String> accounts = out.lines().filter(l -> l.matches("^(ingest|enrich|sink)[ :].*= .*")).toList();
      accounts.forEach(a -> System.out.println("run kill test account (last run): " + a));
      assertEquals(5, accounts.size(), out);
      for (String a : accounts) assertTrue(!a.contains("still open"), a);

      Map<String, Integer> keys = hook.keys();
      long repeats = keys.values().stream().mapToInt(n -> n - 1).sum();
      System.out.printf("run kill test: seed %d, %d alerts at the webhook, %d repeated under the same key%n", seed,
          keys.size(), repeats);
      assertEquals(ARTICLES, keys.size(), "one alert per article at the webhook");
      assertTrue(repeats <= KILLS, "more repeats than kills could cut deliveries: " + keys);
    }
    try (QueryRunner q = QueryRunner.open(SinkConfig.defaultWarehouseUrl(data))) {
      assertEquals(List.of(List.of((long) ARTICLES, (long) ARTICLES, (long) ARTICLES)),
          q.run("SELECT count(*), count(DISTINCT id), count(DISTINCT text) FROM articles").rows(), "every input exactly once");
      assertEquals(List.of(List.of((long) ARTICLES, (long) ARTICLES)),
          q.run("SELECT count(*), count(DISTINCT article_id) FROM alerts").rows(), "one alert per article");
      List<List<Object>> quotes = q.run("SELECT count(*), count(DISTINCT text) FROM quotes").rows();
      System.out.println("run kill test: quotes " + quotes);
      assertEquals(quotes.get(0).get(0), quotes.get(0).get(1), "no quote twice");
      assertEquals(List.of(List.of((long) ARTICLES)),
          q.run("SELECT count(*) FROM alert_deliveries WHERE state = 'DELIVERED' AND notifier = 'webhook'").rows());
      assertEquals(List.of(List.of(0L)), q.run("SELECT count(*) FROM alert_deliveries WHERE state <> 'DELIVERED'").rows(),
          "a delivery left unconfirmed");
    }
    System.out.printf("run kill test: %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }

  private static boolean running(Path log) {
    try {
      return Files.exists(log) && Files.readString(log).contains("newsflow running;");
    } catch (IOException e) {
      return false;
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static Process start(Path data, Path inbox, Path watchlist, RecordingHook hook, Path log) throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1500m", "-cp", classpath, "newsflow.cli.Newsflow", "run", "--watch", inbox.toString(),
        "--watchlist", watchlist.toString(), "--data-dir", data.toString(), "--webhook", hook.url(),
        "--metrics-port", "-1");
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    b.environment().put("NEWSFLOW_LOG_LEVEL", "INFO");
    return b.start();
  }
}
