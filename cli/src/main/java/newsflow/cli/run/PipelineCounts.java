package newsflow.cli.run;

/** Totals of one running pipeline: articles published by ingest, enriched, written to the warehouse, alerts, dead letters. */
public record PipelineCounts(long ingested, long enriched, long written, long alertsWritten, long deadLettered) {
  public static final PipelineCounts ZERO = new PipelineCounts(0, 0, 0, 0, 0);
}
