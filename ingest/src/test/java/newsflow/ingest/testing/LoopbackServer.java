package newsflow.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 (JDK's com.sun.net.httpserver) for tests: routes by exact path,
 * records every request path and its headers, 404 for anything unrouted.
 */
public final class LoopbackServer implements AutoCloseable {
  /** Handles one exchange. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();
  private final List<String> log = new CopyOnWriteArrayList<>();

  static {
    // without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms to every loopback exchange
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    if (ex.getRequestURI().getRawQuery() != null) path += "?" + ex.getRequestURI().getRawQuery();
    log.add(path);
    requestHeaders.add(Map.copyOf(ex.getRequestHeaders()));
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    Handler h = routes.get(path);
    try {
      if (h == null) {
        respond(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      } else {
        h.handle(ex);
      }
    } catch (Exception e) {
      // the client may have hung up (caps, timeouts): that is what some tests provoke
    } finally {
      ex.close();
    }
  }

  public LoopbackServer route(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  public LoopbackServer text(String path, String contentType, String body) {
    return route(path, ex -> respond(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  public LoopbackServer bytes(String path, String contentType, byte[] body) {
    return route(path, ex -> respond(ex, 200, contentType, body));
  }

  public static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Base URL, e.g. {@code http://127.0.0.1:43210}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String url(String path) {
    return base() + path;
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** Every request path received, in order. */
  public List<String> requests() {
    return List.copyOf(log);
  }

  public List<Map<String, List<String>>> requestHeaders() {
    return List.copyOf(requestHeaders);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
