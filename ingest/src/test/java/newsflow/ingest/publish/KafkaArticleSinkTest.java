package newsflow.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Properties;
import newsflow.schemas.config.ClientConfig;
import org.junit.jupiter.api.Test;

class KafkaArticleSinkTest {

  @Test
  void producerIsIdempotentWithAcksAllWhateverThePassThroughSays() {
    ClientConfig client = ClientConfig.fromEnv(Map.of(
        "NEWSFLOW_BOOTSTRAP_SERVERS", "broker-1:9092",
        "NEWSFLOW_SCHEMA_REGISTRY_URL", "http://registry:8081",
        "NEWSFLOW_KAFKA_ACKS", "1",
        "NEWSFLOW_KAFKA_ENABLE_IDEMPOTENCE", "false",
        "NEWSFLOW_KAFKA_LINGER_MS", "5",
        "NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SSL"), null, null);
    Properties p = KafkaArticleSink.producerProperties(client, "newsflow-ingest");
    assertEquals("all", p.get("acks"));
    assertEquals("true", p.get("enable.idempotence"));
    assertEquals("broker-1:9092", p.get("bootstrap.servers"));
    assertEquals("5", p.get("linger.ms"), "other settings pass through");
    assertEquals("SSL", p.get("security.protocol"));
  }
}
