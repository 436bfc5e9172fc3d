package newsflow.enrich.topology;

import newsflow.v1.OfficialAlert;

/**
 * Observes the enrich stage: records in, articles enriched (with the NLP latency), alerts fired and
 * records dead-lettered. The cli binds it to Micrometer; the default does nothing.
 */
public interface EnrichListener {
  /** The listener that ignores everything. */
  EnrichListener NONE = new EnrichListener() {};

  /** A raw article was read from the input topic. */
  default void articleRead() {}

  /** An article was enriched; {@code analyzed} is false when the NLP skipped it (not English). */
  default void articleEnriched(long latencyNanos, String language, boolean analyzed) {}

  /** An alert was emitted. */
  default void alertFired(OfficialAlert alert) {}

  /** A record went to the DLQ; {@code reason} is "deserialization", "processing" or "serialization". */
  default void deadLettered(String reason) {}
}
