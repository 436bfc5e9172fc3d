package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.embedded.EmbeddedKafka;
import newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsCommandIT {
  @TempDir Path dir;

  @Test
  void createsEveryTopicWithPartitionsAndACompactedRegistryTopicAndIsRepeatable() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      Cli.Result first = Cli.run(Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
          "topics", "create", "--partitions", "3");
      assertEquals(0, first.exit(), first.err());
      assertEquals(7, first.out().lines().filter(l -> l.startsWith("created")).count(), first.out());
      List<String> expected = List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ENRICHED, Topics.ALERTS, Topics.INGEST_DLQ,
          Topics.ENRICH_DLQ, Topics.SINK_DLQ, Topics.SCHEMAS);
      // metadata reaches the admin client's view a moment after the creation is acknowledged
      Set<String> names = kafka.admin().listTopics().names().get();
      for (int i = 0; i < 50 && !names.containsAll(expected); i++) {
        Thread.sleep(200);
        names = kafka.admin().listTopics().names().get();
      }
      assertTrue(names.containsAll(expected), names.toString());
      Map<String, TopicDescription> d = kafka.admin().describeTopics(expected).allTopicNames().get();
      assertEquals(3, d.get(Topics.ARTICLES_RAW).partitions().size());
      assertEquals(1, d.get(Topics.SCHEMAS).partitions().size());
      ConfigResource schemas = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SCHEMAS);
      Config config = kafka.admin().describeConfigs(List.of(schemas)).all().get().get(schemas);
      assertEquals("compact", config.get("cleanup.policy").value());

      Cli.Result again = Cli.run("topics", "create", "--bootstrap-servers", kafka.bootstrapServers());
      assertEquals(0, again.exit(), again.err());
      assertEquals(7, again.out().lines().filter(l -> l.startsWith("exists")).count(), again.out());
    }
  }

  @Test
  void withoutBootstrapServersIsOneLine() {
    Cli.Result r = Cli.run("topics", "create");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals("newsflow: --bootstrap-servers (or NEWSFLOW_BOOTSTRAP_SERVERS) is required", r.err().strip());
  }
}
