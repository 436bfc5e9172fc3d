package newsflow.cli.run;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.cli.UserException;
import newsflow.cli.ops.OpsConfig;
import newsflow.schemas.config.ClientConfig;

/**
 * Where the broker and the schema registry of {@code newsflow run} listen on 127.0.0.1: a fixed port from
 * {@code --kafka-port} / {@code --registry-port} (or {@code NEWSFLOW_KAFKA_PORT} / {@code NEWSFLOW_REGISTRY_PORT}),
 * or 0 for a free one. {@link #checkFree} finds a taken port before anything starts.
 */
public record LocalPorts(int kafka, int registry, String kafkaSource, String registrySource) {

  /** Free ports chosen at start. */
  public static final LocalPorts ANY = new LocalPorts(0, 0, "--kafka-port", "--registry-port");

  /** Flags win over the environment; null flags are "not given". */
  public static LocalPorts resolve(Map<String, String> env, Integer kafkaFlag, Integer registryFlag) {
    String kafkaSource = kafkaFlag != null ? "--kafka-port" : ClientConfig.ENV_KAFKA_PORT;
    String registrySource = registryFlag != null ? "--registry-port" : ClientConfig.ENV_REGISTRY_PORT;
    return new LocalPorts(port(kafkaSource, kafkaFlag, env.get(ClientConfig.ENV_KAFKA_PORT)),
        port(registrySource, registryFlag, env.get(ClientConfig.ENV_REGISTRY_PORT)), kafkaSource, registrySource);
  }

  private static int port(String source, Integer flag, String envValue) {
    String value = flag != null ? flag.toString() : envValue;
    if (value == null || value.isBlank()) return 0;
    int port;
    try {
      port = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65535) {
      throw new UserException(source + " must be a port number from 1 to 65535 (0 = any free port), got '" + value.trim() + "'");
    }
    return port;
  }

  /**
   * Fails with a one-line {@link UserException} naming the flag or variable when a fixed port (broker, registry,
   * or the metrics port) is taken on its address, or when two of them are the same.
   */
  public void checkFree(OpsConfig ops) {
    List<String[]> fixed = new ArrayList<>();
    if (kafka != 0) fixed.add(new String[] {"127.0.0.1", Integer.toString(kafka), kafkaSource, "the broker"});
    if (registry != 0) fixed.add(new String[] {"127.0.0.1", Integer.toString(registry), registrySource, "the schema registry"});
    if (ops.enabled() && ops.port() != 0) {
      fixed.add(new String[] {ops.bind(), Integer.toString(ops.port()), "--metrics-port or " + OpsConfig.ENV_METRICS_PORT,
          "the metrics endpoint"});
    }
    for (int i = 0; i < fixed.size(); i++) {
      for (int j = i + 1; j < fixed.size(); j++) {
        if (fixed.get(i)[1].equals(fixed.get(j)[1])) {
          throw new UserException(fixed.get(i)[3] + " (" + fixed.get(i)[2] + ") and " + fixed.get(j)[3] + " ("
              + fixed.get(j)[2] + ") cannot share port " + fixed.get(i)[1]);
        }
      }
    }
    for (String[] f : fixed) {
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress(InetAddress.getByName(f[0]), Integer.parseInt(f[1])));
      } catch (IOException e) {
        throw new UserException("port " + f[1] + " for " + f[3] + " is in use on " + f[0] + " (" + e.getMessage()
            + "); choose another with " + f[2] + ", or leave it unset for a free port");
      }
    }
  }
}
