package newsflow.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry speaking Confluent Schema Registry's REST API with Confluent's JSON shapes, status
 * codes and {@code error_code}s, also off the happy path (soft and hard deletes, {@code ?deleted=true},
 * 405 for a method a path does not take). Avro only; BACKWARD compatibility by default. State lives in the
 * compacted {@code _schemas} topic in Confluent's record format, so ids survive restarts, several instances
 * on one cluster agree, and a cp-schema-registry started on the same topic serves the same subjects.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

  /** Confluent's media type for every response. */
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  /** Compatibility level when neither the subject nor the global config sets one. */
  public static final String DEFAULT_COMPATIBILITY = Compatibility.DEFAULT;

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;
  private final SchemaLog log;
  private final RegistryApi api;
  private final List<Route> routes;
  private final ReentrantLock lock = new ReentrantLock();

  private EmbeddedSchemaRegistry(HttpServer server, ExecutorService executor, SchemaLog log) {
    this.server = server;
    this.executor = executor;
    this.log = log;
    this.api = new RegistryApi(log);
    this.routes = routes(api);
  }

  /**
   * Starts a registry on loopback {@code port} (0 = a free one) that stores schemas in the {@code _schemas}
   * topic of the cluster at {@code bootstrapServers} (created, compacted, when missing) after reading it to the end.
   */
  public static EmbeddedSchemaRegistry start(String bootstrapServers, int port) {
    return start(bootstrapServers, port, SchemaLog.DEFAULT_TOPIC);
  }

  /**
   * Starts a registry as {@link #start(String, int)} does, storing schemas in {@code topic} instead of
   * {@code _schemas} (Confluent's {@code kafkastore.topic}); registries share state only through one topic.
   */
  public static EmbeddedSchemaRegistry start(String bootstrapServers, int port, String topic) {
    long t0 = System.nanoTime();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
    } catch (IOException e) {
      throw new EmbeddedKafkaException("cannot listen on 127.0.0.1:" + port + " for the schema registry: "
          + e.getMessage(), e);
    }
    SchemaLog log;
    try {
      log = new SchemaLog(bootstrapServers, topic);
    } catch (RuntimeException e) {
      server.stop(0);
      throw e;
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
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), log.state().subjects(RegistryState.Filter.LIVE).size());
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

  /** Records of {@code _schemas} this instance skipped as unreadable (logged at WARN when read). */
  public long skippedRecords() {
    lock.lock();
    try {
      return log.skippedRecords();
    } finally {
      lock.unlock();
    }
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
      RegistryApi.Reply reply;
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      try {
        reply = route(method, exchange.getRequestURI().getRawPath(), query(exchange.getRequestURI().getRawQuery()),
            exchange.getRequestBody());
      } catch (RegistryApi.RegistryError e) {
        reply = e.reply();
      } catch (RuntimeException e) {
        LOG.warn("Schema registry request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        reply = RegistryApi.error(500, 50001, "Error in the backend data store: " + e.getMessage());
      }
      LOG.debug("{} {} -> {}", exchange.getRequestMethod(), exchange.getRequestURI(), reply.status());
      byte[] body = reply.body().toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      if (reply.allow() != null) exchange.getResponseHeaders().set("Allow", reply.allow());
      exchange.sendResponseHeaders(reply.status(), body.length);
      exchange.getResponseBody().write(body);
    } catch (IOException e) {
      LOG.debug("Client went away during {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage());
    }
  }

  private RegistryApi.Reply route(String method, String rawPath, Map<String, String> query, InputStream body) {
    List<String> path = segments(rawPath);
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Map<String, String> params = route.match(path);
      if (params == null) continue;
      if (!route.method().equals(method)) {
        allowed.add(route.method());
        continue;
      }
      lock.lock();
      try {
        return route.handler().handle(new RegistryApi.Request(params, query, body));
      } finally {
        lock.unlock();
      }
    }
    if (!allowed.isEmpty()) {
      // Jersey's answer in Confluent's registry: a path that exists, asked with a method it does not take
      return RegistryApi.error(405, 405, "HTTP 405 Method Not Allowed").withAllow(String.join(", ", allowed));
    }
    return RegistryApi.error(404, 404, "HTTP 404 Not Found");
  }

  private static List<Route> routes(RegistryApi api) {
    List<Route> r = new ArrayList<>();
    r.add(Route.of("GET", "", q -> RegistryApi.ok(JSON.createObjectNode())));
    r.add(Route.of("GET", "schemas", api::listSchemas));
    r.add(Route.of("GET", "schemas/types", q -> RegistryApi.ok(JSON.createArrayNode().add("AVRO"))));
    r.add(Route.of("GET", "schemas/ids/{id}", api::schemaById));
    r.add(Route.of("GET", "schemas/ids/{id}/schema", api::rawSchemaById));
    r.add(Route.of("GET", "schemas/ids/{id}/versions", api::versionsOfId));
    r.add(Route.of("GET", "schemas/ids/{id}/subjects", api::subjectsOfId));
    r.add(Route.of("GET", "subjects", api::listSubjects));
    r.add(Route.of("POST", "subjects/{subject}", api::lookup));
    r.add(Route.of("DELETE", "subjects/{subject}", api::deleteSubject));
    r.add(Route.of("GET", "subjects/{subject}/versions", api::listVersions));
    r.add(Route.of("POST", "subjects/{subject}/versions", api::register));
    r.add(Route.of("GET", "subjects/{subject}/versions/{version}", api::getVersion));
    r.add(Route.of("DELETE", "subjects/{subject}/versions/{version}", api::deleteVersion));
    r.add(Route.of("GET", "subjects/{subject}/versions/{version}/schema", api::rawSchemaByVersion));
    r.add(Route.of("GET", "subjects/{subject}/versions/{version}/referencedby", api::referencedBy));
    r.add(Route.of("POST", "compatibility/subjects/{subject}/versions", api::checkCompatibilityWithSubject));
    r.add(Route.of("POST", "compatibility/subjects/{subject}/versions/{version}", api::checkCompatibilityWithVersion));
    r.add(Route.of("GET", "config", api::getConfig));
    r.add(Route.of("PUT", "config", api::putConfig));
    r.add(Route.of("DELETE", "config", api::deleteConfig));
    r.add(Route.of("GET", "config/{subject}", api::getConfig));
    r.add(Route.of("PUT", "config/{subject}", api::putConfig));
    r.add(Route.of("DELETE", "config/{subject}", api::deleteConfig));
    r.add(Route.of("GET", "mode", api::getMode));
    r.add(Route.of("PUT", "mode", api::putMode));
    r.add(Route.of("GET", "mode/{subject}", api::getMode));
    r.add(Route.of("PUT", "mode/{subject}", api::putMode));
    r.add(Route.of("DELETE", "mode/{subject}", api::deleteMode));
    r.add(Route.of("GET", "contexts", q -> RegistryApi.ok(JSON.createArrayNode().add("."))));
    // no topic-to-subject associations here: clients fall back to <topic>-key/-value naming
    r.add(Route.of("GET", "associations/**", q -> RegistryApi.ok(JSON.createArrayNode())));
    return List.copyOf(r);
  }

  /** A method and a path pattern ({@code {name}} takes one segment, a final {@code **} the rest). */
  private record Route(String method, List<String> pattern, Handler handler) {

    static Route of(String method, String pattern, Handler handler) {
      return new Route(method, pattern.isEmpty() ? List.of() : List.of(pattern.split("/")), handler);
    }

    /** The path parameters when {@code path} fits the pattern, else null. */
    Map<String, String> match(List<String> path) {
      boolean rest = !pattern.isEmpty() && pattern.get(pattern.size() - 1).equals("**");
      int fixed = rest ? pattern.size() - 1 : pattern.size();
      if (rest ? path.size() < fixed : path.size() != fixed) return null;
      Map<String, String> params = new HashMap<>();
      for (int i = 0; i < fixed; i++) {
        String p = pattern.get(i);
        if (p.startsWith("{")) {
          params.put(p.substring(1, p.length() - 1), path.get(i));
        } else if (!p.equals(path.get(i))) {
          return null;
        }
      }
      return params;
    }
  }

  /** Answers one request. */
  @FunctionalInterface
  private interface Handler {
    RegistryApi.Reply handle(RegistryApi.Request request);
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
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "true" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }
}
