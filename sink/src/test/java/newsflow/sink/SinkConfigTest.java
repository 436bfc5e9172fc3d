package newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import newsflow.schemas.config.ClientConfig;
import org.junit.jupiter.api.Test;

class SinkConfigTest {
  private static final ClientConfig CLIENT = new ClientConfig("127.0.0.1:9092", "http://127.0.0.1:8081", Map.of(), Map.of());

  @Test
  void defaultsToADuckDbFileInTheDataDirectory() {
    SinkConfig c = SinkConfig.fromEnv(Map.of("NEWSFLOW_DATA_DIR", "/tmp/nf"), CLIENT, null, null, null, false);
    assertEquals("jdbc:duckdb:" + Path.of("/tmp/nf/warehouse.duckdb"), c.warehouseUrl());
    assertNull(c.webhookUrl());
    assertEquals("newsflow-sink", c.groupId());
  }

  @Test
  void flagsWinOverEnvironment() {
    SinkConfig c = SinkConfig.fromEnv(Map.of("NEWSFLOW_WAREHOUSE_URL", "jdbc:duckdb:/tmp/env.duckdb",
        "NEWSFLOW_WEBHOOK_URL", "http://env/hook", "NEWSFLOW_WEBHOOK_TOKEN", "s3cr3t-value"), CLIENT,
        "jdbc:postgresql://db:5432/news", "https://flag/hook", null, true);
    assertEquals("jdbc:postgresql://db:5432/news", c.warehouseUrl());
    assertEquals("https://flag/hook", c.webhookUrl().toString());
    assertEquals("s3cr3t-value", c.webhookToken());
    assertFalse(c.toString().contains("s3cr3t"), "token stays out of toString");
    assertTrue(c.consoleAlerts());
  }

  @Test
  void badValuesFailFastNamingTheirKey() {
    var bad = assertThrows(ClientConfig.ConfigException.class, () -> SinkConfig.fromEnv(
        Map.of("NEWSFLOW_WAREHOUSE_URL", "jdbc:mysql://x/y"), CLIENT, null, null, null, false));
    assertEquals("NEWSFLOW_WAREHOUSE_URL", bad.key());
    var hook = assertThrows(ClientConfig.ConfigException.class, () -> SinkConfig.fromEnv(
        Map.of("NEWSFLOW_WEBHOOK_URL", "ftp://x/y"), CLIENT, null, null, null, false));
    assertEquals("NEWSFLOW_WEBHOOK_URL", hook.key());
  }

  @Test
  void theWebhookPathNeverAppearsInTheConfigurationOrItsErrors() {
    SinkConfig c = SinkConfig.fromEnv(Map.of("NEWSFLOW_WEBHOOK_URL", "https://hooks.example.com/services/T1/B2/xyzSECRET?k=v"),
        CLIENT, null, null, null, false);
    assertTrue(c.toString().contains("webhook=https://hooks.example.com/***"), c.toString());
    assertFalse(c.toString().contains("SECRET"), c.toString());
    var scheme = assertThrows(ClientConfig.ConfigException.class, () -> SinkConfig.fromEnv(
        Map.of("NEWSFLOW_WEBHOOK_URL", "ftp://hooks.example.com/services/xyzSECRET"), CLIENT, null, null, null, false));
    assertFalse(scheme.getMessage().contains("SECRET"), scheme.getMessage());
    var unparsable = assertThrows(ClientConfig.ConfigException.class, () -> SinkConfig.fromEnv(
        Map.of("NEWSFLOW_WEBHOOK_URL", "https://hooks.example.com/services/xyzSECRET with space"), CLIENT, null, null, null, false));
    assertFalse(unparsable.getMessage().contains("SECRET"), unparsable.getMessage());
    assertEquals("NEWSFLOW_WEBHOOK_URL", unparsable.key());
  }

  @Test
  void alertDeliveryHasItsOwnGroupAndAPollIntervalLongerThanOneDelivery() {
    SinkConfig c = SinkConfig.fromEnv(Map.of("NEWSFLOW_SINK_GROUP_ID", "desk-a"), CLIENT, null, null, null, false);
    assertEquals("desk-a-alerts", c.alertsGroupId());
    // 8 attempts of at most 10 s, and waits of 1+2+4+8+16+32+60 s
    assertEquals(java.time.Duration.ofSeconds(80 + 123), c.webhookDeliveryBound());
    long interval = Long.parseLong(String.valueOf(new SinkApp(c).deliveryConsumerProperties().get("max.poll.interval.ms")));
    assertEquals(300_000, interval, "at least the bound plus a minute, and Kafka's default 5 min here");
  }
}
