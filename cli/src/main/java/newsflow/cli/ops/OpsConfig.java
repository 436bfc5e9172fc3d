package newsflow.cli.ops;

import java.util.List;
import java.util.Map;
import newsflow.schemas.config.ClientConfig.ConfigException;

/**
 * Where a role serves its Prometheus metrics and health endpoint: bind address (loopback by default)
 * and port (0 = any free port, -1 = off). Read from flags and {@code NEWSFLOW_METRICS_*}.
 */
public record OpsConfig(String bind, int port) {
  public static final String ENV_METRICS_PORT = "NEWSFLOW_METRICS_PORT";
  public static final String ENV_METRICS_BIND = "NEWSFLOW_METRICS_BIND";
  public static final List<String> ENV_KEYS = List.of(ENV_METRICS_PORT, ENV_METRICS_BIND);
  public static final int DEFAULT_PORT = 9400;
  public static final String DEFAULT_BIND = "127.0.0.1";

  public OpsConfig {
    if (bind == null || bind.isBlank()) throw new ConfigException(ENV_METRICS_BIND, "is required");
    if (port < -1 || port > 65535) throw new ConfigException(ENV_METRICS_PORT, "must be -1 (off) or 0..65535, got " + port);
  }

  /** Flags win over the environment; null flags are "not given". */
  public static OpsConfig fromEnv(Map<String, String> env, String bindFlag, Integer portFlag, int defaultPort) {
    String bind = bindFlag != null ? bindFlag : env.getOrDefault(ENV_METRICS_BIND, DEFAULT_BIND);
    int port;
    if (portFlag != null) {
      port = portFlag;
    } else if (env.containsKey(ENV_METRICS_PORT)) {
      try {
        port = Integer.parseInt(env.get(ENV_METRICS_PORT).trim());
      } catch (NumberFormatException e) {
        throw new ConfigException(ENV_METRICS_PORT, "must be a port number, got '" + env.get(ENV_METRICS_PORT) + "'");
      }
    } else {
      port = defaultPort;
    }
    return new OpsConfig(bind, port);
  }

  public boolean enabled() {
    return port >= 0;
  }
}
