package newsflow.embedded;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import newsflow.embedded.SchemaRecords.Entry;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's storage: a single-partition compacted topic ({@code _schemas} unless named otherwise) in Confluent's record
 * format ({@link SchemaRecords}), folded into a {@link RegistryState}. Not thread-safe: the registry calls
 * it under one lock.
 *
 * <p>Writes are Kafka transactions under one transactional id per topic, so that several registries on a
 * cluster never interleave: a writer reads the log after taking the id (which fences every earlier holder),
 * computes its records from that state and commits them; if another instance took the id in between, the
 * commit fails and the writer starts again from a fresh read. Unreadable records are logged and skipped.
 */
final class SchemaLog implements AutoCloseable {

  /** The topic Confluent's registry uses by default ({@code kafkastore.topic}). */
  static final String DEFAULT_TOPIC = "_schemas";
  private static final Logger LOG = LoggerFactory.getLogger(SchemaLog.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_ATTEMPTS = 20;
  private static final int LOGGED_SKIPS = 20;

  /** One record to append: a null value is a tombstone. */
  record Rec(byte[] key, byte[] value) {}

  /** What a write appends (atomically, possibly nothing) and what it answers. */
  record Write<T>(List<Rec> records, T result) {
    static <T> Write<T> nothing(T result) {
      return new Write<>(List.of(), result);
    }
  }

  private final String bootstrapServers;
  private final String topic;
  private final TopicPartition partition;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final RegistryState state = new RegistryState();
  /** Keys in an earlier newsflow form whose latest record is not a tombstone (ISO-8859-1 view of the bytes). */
  private final Map<String, byte[]> nonCanonical = new LinkedHashMap<>();
  private KafkaProducer<byte[], byte[]> producer;
  private long skipped;

  SchemaLog(String bootstrapServers, String topic) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.partition = new TopicPartition(topic, 0);
    createTopicIfMissing();
    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    c.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-schema-registry-reader");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    consumer = new KafkaConsumer<>(c);
    try {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      catchUp();
      if (!nonCanonical.isEmpty()) migrate();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  RegistryState state() {
    return state;
  }

  /** Records skipped as unreadable since start. */
  long skippedRecords() {
    return skipped;
  }

  /** Reads the log to its current end, so that the state reflects every write committed before this call. */
  void catchUp() {
    long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
    readUntil(end);
  }

  /**
   * Computes records from the current state and appends them in one transaction, starting again from a
   * fresh read when another registry wrote in between. {@code op} may throw to refuse the write.
   */
  <T> T write(Function<RegistryState, Write<T>> op) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      ensureProducer(); // taking the transactional id first: whatever we read next, nobody can overwrite
      catchUp();
      Write<T> write = op.apply(state);
      if (write.records().isEmpty()) return write.result();
      try {
        long last = append(write.records());
        readUntil(last + 1);
        return write.result();
      } catch (Fenced e) {
        LOG.debug("Another registry wrote to {} (attempt {}); reading again", topic, attempt);
        closeProducer();
        sleepQuietly(ThreadLocalRandom.current().nextLong(5, 50));
      }
    }
    throw new EmbeddedKafkaException("could not write to " + topic + " after " + MAX_ATTEMPTS
        + " attempts: other registries kept writing", null);
  }

  private void migrate() {
    int keys = nonCanonical.size();
    write(s -> {
      List<Rec> records = new ArrayList<>();
      // tombstones first: Confluent reads an old key as the same logical key, so the current state must follow
      nonCanonical.values().forEach(key -> records.add(new Rec(key, null)));
      for (String subject : s.subjects(RegistryState.Filter.ALL)) {
        for (RegistryState.Version v : s.versions(subject, RegistryState.Filter.ALL)) {
          records.add(new Rec(SchemaRecords.schemaKey(subject, v.version()),
              SchemaRecords.schemaValue(subject, v.version(), v.id(), v.schema(), v.deleted())));
        }
      }
      s.globalCompatibility().ifPresent(level ->
          records.add(new Rec(SchemaRecords.configKey(null), SchemaRecords.configValue(null, level))));
      for (String subject : s.subjectsWithCompatibility()) {
        records.add(new Rec(SchemaRecords.configKey(subject),
            SchemaRecords.configValue(subject, s.subjectCompatibility(subject).orElseThrow())));
      }
      return new Write<>(records, null);
    });
    LOG.info("Rewrote {} in Confluent's record format ({} records of an earlier newsflow version replaced)", topic, keys);
  }

  private long append(List<Rec> records) throws Fenced {
    try {
      producer.beginTransaction();
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (Rec r : records) sent.add(producer.send(new ProducerRecord<>(topic, 0, r.key(), r.value())));
      producer.commitTransaction();
      return sent.get(sent.size() - 1).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).offset();
    } catch (ExecutionException | KafkaException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      if (isFenced(cause)) throw new Fenced();
      discardProducer();
      throw new EmbeddedKafkaException("cannot write to " + topic + ": " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      discardProducer();
      throw new EmbeddedKafkaException("timed out writing to " + topic, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      discardProducer();
      throw new EmbeddedKafkaException("interrupted writing to " + topic, e);
    }
  }

  /** After a failed write the producer may be unusable (e.g. its id expired): the next write starts a new one. */
  private void discardProducer() {
    try {
      producer.abortTransaction();
    } catch (RuntimeException e) {
      LOG.debug("abort after a failed write to {} failed too: {}", topic, e.toString());
    }
    closeProducer();
  }

  private static boolean isFenced(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ProducerFencedException || c instanceof InvalidProducerEpochException) return true;
    }
    return false;
  }

  private void ensureProducer() {
    if (producer != null) return;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-schema-registry-writer");
    // one id for every registry on this topic: taking it fences the previous holder's writes
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsflow-schema-registry-" + topic);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    KafkaProducer<byte[], byte[]> created = new KafkaProducer<>(p);
    try {
      created.initTransactions();
    } catch (RuntimeException e) {
      created.close(Duration.ZERO);
      throw new EmbeddedKafkaException("cannot start writing to " + topic + " (transactions on " + bootstrapServers
          + "): " + e.getMessage(), e);
    }
    producer = created;
  }

  private void closeProducer() {
    if (producer == null) return;
    try {
      producer.close(Duration.ZERO);
    } catch (RuntimeException e) {
      LOG.debug("closing the {} writer failed: {}", topic, e.toString());
    }
    producer = null;
  }

  // ---- reading ------------------------------------------------------------------------------------

  private void readUntil(long offset) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    long skippedBefore = skipped;
    while (consumer.position(partition, TIMEOUT) < offset) {
      if (System.nanoTime() > deadline) {
        throw new EmbeddedKafkaException("timed out reading " + topic + " up to offset " + offset, null);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
        apply(record);
      }
    }
    if (skipped > LOGGED_SKIPS && skipped > skippedBefore) {
      LOG.warn("{} unreadable records skipped in {} so far ({} just now)", skipped, topic, skipped - skippedBefore);
    }
  }

  private void apply(ConsumerRecord<byte[], byte[]> record) {
    Entry entry;
    try {
      entry = SchemaRecords.decode(record.key(), record.value());
    } catch (SchemaRecords.MalformedRecordException e) {
      skip(record, e.getMessage());
      return;
    }
    String rawKey = new String(record.key(), StandardCharsets.ISO_8859_1);
    if (record.value() == null) {
      nonCanonical.remove(rawKey);
    } else if (SchemaRecords.isNonCanonical(record.key(), entry)) {
      nonCanonical.put(rawKey, record.key());
    }
    try {
      applyEntry(entry, record.offset());
    } catch (RuntimeException e) {
      skip(record, e.toString());
    }
  }

  private void applyEntry(Entry entry, long offset) {
    if (entry instanceof SchemaRecords.SchemaPut p) {
      String problem = unservable(p.schemaType(), p.hasReferences(), p.schema());
      if (problem != null) {
        state.reserveId(p.id());
        LOG.warn("{} offset {}: subject {} version {} (id {}) is not served: {}; its id stays reserved", topic, offset,
            p.subject(), p.version(), p.id(), problem);
      } else if (!state.put(p.subject(), p.version(), p.id(), p.schema(), p.deleted())) {
        LOG.warn("{} offset {}: ignored subject {} version {}: id {} already names another schema", topic, offset,
            p.subject(), p.version(), p.id());
      }
    } else if (entry instanceof SchemaRecords.SchemaTombstone t) {
      state.tombstone(t.subject(), t.version());
    } else if (entry instanceof SchemaRecords.DeleteSubject d) {
      state.deleteSubject(d.subject(), d.version());
    } else if (entry instanceof SchemaRecords.ClearSubject c) {
      state.clearSubject(c.subject());
    } else if (entry instanceof SchemaRecords.Config c) {
      if (c.level() != null && !Compatibility.LEVELS.contains(c.level())) {
        LOG.warn("{} offset {}: ignored unknown compatibility level {}", topic, offset, c.level());
      } else {
        state.config(c.subject(), c.level());
      }
    } else if (entry instanceof SchemaRecords.Mode m) {
      state.mode(m.subject(), m.mode());
    } else if (entry instanceof SchemaRecords.LegacyProposal p) {
      if (unservable("AVRO", false, p.schema()) == null) {
        state.legacyProposal(p.subject(), p.version(), p.id(), p.schema());
      } else {
        state.reserveId(p.id());
      }
    } else if (entry instanceof SchemaRecords.LegacyDelete d) {
      state.legacyDelete(d.subject(), d.version(), d.id());
    } else if (entry instanceof SchemaRecords.Ignored i) {
      LOG.trace("{} offset {}: {} record, nothing to apply", topic, offset, i.keytype());
    }
  }

  /** Why a stored schema cannot be served here, or null when it can. */
  private static String unservable(String type, boolean references, String schema) {
    if (!"AVRO".equalsIgnoreCase(type)) return "schema type " + type + " (this registry serves AVRO only)";
    if (references) return "it uses schema references (not supported here)";
    try {
      new Schema.Parser().parse(schema);
      return null;
    } catch (RuntimeException e) {
      return "not valid Avro: " + e.getMessage();
    }
  }

  private void skip(ConsumerRecord<byte[], byte[]> record, String reason) {
    skipped++;
    if (skipped <= LOGGED_SKIPS) {
      LOG.warn("Skipping unreadable record in {} at offset {}: {} (key: {})", topic, record.offset(), reason,
          SchemaRecords.preview(record.key()));
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void createTopicIfMissing() {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-schema-registry-admin"))) {
      int brokers = admin.describeCluster().nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
      short replication = (short) Math.max(1, Math.min(3, brokers));
      NewTopic newTopic = new NewTopic(topic, 1, replication).configs(Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
          TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(Math.max(1, replication - 1))));
      try {
        admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        LOG.debug("Created {} (compacted, replication {})", topic, replication);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) throw e;
      }
    } catch (ExecutionException e) {
      throw new EmbeddedKafkaException("cannot create topic " + topic + " at " + bootstrapServers, e.getCause());
    } catch (TimeoutException e) {
      throw new EmbeddedKafkaException("Kafka at " + bootstrapServers + " did not answer within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedKafkaException("interrupted creating " + topic, e);
    }
  }

  @Override
  public void close() {
    closeProducer();
    consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
  }

  /** Another registry took the transactional id: our transaction did not commit. */
  private static final class Fenced extends Exception {
    private static final long serialVersionUID = 1L;

    Fenced() {
      super(null, null, false, false);
    }
  }
}
