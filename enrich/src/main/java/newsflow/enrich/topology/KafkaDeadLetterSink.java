package newsflow.enrich.topology;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A {@link DeadLetterSink} backed by its own idempotent producer ({@code acks=all}); each send waits
 * for the broker's acknowledgement. It is outside the streams transaction, so a dead letter can be
 * written twice if the task is replayed after a crash (at-least-once for the DLQ).
 */
public final class KafkaDeadLetterSink implements DeadLetterSink {
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
  private final KafkaProducer<byte[], byte[]> producer;

  /** {@code clientProps} are the Kafka client settings (bootstrap servers, security) of the role. */
  public KafkaDeadLetterSink(Map<String, ?> clientProps) {
    Map<String, Object> props = new HashMap<>(clientProps);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-enrich-dlq");
    this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  @Override
  public void send(ProducerRecord<byte[], byte[]> deadLetter) {
    try {
      producer.send(deadLetter).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while writing a dead letter to " + deadLetter.topic(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaException("cannot write a dead letter to " + deadLetter.topic(), e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
