package newsflow.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import newsflow.ingest.source.ArticleSink;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.serde.AvroSerdeConfig;
import newsflow.schemas.serde.AvroSerializer;
import newsflow.v1.RawArticle;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link RawArticle} records to {@code news.articles.raw.v1} (key = article id, value =
 * Confluent-wire-format Avro) with an idempotent, {@code acks=all} producer, and dead letters to
 * {@code news.ingest.dlq.v1} with provenance headers. A record that cannot be serialised or
 * delivered is dead-lettered with its bytes before the caller is told.
 */
public final class KafkaArticleSink implements ArticleSink, AutoCloseable {
  /** The stage name written in dead-letter headers. */
  public static final String STAGE = "ingest";
  /** Dead-letter values are cut to this size so they fit the broker's default 1 MB record limit. */
  public static final int MAX_DLQ_PAYLOAD = 512 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(KafkaArticleSink.class);

  private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(60);

  private final Producer<byte[], byte[]> producer;
  private final Map<String, Object> consumerSettings;
  private final AvroSerializer<RawArticle> serializer;
  private final String articlesTopic;
  private final String dlqTopic;
  private final Clock clock;
  // dead letters for failed deliveries are sent from here, never from the producer's I/O thread
  private final ExecutorService dlqSender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ingest-dlq-sender");
    t.setDaemon(true);
    return t;
  });

  public KafkaArticleSink(ClientConfig client, String articlesTopic, String dlqTopic, String clientId, Clock clock) {
    this.articlesTopic = articlesTopic;
    this.dlqTopic = dlqTopic;
    this.clock = clock;
    this.producer = new KafkaProducer<>(producerProperties(client, clientId));
    this.consumerSettings = consumerProperties(client, clientId);
    Map<String, Object> serde = new HashMap<>(client.registry());
    serde.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, client.schemaRegistryUrl());
    this.serializer = new AvroSerializer<>();
    serializer.configure(serde, false);
  }

  /** Settings of the consumer that reads the articles topic back after a crash ({@link #publishedSince}). */
  static Map<String, Object> consumerProperties(ClientConfig client, String clientId) {
    Map<String, Object> p = new HashMap<>();
    client.kafka().forEach((k, v) -> {
      // producer-only settings would only make the consumer warn
      if (ConsumerConfig.configNames().contains(k)) p.put(k, v);
    });
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, client.bootstrapServers());
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-recovery");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // what the broker acknowledged to the idempotent producer, whether or not a transaction wrapped it
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    p.remove(ConsumerConfig.GROUP_ID_CONFIG);
    return p;
  }

  /** Producer settings: pass-through first, then the guarantees this sink relies on. */
  static Properties producerProperties(ClientConfig client, String clientId) {
    Properties p = new Properties();
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
    p.putAll(client.kafka());
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, client.bootstrapServers());
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  @Override
  public void publish(RawArticle article, Callback callback) {
    byte[] key = article.getId().getBytes(StandardCharsets.UTF_8);
    String provenance = article.getUrl() != null ? article.getUrl() : "article:" + article.getId();
    byte[] value;
    try {
      value = serializer.serialize(articlesTopic, article);
    } catch (RuntimeException e) {
      deadLetter(provenance, key, article.toString().getBytes(StandardCharsets.UTF_8), e,
          (delivery, dlqError) -> callback.done(delivery, e));
      return;
    }
    try {
      producer.send(new ProducerRecord<>(articlesTopic, key, value), (metadata, error) -> {
        if (error == null) {
          callback.done(Delivery.PUBLISHED, null);
          return;
        }
        dlqSender.execute(() -> deadLetter(provenance, key, value, error,
            (delivery, dlqError) -> callback.done(delivery, error)));
      });
    } catch (RuntimeException e) {
      // refused before it was queued (closed producer, buffer full for max.block.ms): nothing is stored
      callback.done(Delivery.FAILED, e);
    }
  }

  @Override
  public void deadLetter(String sourceUri, byte[] key, byte[] payload, Throwable error, Callback callback) {
    // a record the broker refused as too large must still fit as a dead letter
    byte[] value = payload != null && payload.length > MAX_DLQ_PAYLOAD ? Arrays.copyOf(payload, MAX_DLQ_PAYLOAD) : payload;
    ProducerRecord<byte[], byte[]> record =
        DeadLetters.forInput(dlqTopic, STAGE, sourceUri, key, value, error, clock.instant());
    try {
      producer.send(record, (metadata, e) -> {
        if (e != null) LOG.error("could not dead-letter {} to {}: {}", sourceUri, dlqTopic, e.toString());
        callback.done(e == null ? Delivery.DEAD_LETTERED : Delivery.FAILED, e);
      });
    } catch (RuntimeException e) {
      LOG.error("could not dead-letter {} to {}: {}", sourceUri, dlqTopic, e.toString());
      callback.done(Delivery.FAILED, e);
    }
  }

  /**
   * The keys (article ids) of the records on the articles topic whose timestamp is at or after
   * {@code since}: a consumer of its own, assigned to every partition from the offset of that time
   * to the end offset as of now, committing nothing.
   */
  @Override
  public Set<String> publishedSince(Instant since) {
    Map<String, Object> props = new HashMap<>(consumerSettings);
    Set<String> ids = new HashSet<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(articlesTopic, RECOVERY_TIMEOUT).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      if (partitions.isEmpty()) return ids;
      consumer.assign(partitions);
      Map<TopicPartition, Long> query = new HashMap<>();
      partitions.forEach(tp -> query.put(tp, since.toEpochMilli()));
      Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(query, RECOVERY_TIMEOUT);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, RECOVERY_TIMEOUT);
      Map<TopicPartition, Long> remaining = new HashMap<>();
      for (TopicPartition tp : partitions) {
        OffsetAndTimestamp from = start.get(tp);
        if (from != null && from.offset() < end.getOrDefault(tp, 0L)) remaining.put(tp, end.get(tp));
      }
      consumer.assign(remaining.keySet());
      remaining.keySet().forEach(tp -> consumer.seek(tp, start.get(tp).offset()));
      long deadline = System.nanoTime() + RECOVERY_TIMEOUT.toNanos();
      while (!remaining.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new org.apache.kafka.common.errors.TimeoutException("reading " + articlesTopic + " back since " + since
              + " took longer than " + RECOVERY_TIMEOUT);
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          TopicPartition tp = new TopicPartition(r.topic(), r.partition());
          Long stop = remaining.get(tp);
          if (stop == null || r.offset() >= stop) continue;
          if (r.key() != null) ids.add(new String(r.key(), StandardCharsets.UTF_8));
        }
        for (TopicPartition tp : List.copyOf(remaining.keySet())) {
          if (consumer.position(tp) >= remaining.get(tp)) remaining.remove(tp);
        }
      }
    }
    return ids;
  }

  @Override
  public void flush() {
    producer.flush();
    // failed deliveries queue their dead letters on the sender thread; let those through too
    try {
      dlqSender.submit(() -> { }).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.debug("dead-letter sender did not drain: {}", e.toString());
    }
    producer.flush();
  }

  @Override
  public void close() {
    try {
      flush();
    } finally {
      dlqSender.shutdown();
      producer.close(Duration.ofSeconds(30));
    }
  }
}
