package newsflow.cli.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A webhook on loopback that answers 200 at once and remembers when each alert first arrived, by
 * its {@code Idempotency-Key} (the alert id); repeats are counted, not timed again.
 */
public final class WebhookReceiver implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Long> firstCall = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();

  private WebhookReceiver(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  public static WebhookReceiver start() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the benchmark's webhook receiver on loopback", e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "newsflow-bench-webhook");
      t.setDaemon(true);
      return t;
    });
    WebhookReceiver receiver = new WebhookReceiver(server, executor);
    server.createContext("/hook", receiver::handle);
    server.setExecutor(executor);
    server.start();
    return receiver;
  }

  public String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/hook";
  }

  private void handle(HttpExchange ex) throws IOException {
    long now = System.currentTimeMillis();
    try (ex) {
      ex.getRequestBody().readAllBytes();
      String id = ex.getRequestHeaders().getFirst("Idempotency-Key");
      calls.incrementAndGet();
      if (id != null) firstCall.putIfAbsent(id, now);
      ex.sendResponseHeaders(200, -1);
    }
  }

  /** When the alert {@code id} first arrived (epoch ms), or null. */
  public Long firstCall(String id) {
    return firstCall.get(id);
  }

  /** Distinct alerts received. */
  public int distinct() {
    return firstCall.size();
  }

  /** Calls received, repeats included. */
  public long calls() {
    return calls.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
