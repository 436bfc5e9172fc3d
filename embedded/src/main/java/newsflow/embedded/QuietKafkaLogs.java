package newsflow.embedded;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Lowers Kafka's own loggers to WARN when the application has not configured them, because a broker
 * logs hundreds of INFO lines while starting. Works when Logback is the SLF4J backend; an explicit
 * level in the application's logging configuration always wins.
 */
final class QuietKafkaLogs {

  static final List<String> KAFKA_LOGGERS = List.of("kafka", "org.apache.kafka", "state.change.logger");
  /** Loggers whose WARN lines are routine for a fresh single-node cluster (e.g. bootstrapping an empty metadata log). */
  static final List<String> ROUTINE_WARNINGS = List.of("org.apache.kafka.controller.QuorumController");
  private static final String LOGBACK_CONTEXT = "ch.qos.logback.classic.LoggerContext";

  private QuietKafkaLogs() {}

  static void apply() {
    if (!LOGBACK_CONTEXT.equals(LoggerFactory.getILoggerFactory().getClass().getName())) return;
    LogbackLevels.setUnlessConfigured(KAFKA_LOGGERS, "WARN");
    LogbackLevels.setUnlessConfigured(ROUTINE_WARNINGS, "ERROR");
  }

  /** Kept apart so that Logback classes are loaded only when Logback is present. */
  private static final class LogbackLevels {
    static void setUnlessConfigured(List<String> names, String level) {
      var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
      for (String name : names) {
        ch.qos.logback.classic.Logger logger = context.getLogger(name);
        if (logger.getLevel() == null) logger.setLevel(ch.qos.logback.classic.Level.toLevel(level));
      }
    }
  }
}
