package newsflow.cli.bench;

import newsflow.cli.run.LoopbackServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news site on loopback serving {@link ArticleGenerator}'s articles: an RSS 2.0 feed
 * ({@code /feed.xml}) and the pages it links. Articles appear in the feed only once released
 * ({@link #releaseUpTo}), so a benchmark sets the rate at which news "happens". Like a real feed it
 * lists a window of recent items, not the whole archive: from a few items before the oldest released
 * page nobody has fetched yet to {@value #WINDOW} items after it, so no released article is ever
 * out of reach of a poller. The feed has an ETag and answers a matching {@code If-None-Match} with 304.
 */
public final class SyntheticNewsSite implements AutoCloseable {
  /** Items listed after the oldest unfetched one. */
  static final int WINDOW = 250;
  private static final Pattern PAGE = Pattern.compile("/news/[a-z]+/(\\d+)-[a-z0-9-]+\\.html");
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final ArticleGenerator generator;
  private final LoopbackServer http;
  private final long[] releasedAt;
  private final long[] fetchedAt;
  private final ArticleGenerator.Article[] cache;
  private final BitSet fetched = new BitSet();
  private int released;
  private long fetchCount;

  private SyntheticNewsSite(ArticleGenerator generator, int capacity) {
    this.generator = generator;
    this.releasedAt = new long[capacity];
    this.fetchedAt = new long[capacity];
    this.cache = new ArticleGenerator.Article[capacity];
    this.http = LoopbackServer.start("the benchmark's news site", "newsflow-bench-site", 4, 64, "/", this::handle);
  }

  /** Starts the site on 127.0.0.1 (a free port) for at most {@code capacity} articles. */
  public static SyntheticNewsSite start(ArticleGenerator generator, int capacity) {
    return new SyntheticNewsSite(generator, capacity);
  }

  public String baseUrl() {
    return http.baseUrl();
  }

  public String feedUrl() {
    return baseUrl() + "/feed.xml";
  }

  /** Releases articles {@code 0..count-1} (those not yet released get the current time). */
  public synchronized void releaseUpTo(int count) {
    if (count > releasedAt.length) throw new IllegalArgumentException("only " + releasedAt.length + " articles");
    long now = System.currentTimeMillis();
    while (released < count) releasedAt[released++] = now;
  }

  public synchronized int released() {
    return released;
  }

  /** Pages served (including repeats). */
  public synchronized long fetches() {
    return fetchCount;
  }

  /** When article {@code i} was first fetched (epoch ms), or 0. */
  public synchronized long fetchedAt(int i) {
    return fetchedAt[i];
  }

  /** When article {@code i} was released (epoch ms), or 0. */
  public synchronized long releasedAt(int i) {
    return releasedAt[i];
  }

  /** Released article {@code i} (generated once, then kept). */
  public synchronized ArticleGenerator.Article article(int i) {
    if (i >= released) throw new IllegalArgumentException("article " + i + " is not released");
    if (cache[i] == null) cache[i] = generator.article(i, baseUrl(), Instant.ofEpochMilli(releasedAt[i]));
    return cache[i];
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    try (ex) {
      if (path.equals("/robots.txt")) {
        send(ex, 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n");
        return;
      }
      if (path.equals("/feed.xml")) {
        String feed = feed();
        String etag = "\"" + Integer.toHexString(feed.hashCode()) + "-" + feed.length() + "\"";
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
          return;
        }
        send(ex, 200, "application/rss+xml; charset=utf-8", feed);
        return;
      }
      Matcher m = PAGE.matcher(path);
      if (m.matches()) {
        int i = Integer.parseInt(m.group(1));
        ArticleGenerator.Article a = null;
        synchronized (this) {
          if (i < released) {
            a = article(i);
            fetchCount++;
            if (!fetched.get(i)) {
              fetched.set(i);
              fetchedAt[i] = System.currentTimeMillis();
            }
          }
        }
        if (a != null && a.path().equals(path)) {
          send(ex, 200, "text/html; charset=utf-8", a.html());
          return;
        }
      }
      send(ex, 404, "text/plain; charset=utf-8", "not found\n");
    }
  }

  /** The feed: the window of released items around the oldest one not fetched yet, oldest first. */
  synchronized String feed() {
    int oldest = fetched.nextClearBit(0);
    int from = Math.max(0, Math.min(oldest, released) - 10);
    int to = Math.min(released, oldest + WINDOW);
    StringBuilder sb = new StringBuilder(256 + 200 * (to - from));
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n<title>newsflow benchmark wire</title>")
        .append("<link>").append(baseUrl()).append("/</link>\n<description>Made-up articles for benchmarks</description>\n");
    for (int i = from; i < to; i++) {
      ArticleGenerator.Article a = article(i);
      String url = baseUrl() + a.path();
      sb.append("<item><title>").append(ArticleGenerator.esc(a.title())).append("</title><link>").append(url)
          .append("</link><guid>").append(url).append("</guid><pubDate>")
          .append(RFC_1123.format(a.publishedAt())).append("</pubDate></item>\n");
    }
    return sb.append("</channel></rss>\n").toString();
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
