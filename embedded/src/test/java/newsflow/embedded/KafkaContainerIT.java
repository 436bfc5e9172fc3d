package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdes;
import newsflow.v1.RawArticle;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same Avro round trip against Apache Kafka's own {@code apache/kafka} image, where Docker exists
 * (skipped otherwise; the embedded-broker ITs are what run in CI). The registry is the embedded one,
 * storing its schemas in the container's {@code _schemas} topic.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerIT {

  @Container
  static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

  @Test
  void rawArticlesRoundTripThroughTheApacheKafkaImage() throws Exception {
    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(KAFKA.getBootstrapServers(), 0)) {
      SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
      Serde<RawArticle> serde = AvroSerdes.specific(RawArticle.class, client, false);
      String topic = "news.articles.raw.v1";
      try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
          Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()),
          new StringSerializer(), serde.serializer())) {
        producer.send(new ProducerRecord<>(topic, "c1", TestArticles.article("c1"))).get();
      }
      List<RawArticle> got = new ArrayList<>();
      try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(Map.of(
          ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
          ConsumerConfig.GROUP_ID_CONFIG, "container-it",
          ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), serde.deserializer())) {
        consumer.subscribe(List.of(topic));
        long deadline = System.currentTimeMillis() + 60_000;
        while (got.isEmpty() && System.currentTimeMillis() < deadline) {
          consumer.poll(Duration.ofMillis(500)).forEach(r -> got.add(r.value()));
        }
      }
      assertEquals(List.of(TestArticles.article("c1")), got);
      assertEquals(1, client.latest(topic + "-value").version());
    }
  }
}
