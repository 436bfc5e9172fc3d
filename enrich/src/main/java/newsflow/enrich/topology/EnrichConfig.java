package newsflow.enrich.topology;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.config.ClientConfig.ConfigException;

/**
 * Configuration of the enrich role: how to reach the cluster, the Kafka Streams application id
 * (instances with the same id share the work), stream threads, the local state directory and the
 * watchlist file (null = the built-in default). Read once from {@code NEWSFLOW_*} variables and flags.
 */
public record EnrichConfig(ClientConfig client, String applicationId, int streamThreads, Path stateDir, Path watchlist) {
  public static final String ENV_APPLICATION_ID = "NEWSFLOW_ENRICH_APPLICATION_ID";
  public static final String ENV_THREADS = "NEWSFLOW_ENRICH_THREADS";
  public static final String ENV_STATE_DIR = "NEWSFLOW_ENRICH_STATE_DIR";
  public static final String ENV_WATCHLIST = "NEWSFLOW_WATCHLIST";
  /** Every environment variable this config reads (besides {@link ClientConfig}'s). */
  public static final List<String> ENV_KEYS = List.of(ENV_APPLICATION_ID, ENV_THREADS, ENV_STATE_DIR, ENV_WATCHLIST);

  public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

  public EnrichConfig {
    Objects.requireNonNull(client, "client");
    if (applicationId == null || applicationId.isBlank()) throw new ConfigException(ENV_APPLICATION_ID, "is required");
    if (streamThreads < 1 || streamThreads > 64) {
      throw new ConfigException(ENV_THREADS, "must be between 1 and 64, got " + streamThreads);
    }
    Objects.requireNonNull(stateDir, "stateDir");
  }

  /** The stream threads {@code NEWSFLOW_ENRICH_THREADS} asks for (default 1), checked as the config checks them. */
  public static int threadsFromEnv(Map<String, String> env) {
    int threads = parseInt(ENV_THREADS, env.getOrDefault(ENV_THREADS, "1"));
    if (threads < 1 || threads > 64) throw new ConfigException(ENV_THREADS, "must be between 1 and 64, got " + threads);
    return threads;
  }

  /** Reads {@code env}; a null argument means "not given on the command line". */
  public static EnrichConfig fromEnv(Map<String, String> env, ClientConfig client, Integer threadsFlag,
      Path stateDirFlag, Path watchlistFlag) {
    String appId = env.getOrDefault(ENV_APPLICATION_ID, DEFAULT_APPLICATION_ID);
    int threads = threadsFlag != null ? threadsFlag : parseInt(ENV_THREADS, env.getOrDefault(ENV_THREADS, "1"));
    Path stateDir = stateDirFlag != null ? stateDirFlag
        : Path.of(env.getOrDefault(ENV_STATE_DIR, System.getProperty("java.io.tmpdir") + "/newsflow-streams"));
    Path watchlist = watchlistFlag != null ? watchlistFlag
        : env.get(ENV_WATCHLIST) == null || env.get(ENV_WATCHLIST).isBlank() ? null : Path.of(env.get(ENV_WATCHLIST));
    return new EnrichConfig(client, appId, threads, stateDir, watchlist);
  }

  private static int parseInt(String key, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "must be a whole number, got '" + value + "'");
    }
  }
}
