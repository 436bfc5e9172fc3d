package newsflow.sink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedSchemaRegistry;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerializer;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** An embedded broker and registry with the sink's topics, and helpers to feed and read them. */
final class BrokerFixture implements AutoCloseable {
  final EmbeddedKafka kafka;
  final EmbeddedSchemaRegistry registry;
  final SchemaRegistryClient client;
  private final KafkaProducer<byte[], byte[]> producer;
  private final AvroSerializer<EnrichedArticle> articles;
  private final AvroSerializer<OfficialAlert> alerts;

  BrokerFixture(Path dir) {
    kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0);
    kafka.createTopic(Topics.ARTICLES_ENRICHED, 2, Map.of());
    kafka.createTopic(Topics.ALERTS, 1, Map.of());
    kafka.createTopic(Topics.SINK_DLQ, 1, Map.of());
    client = new SchemaRegistryClient(registry.url());
    articles = new AvroSerializer<>(client);
    alerts = new AvroSerializer<>(client);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  ClientConfig clientConfig() {
    return new ClientConfig(kafka.bootstrapServers(), registry.url(), Map.of(), Map.of());
  }

  void send(EnrichedArticle a) {
    sendRaw(Topics.ARTICLES_ENRICHED, a.getId(), articles.serialize(Topics.ARTICLES_ENRICHED, a));
  }

  void send(OfficialAlert a) {
    sendRaw(Topics.ALERTS, a.getId(), alerts.serialize(Topics.ALERTS, a));
  }

  byte[] bytes(EnrichedArticle a) {
    return articles.serialize(Topics.ARTICLES_ENRICHED, a);
  }

  byte[] bytes(OfficialAlert a) {
    return alerts.serialize(Topics.ALERTS, a);
  }

  void sendRaw(String topic, String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot produce to " + topic, e);
    }
  }

  /** Every record now in {@code topic}. */
  List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int expectedAtLeast) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      int emptyAfterEnough = 0;
      while (System.nanoTime() < deadline && emptyAfterEnough < 3) {
        var records = c.poll(Duration.ofMillis(500));
        records.forEach(out::add);
        if (records.isEmpty() && out.size() >= expectedAtLeast) emptyAfterEnough++;
      }
    }
    return out;
  }

  static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(100);
    }
  }

  @Override
  public void close() {
    producer.close();
    registry.close();
    kafka.close();
  }
}
