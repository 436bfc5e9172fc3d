package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroDeserializer;
import newsflow.schemas.serde.AvroSerdes;
import newsflow.schemas.serde.AvroSerializer;
import newsflow.v1.RawArticle;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Avro RawArticle records through the embedded broker and registry, with plain clients configured by properties. */
class AvroRoundTripIT {

  private static final String TOPIC = "news.articles.raw.v1";

  @TempDir Path dataDir;

  @Test
  void producesAndConsumesRawArticlesAndKeepsIdsAcrossAFullRestart() throws Exception {
    int schemaId;
    int kafkaPort;
    int registryPort;
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir);
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      kafka.createTopic(TOPIC, 2, Map.of());
      kafkaPort = kafka.port();
      registryPort = registry.port();
      try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerProps(kafka, registry))) {
        for (int i = 0; i < 3; i++) {
          producer.send(new ProducerRecord<>(TOPIC, "a" + i, TestArticles.article("a" + i))).get();
        }
      }
      assertEquals(List.of(TestArticles.article("a0"), TestArticles.article("a1"), TestArticles.article("a2")),
          consume(kafka, registry, 3));
      schemaId = new SchemaRegistryClient(registry.url()).latest(TOPIC + "-value").id();
    }

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, kafkaPort);
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), registryPort)) {
      SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
      assertEquals(schemaId, client.latest(TOPIC + "-value").id(), "the registry kept its ids");
      assertEquals(RawArticle.getClassSchema(), client.schemaById(schemaId));
      Serde<RawArticle> serde = AvroSerdes.specific(RawArticle.class, client, false);
      byte[] bytes = serde.serializer().serialize(TOPIC, TestArticles.article("a3"));
      assertEquals(schemaId, ByteBuffer.wrap(bytes, 1, 4).getInt(), "the same schema keeps its id after the restart");
      try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerProps(kafka, registry))) {
        producer.send(new ProducerRecord<>(TOPIC, "a3", TestArticles.article("a3"))).get();
      }
      assertEquals(4, consume(kafka, registry, 4).size(), "records written before the restart are still readable");
    }
  }

  private static Properties producerProps(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class.getName());
    p.put("schema.registry.url", registry.url());
    return p;
  }

  static Properties consumerProps(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroDeserializer.class.getName());
    p.put("schema.registry.url", registry.url());
    p.put("specific.avro.reader", "true");
    return p;
  }

  private static List<RawArticle> consume(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry, int expected) {
    List<RawArticle> out = new ArrayList<>();
    try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(consumerProps(kafka, registry))) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.currentTimeMillis() + 30_000;
      while (out.size() < expected && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, RawArticle> r : consumer.poll(Duration.ofMillis(200))) {
          assertTrue(r.value() instanceof RawArticle, "specific.avro.reader gives generated classes");
          out.add(r.value());
        }
      }
    }
    if (out.size() < expected) fail("consumed " + out.size() + " of " + expected);
    out.sort((a, b) -> a.getId().compareTo(b.getId()));
    return out;
  }
}
