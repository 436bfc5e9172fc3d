package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Confluent's official JavaScript client ({@code @confluentinc/schemaregistry}, its version and every
 * dependency pinned by {@code src/test/js/package-lock.json}) installed with {@code npm ci} into
 * {@code target/js-conformance}, and {@code node conformance.js} run there. Without node or npm the
 * conformance suite fails, saying what to install, unless it is skipped explicitly with
 * {@code -Dnewsflow.skipNodeConformance=true}.
 */
final class NodeConformance {

  /** The system property (also a Maven property) that skips the suite on purpose. */
  static final String SKIP_PROPERTY = "newsflow.skipNodeConformance";
  private static final Path SOURCES = Path.of("src/test/js");
  static final Path WORK = Path.of("target/js-conformance");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MIN_NODE_MAJOR = 18;

  private NodeConformance() {}

  /** Output of one command. */
  record Result(int exit, String output) {}

  /**
   * Makes sure the pinned client is installed; fails with a clear reason when it cannot be (the suite's
   * class is disabled by {@link #SKIP_PROPERTY} before this runs).
   */
  static void install() throws IOException, InterruptedException {
    Result node = runQuietly(List.of("node", "--version"));
    Result npm = runQuietly(List.of("npm", "--version"));
    if (node == null || npm == null || node.exit() != 0 || npm.exit() != 0) {
      fail((node == null || node.exit() != 0 ? "node" : "npm") + " is not installed: the schema registry conformance suite "
          + "runs Confluent's JavaScript client and needs Node.js " + MIN_NODE_MAJOR + "+ with npm. Install them "
          + "(e.g. apt-get install nodejs npm), or skip this suite explicitly with -D" + SKIP_PROPERTY + "=true");
    }
    int major = Integer.parseInt(node.output().trim().replaceAll("^v(\\d+).*", "$1"));
    if (major < MIN_NODE_MAJOR) {
      fail("node " + node.output().trim() + " is too old for Confluent's JavaScript client; Node.js " + MIN_NODE_MAJOR
          + "+ is needed (or skip this suite with -D" + SKIP_PROPERTY + "=true)");
    }
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json", "conformance.js")) {
      Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    String lockHash = sha256(Files.readAllBytes(SOURCES.resolve("package-lock.json")));
    Path marker = WORK.resolve("node_modules/.newsflow-installed");
    if (Files.exists(marker) && Files.readString(marker).equals(lockHash)) return;
    Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 600);
    if (install.exit() != 0) {
      fail("npm ci of " + pinned() + " (src/test/js/package-lock.json) failed; the npm registry must be reachable "
          + "once (later runs reuse target/js-conformance), or skip this suite with -D" + SKIP_PROPERTY + "=true:\n"
          + install.output());
    }
    Files.writeString(marker, lockHash);
  }

  /** The pinned client, e.g. {@code @confluentinc/schemaregistry@1.10.1}. */
  static String pinned() throws IOException {
    JsonNode pkg = JSON.readTree(SOURCES.resolve("package.json").toFile());
    return "@confluentinc/schemaregistry@" + pkg.path("dependencies").path("@confluentinc/schemaregistry").asText();
  }

  /** Runs {@code node conformance.js phase url input output} and returns the output JSON. */
  static JsonNode conformance(String phase, String url, JsonNode input) throws IOException, InterruptedException {
    Path in = WORK.resolve(phase + "-input.json");
    Path out = WORK.resolve(phase + "-output.json");
    Files.deleteIfExists(out);
    Files.writeString(in, input.toString());
    Result r = run(List.of("node", "conformance.js", phase, url, in.getFileName().toString(), out.getFileName().toString()), 180);
    if (r.exit() != 0) fail("node conformance.js " + phase + " failed:\n" + r.output());
    return JSON.readTree(out.toFile());
  }

  private static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
    Path log = Files.createTempFile("js-conformance", ".log");
    try {
      Process p = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "timed out after " + timeoutSeconds + " s: " + tail(Files.readString(log, StandardCharsets.UTF_8)));
      }
      return new Result(p.exitValue(), tail(Files.readString(log, StandardCharsets.UTF_8)));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static Result runQuietly(List<String> command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(30, TimeUnit.SECONDS) ? new Result(p.exitValue(), output) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String tail(String output) {
    return output.length() > 6000 ? output.substring(output.length() - 6000) : output;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }
}
