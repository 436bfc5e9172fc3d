package newsflow.cli.command;

import java.util.Map;
import newsflow.schemas.config.ClientConfig;
import picocli.CommandLine.Option;

/** {@code --bootstrap-servers} and {@code --schema-registry-url}, falling back to {@code NEWSFLOW_*}. */
public final class ClusterOptions {
  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...",
      description = "Kafka brokers (env NEWSFLOW_BOOTSTRAP_SERVERS).")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", paramLabel = "URL",
      description = "Schema registry (env NEWSFLOW_SCHEMA_REGISTRY_URL).")
  String schemaRegistryUrl;

  public ClientConfig resolve(Map<String, String> env) {
    return ClientConfig.fromEnv(env, bootstrapServers, schemaRegistryUrl);
  }
}
