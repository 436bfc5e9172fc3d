package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class QuietKafkaLogsTest {

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

  @AfterEach
  void reset() {
    for (String name : QuietKafkaLogs.KAFKA_LOGGERS) context.getLogger(name).setLevel(null);
    for (String name : QuietKafkaLogs.ROUTINE_WARNINGS) context.getLogger(name).setLevel(null);
  }

  @Test
  void lowersUnconfiguredKafkaLoggersToWarnButKeepsExplicitLevels() {
    context.getLogger("org.apache.kafka").setLevel(null);
    context.getLogger("kafka").setLevel(null);
    context.getLogger("state.change.logger").setLevel(Level.DEBUG); // the application asked for it
    assertEquals(Level.INFO, context.getLogger("kafka.server.BrokerServer").getEffectiveLevel());

    QuietKafkaLogs.apply();

    assertEquals(Level.WARN, context.getLogger("kafka.server.BrokerServer").getEffectiveLevel());
    assertEquals(Level.WARN, context.getLogger("org.apache.kafka.clients.NetworkClient").getEffectiveLevel());
    assertEquals(Level.ERROR, context.getLogger("org.apache.kafka.controller.QuorumController").getEffectiveLevel());
    assertEquals(Level.DEBUG, context.getLogger("state.change.logger").getEffectiveLevel());
    assertEquals(Level.INFO, context.getLogger("newsflow.embedded.EmbeddedKafka").getEffectiveLevel());
  }
}
