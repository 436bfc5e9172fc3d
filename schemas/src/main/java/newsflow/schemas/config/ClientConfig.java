package newsflow.schemas.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a role reaches the cluster: bootstrap servers, schema registry URL, and Kafka client settings
 * passed through unchanged. Read once from {@code NEWSFLOW_*} environment variables (overridden by
 * flags) and validated at start; a missing value fails fast naming its key.
 *
 * <p>Pass-through: {@code NEWSFLOW_KAFKA_SECURITY_PROTOCOL=SSL} becomes {@code
 * security.protocol=SSL}; {@code NEWSFLOW_REGISTRY_BASIC_AUTH_USER_INFO} becomes the registry
 * client's {@code basic.auth.user.info}.
 */
public record ClientConfig(
    String bootstrapServers, String schemaRegistryUrl, Map<String, String> kafka, Map<String, String> registry) {

  public static final String ENV_BOOTSTRAP_SERVERS = "NEWSFLOW_BOOTSTRAP_SERVERS";
  public static final String ENV_SCHEMA_REGISTRY_URL = "NEWSFLOW_SCHEMA_REGISTRY_URL";
  public static final String ENV_KAFKA_PREFIX = "NEWSFLOW_KAFKA_";
  public static final String ENV_REGISTRY_PREFIX = "NEWSFLOW_REGISTRY_";
  /** Port of the broker {@code newsflow run} embeds (read by {@code run}; not a Kafka client setting). */
  public static final String ENV_KAFKA_PORT = "NEWSFLOW_KAFKA_PORT";
  /** Port of the schema registry {@code newsflow run} embeds (read by {@code run}; not a registry client setting). */
  public static final String ENV_REGISTRY_PORT = "NEWSFLOW_REGISTRY_PORT";
  /**
   * Variables under the pass-through prefixes that newsflow reads itself: they never become client settings
   * ({@code NEWSFLOW_KAFKA_PORT} is not Kafka's {@code port}).
   */
  public static final Set<String> OWN_VARIABLES = Set.of(ENV_KAFKA_PORT, ENV_REGISTRY_PORT, "NEWSFLOW_KAFKA_LOG_LEVEL");
  /** The data directory every role and {@code run} share (broker log, dedup state, DuckDB file). */
  public static final String ENV_DATA_DIR = "NEWSFLOW_DATA_DIR";

  public ClientConfig {
    bootstrapServers = require(ENV_BOOTSTRAP_SERVERS, bootstrapServers);
    schemaRegistryUrl = require(ENV_SCHEMA_REGISTRY_URL, schemaRegistryUrl);
    if (!schemaRegistryUrl.startsWith("http://") && !schemaRegistryUrl.startsWith("https://")) {
      throw new ConfigException(ENV_SCHEMA_REGISTRY_URL, "must be an http:// or https:// URL, got '" + schemaRegistryUrl + "'");
    }
    kafka = Collections.unmodifiableMap(new LinkedHashMap<>(kafka == null ? Map.of() : kafka));
    registry = Collections.unmodifiableMap(new LinkedHashMap<>(registry == null ? Map.of() : registry));
  }

  /** Reads the environment; {@code bootstrapFlag}/{@code registryFlag} win when not null. */
  public static ClientConfig fromEnv(Map<String, String> env, String bootstrapFlag, String registryFlag) {
    return new ClientConfig(
        bootstrapFlag != null ? bootstrapFlag : env.get(ENV_BOOTSTRAP_SERVERS),
        registryFlag != null ? registryFlag : env.get(ENV_SCHEMA_REGISTRY_URL),
        passThrough(env, ENV_KAFKA_PREFIX),
        passThrough(env, ENV_REGISTRY_PREFIX));
  }

  /** {@code PREFIX_SOME_KEY=v} -> {@code some.key=v}, for every variable with the prefix but {@link #OWN_VARIABLES}. */
  public static Map<String, String> passThrough(Map<String, String> env, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    env.forEach((k, v) -> {
      if (k.startsWith(prefix) && k.length() > prefix.length() && !OWN_VARIABLES.contains(k)) {
        out.put(k.substring(prefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
      }
    });
    return out;
  }

  private static String require(String key, String value) {
    if (value == null || value.isBlank()) throw new ConfigException(key, "is required");
    return value.trim();
  }

  /** A configuration value is missing or bad; the message names the key. */
  public static final class ConfigException extends IllegalArgumentException {
    private final String key;

    public ConfigException(String key, String problem) {
      super(key + " " + problem);
      this.key = Objects.requireNonNull(key);
    }

    public String key() {
      return key;
    }
  }
}
