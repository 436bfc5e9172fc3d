package newsflow.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A client for Confluent's Schema Registry REST API (and the embedded registry that speaks it):
 * register, look up by id / subject+version / latest, check compatibility, list and delete subjects.
 * Ids are cached both ways, so a serializer or deserializer asks the registry once per schema.
 * Thread-safe; errors are {@link SchemaRegistryException}s carrying the HTTP status and {@code error_code}.
 *
 * <p>Configuration keys (each also accepted with a {@code schema.registry.} prefix):
 * {@code basic.auth.credentials.source} ({@code USER_INFO} or {@code URL}), {@code basic.auth.user.info}
 * ({@code user:password}), {@code ssl.truststore.location|password|type}, {@code ssl.keystore.location|
 * password|type}, {@code ssl.key.password}, {@code http.connect.timeout.ms}, {@code http.read.timeout.ms} (or
 * {@code request.timeout.ms}). Several URLs may be given
 * separated by commas; they are tried in order when one cannot be reached.
 */
public class SchemaRegistryClient {

  /** Confluent's versioned media type, sent and accepted by every request. */
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final String ACCEPT =
      "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
  private static final String PREFIX = "schema.registry.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<URI> baseUris;
  private final String authorization;
  private final HttpClient http;
  private final Duration timeout;
  private final ConcurrentMap<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, ConcurrentMap<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();

  /** A client for the registry at {@code url} (comma-separated for several) without auth or TLS settings. */
  public SchemaRegistryClient(String url) {
    this(url, Map.of());
  }

  /** A client for the registry at {@code url}, with the basic-auth, TLS and timeout settings in {@code config}. */
  public SchemaRegistryClient(String url, Map<String, ?> config) {
    Objects.requireNonNull(url, "url");
    Map<String, ?> cfg = config == null ? Map.of() : config;
    String source = setting(cfg, "basic.auth.credentials.source");
    String userInfo = setting(cfg, "basic.auth.user.info");
    List<URI> uris = new ArrayList<>();
    String urlUserInfo = null;
    for (String part : url.split(",")) {
      if (part.isBlank()) continue;
      URI uri = URI.create(part.trim());
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new IllegalArgumentException("schema.registry.url must be http:// or https://, got '" + part.trim() + "'");
      }
      if (uri.getRawUserInfo() != null) {
        urlUserInfo = uri.getUserInfo();
        uri = URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
            + (uri.getRawPath() == null ? "" : uri.getRawPath()));
      }
      uris.add(stripTrailingSlash(uri));
    }
    if (uris.isEmpty()) throw new IllegalArgumentException("schema.registry.url is empty");
    this.baseUris = List.copyOf(uris);
    String credentials = null;
    if (source == null || source.equalsIgnoreCase("USER_INFO")) {
      credentials = userInfo != null ? userInfo : urlUserInfo;
    } else if (source.equalsIgnoreCase("URL")) {
      credentials = urlUserInfo;
    } else {
      throw new IllegalArgumentException("basic.auth.credentials.source must be USER_INFO or URL, got '" + source + "'");
    }
    this.authorization = credentials == null || credentials.isEmpty() ? null
        : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    String readTimeoutMs = setting(cfg, "http.read.timeout.ms");
    String timeoutMs = readTimeoutMs != null ? readTimeoutMs : setting(cfg, "request.timeout.ms");
    this.timeout = Duration.ofMillis(timeoutMs == null ? 30_000 : Long.parseLong(timeoutMs.trim()));
    String connectMs = setting(cfg, "http.connect.timeout.ms");
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(Duration.ofMillis(connectMs == null ? 10_000 : Long.parseLong(connectMs.trim())));
    SSLContext ssl = sslContext(cfg);
    if (ssl != null) builder.sslContext(ssl);
    this.http = builder.build();
  }

  /** The registry base URL(s) this client talks to, without credentials. */
  public List<URI> urls() {
    return baseUris;
  }

  // ---- schemas ----------------------------------------------------------------------------------

  /**
   * Registers {@code schema} under {@code subject} (a no-op returning the existing id when it is already
   * there) and returns its global id. Cached: a second call for the same pair asks nothing.
   */
  public int register(String subject, Schema schema) {
    return register(subject, schema, false);
  }

  /**
   * Registers {@code schema} as {@link #register(String, Schema)} does; with {@code normalize} the registry
   * stores and compares its normalized form ({@code ?normalize=true}, Confluent's {@code normalize.schemas}).
   */
  public int register(String subject, Schema schema, boolean normalize) {
    Integer cached = cachedId(subject, schema, normalize);
    if (cached != null) return cached;
    ObjectNode body = JSON.createObjectNode().put("schema", schema.toString());
    JsonNode reply = send("POST", "/subjects/" + encode(subject) + "/versions" + (normalize ? "?normalize=true" : ""), body);
    int id = reply.path("id").asInt(-1);
    if (id < 0) throw protocolError("POST /subjects/" + subject + "/versions", reply);
    remember(subject, schema, normalize, id);
    return id;
  }

  /**
   * Finds {@code schema} under {@code subject} without registering it; fails with 40403 when it is not
   * registered there (40401 when the subject does not exist).
   */
  public RegisteredSchema lookup(String subject, Schema schema) {
    return lookup(subject, schema, false);
  }

  /** Finds {@code schema} under {@code subject} as {@link #lookup(String, Schema)}, normalized when asked. */
  public RegisteredSchema lookup(String subject, Schema schema, boolean normalize) {
    ObjectNode body = JSON.createObjectNode().put("schema", schema.toString());
    JsonNode reply = send("POST", "/subjects/" + encode(subject) + (normalize ? "?normalize=true" : ""), body);
    RegisteredSchema found = registered(reply, subject);
    remember(subject, schema, normalize, found.id());
    return found;
  }

  /** The id of {@code schema} under {@code subject}, from the cache or by {@link #lookup}. */
  public int idOf(String subject, Schema schema) {
    return idOf(subject, schema, false);
  }

  /** The id of {@code schema} under {@code subject}, from the cache or by {@link #lookup(String, Schema, boolean)}. */
  public int idOf(String subject, Schema schema, boolean normalize) {
    Integer cached = cachedId(subject, schema, normalize);
    return cached != null ? cached : lookup(subject, schema, normalize).id();
  }

  /** The schema with global id {@code id}; cached for the life of the client since ids are immutable. */
  public Schema schemaById(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) return cached;
    JsonNode reply = send("GET", "/schemas/ids/" + id, null);
    Schema schema = parse(reply.path("schema").asText(null), "GET /schemas/ids/" + id);
    Schema previous = schemasById.putIfAbsent(id, schema);
    return previous != null ? previous : schema;
  }

  /** One version of a subject. */
  public RegisteredSchema version(String subject, int version) {
    return registered(send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null), subject);
  }

  /** The latest version of a subject. */
  public RegisteredSchema latest(String subject) {
    return registered(send("GET", "/subjects/" + encode(subject) + "/versions/latest", null), subject);
  }

  /** The subject/version pairs under which the schema with id {@code id} is registered. */
  public List<Map.Entry<String, Integer>> subjectVersionsOf(int id) {
    JsonNode reply = send("GET", "/schemas/ids/" + id + "/versions", null);
    List<Map.Entry<String, Integer>> out = new ArrayList<>();
    reply.forEach(n -> out.add(Map.entry(n.path("subject").asText(), n.path("version").asInt())));
    return out;
  }

  // ---- compatibility and config -----------------------------------------------------------------

  /** Whether {@code schema} may be registered under {@code subject} against its latest version. */
  public boolean isCompatible(String subject, Schema schema) {
    return checkCompatibility(subject, "latest", schema).compatible();
  }

  /**
   * Checks {@code schema} against {@code version} ("latest" or a number) of {@code subject}, asking
   * for the reasons ({@code verbose=true}); registries that ignore that flag give none.
   */
  public CompatibilityResult checkCompatibility(String subject, String version, Schema schema) {
    ObjectNode body = JSON.createObjectNode().put("schema", schema.toString());
    JsonNode reply = send("POST",
        "/compatibility/subjects/" + encode(subject) + "/versions/" + encode(version) + "?verbose=true", body);
    List<String> messages = new ArrayList<>();
    reply.path("messages").forEach(m -> messages.add(m.asText()));
    return new CompatibilityResult(reply.path("is_compatible").asBoolean(false), List.copyOf(messages));
  }

  /** The compatibility level of {@code subject}, or the global one when {@code subject} is null. */
  public String compatibility(String subject) {
    String path = subject == null ? "/config" : "/config/" + encode(subject) + "?defaultToGlobal=true";
    JsonNode reply = send("GET", path, null);
    JsonNode level = reply.has("compatibilityLevel") ? reply.get("compatibilityLevel") : reply.path("compatibility");
    return level.asText(null);
  }

  /** Sets the compatibility level (BACKWARD, FORWARD, FULL, NONE, ..._TRANSITIVE) of a subject, or globally when null. */
  public void setCompatibility(String subject, String level) {
    String path = subject == null ? "/config" : "/config/" + encode(subject);
    send("PUT", path, JSON.createObjectNode().put("compatibility", level.toUpperCase(Locale.ROOT)));
  }

  // ---- subjects ---------------------------------------------------------------------------------

  /** Every subject the registry knows. */
  public List<String> subjects() {
    List<String> out = new ArrayList<>();
    send("GET", "/subjects", null).forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The versions registered under {@code subject}, ascending. */
  public List<Integer> versions(String subject) {
    List<Integer> out = new ArrayList<>();
    send("GET", "/subjects/" + encode(subject) + "/versions", null).forEach(n -> out.add(n.asInt()));
    return out;
  }

  /** Deletes {@code subject} (soft delete) and returns the versions it had; clears this client's cache for it. */
  public List<Integer> deleteSubject(String subject) {
    List<Integer> out = new ArrayList<>();
    send("DELETE", "/subjects/" + encode(subject), null).forEach(n -> out.add(n.asInt()));
    idsBySubject.remove(cacheKey(subject, false));
    idsBySubject.remove(cacheKey(subject, true));
    return out;
  }

  /** Result of a compatibility check: the verdict and, when the registry gives them, its reasons. */
  public record CompatibilityResult(boolean compatible, List<String> messages) {}

  // ---- plumbing ---------------------------------------------------------------------------------

  private Integer cachedId(String subject, Schema schema, boolean normalize) {
    Map<Schema, Integer> ids = idsBySubject.get(cacheKey(subject, normalize));
    return ids == null ? null : ids.get(schema);
  }

  private void remember(String subject, Schema schema, boolean normalize, int id) {
    idsBySubject.computeIfAbsent(cacheKey(subject, normalize), s -> new ConcurrentHashMap<>()).put(schema, id);
    schemasById.putIfAbsent(id, schema);
  }

  /** Normalized and plain registrations of one schema may have different ids: they are cached apart. */
  private static String cacheKey(String subject, boolean normalize) {
    return normalize ? subject + "\u0000normalized" : subject;
  }

  private RegisteredSchema registered(JsonNode reply, String subject) {
    String request = "subject " + subject;
    if (!reply.has("id") || !reply.has("schema")) throw protocolError(request, reply);
    Schema schema = parse(reply.get("schema").asText(), request);
    int id = reply.get("id").asInt();
    schemasById.putIfAbsent(id, schema);
    return new RegisteredSchema(reply.path("subject").asText(subject), reply.path("version").asInt(), id, schema);
  }

  private static Schema parse(String text, String request) {
    if (text == null) throw new SchemaRegistryException(request, 200, 0, "response has no schema", null);
    try {
      return new Schema.Parser().parse(text);
    } catch (SchemaParseException e) {
      throw new SchemaRegistryException(request, 200, SchemaRegistryException.INVALID_SCHEMA,
          "registry returned a schema that is not valid Avro: " + e.getMessage(), e);
    }
  }

  private static SchemaRegistryException protocolError(String request, JsonNode reply) {
    return new SchemaRegistryException(request, 200, 0, "unexpected response " + abbreviate(reply.toString()), null);
  }

  private JsonNode send(String method, String pathAndQuery, JsonNode body) {
    String request = method + " " + pathAndQuery;
    SchemaRegistryException unreachable = null;
    for (URI base : baseUris) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
          .timeout(timeout)
          .header("Accept", ACCEPT);
      if (authorization != null) builder.header("Authorization", authorization);
      if (body != null) {
        builder.header("Content-Type", CONTENT_TYPE);
        builder.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
      } else {
        builder.method(method, HttpRequest.BodyPublishers.noBody());
      }
      HttpResponse<String> response;
      try {
        response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        unreachable = new SchemaRegistryException(request, 0, 0, "registry at " + base + " unreachable: " + e, e);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException(request, 0, 0, "interrupted", e);
      }
      return readReply(request, response);
    }
    throw unreachable;
  }

  private static JsonNode readReply(String request, HttpResponse<String> response) {
    int status = response.statusCode();
    JsonNode json;
    try {
      json = response.body() == null || response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      if (status / 100 == 2) {
        throw new SchemaRegistryException(request, status, 0, "response is not JSON: " + abbreviate(response.body()), e);
      }
      throw new SchemaRegistryException(request, status, status, abbreviate(response.body()), null);
    }
    if (status / 100 == 2) return json;
    int code = json.path("error_code").asInt(status);
    String message = json.path("message").asText(abbreviate(response.body()));
    throw new SchemaRegistryException(request, status, code, message, null);
  }

  private static SSLContext sslContext(Map<String, ?> cfg) {
    String trustLocation = setting(cfg, "ssl.truststore.location");
    String keyLocation = setting(cfg, "ssl.keystore.location");
    if (trustLocation == null && keyLocation == null) return null;
    try {
      TrustManagerFactory tmf = null;
      if (trustLocation != null) {
        KeyStore trust = loadStore(trustLocation, setting(cfg, "ssl.truststore.password"), setting(cfg, "ssl.truststore.type"));
        tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
      }
      KeyManagerFactory kmf = null;
      if (keyLocation != null) {
        String storePassword = setting(cfg, "ssl.keystore.password");
        KeyStore keys = loadStore(keyLocation, storePassword, setting(cfg, "ssl.keystore.type"));
        String keyPassword = setting(cfg, "ssl.key.password");
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        String pw = keyPassword != null ? keyPassword : storePassword;
        kmf.init(keys, pw == null ? new char[0] : pw.toCharArray());
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
      return ctx;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot set up TLS for the schema registry client: " + e.getMessage(), e);
    }
  }

  private static KeyStore loadStore(String location, String password, String type) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(type == null ? KeyStore.getDefaultType() : type);
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      store.load(in, password == null ? null : password.toCharArray());
    }
    return store;
  }

  /** A setting by its plain key or with the {@code schema.registry.} prefix (the prefixed one wins). */
  static String setting(Map<String, ?> cfg, String key) {
    Object value = cfg.get(PREFIX + key);
    if (value == null) value = cfg.get(key);
    if (value == null) return null;
    if (value instanceof org.apache.kafka.common.config.types.Password p) return p.value();
    String s = value.toString();
    return s.isBlank() ? null : s;
  }

  private static URI stripTrailingSlash(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String s) {
    if (s == null) return "";
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }
}
