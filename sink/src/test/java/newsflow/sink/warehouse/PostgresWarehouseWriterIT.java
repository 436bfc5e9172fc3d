package newsflow.sink.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.v1.EnrichedArticle;
import org.junit.jupiter.api.Test;

/** The warehouse contract on a real PostgreSQL (see {@link PostgresSupport}), a fresh schema per test. */
class PostgresWarehouseWriterIT extends WarehouseWriterContract {
  @Override
  String freshUrl() {
    return PostgresSupport.freshSchemaUrl("writer");
  }

  @Test
  void articleThePostgresServerRefusesIsRejectedAloneAndTheBatchCommits() throws Exception {
    List<EnrichedArticle> batch = new ArrayList<>(articles(4, T0));
    EnrichedArticle nul = SyntheticArticles.article("nul", T0, 2, 2, 1);
    nul.setText("text with a NUL \u0000 character that PostgreSQL's text type refuses");
    batch.add(2, nul);

    WriteResult r = writer.write(batch, List.of());

    assertEquals(1, r.rejections().size(), r.toString());
    assertEquals(2, r.rejections().get(0).index());
    assertEquals("nul", r.rejections().get(0).error().recordId());
    assertEquals(4, count("SELECT COUNT(*) FROM articles"));
    assertEquals(0, count("SELECT COUNT(*) FROM quotes WHERE article_id = 'nul'"));
    assertTrue(r.rejections().get(0).error().getMessage().contains("nul"));
  }
}
