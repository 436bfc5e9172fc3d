package newsflow.cli.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsflow.cli.Newsflow;
import newsflow.cli.ops.OpsConfig;
import newsflow.enrich.topology.EnrichConfig;
import newsflow.schemas.config.ClientConfig;
import newsflow.sink.SinkConfig;

/**
 * Every {@code NEWSFLOW_*} environment variable some configuration reads, taken from the configs'
 * own constants, plus the pass-through prefixes. The docker-compose test checks the compose file
 * against this list, so a misspelt variable cannot slip into a deployment.
 */
public final class KnownEnv {
  /** Prefixes passed through to Kafka clients and the registry client ({@code NEWSFLOW_KAFKA_ACKS} -> acks). */
  public static final List<String> PREFIXES = List.of(ClientConfig.ENV_KAFKA_PREFIX, ClientConfig.ENV_REGISTRY_PREFIX);

  /** Where the NLP keeps its compact model cache (read by the enrich module's NLP4J loader). */
  public static final String ENV_NLP_CACHE = "NEWSFLOW_NLP_CACHE";
  /** Log level of newsflow's own loggers (logback.xml). */
  public static final String ENV_LOG_LEVEL = "NEWSFLOW_LOG_LEVEL";
  /** Log level of the Kafka client and broker loggers (logback.xml). */
  public static final String ENV_KAFKA_LOG_LEVEL = "NEWSFLOW_KAFKA_LOG_LEVEL";

  /** Set by the ./newsflow launcher to the path it was run by, so that printed hints work as printed. */
  public static final String ENV_COMMAND = "NEWSFLOW_COMMAND";

  private static final Set<String> KEYS;

  static {
    List<String> keys = new ArrayList<>();
    keys.add(ClientConfig.ENV_BOOTSTRAP_SERVERS);
    keys.add(ClientConfig.ENV_SCHEMA_REGISTRY_URL);
    keys.add(ClientConfig.ENV_KAFKA_PORT);
    keys.add(ClientConfig.ENV_REGISTRY_PORT);
    keys.addAll(EnrichConfig.ENV_KEYS);
    keys.addAll(OpsConfig.ENV_KEYS);
    keys.addAll(List.of(SinkConfig.ENV_WAREHOUSE_URL, SinkConfig.ENV_WEBHOOK_URL, SinkConfig.ENV_WEBHOOK_TOKEN,
        SinkConfig.ENV_DATA_DIR, SinkConfig.ENV_GROUP_ID));
    keys.addAll(IngestKeys.ALL);
    keys.add(Newsflow.ENV_DEBUG);
    keys.add(ENV_NLP_CACHE);
    keys.add(ENV_LOG_LEVEL);
    keys.add(ENV_KAFKA_LOG_LEVEL);
    keys.add(ENV_COMMAND);
    KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
  }

  private KnownEnv() {}

  /** The known variable names (without the pass-through prefixes). */
  public static Set<String> keys() {
    return KEYS;
  }

  /** Whether some configuration reads {@code name}. */
  public static boolean isKnown(String name) {
    if (KEYS.contains(name)) return true;
    for (String p : PREFIXES) {
      if (name.startsWith(p) && name.length() > p.length()) return true;
    }
    return false;
  }
}
