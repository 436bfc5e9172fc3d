package newsflow.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry speaking the subset of Confluent's REST API that serializers and clients use
 * (register, look up, fetch by id or version, compatibility, config, list, delete), with Confluent's
 * JSON shapes and error codes. Avro only; BACKWARD compatibility by default, checked with Avro's own
 * {@link SchemaCompatibility}. State lives in the compacted {@code _schemas} topic, so ids survive
 * restarts and several instances on one cluster agree.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

  /** Confluent's media type for every response. */
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  /** Compatibility level when neither the subject nor the global config sets one. */
  public static final String DEFAULT_COMPATIBILITY = "BACKWARD";
  static final Set<String> LEVELS = Set.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE",
      "FULL", "FULL_TRANSITIVE");

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PROPOSALS = 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final SchemaLog log;
  private final ReentrantLock lock = new ReentrantLock();

  private EmbeddedSchemaRegistry(HttpServer server, ExecutorService executor, SchemaLog log) {
    this.server = server;
    this.executor = executor;
    this.log = log;
  }

  /**
   * Starts a registry on loopback {@code port} (0 = a free one) that stores schemas in the {@code _schemas}
   * topic of the cluster at {@code bootstrapServers} (created, compacted, when missing) after reading it to the end.
   */
  public static EmbeddedSchemaRegistry start(String bootstrapServers, int port) {
    long t0 = System.nanoTime();
    SchemaLog log = new SchemaLog(bootstrapServers);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
    } catch (IOException e) {
      log.close();
      throw new EmbeddedKafkaException("cannot listen on 127.0.0.1:" + port + " for the schema registry", e);
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "schema-registry-http-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(server, executor, log);
    server.createContext("/", registry::handle);
    server.setExecutor(executor);
    server.start();
    LOG.info("Embedded schema registry ready at {} in {} ms ({} subjects)", registry.url(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), log.state().subjects(false).size());
    return registry;
  }

  /** The base URL for clients' {@code schema.registry.url}. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** The port the registry listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    lock.lock();
    try {
      log.close();
    } finally {
      lock.unlock();
    }
    LOG.info("Embedded schema registry at {} stopped", url());
  }

  // ---- HTTP ---------------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) {
    try (exchange) {
      Reply reply;
      try {
        reply = route(exchange.getRequestMethod().toUpperCase(Locale.ROOT), exchange.getRequestURI().getRawPath(),
            query(exchange.getRequestURI().getRawQuery()), exchange.getRequestBody());
      } catch (RegistryError e) {
        reply = e.reply();
      } catch (RuntimeException e) {
        LOG.warn("Schema registry request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        reply = error(500, 50001, "Error in the backend data store: " + e.getMessage());
      }
      LOG.debug("{} {} -> {}", exchange.getRequestMethod(), exchange.getRequestURI(), reply.status());
      byte[] body = reply.body().toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.sendResponseHeaders(reply.status(), body.length);
      exchange.getResponseBody().write(body);
    } catch (IOException e) {
      LOG.debug("Client went away during {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage());
    }
  }

  private Reply route(String method, String rawPath, Map<String, String> query, InputStream body) throws IOException {
    List<String> path = segments(rawPath);
    int n = path.size();
    lock.lock();
    try {
      if (n == 0) return ok(JSON.createObjectNode());
      switch (path.get(0)) {
        case "subjects" -> {
          if (n == 1 && method.equals("GET")) return listSubjects(query);
          String subject = path.get(1);
          if (n == 2 && method.equals("POST")) return lookup(subject, readSchema(body), bool(query, "deleted"));
          if (n == 2 && method.equals("DELETE")) return deleteSubject(subject, bool(query, "permanent"));
          if (n == 3 && path.get(2).equals("versions")) {
            if (method.equals("POST")) return register(subject, readSchema(body));
            if (method.equals("GET")) return listVersions(subject);
          }
          if (n == 4 && path.get(2).equals("versions") && method.equals("GET")) {
            return ok(versionJson(version(subject, path.get(3))));
          }
          if (n == 4 && path.get(2).equals("versions") && method.equals("DELETE")) {
            RegistryState.Version v = version(subject, path.get(3));
            log.delete(subject, v.version(), v.id());
            return ok(JSON.getNodeFactory().numberNode(v.version()));
          }
          if (n == 5 && path.get(2).equals("versions") && path.get(4).equals("schema") && method.equals("GET")) {
            return new Reply(200, JSON.readTree(version(subject, path.get(3)).schema()));
          }
        }
        case "schemas" -> {
          if (n == 1 && method.equals("GET")) return listSchemas();
          if (n == 2 && path.get(1).equals("types") && method.equals("GET")) return ok(JSON.createArrayNode().add("AVRO"));
          if (n >= 3 && path.get(1).equals("ids") && method.equals("GET")) {
            int id = parseInt(path.get(2), 40403, "Schema " + path.get(2) + " not found");
            String schema = schemaById(id);
            if (n == 3) return ok(JSON.createObjectNode().put("schema", schema));
            if (n == 4 && path.get(3).equals("schema")) return new Reply(200, JSON.readTree(schema));
            if (n == 4 && path.get(3).equals("versions")) {
              ArrayNode out = JSON.createArrayNode();
              log.state().versionsWithId(id).forEach(v -> out.addObject().put("subject", v.subject()).put("version", v.version()));
              return ok(out);
            }
            if (n == 4 && path.get(3).equals("subjects")) {
              ArrayNode out = JSON.createArrayNode();
              log.state().versionsWithId(id).stream().map(RegistryState.Version::subject).distinct().forEach(out::add);
              return ok(out);
            }
          }
        }
        case "compatibility" -> {
          if (n == 5 && path.get(1).equals("subjects") && path.get(3).equals("versions") && method.equals("POST")) {
            return checkCompatibility(path.get(2), path.get(4), readSchema(body), bool(query, "verbose"));
          }
        }
        case "config" -> {
          String subject = n >= 2 ? path.get(1) : null;
          if (n <= 2 && method.equals("GET")) return getConfig(subject, bool(query, "defaultToGlobal"));
          if (n <= 2 && method.equals("PUT")) return putConfig(subject, JSON.readTree(body));
          if (n == 2 && method.equals("DELETE")) return deleteConfig(subject);
        }
        case "associations" -> {
          // No topic-to-subject associations here: clients fall back to <topic>-key/-value naming.
          if (method.equals("GET")) return ok(JSON.createArrayNode());
        }
        case "mode" -> {
          if (method.equals("GET")) return ok(JSON.createObjectNode().put("mode", "READWRITE"));
        }
        default -> { }
      }
      return error(404, 404, "HTTP 404 Not Found");
    } finally {
      lock.unlock();
    }
  }

  // ---- operations ---------------------------------------------------------------------------------

  private Reply register(String subject, Schema schema) {
    String text = schema.toString();
    for (int attempt = 0; attempt < MAX_PROPOSALS; attempt++) {
      log.catchUp();
      RegistryState state = log.state();
      Optional<RegistryState.Version> existing = state.liveVersions(subject).stream()
          .filter(v -> v.schema().equals(text)).findFirst();
      if (existing.isPresent()) return ok(JSON.createObjectNode().put("id", existing.get().id()));
      List<String> problems = incompatibilities(subject, schema, compatibilityOf(subject), null);
      if (!problems.isEmpty()) {
        throw new RegistryError(error(409, 409, "Schema being registered is incompatible with an earlier schema for subject \""
            + subject + "\", details: " + problems));
      }
      int id = state.idOf(text).orElse(state.nextId());
      int version = state.nextVersion(subject);
      if (log.proposeRegister(subject, version, id, text)) {
        LOG.debug("Registered subject {} version {} id {}", subject, version, id);
        return ok(JSON.createObjectNode().put("id", id));
      }
      LOG.debug("Proposal for subject {} version {} id {} lost to a concurrent write; retrying", subject, version, id);
    }
    throw new RegistryError(error(500, 50001, "could not register under subject " + subject + " after " + MAX_PROPOSALS + " attempts"));
  }

  private Reply lookup(String subject, Schema schema, boolean includeDeleted) {
    log.catchUp();
    List<RegistryState.Version> versions = includeDeleted ? log.state().allVersions(subject) : log.state().liveVersions(subject);
    if (versions.isEmpty()) throw subjectNotFound(subject);
    String text = schema.toString();
    return versions.stream().filter(v -> v.schema().equals(text)).reduce((a, b) -> b)
        .map(v -> ok(versionJson(v)))
        .orElseThrow(() -> new RegistryError(error(404, 40403, "Schema not found")));
  }

  private Reply listSubjects(Map<String, String> query) {
    log.catchUp();
    ArrayNode out = JSON.createArrayNode();
    String prefix = query.getOrDefault("subjectPrefix", "");
    log.state().subjects(bool(query, "deleted")).stream().filter(s -> s.startsWith(prefix)).forEach(out::add);
    return ok(out);
  }

  private Reply listSchemas() {
    log.catchUp();
    ArrayNode out = JSON.createArrayNode();
    for (String subject : log.state().subjects(false)) {
      log.state().liveVersions(subject).forEach(v -> out.add(versionJson(v)));
    }
    return ok(out);
  }

  private Reply listVersions(String subject) {
    log.catchUp();
    List<RegistryState.Version> versions = log.state().liveVersions(subject);
    if (versions.isEmpty()) throw subjectNotFound(subject);
    ArrayNode out = JSON.createArrayNode();
    versions.forEach(v -> out.add(v.version()));
    return ok(out);
  }

  private RegistryState.Version version(String subject, String version) {
    log.catchUp();
    List<RegistryState.Version> versions = log.state().liveVersions(subject);
    if (versions.isEmpty()) throw subjectNotFound(subject);
    if (version.equals("latest") || version.equals("-1")) return versions.get(versions.size() - 1);
    int number = parseInt(version, 42202,
        "The specified version '" + version + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    if (number < 1) {
      throw new RegistryError(error(422, 42202, "The specified version '" + version + "' is not a valid version id."));
    }
    return versions.stream().filter(v -> v.version() == number).findFirst()
        .orElseThrow(() -> new RegistryError(error(404, 40402, "Version " + version + " not found.")));
  }

  private String schemaById(int id) {
    Optional<String> schema = log.state().schemaById(id);
    if (schema.isEmpty()) {
      log.catchUp(); // another instance may have registered it since we last read
      schema = log.state().schemaById(id);
    }
    return schema.orElseThrow(() -> new RegistryError(error(404, 40403, "Schema " + id + " not found")));
  }

  private Reply checkCompatibility(String subject, String version, Schema schema, boolean verbose) {
    RegistryState.Version against = version(subject, version);
    String level = compatibilityOf(subject);
    List<String> problems = version.equals("latest") && level.endsWith("_TRANSITIVE")
        ? incompatibilities(subject, schema, level, null)
        : incompatibilities(subject, schema, level, against);
    ObjectNode out = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
    if (verbose) {
      ArrayNode messages = out.putArray("messages");
      problems.forEach(messages::add);
    }
    return ok(out);
  }

  private Reply getConfig(String subject, boolean defaultToGlobal) {
    log.catchUp();
    if (subject == null) {
      return ok(JSON.createObjectNode().put("compatibilityLevel", log.state().globalCompatibility().orElse(DEFAULT_COMPATIBILITY)));
    }
    Optional<String> level = log.state().subjectCompatibility(subject);
    if (level.isEmpty() && !defaultToGlobal) {
      throw new RegistryError(error(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured"));
    }
    return ok(JSON.createObjectNode().put("compatibilityLevel", level.orElse(compatibilityOf(subject))));
  }

  private Reply putConfig(String subject, JsonNode body) {
    String level = body == null ? null
        : body.hasNonNull("compatibility") ? body.get("compatibility").asText()
        : body.path("compatibilityLevel").asText(null);
    if (level == null || !LEVELS.contains(level.toUpperCase(Locale.ROOT))) {
      throw new RegistryError(error(422, 42203, "Invalid compatibility level. Valid values are none, backward, forward, full,"
          + " backward_transitive, forward_transitive, and full_transitive"));
    }
    level = level.toUpperCase(Locale.ROOT);
    log.catchUp();
    log.config(subject, level);
    return ok(JSON.createObjectNode().put("compatibility", level));
  }

  private Reply deleteConfig(String subject) {
    log.catchUp();
    Optional<String> level = log.state().subjectCompatibility(subject);
    if (level.isEmpty()) throw subjectNotFound(subject);
    log.config(subject, null);
    return ok(JSON.createObjectNode().put("compatibilityLevel", level.get()));
  }

  private Reply deleteSubject(String subject, boolean permanent) {
    log.catchUp();
    List<RegistryState.Version> versions = log.state().liveVersions(subject);
    if (versions.isEmpty()) {
      if (permanent && !log.state().allVersions(subject).isEmpty()) {
        throw new RegistryError(error(422, 42206, "Permanent deletion is not supported by the embedded registry; "
            + "subject '" + subject + "' stays soft-deleted"));
      }
      throw subjectNotFound(subject);
    }
    ArrayNode out = JSON.createArrayNode();
    for (RegistryState.Version v : versions) {
      log.delete(subject, v.version(), v.id());
      out.add(v.version());
    }
    return ok(out);
  }

  // ---- compatibility ------------------------------------------------------------------------------

  private String compatibilityOf(String subject) {
    RegistryState state = log.state();
    return state.subjectCompatibility(subject).or(state::globalCompatibility).orElse(DEFAULT_COMPATIBILITY);
  }

  /** Reasons why {@code candidate} may not follow the subject's versions under {@code level} (empty = compatible). */
  private List<String> incompatibilities(String subject, Schema candidate, String level, RegistryState.Version only) {
    if (level.equals("NONE")) return List.of();
    List<RegistryState.Version> live = log.state().liveVersions(subject);
    if (live.isEmpty()) return List.of();
    List<RegistryState.Version> against;
    if (only != null) {
      against = List.of(only);
    } else if (level.endsWith("_TRANSITIVE")) {
      against = live;
    } else {
      against = List.of(live.get(live.size() - 1));
    }
    boolean backward = level.startsWith("BACKWARD") || level.startsWith("FULL");
    boolean forward = level.startsWith("FORWARD") || level.startsWith("FULL");
    List<String> problems = new ArrayList<>();
    for (RegistryState.Version v : against) {
      Schema existing = new Schema.Parser().parse(v.schema());
      if (backward) describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, existing), "new schema reading version " + v.version(), problems);
      if (forward) describe(SchemaCompatibility.checkReaderWriterCompatibility(existing, candidate), "version " + v.version() + " reading new schema", problems);
    }
    return problems;
  }

  private static void describe(SchemaCompatibility.SchemaPairCompatibility pair, String direction, List<String> problems) {
    if (pair.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) return;
    for (SchemaCompatibility.Incompatibility i : pair.getResult().getIncompatibilities()) {
      problems.add("{errorType:'" + i.getType() + "', description:'" + i.getMessage() + "', location:'" + i.getLocation()
          + "', direction:'" + direction + "'}");
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private static Schema readSchema(InputStream body) throws IOException {
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (IOException e) {
      throw new RegistryError(error(422, 42201, "Invalid schema: request body is not JSON: " + e.getMessage()));
    }
    if (request == null || !request.hasNonNull("schema")) {
      throw new RegistryError(error(422, 42201, "Invalid schema: request has no \"schema\" field"));
    }
    String type = request.path("schemaType").asText("AVRO");
    if (!type.equalsIgnoreCase("AVRO")) {
      throw new RegistryError(error(422, 42201, "Invalid schema: schemaType " + type + " is not supported (AVRO only)"));
    }
    if (request.path("references").isArray() && !request.path("references").isEmpty()) {
      throw new RegistryError(error(422, 42201, "Invalid schema: schema references are not supported"));
    }
    try {
      return new Schema.Parser().parse(request.get("schema").asText());
    } catch (SchemaParseException | NullPointerException e) {
      throw new RegistryError(error(422, 42201, "Invalid schema: " + e.getMessage()));
    } catch (RuntimeException e) {
      throw new RegistryError(error(422, 42201, "Invalid schema: " + e));
    }
  }

  private static ObjectNode versionJson(RegistryState.Version v) {
    return JSON.createObjectNode().put("subject", v.subject()).put("version", v.version()).put("id", v.id()).put("schema", v.schema());
  }

  private static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) return out;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "true" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }

  private static boolean bool(Map<String, String> query, String key) {
    return Boolean.parseBoolean(query.getOrDefault(key, "false"));
  }

  private static int parseInt(String s, int errorCode, String message) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new RegistryError(error(errorCode / 100, errorCode, message));
    }
  }

  private static RegistryError subjectNotFound(String subject) {
    return new RegistryError(error(404, 40401, "Subject '" + subject + "' not found."));
  }

  private static Reply ok(JsonNode body) {
    return new Reply(200, body);
  }

  private static Reply error(int status, int code, String message) {
    return new Reply(status, JSON.createObjectNode().put("error_code", code).put("message", message));
  }

  private record Reply(int status, JsonNode body) {}

  /** An error reply travelling up to the HTTP handler. */
  private static final class RegistryError extends RuntimeException {
    private final transient Reply reply;

    RegistryError(Reply reply) {
      super(reply.body().path("message").asText(), null, false, false);
      this.reply = reply;
    }

    Reply reply() {
      return reply;
    }
  }
}
