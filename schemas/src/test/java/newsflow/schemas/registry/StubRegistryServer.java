package newsflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny in-memory registry on a loopback port for the client and serde unit tests (the full one is
 * newsflow.embedded.EmbeddedSchemaRegistry, which this module cannot depend on). It records every
 * request, can demand basic auth, and can answer the next request with a canned error.
 */
public final class StubRegistryServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VERSIONS = Pattern.compile("/subjects/([^/]+)/versions");
  private static final Pattern SUBJECT = Pattern.compile("/subjects/([^/]+)");
  private static final Pattern BY_ID = Pattern.compile("/schemas/ids/(\\d+)");
  private static final Pattern LATEST = Pattern.compile("/subjects/([^/]+)/versions/latest");

  private final HttpServer server;
  private final Map<String, Integer> idsBySchema = new LinkedHashMap<>();
  private final Map<String, List<String>> subjects = new LinkedHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private volatile String requiredAuthorization;
  private volatile int failStatus;
  private volatile String failBody;

  public StubRegistryServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<String> requests() {
    return requests;
  }

  public List<String> authorizations() {
    return authorizations;
  }

  public void requireAuthorization(String header) {
    requiredAuthorization = header;
  }

  public void failNext(int status, String body) {
    failBody = body;
    failStatus = status;
  }

  private synchronized void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      String query = ex.getRequestURI().getRawQuery();
      requests.add(method + " " + path + (query == null ? "" : "?" + query));
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      authorizations.add(auth == null ? "" : auth);
      if (failStatus != 0) {
        int status = failStatus;
        failStatus = 0;
        reply(ex, status, failBody);
        return;
      }
      if (requiredAuthorization != null && !requiredAuthorization.equals(auth)) {
        reply(ex, 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");
        return;
      }
      JsonNode body = method.equals("POST") ? JSON.readTree(ex.getRequestBody()) : null;
      Matcher m;
      if (method.equals("POST") && (m = VERSIONS.matcher(path)).matches()) {
        String schema = body.get("schema").asText();
        int id = idsBySchema.computeIfAbsent(schema, s -> idsBySchema.size() + 1);
        List<String> versions = subjects.computeIfAbsent(m.group(1), s -> new ArrayList<>());
        if (!versions.contains(schema)) versions.add(schema);
        reply(ex, 200, "{\"id\":" + id + "}");
      } else if (method.equals("POST") && (m = SUBJECT.matcher(path)).matches()) {
        List<String> versions = subjects.get(m.group(1));
        String schema = body.get("schema").asText();
        if (versions == null) {
          reply(ex, 404, "{\"error_code\":40401,\"message\":\"Subject '" + m.group(1) + "' not found.\"}");
        } else if (!versions.contains(schema)) {
          reply(ex, 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
        } else {
          reply(ex, 200, JSON.createObjectNode().put("subject", m.group(1)).put("version", versions.indexOf(schema) + 1)
              .put("id", idsBySchema.get(schema)).put("schema", schema).toString());
        }
      } else if (method.equals("GET") && (m = BY_ID.matcher(path)).matches()) {
        int id = Integer.parseInt(m.group(1));
        String schema = idsBySchema.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey)
            .findFirst().orElse(null);
        if (schema == null) {
          reply(ex, 404, "{\"error_code\":40403,\"message\":\"Schema " + id + " not found\"}");
        } else {
          reply(ex, 200, JSON.createObjectNode().put("schema", schema).toString());
        }
      } else if (method.equals("GET") && (m = LATEST.matcher(path)).matches()) {
        List<String> versions = subjects.get(m.group(1));
        if (versions == null) {
          reply(ex, 404, "{\"error_code\":40401,\"message\":\"Subject '" + m.group(1) + "' not found.\"}");
        } else {
          String schema = versions.get(versions.size() - 1);
          reply(ex, 200, JSON.createObjectNode().put("subject", m.group(1)).put("version", versions.size())
              .put("id", idsBySchema.get(schema)).put("schema", schema).toString());
        }
      } else if (method.equals("GET") && path.equals("/subjects")) {
        reply(ex, 200, JSON.writeValueAsString(subjects.keySet()));
      } else {
        reply(ex, 404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
      }
    }
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
