package newsflow.sink.warehouse;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse contract on an embedded DuckDB file in a temporary directory. */
class DuckDbWarehouseWriterTest extends WarehouseWriterContract {
  @TempDir Path dir;

  @Override
  String freshUrl() {
    return "jdbc:duckdb:" + dir.resolve("warehouse.duckdb");
  }
}
