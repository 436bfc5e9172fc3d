package newsflow.cli.faults;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on loopback that answers 200 and counts the requests per
 * {@code Idempotency-Key} (the alert id), so a test sees every alert that arrived and every repeat.
 */
final class RecordingHook implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Integer> keys = new ConcurrentHashMap<>();

  RecordingHook() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/hook", ex -> {
      ex.getRequestBody().readAllBytes();
      String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
      keys.merge(key == null ? "" : key, 1, Integer::sum);
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "recording-hook");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** Requests per idempotency key. */
  Map<String, Integer> keys() {
    return Map.copyOf(keys);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
