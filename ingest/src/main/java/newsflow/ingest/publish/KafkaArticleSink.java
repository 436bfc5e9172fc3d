package newsflow.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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

  private final Producer<byte[], byte[]> producer;
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
    Map<String, Object> serde = new HashMap<>(client.registry());
    serde.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, client.schemaRegistryUrl());
    this.serializer = new AvroSerializer<>();
    serializer.configure(serde, false);
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
      deadLetter(provenance, key, article.toString().getBytes(StandardCharsets.UTF_8), e);
      callback.done(e);
      return;
    }
    producer.send(new ProducerRecord<>(articlesTopic, key, value), (metadata, error) -> {
      if (error == null) {
        callback.done(null);
        return;
      }
      dlqSender.execute(() -> {
        deadLetter(provenance, key, value, error);
        callback.done(error);
      });
    });
  }

  @Override
  public void deadLetter(String sourceUri, byte[] key, byte[] payload, Throwable error) {
    // a record the broker refused as too large must still fit as a dead letter
    byte[] value = payload != null && payload.length > MAX_DLQ_PAYLOAD ? Arrays.copyOf(payload, MAX_DLQ_PAYLOAD) : payload;
    ProducerRecord<byte[], byte[]> record =
        DeadLetters.forInput(dlqTopic, STAGE, sourceUri, key, value, error, clock.instant());
    producer.send(record, (metadata, e) -> {
      if (e != null) LOG.error("could not dead-letter {} to {}: {}", sourceUri, dlqTopic, e.toString());
    });
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
