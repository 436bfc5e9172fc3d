package newsflow.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which warehouse the last {@code newsflow run} in a data directory wrote: {@code <data-dir>/last-run}
 * holds its DuckDB file (the demo's is {@code <data-dir>/demo/warehouse.duckdb}), so that
 * {@code newsflow query} without options reads what the user just ran.
 */
public final class LastRun {
  static final String FILE = "last-run";
  private static final String DUCKDB = "jdbc:duckdb:";
  private static final Logger LOG = LoggerFactory.getLogger(LastRun.class);

  private LastRun() {}

  /** Records {@code warehouseUrl} as the last run's in {@code baseDataDir}; other databases than DuckDB are not recorded. */
  public static void record(Path baseDataDir, String warehouseUrl) {
    Path file = baseDataDir.resolve(FILE);
    try {
      Files.createDirectories(baseDataDir);
      if (warehouseUrl == null || !warehouseUrl.startsWith(DUCKDB)) {
        // a server database: its URL may hold credentials, so it is not written down
        Files.deleteIfExists(file);
        return;
      }
      Path duckdb = Path.of(warehouseUrl.substring(DUCKDB.length())).toAbsolutePath().normalize();
      Files.writeString(file, duckdb + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      LOG.debug("cannot record the last run in {}: {}", file, e.toString());
    }
  }

  /** The DuckDB file the last run in {@code baseDataDir} wrote, when recorded and still there. */
  public static Optional<Path> warehouse(Path baseDataDir) {
    Path file = baseDataDir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file)) return Optional.empty();
      String line = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (line.isEmpty()) return Optional.empty();
      Path p = Path.of(line);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The DuckDB warehouses under {@code baseDataDir}: its own and the demo's, those that exist. */
  public static List<Path> warehouses(Path baseDataDir) {
    List<Path> found = new ArrayList<>();
    for (Path p : List.of(baseDataDir.resolve("warehouse.duckdb"), baseDataDir.resolve("demo").resolve("warehouse.duckdb"))) {
      if (Files.isRegularFile(p)) found.add(p.toAbsolutePath().normalize());
    }
    return found;
  }
}
