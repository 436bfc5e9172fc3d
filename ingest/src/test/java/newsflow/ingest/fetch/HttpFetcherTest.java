package newsflow.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import newsflow.ingest.testing.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on loopback, one bad input per test. */
class HttpFetcherTest {
  private LoopbackServer server;
  private HttpFetcher fetcher;

  static FetchSettings testSettings() {
    return FetchSettings.defaults()
        .withAllowHosts(List.of("127.0.0.1"))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400))
        .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(50))
        .withPerHost(8, Duration.ZERO)
        .withSizeCaps(1 << 20, 4 << 20);
  }

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    fetcher = new HttpFetcher(testSettings());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FetchException failure(String path) {
    return assertThrows(FetchException.class, () -> fetcher.fetch(server.url(path)));
  }

  @Test
  void fetchesAPageAndIdentifiesItselfWithAClearUserAgent() throws Exception {
    server.text("/a", "text/html; charset=utf-8", "<html><body><p>caf\u00e9</p></body></html>");
    FetchResponse r = fetcher.fetch(server.url("/a"));
    assertEquals(200, r.status());
    assertTrue(r.text().contains("caf\u00e9"));
    String agent = server.requestHeaders().get(server.requestHeaders().size() - 1).get("User-agent").get(0);
    assertTrue(agent.startsWith("newsflow/"), agent);
  }

  @Test
  void refusesA10Slash8AddressBeforeConnecting() {
    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("http://10.20.30.40/news"));
    assertEquals(FetchException.Reason.ADDRESS_REFUSED, e.reason());
    assertEquals(0, fetcher.requestCount(), "no request may be sent");
  }

  @Test
  void refusesLoopbackUnlessAllowListed() {
    server.text("/a", "text/html", "<p>x</p>");
    HttpFetcher strict = new HttpFetcher(testSettings().withAllowHosts(List.of()));
    FetchException e = assertThrows(FetchException.class, () -> strict.fetch(server.url("/a")));
    assertEquals(FetchException.Reason.ADDRESS_REFUSED, e.reason());
    assertEquals(0, server.hits("/a"));
  }

  @Test
  void checksEveryRedirectHopAgainstTheAddressPolicy() {
    server.route("/go", ex -> redirect(ex, "http://10.1.2.3/internal"));
    FetchException e = failure("/go");
    assertEquals(FetchException.Reason.ADDRESS_REFUSED, e.reason());
    assertEquals("http://10.1.2.3/internal", e.url());
    assertEquals(List.of("/robots.txt", "/go"), server.requests());
    assertEquals(2, fetcher.requestCount(), "robots.txt and /go, nothing towards 10.1.2.3");
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() throws Exception {
    server.route("/old", ex -> redirect(ex, "/new"));
    server.text("/new", "text/html", "<p>moved</p>");
    FetchResponse r = fetcher.fetch(server.url("/old"));
    assertEquals(URI.create(server.url("/new")), r.finalUri());
    assertEquals(URI.create(server.url("/old")), r.requestedUri());
  }

  @Test
  void stopsARedirectLoop() {
    server.route("/a", ex -> redirect(ex, "/b"));
    server.route("/b", ex -> redirect(ex, "/a"));
    FetchException e = failure("/a");
    assertEquals(FetchException.Reason.TOO_MANY_REDIRECTS, e.reason());
    assertTrue(server.hits("/a") == 1 && server.hits("/b") == 1, server.requests().toString());
  }

  @Test
  void stopsAfterTheRedirectLimit() {
    for (int i = 0; i < 20; i++) {
      int next = i + 1;
      server.route("/r" + i, ex -> redirect(ex, "/r" + next));
    }
    FetchException e = failure("/r0");
    assertEquals(FetchException.Reason.TOO_MANY_REDIRECTS, e.reason());
    long pages = server.requests().stream().filter(p -> p.matches("/r\\d+")).count();
    assertEquals(testSettings().maxRedirects() + 1, pages);
  }

  @Test
  void doesNotRetryA404() {
    FetchException e = failure("/missing");
    assertEquals(FetchException.Reason.CLIENT_ERROR, e.reason());
    assertEquals(404, e.status());
    assertEquals(1, server.hits("/missing"));
    assertTrue(!e.isTransient());
  }

  @Test
  void retriesA500WithBackoffThenGivesUpTransiently() {
    server.route("/boom", ex -> LoopbackServer.respond(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
    FetchException e = failure("/boom");
    assertEquals(FetchException.Reason.SERVER_ERROR, e.reason());
    assertTrue(e.isTransient());
    assertEquals(3, server.hits("/boom"), "1 attempt + 2 retries");
    assertEquals(2, fetcher.retryCount());
  }

  @Test
  void recoversWhenA5xxGoesAway() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.route("/flaky", ex -> {
      if (calls.incrementAndGet() < 3) LoopbackServer.respond(ex, 503, "text/plain", new byte[0]);
      else LoopbackServer.respond(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
    });
    assertEquals(200, fetcher.fetch(server.url("/flaky")).status());
    assertEquals(3, server.hits("/flaky"));
  }

  @Test
  void retriesTimeoutsThenFailsWithTimeout() {
    server.route("/slow", ex -> {
      Thread.sleep(3_000);
      LoopbackServer.respond(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
    });
    long start = System.nanoTime();
    FetchException e = failure("/slow");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(FetchException.Reason.TIMEOUT, e.reason());
    assertEquals(3, server.hits("/slow"), "each attempt reached the server");
    assertTrue(millis < 2_900, "gave up after " + millis + " ms");
  }

  @Test
  void capsA50MegabyteStreamedPage() {
    AtomicLong written = new AtomicLong();
    long fifty = 50L << 20;
    server.route("/huge", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
      byte[] chunk = "<p>all work and no play makes a long page</p>\n".repeat(1400).getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = ex.getResponseBody()) {
        while (written.get() < fifty) {
          out.write(chunk);
          written.addAndGet(chunk.length);
        }
      }
    });
    FetchException e = failure("/huge");
    assertEquals(FetchException.Reason.TOO_LARGE, e.reason());
    assertTrue(written.get() < fifty, "the transfer was cut short, server wrote " + written.get());
  }

  @Test
  void refusesADeclaredContentLengthOverTheCap() {
    server.route("/big", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 50L << 20);
      ex.getResponseBody().write(new byte[1024]);
    });
    assertEquals(FetchException.Reason.TOO_LARGE, failure("/big").reason());
  }

  @Test
  void capsAGzipBomb() throws Exception {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) gz.write(zeros); // 64 MB of zeros
    }
    byte[] bomb = compressed.toByteArray();
    assertTrue(bomb.length < testSettings().maxBodyBytes(), "the compressed bomb passes the body cap");
    server.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.respond(ex, 200, "text/html", bomb);
    });
    FetchException e = failure("/bomb");
    assertEquals(FetchException.Reason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().contains("decompressed"), e.getMessage());
  }

  @Test
  void decompressesAnHonestGzipBody() throws Exception {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
      gz.write("<p>zipped</p>".getBytes(StandardCharsets.UTF_8));
    }
    server.route("/z", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.respond(ex, 200, "text/html", compressed.toByteArray());
    });
    assertEquals("<p>zipped</p>", fetcher.fetch(server.url("/z")).text());
  }

  @Test
  void refusesBinaryContentServedAsHtml() throws Exception {
    byte[] png = new byte[4096];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(magic, 0, png, 0, magic.length);
    for (int i = magic.length; i < png.length; i++) png[i] = (byte) (i * 31);
    server.bytes("/img", "text/html", png);
    FetchResponse r = fetcher.fetch(server.url("/img"));
    FetchException e = assertThrows(FetchException.class, r::requireText);
    assertEquals(FetchException.Reason.UNSUPPORTED_CONTENT, e.reason());
  }

  @Test
  void decodesWithTheRightCharsetWhenHeadersAreWrongOrMissing() throws Exception {
    Charset cp1252 = Charset.forName("windows-1252");
    String text = "caf\u00e9 \u2019quoted\u2019";
    // header claims UTF-8, bytes are windows-1252
    server.bytes("/wrong", "text/html; charset=utf-8", ("<p>" + text + "</p>").getBytes(cp1252));
    // no header charset; the meta tag tells
    server.bytes("/meta", "text/html",
        ("<html><head><meta charset=\"windows-1252\"></head><body><p>" + text + "</p></body></html>").getBytes(cp1252));
    // no charset anywhere: UTF-8 recognised from the bytes
    server.bytes("/none", "text/html", ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8));
    // header says Latin-1 but the bytes are UTF-8
    server.bytes("/latin", "text/html; charset=ISO-8859-1", ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8));
    // a UTF-16 page with a byte-order mark and no header charset
    byte[] utf16 = ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    server.bytes("/bom", "text/html", withBom);
    for (String path : List.of("/wrong", "/meta", "/none", "/latin", "/bom")) {
      String decoded = fetcher.fetch(server.url(path)).requireText();
      assertTrue(decoded.contains(text), path + " decoded as " + decoded);
    }
  }

  @Test
  void honoursRobotsTxtDisallow() throws Exception {
    server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: newsflow\nDisallow: /members/\n");
    server.text("/members/story", "text/html", "<p>secret</p>");
    server.text("/news/story", "text/html", "<p>public</p>");
    FetchException e = failure("/members/story");
    assertEquals(FetchException.Reason.ROBOTS_DISALLOWED, e.reason());
    assertEquals(0, server.hits("/members/story"));
    assertEquals(200, fetcher.fetch(server.url("/news/story")).status());
    assertEquals(1, server.hits("/robots.txt"), "robots.txt is cached per origin");
  }

  @Test
  void spacesRequestsByTheRobotsCrawlDelay() throws Exception {
    server.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
    List<Long> starts = new java.util.concurrent.CopyOnWriteArrayList<>();
    server.route("/p", ex -> {
      starts.add(System.nanoTime());
      LoopbackServer.respond(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
    });
    fetcher.fetch(server.url("/p"));
    fetcher.fetch(server.url("/p"));
    long gapMillis = (starts.get(1) - starts.get(0)) / 1_000_000;
    assertTrue(gapMillis >= 900, "second request only " + gapMillis + " ms after the first");
  }

  @Test
  void honoursConditionalGetWith304() throws Exception {
    server.route("/feed", ex -> {
      String inm = ex.getRequestHeaders().getFirst("If-None-Match");
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      ex.getResponseHeaders().set("Last-Modified", "Tue, 10 Feb 2026 10:00:00 GMT");
      if ("\"v1\"".equals(inm)) {
        LoopbackServer.respond(ex, 304, null, new byte[0]);
      } else {
        LoopbackServer.respond(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
      }
    });
    FetchResponse first = fetcher.fetch(URI.create(server.url("/feed")), Validators.NONE);
    assertEquals(200, first.status());
    assertEquals(new Validators("\"v1\"", "Tue, 10 Feb 2026 10:00:00 GMT"), first.validators());
    FetchResponse second = fetcher.fetch(URI.create(server.url("/feed")), first.validators());
    assertTrue(second.notModified());
    assertArrayEquals(new byte[0], second.body());
    String sentIms = server.requestHeaders().get(server.requestHeaders().size() - 1).get("If-modified-since").get(0);
    assertEquals("Tue, 10 Feb 2026 10:00:00 GMT", sentIms);
  }

  @Test
  void limitsConcurrencyPerHost() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    server.route("/busy", ex -> {
      int now = inFlight.incrementAndGet();
      max.accumulateAndGet(now, Math::max);
      Thread.sleep(100);
      inFlight.decrementAndGet();
      LoopbackServer.respond(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
    });
    HttpFetcher polite = new HttpFetcher(testSettings().withPerHost(1, Duration.ZERO));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<FetchResponse>> all = new ArrayList<>();
      for (int i = 0; i < 4; i++) all.add(pool.submit(() -> polite.fetch(server.url("/busy"))));
      for (Future<FetchResponse> f : all) assertEquals(200, f.get().status());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, max.get());
    assertEquals(4, server.hits("/busy"));
  }

  @Test
  void rejectsNonHttpSchemes() {
    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("file:///etc/passwd"));
    assertEquals(FetchException.Reason.BAD_URL, e.reason());
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
  }
}
