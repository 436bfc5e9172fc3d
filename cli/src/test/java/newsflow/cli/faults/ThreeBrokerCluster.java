package newsflow.cli.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import newsflow.cli.config.TopicPlan;
import newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Kafka's own test kit: three brokers and three KRaft controllers in this JVM, on loopback, with
 * newsflow's topics at replication factor 3 and {@code min.insync.replicas=2}, and the transaction
 * and offsets topics replicated the same way.
 */
final class ThreeBrokerCluster implements AutoCloseable {
  final KafkaClusterTestKit kit;

  ThreeBrokerCluster(Path dir, int partitions) throws Exception {
    TestKitNodes nodes = new TestKitNodes.Builder()
        .setCombined(false).setNumBrokerNodes(3).setNumControllerNodes(3).setBaseDirectory(dir).build();
    kit = new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("default.replication.factor", "3")
        .setConfigProp("min.insync.replicas", "2")
        .setConfigProp("offsets.topic.replication.factor", "3")
        .setConfigProp("offsets.topic.num.partitions", "3")
        .setConfigProp("transaction.state.log.replication.factor", "3")
        .setConfigProp("transaction.state.log.min.isr", "2")
        .setConfigProp("transaction.state.log.num.partitions", "3")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("unclean.leader.election.enable", "false")
        .build();
    kit.format();
    kit.startup();
    kit.waitForReadyBrokers();
    List<NewTopic> topics = new ArrayList<>();
    for (TopicPlan.TopicSpec t : TopicPlan.topics(partitions, true)) {
      Map<String, String> configs = new java.util.HashMap<>(t.configs());
      configs.put("min.insync.replicas", "2");
      topics.add(new NewTopic(t.name(), t.partitions(), (short) 3).configs(configs));
    }
    try (Admin admin = admin()) {
      admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
    }
  }

  String bootstrapServers() {
    return kit.bootstrapServers();
  }

  Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return Admin.create(p);
  }

  /** The id of the broker leading partition 0 of the raw articles topic (the one worth stopping). */
  int leaderOfRawArticles() throws Exception {
    try (Admin admin = admin()) {
      return admin.describeTopics(List.of(Topics.ARTICLES_RAW)).allTopicNames().get(30, TimeUnit.SECONDS)
          .get(Topics.ARTICLES_RAW).partitions().get(0).leader().id();
    }
  }

  BrokerServer broker(int id) {
    return kit.brokers().get(id);
  }

  /** The id of the active KRaft controller (the quorum's leader). */
  int activeController() throws Exception {
    kit.waitForActiveController();
    for (Map.Entry<Integer, ControllerServer> c : kit.controllers().entrySet()) {
      if (c.getValue().controller().isActive()) return c.getKey();
    }
    throw new AssertionError("no active controller");
  }

  ControllerServer controller(int id) {
    return kit.controllers().get(id);
  }

  @Override
  public void close() {
    try {
      kit.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing the test cluster", e);
    }
  }
}
