package newsflow.cli.run;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import newsflow.ingest.source.IngestStats;
import newsflow.schemas.Topics;
import newsflow.sink.SinkMetrics;

/**
 * The account of each stage of one process: every record a stage takes in leaves it as an output
 * record, a dead letter or another settled outcome (ingest: a duplicate it dropped), so
 * {@code in = out + dead-lettered + other} once nothing is in flight. {@code newsflow run} prints
 * one line per stage when it stops and serves the parts as the gauge
 * {@code newsflow_stage_account_records{stage,source,part}} ({@code part} = in, out, dead_lettered,
 * other, open; {@code open} = in minus the rest, 0 when balanced).
 *
 * <p>The counts are this process's since it started. Enrich counts attempts: a transaction aborted
 * and replayed (a rebalance, a broker failover) is counted again on both sides, so its account
 * still balances, but its {@code in} can exceed the records on the topic.
 */
public final class StageAccounts {
  public static final String GAUGE = "newsflow.stage.account.records";

  private StageAccounts() {}

  /**
   * One stage's account for one source. {@code otherName} names {@code other} in the line (e.g.
   * "deduplicated"); {@code outName} names {@code out} (published, enriched, written, delivered).
   */
  public record Account(String stage, String source, long in, String outName, long out, long deadLettered,
      String otherName, long other) {
    /** Records taken in but not yet settled: 0 when the stage is idle and balanced. */
    public long open() {
      return in - out - deadLettered - other;
    }

    public boolean balanced() {
      return open() == 0;
    }

    /** e.g. {@code enrich news.articles.raw.v1: in 58 = enriched 57 + dead-lettered 1}. */
    public String line() {
      StringBuilder s = new StringBuilder();
      s.append(stage).append(source.isEmpty() ? "" : " " + source).append(": in ").append(in)
          .append(" = ").append(outName).append(' ').append(out).append(" + dead-lettered ").append(deadLettered);
      if (otherName != null) s.append(" + ").append(otherName).append(' ').append(other);
      if (!balanced()) s.append(String.format(Locale.ROOT, " (%d still open)", open()));
      return s.toString();
    }
  }

  /** The ingest account: articles taken in = published + dead-lettered + deduplicated. */
  public static Account ingest(IngestStats.Snapshot s) {
    return new Account("ingest", "", s.in(), "published", s.published(), s.deadLettered(), "deduplicated",
        s.deduplicated());
  }

  /**
   * The enrich account of {@code news.articles.raw.v1}: records in (articles decoded plus records
   * that did not decode) = enriched + dead-lettered (undecodable, or the analysis failed).
   * Tombstones are skipped before they count.
   */
  public static Account enrich(long articlesRead, long enriched, long deserializationDeadLetters,
      long processingDeadLetters) {
    return new Account("enrich", Topics.ARTICLES_RAW, articlesRead + deserializationDeadLetters, "enriched",
        enriched, deserializationDeadLetters + processingDeadLetters, null, 0);
  }

  /** The sink's three accounts: each source topic (written + dead-lettered) and alert delivery. */
  public static List<Account> sink(SinkMetrics.Snapshot s) {
    List<Account> out = new ArrayList<>();
    for (SinkMetrics.Account a : List.of(s.articles(), s.alerts())) {
      out.add(new Account("sink", a.topic(), a.in(), "written", a.written(), a.deadLettered(), null, 0));
    }
    SinkMetrics.Delivery d = s.delivery();
    out.add(new Account("sink", "alert delivery", d.in(), "delivered", d.settled(), d.deadLettered(), "undecodable",
        d.undecodable()));
    return out;
  }

  /** Registers the gauges of every account {@code accounts} returns (read at each scrape). */
  public static void bind(MeterRegistry registry, Supplier<List<Account>> accounts) {
    Map<String, ToLongFunction<Account>> parts = new LinkedHashMap<>();
    parts.put("in", Account::in);
    parts.put("out", Account::out);
    parts.put("dead_lettered", Account::deadLettered);
    parts.put("other", Account::other);
    parts.put("open", Account::open);
    for (Account a : accounts.get()) {
      String stage = a.stage();
      String source = a.source();
      for (Map.Entry<String, ToLongFunction<Account>> part : parts.entrySet()) {
        Gauge.builder(GAUGE, accounts, list -> list.get().stream()
                .filter(x -> x.stage().equals(stage) && x.source().equals(source))
                .mapToLong(part.getValue()).sum())
            .tag("stage", stage).tag("source", source).tag("part", part.getKey())
            .strongReference(true)
            .description("a stage's account: in = out + dead_lettered + other; open = in minus the rest")
            .register(registry);
      }
    }
  }
}
