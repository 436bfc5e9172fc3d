package newsflow.cli.ops;

import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --metrics-port} and {@code --metrics-bind} flags every long-running command has. */
public final class OpsOptions {
  @Option(names = "--metrics-port", paramLabel = "PORT",
      description = "Port of the Prometheus /metrics and /health endpoints (0 = any free port, -1 = off; "
          + "env NEWSFLOW_METRICS_PORT; default ${DEFAULT-VALUE:-9400}).")
  Integer port;

  @Option(names = "--metrics-bind", paramLabel = "ADDRESS",
      description = "Address the metrics endpoint binds to (env NEWSFLOW_METRICS_BIND; default 127.0.0.1).")
  String bind;

  public OpsConfig resolve(Map<String, String> env, int defaultPort) {
    return OpsConfig.fromEnv(env, bind, port, defaultPort);
  }
}
