package newsflow.cli.run;

import io.micrometer.core.instrument.FunctionCounter;
import newsflow.cli.ops.PipelineMetrics;
import newsflow.ingest.IngestApp;
import newsflow.schemas.Topics;

/** Exposes the ingest app's own counters as Prometheus meters. */
public final class IngestMetrics {
  private IngestMetrics() {}

  public static void bind(IngestApp app, PipelineMetrics metrics) {
    var r = metrics.registry();
    FunctionCounter.builder(PipelineMetrics.RECORDS_IN, app, a -> a.stats().snapshot().in())
        .tag("stage", "ingest").register(r);
    FunctionCounter.builder(PipelineMetrics.RECORDS_OUT, app, a -> a.stats().snapshot().published())
        .tag("stage", "ingest").tag("topic", Topics.ARTICLES_RAW).register(r);
    FunctionCounter.builder(PipelineMetrics.DEAD_LETTERED, app, a -> a.stats().snapshot().deadLettered())
        .tag("stage", "ingest").tag("reason", "extract-or-publish").register(r);
    FunctionCounter.builder("newsflow.ingest.deduplicated", app, a -> a.stats().snapshot().deduplicated()).register(r);
    FunctionCounter.builder("newsflow.ingest.feed.polls", app, a -> a.stats().snapshot().feedPolls()).register(r);
  }
}
