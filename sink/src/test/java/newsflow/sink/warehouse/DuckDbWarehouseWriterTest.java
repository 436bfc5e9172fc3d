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
    return "jdbc:duckdb:" + dir.resolve("warehouse.duckdb");
  }

  @Test
  void stagedAppenderRowsLeaveNoTraceWhenTheTransactionRollsBack() throws Exception {
    Connection c = writer.connection();
    DuckDbStagedInserter inserter = new DuckDbStagedInserter();
    inserter.beforeTransaction(c);
    // open the transaction the way the writer does, with a statement before the appender runs
    c.createStatement().execute("DELETE FROM quotes WHERE article_id = 'none'");
    Object[] row = ArticleRows.of(newsflow.sink.bench.SyntheticArticles.article("rolled-back", T0, 1, 1, 0)).article();
    inserter.insert(c, Table.ARTICLES, java.util.Collections.singletonList(row), false);
    c.rollback();

    assertEquals(0, count("SELECT COUNT(*) FROM articles"));
    // an appender committing on its own would leave its staged row behind the rollback
    assertEquals(0, count("SELECT COUNT(*) FROM temp.main.newsflow_stage_articles"));
  }
}
