package newsflow.sink;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver on loopback whose behaviour a test switches: answer 200, answer 500, or hang
 * (hold the request without answering until switched back). Records every request's
 * {@code Idempotency-Key}, {@code Authorization} and outcome.
 */
final class HookServer implements AutoCloseable {
  enum Mode { OK, FAIL, HANG }

  /** One request: its idempotency key, authorization header, and the status it got (0 = hung up on). */
  record Request(String key, String authorization, int status) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger hanging = new java.util.concurrent.atomic.AtomicInteger();
  private volatile Mode mode = Mode.OK;
  private volatile CountDownLatch release = new CountDownLatch(0);

  HookServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/hooks/T0001/secret-path", ex -> {
      ex.getRequestBody().readAllBytes();
      String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      Mode m = mode;
      if (m == Mode.HANG) {
        hanging.incrementAndGet();
        try {
          release.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          hanging.decrementAndGet();
        }
        requests.add(new Request(key, auth, 0));
        ex.close();
        return;
      }
      int status = m == Mode.OK ? 200 : 500;
      requests.add(new Request(key, auth, status));
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "hook-server");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  /** The hook's URL; its path stands for the secret part of a real one. */
  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/T0001/secret-path");
  }

  synchronized void mode(Mode m) {
    if (m == Mode.HANG) {
      release = new CountDownLatch(1);
    } else {
      release.countDown();
    }
    mode = m;
  }

  /** Requests held without an answer right now. */
  int hanging() {
    return hanging.get();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Keys of the requests answered 200. */
  List<String> delivered() {
    return requests.stream().filter(r -> r.status() == 200).map(Request::key).toList();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
