package newsflow.cli.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsflow.cli.UserException;

/**
 * Serves {@code GET /metrics} (Prometheus text format), {@code GET /health} (200 when every readiness
 * check passes, else 503, with a JSON body naming each check) and {@code GET /live} (always 200) with
 * the JDK's HTTP server.
 */
public final class MetricsServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private MetricsServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts serving; a port that is taken is a {@link UserException}. */
  public static MetricsServer start(OpsConfig config, PrometheusMeterRegistry registry, Health health) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 16);
    } catch (IOException e) {
      throw new UserException("cannot serve metrics on " + config.bind() + ":" + config.port() + " (" + e.getMessage()
          + "); choose another with --metrics-port or " + OpsConfig.ENV_METRICS_PORT);
    }
    server.createContext("/metrics", ex -> {
      if (!get(ex)) return;
      respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
    });
    server.createContext("/health", ex -> {
      if (!get(ex)) return;
      Map<String, Boolean> states = health.states();
      boolean ready = !states.isEmpty() && states.values().stream().allMatch(Boolean::booleanValue);
      StringBuilder body = new StringBuilder("{\"status\":\"").append(ready ? "READY" : "NOT_READY").append("\",\"checks\":{");
      boolean first = true;
      for (Map.Entry<String, Boolean> e : states.entrySet()) {
        if (!first) body.append(',');
        first = false;
        body.append('"').append(e.getKey()).append("\":").append(e.getValue());
      }
      body.append("}}\n");
      respond(ex, ready ? 200 : 503, "application/json", body.toString());
    });
    server.createContext("/live", ex -> {
      if (!get(ex)) return;
      respond(ex, 200, "text/plain", "OK\n");
    });
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "newsflow-metrics-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
    return new MetricsServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url() {
    return "http://" + server.getAddress().getHostString() + ":" + port();
  }

  private static boolean get(HttpExchange ex) throws IOException {
    if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
      respond(ex, 405, "text/plain", "method not allowed\n");
      return false;
    }
    return true;
  }

  private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    boolean head = "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (!head) out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
