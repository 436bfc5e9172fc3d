package newsflow.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's storage: a single-partition compacted Kafka topic ({@code _schemas}) of JSON records,
 * folded into a {@link RegistryState}. Not thread-safe: the registry calls it under one lock.
 * Registration keys carry a unique proposal id so that compaction never drops a record and every reader
 * replays the same sequence of proposals.
 */
final class SchemaLog implements AutoCloseable {

  static final String TOPIC = "_schemas";
  private static final Logger LOG = LoggerFactory.getLogger(SchemaLog.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final TopicPartition partition = new TopicPartition(TOPIC, 0);
  private final KafkaProducer<byte[], byte[]> producer;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final RegistryState state = new RegistryState();

  SchemaLog(String bootstrapServers) {
    createTopicIfMissing(bootstrapServers);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-schema-registry-producer");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    producer = new KafkaProducer<>(p);
    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    c.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-schema-registry-reader");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    consumer = new KafkaConsumer<>(c);
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
    catchUp();
  }

  RegistryState state() {
    return state;
  }

  /** Reads the log to its current end, so that the state reflects every write acknowledged before this call. */
  void catchUp() {
    long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
    readUntil(end);
  }

  /** Writes a registration proposal and reads the log past it; returns whether the log accepted it. */
  boolean proposeRegister(String subject, int version, int id, String schema) {
    ObjectNode key = JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject).put("version", version)
        .put("id", id).put("proposal", UUID.randomUUID().toString()).put("magic", 1);
    ObjectNode value = JSON.createObjectNode().put("subject", subject).put("version", version).put("id", id)
        .put("schema", schema).put("deleted", false);
    long offset = write(key, value);
    readUntil(offset + 1);
    return state.liveVersions(subject).stream().anyMatch(v -> v.version() == version && v.id() == id && v.schema().equals(schema));
  }

  void delete(String subject, int version, int id) {
    ObjectNode key = JSON.createObjectNode().put("keytype", "DELETE_SCHEMA").put("subject", subject)
        .put("version", version).put("id", id).put("magic", 1);
    ObjectNode value = JSON.createObjectNode().put("subject", subject).put("version", version).put("id", id).put("deleted", true);
    readUntil(write(key, value) + 1);
  }

  void config(String subject, String level) {
    ObjectNode key = JSON.createObjectNode().put("keytype", "CONFIG").put("magic", 0);
    if (subject == null) key.putNull("subject"); else key.put("subject", subject);
    ObjectNode value = JSON.createObjectNode().put("compatibilityLevel", level);
    readUntil(write(key, value) + 1);
  }

  private long write(ObjectNode key, ObjectNode value) {
    try {
      RecordMetadata meta = producer.send(new ProducerRecord<>(TOPIC, 0, bytes(key), bytes(value)))
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return meta.offset();
    } catch (ExecutionException e) {
      throw new EmbeddedKafkaException("cannot write to " + TOPIC, e.getCause());
    } catch (TimeoutException e) {
      throw new EmbeddedKafkaException("timed out writing to " + TOPIC, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedKafkaException("interrupted writing to " + TOPIC, e);
    }
  }

  private void readUntil(long offset) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (consumer.position(partition, TIMEOUT) < offset) {
      if (System.nanoTime() > deadline) {
        throw new EmbeddedKafkaException("timed out reading " + TOPIC + " up to offset " + offset, null);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
        apply(record);
      }
    }
  }

  private void apply(ConsumerRecord<byte[], byte[]> record) {
    if (record.key() == null) return;
    try {
      JsonNode key = JSON.readTree(record.key());
      JsonNode value = record.value() == null ? null : JSON.readTree(record.value());
      String keytype = key.path("keytype").asText("");
      switch (keytype) {
        case "SCHEMA" -> {
          if (value == null || !value.hasNonNull("schema")) return;
          if (value.path("deleted").asBoolean(false)) {
            state.applyDelete(value.path("subject").asText(), value.path("version").asInt(), value.path("id").asInt());
          } else {
            state.applyRegister(value.path("subject").asText(), value.path("version").asInt(), value.path("id").asInt(),
                value.get("schema").asText());
          }
        }
        case "DELETE_SCHEMA" -> {
          if (value != null) {
            state.applyDelete(value.path("subject").asText(), value.path("version").asInt(), value.path("id").asInt());
          }
        }
        case "CONFIG" -> {
          String subject = key.hasNonNull("subject") ? key.get("subject").asText() : null;
          String level = value == null || !value.hasNonNull("compatibilityLevel") ? null : value.get("compatibilityLevel").asText();
          state.applyConfig(subject, level);
        }
        default -> LOG.debug("Skipping {} record at offset {}", keytype, record.offset());
      }
    } catch (java.io.IOException e) {
      LOG.warn("Skipping unreadable record in {} at offset {}: {}", TOPIC, record.offset(), e.getMessage());
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void createTopicIfMissing(String bootstrapServers) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-schema-registry-admin"))) {
      int brokers = admin.describeCluster().nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
      short replication = (short) Math.max(1, Math.min(3, brokers));
      NewTopic topic = new NewTopic(TOPIC, 1, replication).configs(Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
          TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(Math.max(1, replication - 1))));
      try {
        admin.createTopics(List.of(topic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        LOG.debug("Created {} (compacted, replication {})", TOPIC, replication);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) throw e;
      }
    } catch (ExecutionException e) {
      throw new EmbeddedKafkaException("cannot create topic " + TOPIC + " at " + bootstrapServers, e.getCause());
    } catch (TimeoutException e) {
      throw new EmbeddedKafkaException("Kafka at " + bootstrapServers + " did not answer within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedKafkaException("interrupted creating " + TOPIC, e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
    consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
  }
}
