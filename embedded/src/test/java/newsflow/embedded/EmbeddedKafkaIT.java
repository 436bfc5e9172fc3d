package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

  @TempDir Path dataDir;
  @TempDir Path otherDir;

  @Test
  void keepsTopicsAndRecordsAcrossARestartOnTheSameDirectory() throws Exception {
    String clusterId;
    int port;
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
      System.out.printf("embedded Kafka cold start: %d ms%n", kafka.startupMillis());
      assertTrue(kafka.startupMillis() > 0);
      clusterId = kafka.clusterId();
      port = kafka.port();
      EmbeddedKafkaException twice = assertThrows(EmbeddedKafkaException.class, () -> EmbeddedKafka.start(dataDir));
      assertTrue(twice.getMessage().contains("in use"), twice.getMessage());
      EmbeddedKafkaException busyPort = assertThrows(EmbeddedKafkaException.class,
          () -> EmbeddedKafka.start(otherDir, kafka.port()));
      assertTrue(busyPort.getMessage().contains("port is in use"), busyPort.getMessage());
      kafka.createTopic("articles", 2, Map.of("cleanup.policy", "compact"));
      kafka.createTopic("articles", 2, Map.of()); // idempotent
      produce(kafka.bootstrapServers(), "articles", "a1", "first");
      assertEquals(List.of("a1=first"), consumeAll(kafka.bootstrapServers(), "articles", 1));
    }
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, port)) {
      System.out.printf("embedded Kafka warm restart: %d ms%n", kafka.startupMillis());
      assertEquals(clusterId, kafka.clusterId());
      assertEquals("127.0.0.1:" + port, kafka.bootstrapServers());
      assertEquals("compact", kafka.admin().describeConfigs(List.of(
              new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "articles")))
          .all().get().values().iterator().next().get("cleanup.policy").value());
      produce(kafka.bootstrapServers(), "articles", "a2", "second");
      assertEquals(List.of("a1=first", "a2=second"), consumeAll(kafka.bootstrapServers(), "articles", 2));
    }
  }

  static void produce(String bootstrap, String topic, String key, String value) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }

  static List<String> consumeAll(String bootstrap, String topic, int expected) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<String> out = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 20_000;
      while (out.size() < expected && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          out.add(r.key() + "=" + r.value());
        }
      }
    }
    out.sort(null);
    return out;
  }
}
