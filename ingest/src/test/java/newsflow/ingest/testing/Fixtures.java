package newsflow.ingest.testing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import newsflow.ingest.fetch.FetchSettings;

/** Test resources as bytes or text. */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Objects.requireNonNull(Fixtures.class.getClassLoader().getResourceAsStream(name), name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Fetch settings for loopback tests: 127.0.0.1 allowed, short timeouts, quick retries, no spacing. */
  public static FetchSettings fetchSettings() {
    return FetchSettings.defaults()
        .withAllowHosts(List.of("127.0.0.1"))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
        .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(20))
        .withPerHost(4, Duration.ZERO);
  }

  /** An RSS 2.0 feed whose items link to {@code base + path} for each path. */
  public static String rss(String base, String... paths) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Loopback Gazette</title><link>" + base + "/</link><description>test</description>\n");
    int i = 0;
    for (String p : paths) {
      i++;
      sb.append("<item><title>Item ").append(i).append("</title><link>").append(base).append(p)
          .append("</link><guid isPermaLink=\"false\">item-").append(p).append("</guid>")
          .append("<pubDate>Tue, 10 Feb 2026 0").append(i % 10).append(":00:00 GMT</pubDate></item>\n");
    }
    return sb.append("</channel></rss>\n").toString();
  }
}
