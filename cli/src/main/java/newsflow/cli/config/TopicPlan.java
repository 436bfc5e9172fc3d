package newsflow.cli.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.schemas.Topics;

/**
 * The topics newsflow needs, with partitions and configs: the three data topics scale with
 * {@code partitions} (consumer groups and Kafka Streams tasks spread over them), the DLQs likewise,
 * and the registry's {@code _schemas} is one compacted partition as the registry requires.
 */
public final class TopicPlan {
  /** One topic to create. */
  public record TopicSpec(String name, int partitions, Map<String, String> configs) {}

  private TopicPlan() {}

  public static List<TopicSpec> topics(int partitions, boolean includeRegistry) {
    if (partitions < 1) throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    List<TopicSpec> out = new ArrayList<>();
    for (String t : List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ENRICHED, Topics.ALERTS)) {
      out.add(new TopicSpec(t, partitions, Map.of()));
    }
    for (String t : List.of(Topics.INGEST_DLQ, Topics.ENRICH_DLQ, Topics.SINK_DLQ)) {
      out.add(new TopicSpec(t, partitions, Map.of()));
    }
    if (includeRegistry) {
      out.add(new TopicSpec(Topics.SCHEMAS, 1, Map.of("cleanup.policy", "compact")));
    }
    return out;
  }
}
