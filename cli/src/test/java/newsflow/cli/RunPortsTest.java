package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --kafka-port/--registry-port}: fixed addresses for other tools, and mistakes found before anything starts. */
class RunPortsTest {

  @TempDir Path dir;

  private static ServerSocket busy() throws Exception {
    ServerSocket s = new ServerSocket();
    s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
    return s;
  }

  private void assertRefusedBeforeStart(Cli.Result r, String... expected) {
    assertEquals(Newsflow.EXIT_USAGE, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    for (String e : expected) assertTrue(r.err().contains(e), r.err());
    assertFalse(Files.exists(dir.resolve("data")), "nothing started, not even the data directory");
  }

  @Test
  void aTakenPortIsOneLineWithExitCode2BeforeAnythingStarts() throws Exception {
    Files.createDirectories(dir.resolve("inbox"));
    try (ServerSocket taken = busy()) {
      String port = Integer.toString(taken.getLocalPort());
      String[] common = {"run", "--watch", dir.resolve("inbox").toString(), "--data-dir", dir.resolve("data").toString(),
          "--metrics-port", "-1"};
      assertRefusedBeforeStart(Cli.run(concat(common, "--kafka-port", port)),
          "newsflow: port " + port + " for the broker is in use on 127.0.0.1", "--kafka-port");
      assertRefusedBeforeStart(Cli.run(Map.of("NEWSFLOW_REGISTRY_PORT", port), common),
          "port " + port + " for the schema registry is in use", "NEWSFLOW_REGISTRY_PORT");
      assertRefusedBeforeStart(Cli.run("run", "--demo", "--data-dir", dir.resolve("data").toString(), "--registry-port", port),
          "--registry-port");
    }
  }

  @Test
  void aBadPortIsNamedByTheFlagOrVariableTheUserGave() {
    String[] common = {"run", "--demo", "--data-dir", dir.resolve("data").toString()};
    assertRefusedBeforeStart(Cli.run(concat(common, "--kafka-port", "70000")), "--kafka-port must be a port number");
    assertRefusedBeforeStart(Cli.run(Map.of("NEWSFLOW_KAFKA_PORT", "ninety"), common), "NEWSFLOW_KAFKA_PORT must be a port number");
    assertRefusedBeforeStart(Cli.run(concat(common, "--kafka-port", "19092", "--registry-port", "19092")),
        "(--kafka-port) and the schema registry (--registry-port) cannot share port 19092");
  }

  @Test
  void helpNamesTheFlagsAndVariables() {
    String help = Cli.run("run", "--help").out();
    assertTrue(help.contains("--kafka-port") && help.contains("NEWSFLOW_KAFKA_PORT"), help);
    assertTrue(help.contains("--registry-port") && help.contains("NEWSFLOW_REGISTRY_PORT"), help);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
