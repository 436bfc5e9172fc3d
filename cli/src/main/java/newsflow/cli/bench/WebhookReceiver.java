package newsflow.cli.bench;

import newsflow.cli.run.LoopbackServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A webhook on loopback that answers 200 at once and remembers when each alert first arrived, by
 * its {@code Idempotency-Key} (the alert id); repeats are counted, not timed again.
 */
public final class WebhookReceiver implements AutoCloseable {
  private final LoopbackServer http;
  private final Map<String, Long> firstCall = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();

  private WebhookReceiver() {
    this.http = LoopbackServer.start("the benchmark's webhook receiver", "newsflow-bench-webhook", 2, 64, "/hook",
        this::handle);
  }

  public static WebhookReceiver start() {
    return new WebhookReceiver();
  }

  public String url() {
    return http.baseUrl() + "/hook";
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
    http.close();
  }
}
