package newsflow.enrich.topology;

import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Where the enrich stage's exception handlers send dead letters ({@code news.enrich.dlq.v1}). The
 * send must be durable when it returns, so the failed record's offset can be committed after it.
 */
@FunctionalInterface
public interface DeadLetterSink extends AutoCloseable {
  void send(ProducerRecord<byte[], byte[]> deadLetter);

  @Override
  default void close() {}
}
