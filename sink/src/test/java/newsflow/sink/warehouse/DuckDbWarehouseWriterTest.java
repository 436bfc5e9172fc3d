package newsflow.sink.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse contract on an embedded DuckDB file in a temporary directory. */
class DuckDbWarehouseWriterTest extends WarehouseWriterContract {
  @TempDir Path dir;

  @Override
  String freshUrl() {
    return "jdbc:duckdb:" + dir.resolve("not/yet/there/warehouse.duckdb"); // parents are created
  }

  @Test
  void appenderRowsShareTheTransactionAndVanishOnRollback() throws Exception {
    Connection c = writer.connection();
    DuckDbAppenderInserter inserter = new DuckDbAppenderInserter();
    c.commit(); // no transaction open: the inserter must open one before appending
    Object[] row = ArticleRows.of(newsflow.sink.bench.SyntheticArticles.article("rolled-back", T0, 1, 1, 0)).article();
    inserter.insert(c, Table.ARTICLES, java.util.Collections.singletonList(row), false);
    c.rollback();

    // an appender committing on its own would leave its row behind the rollback
    assertEquals(0, count("SELECT COUNT(*) FROM articles"));
  }

  @Test
  void upsertThroughTheAppenderReplacesTheRowWithTheSameKey() throws Exception {
    Connection c = writer.connection();
    DuckDbAppenderInserter inserter = new DuckDbAppenderInserter();
    Object[] row = ArticleRows.alertRow(newsflow.sink.bench.SyntheticArticles.alert("a", "x", T0));
    inserter.insert(c, Table.ALERTS, java.util.Collections.singletonList(row), true);
    c.commit();
    row[3] = "Renamed Official";
    inserter.insert(c, Table.ALERTS, java.util.Collections.singletonList(row), true);
    c.commit();

    assertEquals(1, count("SELECT COUNT(*) FROM alerts"));
    assertEquals("Renamed Official", firstString("SELECT official_name FROM alerts"));
  }
}
