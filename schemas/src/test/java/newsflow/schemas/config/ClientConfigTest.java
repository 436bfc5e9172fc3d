package newsflow.schemas.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigTest {

  @Test
  void passesPrefixedVariablesThroughButNotTheOnesNewsflowReadsItself() {
    Map<String, String> env = Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SSL", "NEWSFLOW_KAFKA_PORT", "9092",
        "NEWSFLOW_KAFKA_LOG_LEVEL", "INFO", "NEWSFLOW_REGISTRY_PORT", "8081",
        "NEWSFLOW_REGISTRY_BASIC_AUTH_USER_INFO", "u:p");
    assertEquals(Map.of("security.protocol", "SSL"), ClientConfig.passThrough(env, ClientConfig.ENV_KAFKA_PREFIX));
    assertEquals(Map.of("basic.auth.user.info", "u:p"), ClientConfig.passThrough(env, ClientConfig.ENV_REGISTRY_PREFIX));
  }
}
