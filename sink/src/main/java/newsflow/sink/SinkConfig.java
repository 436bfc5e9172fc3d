package newsflow.sink;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.config.ClientConfig.ConfigException;
import newsflow.sink.alert.Backoff;
import newsflow.sink.warehouse.Dialect;
import newsflow.sink.warehouse.WarehouseException;

/**
 * The sink's configuration, read once from flags and {@code NEWSFLOW_*} environment variables and
 * validated here: a bad value fails fast naming its key.
 *
 * @param client how to reach Kafka and the schema registry
 * @param warehouseUrl {@code jdbc:duckdb:<file>} or {@code jdbc:postgresql://...}; default a DuckDB
 *     file {@code warehouse.duckdb} in the data directory
 * @param webhookUrl where alerts are POSTed, or null for no webhook
 * @param webhookToken bearer token for the webhook, or null
 * @param dataDir the data directory ({@code NEWSFLOW_DATA_DIR}, default {@code ./newsflow-data})
 * @param groupId the warehouse writer's consumer group ({@code NEWSFLOW_SINK_GROUP_ID}, default
 *     {@code newsflow-sink}); alert delivery uses {@code <groupId>-alerts}
 * @param maxBatch most records written per warehouse transaction ({@code max.poll.records})
 * @param consoleAlerts print each new alert on standard output
 * @param warehouseRetry waits between attempts while the warehouse is unreachable (attempts unbounded)
 * @param webhookRetry attempts and waits of one webhook delivery (default {@link Backoff#webhookDefaults()})
 * @param webhookTimeout how long one webhook request may take
 */
public record SinkConfig(
    ClientConfig client,
    String warehouseUrl,
    URI webhookUrl,
    String webhookToken,
    Path dataDir,
    String groupId,
    int maxBatch,
    boolean consoleAlerts,
    Backoff warehouseRetry,
    Backoff webhookRetry,
    Duration webhookTimeout) {

  public static final String ENV_WAREHOUSE_URL = "NEWSFLOW_WAREHOUSE_URL";
  public static final String ENV_WEBHOOK_URL = "NEWSFLOW_WEBHOOK_URL";
  public static final String ENV_WEBHOOK_TOKEN = "NEWSFLOW_WEBHOOK_TOKEN";
  public static final String ENV_DATA_DIR = ClientConfig.ENV_DATA_DIR;
  public static final String ENV_GROUP_ID = "NEWSFLOW_SINK_GROUP_ID";
  public static final String DEFAULT_GROUP_ID = "newsflow-sink";
  public static final Path DEFAULT_DATA_DIR = Path.of("newsflow-data");
  public static final String DUCKDB_FILE = "warehouse.duckdb";

  public SinkConfig {
    if (client == null) throw new ConfigException(ClientConfig.ENV_BOOTSTRAP_SERVERS, "is required");
    if (dataDir == null) dataDir = DEFAULT_DATA_DIR;
    if (warehouseUrl == null || warehouseUrl.isBlank()) warehouseUrl = defaultWarehouseUrl(dataDir);
    warehouseUrl = warehouseUrl.strip();
    try {
      Dialect.of(warehouseUrl);
    } catch (WarehouseException e) {
      throw new ConfigException(ENV_WAREHOUSE_URL, e.getMessage());
    }
    if (webhookUrl != null) {
      String scheme = webhookUrl.getScheme();
      if (!"http".equals(scheme) && !"https".equals(scheme) || webhookUrl.getHost() == null) {
        throw new ConfigException(ENV_WEBHOOK_URL, "must be an http:// or https:// URL, got '"
            + newsflow.sink.alert.RedactedUrl.of(webhookUrl) + "' (path hidden)");
      }
    }
    if (webhookToken != null && webhookToken.isBlank()) webhookToken = null;
    if (groupId == null || groupId.isBlank()) groupId = DEFAULT_GROUP_ID;
    if (maxBatch <= 0) throw new ConfigException("max.poll.records", "must be positive, got " + maxBatch);
    if (warehouseRetry == null) warehouseRetry = new Backoff(Integer.MAX_VALUE, Duration.ofMillis(200), Duration.ofSeconds(10));
    if (webhookRetry == null) webhookRetry = Backoff.webhookDefaults();
    if (webhookTimeout == null) webhookTimeout = Duration.ofSeconds(10);
  }

  /**
   * Reads {@code NEWSFLOW_WAREHOUSE_URL}, {@code NEWSFLOW_WEBHOOK_URL}, {@code NEWSFLOW_WEBHOOK_TOKEN},
   * {@code NEWSFLOW_DATA_DIR} and {@code NEWSFLOW_SINK_GROUP_ID}; a flag that is not null wins over
   * its variable.
   */
  public static SinkConfig fromEnv(Map<String, String> env, ClientConfig client, String warehouseFlag,
      String webhookFlag, Path dataDirFlag, boolean consoleAlerts) {
    String webhook = webhookFlag != null ? webhookFlag : env.get(ENV_WEBHOOK_URL);
    URI webhookUrl = null;
    if (webhook != null && !webhook.isBlank()) {
      try {
        webhookUrl = URI.create(webhook.strip());
      } catch (IllegalArgumentException e) {
        // the message quotes the whole value, which may be a secret
        String why = e.getCause() instanceof java.net.URISyntaxException u ? u.getReason() + " at index " + u.getIndex() : "malformed";
        throw new ConfigException(ENV_WEBHOOK_URL, "is not a URL (" + why + ")");
      }
    }
    return new SinkConfig(client, warehouseUrl(env, warehouseFlag, dataDirFlag), webhookUrl,
        env.get(ENV_WEBHOOK_TOKEN), dataDir(env, dataDirFlag), env.get(ENV_GROUP_ID), 500, consoleAlerts,
        null, null, null);
  }

  /** The data directory: the flag, else {@code NEWSFLOW_DATA_DIR}, else {@code ./newsflow-data}. */
  public static Path dataDir(Map<String, String> env, Path flag) {
    if (flag != null) return flag;
    String v = env.get(ENV_DATA_DIR);
    return v == null || v.isBlank() ? DEFAULT_DATA_DIR : Path.of(v.strip());
  }

  /**
   * The warehouse URL for the sink and {@code newsflow query}: the flag, else
   * {@code NEWSFLOW_WAREHOUSE_URL}, else the DuckDB file in the data directory. Needs no Kafka settings.
   */
  public static String warehouseUrl(Map<String, String> env, String flag, Path dataDirFlag) {
    String url = flag != null && !flag.isBlank() ? flag : env.get(ENV_WAREHOUSE_URL);
    if (url == null || url.isBlank()) url = defaultWarehouseUrl(dataDir(env, dataDirFlag));
    try {
      Dialect.of(url);
    } catch (WarehouseException e) {
      throw new ConfigException(ENV_WAREHOUSE_URL, e.getMessage());
    }
    return url.strip();
  }

  /** {@code jdbc:duckdb:<dataDir>/warehouse.duckdb}. */
  public static String defaultWarehouseUrl(Path dataDir) {
    return "jdbc:duckdb:" + dataDir.resolve(DUCKDB_FILE).toAbsolutePath();
  }

  /** The consumer group of alert delivery: {@code <groupId>-alerts}. */
  public String alertsGroupId() {
    return groupId + "-alerts";
  }

  /** The longest one webhook delivery can take: every attempt timing out, plus the waits between them. */
  public Duration webhookDeliveryBound() {
    return webhookTimeout.multipliedBy(webhookRetry.maxAttempts()).plus(webhookRetry.totalWait());
  }

  public SinkConfig withGroupId(String id) {
    return new SinkConfig(client, warehouseUrl, webhookUrl, webhookToken, dataDir, id, maxBatch, consoleAlerts,
        warehouseRetry, webhookRetry, webhookTimeout);
  }

  public SinkConfig withMaxBatch(int n) {
    return new SinkConfig(client, warehouseUrl, webhookUrl, webhookToken, dataDir, groupId, n, consoleAlerts,
        warehouseRetry, webhookRetry, webhookTimeout);
  }

  public SinkConfig withRetries(Backoff warehouse, Backoff webhook, Duration timeout) {
    return new SinkConfig(client, warehouseUrl, webhookUrl, webhookToken, dataDir, groupId, maxBatch, consoleAlerts,
        warehouse, webhook, timeout);
  }

  @Override
  public String toString() {
    // the token and the webhook's path (often a secret) stay out of logs
    return "SinkConfig[bootstrap=" + client.bootstrapServers() + ", registry=" + client.schemaRegistryUrl()
        + ", warehouse=" + newsflow.sink.warehouse.Warehouses.redact(warehouseUrl)
        + ", webhook=" + newsflow.sink.alert.RedactedUrl.of(webhookUrl)
        + ", token=" + (webhookToken == null ? "none" : "***") + ", dataDir=" + dataDir + ", group=" + groupId
        + ", maxBatch=" + maxBatch + ", console=" + consoleAlerts + "]";
  }
}
