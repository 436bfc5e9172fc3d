package newsflow.cli.run;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on loopback (a free port) with its own daemon threads: what the demo site, the
 * benchmark's news site and its webhook receiver serve from.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private LoopbackServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving {@code handler} at {@code path} on 127.0.0.1.
   *
   * @param what named in the error when the server cannot start, e.g. "the demo site"
   * @param threadName the name of the server's threads
   */
  public static LoopbackServer start(String what, String threadName, int threads, int backlog, String path,
      HttpHandler handler) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + what + " on loopback", e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    server.createContext(path, handler);
    server.setExecutor(executor);
    server.start();
    return new LoopbackServer(server, executor);
  }

  /** The server's base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
