package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.cli.config.KnownEnv;
import newsflow.cli.ops.OpsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Docker is not available here, so the compose file is checked by reading it. */
class DockerComposeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static JsonNode services;

  @BeforeAll
  static void parse() throws Exception {
    JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    services = compose.get("services");
    assertNotNull(services, "docker-compose.yml has no services");
  }

  private static Map<String, String> env(JsonNode service) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode env = service.get("environment");
    if (env == null) return out;
    if (env.isArray()) {
      for (JsonNode item : env) {
        String s = item.asText();
        int eq = s.indexOf('=');
        out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
      }
    } else {
      for (Map.Entry<String, JsonNode> e : env.properties()) out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  private static List<String> names() {
    List<String> out = new ArrayList<>();
    services.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static boolean isNewsflow(JsonNode service) {
    return service.has("build") || service.path("image").asText().startsWith("newsflow:");
  }

  @Test
  void hasTheClusterAndTheThreeRoles() {
    List<String> names = names();
    for (String s : List.of("kafka", "schema-registry", "postgres", "ingest", "enrich", "sink")) {
      assertTrue(names.contains(s), "missing service " + s);
    }
    assertTrue(services.get("kafka").get("image").asText().startsWith("apache/kafka:"));
    assertTrue(services.get("schema-registry").get("image").asText().startsWith("confluentinc/cp-schema-registry:"));
    assertTrue(services.get("postgres").get("image").asText().startsWith("postgres:"));
  }

  @Test
  void everyNewsflowVariableIsOneTheConfigurationReads() {
    int checked = 0;
    for (String name : names()) {
      for (String key : env(services.get(name)).keySet()) {
        if (key.startsWith("NEWSFLOW_")) {
          assertTrue(KnownEnv.isKnown(key), name + " sets " + key + ", which no configuration reads");
          checked++;
        }
      }
    }
    assertTrue(checked >= 10, "expected the roles to be wired by NEWSFLOW_* variables, found " + checked);
  }

  @Test
  void knownVariablesRejectMisspellings() {
    assertFalse(KnownEnv.isKnown("NEWSFLOW_BOOTSTRAP_SERVER"));
    assertTrue(KnownEnv.isKnown("NEWSFLOW_KAFKA_SECURITY_PROTOCOL"));
    assertFalse(KnownEnv.isKnown("NEWSFLOW_KAFKA_"));
  }

  @Test
  void imagesArePinnedAndLocalImagesAreBuiltFromTheRepository() throws Exception {
    Set<String> builtImages = new HashSet<>();
    for (String name : names()) {
      JsonNode s = services.get(name);
      if (s.has("build")) {
        String context = s.get("build").isTextual() ? s.get("build").asText() : s.get("build").path("context").asText(".");
        assertTrue(Files.isRegularFile(ROOT.resolve(context).resolve("Dockerfile")), name + ": no Dockerfile in " + context);
        if (s.has("image")) builtImages.add(s.get("image").asText());
      }
    }
    for (String name : names()) {
      JsonNode s = services.get(name);
      String image = s.path("image").asText("");
      assertTrue(!image.isEmpty() || s.has("build"), name + " has neither image nor build");
      if (builtImages.contains(image)) continue;
      assertTrue(image.contains(":") && !image.endsWith(":latest"), name + ": pin the image tag, got " + image);
    }
  }

  @Test
  void dependenciesExistAndHealthConditionsHaveHealthchecks() {
    List<String> names = names();
    for (String name : names) {
      JsonNode deps = services.get(name).get("depends_on");
      if (deps == null) continue;
      Iterator<String> it;
      if (deps.isArray()) {
        List<String> l = new ArrayList<>();
        deps.forEach(d -> l.add(d.asText()));
        it = l.iterator();
      } else {
        it = deps.fieldNames();
      }
      while (it.hasNext()) {
        String dep = it.next();
        assertTrue(names.contains(dep), name + " depends on missing service " + dep);
        String condition = deps.isObject() ? deps.get(dep).path("condition").asText("") : "";
        if (condition.equals("service_healthy")) {
          assertTrue(services.get(dep).has("healthcheck"), name + " waits for " + dep + " to be healthy, but it has no healthcheck");
        }
        assertFalse(dep.equals(name), name + " depends on itself");
      }
    }
  }

  @Test
  void hostPortsAreUniqueAndRolesPublishTheirMetricsPort() {
    Map<String, String> hostPorts = new HashMap<>();
    for (String name : names()) {
      JsonNode s = services.get(name);
      for (JsonNode p : s.path("ports")) {
        String[] parts = p.asText().split(":");
        assertEquals(2, parts.length, name + ": use HOST:CONTAINER, got " + p.asText());
        String previous = hostPorts.put(parts[0], name);
        if (previous != null) fail("host port " + parts[0] + " used by " + previous + " and " + name);
        if (isNewsflow(s) && s.has("command")) {
          String metricsPort = env(s).getOrDefault(OpsConfig.ENV_METRICS_PORT, String.valueOf(OpsConfig.DEFAULT_PORT));
          assertEquals(metricsPort, parts[1], name + " publishes a port its metrics server does not listen on");
          assertEquals("0.0.0.0", env(s).get(OpsConfig.ENV_METRICS_BIND), name + " must bind metrics beyond loopback in a container");
        }
      }
    }
  }

  @Test
  void clientsPointAtTheServicesAndPortsThatListen() {
    String advertised = env(services.get("kafka")).get("KAFKA_ADVERTISED_LISTENERS");
    String registryListener = env(services.get("schema-registry")).get("SCHEMA_REGISTRY_LISTENERS");
    int registryPort = URI.create(registryListener).getPort();
    for (String name : names()) {
      Map<String, String> env = env(services.get(name));
      String bootstrap = env.get("NEWSFLOW_BOOTSTRAP_SERVERS");
      if (bootstrap != null) {
        assertTrue(advertised.contains("://" + bootstrap), name + ": " + bootstrap + " is not an advertised listener " + advertised);
        assertTrue(names().contains(bootstrap.split(":")[0]), name + ": no service " + bootstrap);
      }
      String registry = env.get("NEWSFLOW_SCHEMA_REGISTRY_URL");
      if (registry != null) {
        URI u = URI.create(registry);
        assertEquals("schema-registry", u.getHost(), name);
        assertEquals(registryPort, u.getPort(), name + ": registry listens on " + registryPort);
      }
      String warehouse = env.get("NEWSFLOW_WAREHOUSE_URL");
      if (warehouse != null && warehouse.startsWith("jdbc:postgresql:")) {
        Map<String, String> pg = env(services.get("postgres"));
        URI u = URI.create(warehouse.substring("jdbc:".length()));
        assertEquals("postgres", u.getHost(), name);
        assertEquals("/" + pg.get("POSTGRES_DB"), u.getPath(), name + ": database name");
        assertTrue(u.getQuery().contains("user=" + pg.get("POSTGRES_USER")), name + ": database user");
      }
    }
    String store = env(services.get("schema-registry")).get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS");
    assertTrue(advertised.contains(store), "registry store " + store + " is not advertised by kafka: " + advertised);
  }

  @Test
  void roleCommandsAreValidNewsflowCommands() {
    int roles = 0;
    for (String name : names()) {
      JsonNode s = services.get(name);
      if (!isNewsflow(s) || !s.has("command")) continue;
      List<String> args = new ArrayList<>();
      s.get("command").forEach(a -> args.add(a.asText()));
      try {
        new CommandLine(new Newsflow(Map.of())).parseArgs(args.toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        fail(name + ": command " + args + " does not parse: " + e.getMessage());
      }
      roles++;
    }
    assertTrue(roles >= 4, "topics, ingest, enrich and sink run newsflow commands");
  }

  @Test
  void dockerfileExposesTheDefaultMetricsPortAndRunsTheJar() throws Exception {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    assertTrue(dockerfile.contains("EXPOSE " + OpsConfig.DEFAULT_PORT), dockerfile);
    assertTrue(dockerfile.contains("cli/target/newsflow.jar"));
    for (String line : dockerfile.lines().filter(l -> l.startsWith("ENV") || l.startsWith("    NEWSFLOW_")).toList()) {
      for (String word : line.replace("\\", " ").trim().split("\\s+")) {
        if (word.startsWith("NEWSFLOW_")) {
          String key = word.substring(0, word.indexOf('='));
          assertTrue(KnownEnv.isKnown(key), "Dockerfile sets unknown " + key);
        }
      }
    }
  }
}
