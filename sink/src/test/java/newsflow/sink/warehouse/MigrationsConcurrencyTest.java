package newsflow.sink.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse writer and alert delivery each open their own connection and migrate; after an
 * outage they reconnect at the same moment. On a fresh DuckDB file two migrations at once used to
 * collide ("Catalog write-write conflict on create") and stop the sink (found by
 * WarehouseOutageFaultIT). Migrations of one process now run one at a time.
 */
class MigrationsConcurrencyTest {
  @TempDir Path dir;

  @Test
  void twoConnectionsMigratingAFreshDuckDbFileAtOnceBothSucceed() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 8; round++) {
        String url = "jdbc:duckdb:" + dir.resolve("w" + round + ".duckdb");
        try (Connection first = Warehouses.connect(url); Connection second = Warehouses.connect(url)) {
          CountDownLatch go = new CountDownLatch(1);
          List<Future<Integer>> runs = new ArrayList<>();
          for (Connection c : List.of(first, second)) {
            runs.add(pool.submit(() -> {
              go.await();
              return Migrations.migrate(c, Dialect.DUCKDB);
            }));
          }
          go.countDown();
          int applied = 0;
          for (Future<Integer> f : runs) applied += f.get(60, TimeUnit.SECONDS);
          assertEquals(Migrations.SCRIPTS.size(), applied, "each script applied once, by one of the two");
          assertEquals(Migrations.latestVersion(), Migrations.currentVersion(first));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
