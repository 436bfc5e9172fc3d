package newsflow.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What Confluent's cp-schema-registry would serve after reading a {@code _schemas} topic, modelled from its
 * documented store semantics independently of newsflow's reader: records are read uncommitted from the start;
 * a key is its keytype, subject and version (other key fields ignored); the last value of a key wins and a
 * null value removes it; a SCHEMA value giving a live schema's id to another schema is ignored; DELETE_SUBJECT
 * marks versions up to its version deleted; keys that do not parse or have an unknown keytype are skipped.
 * Used to check that a Confluent registry taking over the topic would serve what the embedded one serves.
 */
final class ConfluentStoreModel {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KEYTYPES = Set.of("SCHEMA", "CONFIG", "MODE", "NOOP", "DELETE_SUBJECT",
      "CLEAR_SUBJECT", "CONTEXT");

  /** A logical key: what Confluent's key classes compare. */
  private record Key(String keytype, String subject, Integer version) {}

  /** One served version. */
  record Served(int id, String schema, boolean deleted) {}

  private final Map<Key, JsonNode> store = new LinkedHashMap<>();
  private final List<String> skipped = new ArrayList<>();

  /** Reads {@code topic} from the beginning to its current end. */
  static ConfluentStoreModel read(String bootstrapServers, String topic) {
    ConfluentStoreModel model = new ConfluentStoreModel();
    for (ConsumerRecord<byte[], byte[]> r : records(bootstrapServers, topic)) model.apply(r.key(), r.value());
    return model;
  }

  /** Every record of the topic's only partition, uncommitted ones included (as Confluent's reader sees them). */
  static List<ConsumerRecord<byte[], byte[]>> records(String bootstrapServers, String topic) {
    TopicPartition tp = new TopicPartition(topic, 0);
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      long end = consumer.endOffsets(List.of(tp)).get(tp);
      long deadline = System.currentTimeMillis() + 30_000;
      while (consumer.position(tp) < end && System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
    }
    return out;
  }

  void apply(byte[] keyBytes, byte[] valueBytes) {
    Key key;
    JsonNode value;
    try {
      JsonNode k = JSON.readTree(keyBytes);
      String keytype = k.path("keytype").asText();
      if (!KEYTYPES.contains(keytype)) throw new IOException("unknown keytype " + keytype);
      key = new Key(keytype, k.hasNonNull("subject") ? k.get("subject").asText() : null,
          keytype.equals("SCHEMA") ? k.get("version").asInt() : null);
      value = valueBytes == null ? null : JSON.readTree(valueBytes);
    } catch (IOException | RuntimeException e) {
      skipped.add(e.toString());
      return;
    }
    if (key.keytype().equals("NOOP")) return;
    if (value == null) {
      store.remove(key);
      return;
    }
    if (key.keytype().equals("SCHEMA") && !value.path("deleted").asBoolean(false) && duplicatesLiveId(key, value)) return;
    store.put(key, value);
    if (key.keytype().equals("DELETE_SUBJECT")) {
      for (int v = 1; v <= value.path("version").asInt(); v++) {
        JsonNode schema = store.get(new Key("SCHEMA", key.subject(), v));
        if (schema != null) ((ObjectNode) schema).put("deleted", true);
      }
    }
  }

  private boolean duplicatesLiveId(Key key, JsonNode value) {
    for (Map.Entry<Key, JsonNode> e : store.entrySet()) {
      JsonNode other = e.getValue();
      if (e.getKey().keytype().equals("SCHEMA") && !e.getKey().equals(key) && other.path("id").asInt() == value.path("id").asInt()
          && !other.path("deleted").asBoolean(false) && !other.path("schema").asText().equals(value.path("schema").asText())) {
        return true;
      }
    }
    return false;
  }

  /** Subject -> version -> what Confluent would serve, soft-deleted versions included. */
  Map<String, Map<Integer, Served>> subjects() {
    Map<String, Map<Integer, Served>> out = new TreeMap<>();
    store.forEach((k, v) -> {
      if (!k.keytype().equals("SCHEMA")) return;
      out.computeIfAbsent(k.subject(), s -> new TreeMap<>())
          .put(k.version(), new Served(v.path("id").asInt(), v.path("schema").asText(), v.path("deleted").asBoolean(false)));
    });
    return out;
  }

  /** The compatibility level set for a subject (null for the global one), or null. */
  String compatibility(String subject) {
    JsonNode v = store.get(new Key("CONFIG", subject, null));
    return v == null || !v.hasNonNull("compatibilityLevel") ? null : v.get("compatibilityLevel").asText();
  }

  /** Subjects with their own compatibility level. */
  List<String> subjectsWithCompatibility() {
    return store.keySet().stream().filter(k -> k.keytype().equals("CONFIG") && k.subject() != null)
        .map(Key::subject).filter(s -> compatibility(s) != null).sorted().toList();
  }

  /** Reasons of the records a Confluent reader would skip. */
  List<String> skipped() {
    return skipped;
  }
}
