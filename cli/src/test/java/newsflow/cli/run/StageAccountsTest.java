package newsflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StageAccountsTest {
  @Test
  void aBalancedAccountReadsAsASumAndAnOpenOneSaysHowManyAreOpen() {
    StageAccounts.Account enrich = StageAccounts.enrich(57, 56, 2, 1);
    assertEquals("enrich news.articles.raw.v1: in 59 = enriched 56 + dead-lettered 3", enrich.line());
    assertTrue(enrich.balanced());

    StageAccounts.Account ingest = new StageAccounts.Account("ingest", "", 10, "published", 7, 1, "deduplicated", 1);
    assertFalse(ingest.balanced());
    assertEquals(1, ingest.open());
    assertEquals("ingest: in 10 = published 7 + dead-lettered 1 + deduplicated 1 (1 still open)", ingest.line());
  }

  @Test
  void theGaugesFollowTheLiveCounts() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    AtomicLong read = new AtomicLong();
    StageAccounts.bind(registry, () -> List.of(StageAccounts.enrich(read.get(), 3, 0, 0)));
    read.set(5);
    String scrape = registry.scrape();
    assertTrue(scrape.contains("newsflow_stage_account_records{part=\"in\",source=\"news.articles.raw.v1\",stage=\"enrich\"} 5.0"),
        scrape);
    assertTrue(scrape.contains("newsflow_stage_account_records{part=\"open\",source=\"news.articles.raw.v1\",stage=\"enrich\"} 2.0"),
        scrape);
  }
}
