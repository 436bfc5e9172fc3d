package newsflow.cli.run;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demo's own news site on loopback: an RSS 2.0 feed ({@code /feed.xml}) listing the bundled
 * article pages ({@code /articles/NAME.html}), and a permissive {@code /robots.txt}. Lets
 * {@code newsflow run --demo} exercise feed polling and page fetching without a network.
 */
public final class DemoSite implements AutoCloseable {
  /** The bundled pages, in feed order (resources under {@code demo/pages/}). */
  public static final List<String> PAGES = List.of(
      "rotterdam-flood-barrier", "kenya-drought-relief", "chile-lithium-deal", "baltic-ports-security");

  private final LoopbackServer http;

  private DemoSite() {
    this.http = LoopbackServer.start("the demo site", "newsflow-demo-site", 2, 16, "/", this::handle);
  }

  public static DemoSite start() {
    return new DemoSite();
  }

  /** The site's base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return http.baseUrl();
  }

  public String feedUrl() {
    return baseUrl() + "/feed.xml";
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    if (path.equals("/robots.txt")) {
      send(ex, 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
    } else if (path.equals("/feed.xml")) {
      send(ex, 200, "application/rss+xml; charset=utf-8", feed().getBytes(StandardCharsets.UTF_8));
    } else if (path.startsWith("/articles/") && path.endsWith(".html")
        && PAGES.contains(path.substring("/articles/".length(), path.length() - ".html".length()))) {
      try (InputStream in = DemoSite.class.getResourceAsStream("/demo/pages/" + path.substring("/articles/".length()))) {
        if (in == null) {
          send(ex, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
        } else {
          send(ex, 200, "text/html; charset=utf-8", in.readAllBytes());
        }
      }
    } else {
      send(ex, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  String feed() {
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n")
        .append("<title>newsflow demo wire</title><link>").append(baseUrl()).append("/</link>\n")
        .append("<description>Sample articles of the newsflow demo</description>\n");
    java.time.ZonedDateTime published = java.time.ZonedDateTime.parse("2025-02-17T09:00:00Z");
    for (String page : PAGES) {
      String url = baseUrl() + "/articles/" + page + ".html";
      sb.append("<item><title>").append(page.replace('-', ' ')).append("</title><link>").append(url)
          .append("</link><guid>").append(url).append("</guid><pubDate>")
          .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(published)).append("</pubDate></item>\n");
      published = published.plusDays(1);
    }
    return sb.append("</channel></rss>\n").toString();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
