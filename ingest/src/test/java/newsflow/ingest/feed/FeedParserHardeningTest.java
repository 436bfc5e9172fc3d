package newsflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import newsflow.ingest.testing.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malicious feeds written here: external entities pointing at a local secret file and at a loopback
 * server (neither may be read), external DTDs and parameter entities, billion laughs and quadratic
 * blow-up (parsing must fail fast and bounded), plus plainly broken XML.
 */
class FeedParserHardeningTest {
  private static final String SECRET = "TOP-SECRET-7f3a9c";
  private final FeedParser parser = new FeedParser();

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private ParsedFeed parseOrNull(String xml) {
    try {
      return parser.parse(utf8(xml), "application/rss+xml", "http://example.org/feed");
    } catch (FeedParseException e) {
      return null;
    }
  }

  @Test
  void neverReadsALocalFileThroughAnExternalEntity() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<rss version=\"2.0\"><channel><title>t &xxe;</title><link>http://example.org/</link>"
        + "<item><title>a &xxe;</title><link>http://example.org/a</link><description>&xxe;</description></item>"
        + "</channel></rss>";
    ParsedFeed feed = parseOrNull(xml);
    // either refused or parsed without the entity's content; the secret must not appear anywhere
    if (feed != null) {
      assertFalse(feed.toString().contains(SECRET), "secret leaked into " + feed);
    }
    assertFalse(String.valueOf(feed).contains(SECRET));
  }

  @Test
  void neverFetchesExternalEntitiesOrDtds() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.text("/evil.dtd", "application/xml-dtd", "<!ENTITY % all \"<!ENTITY leak 'pwned'>\">");
      server.text("/entity", "text/plain", SECRET);
      String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + server.url("/evil.dtd") + "\" [\n"
          + "<!ENTITY % remote SYSTEM \"" + server.url("/evil.dtd") + "\"> %remote;\n"
          + "<!ENTITY ext SYSTEM \"" + server.url("/entity") + "\">]>\n"
          + "<rss version=\"2.0\"><channel><title>x &ext;</title><link>http://example.org/</link></channel></rss>";
      ParsedFeed feed = parseOrNull(xml);
      assertFalse(String.valueOf(feed).contains(SECRET));
      assertTrue(server.requests().isEmpty(), "the parser contacted " + server.requests());
    }
  }

  @Test
  void billionLaughsFailsFastInsteadOfExpanding() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) dtd.append("&lol").append(i - 1).append(';');
      dtd.append("\">");
    }
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + dtd + "]>\n"
        + "<rss version=\"2.0\"><channel><title>&lol9;</title><link>http://example.org/</link></channel></rss>";
    FeedParseException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(FeedParseException.class,
            () -> parser.parse(utf8(xml), "application/rss+xml", "http://example.org/lol")));
    assertTrue(e.getMessage().contains("http://example.org/lol"));
  }

  @Test
  void quadraticBlowupIsBoundedByTheTotalEntitySizeLimit() {
    String big = "A".repeat(50_000);
    String refs = "&a;".repeat(1_000); // 50 MB if expanded
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"" + big + "\">]>\n"
        + "<rss version=\"2.0\"><channel><title>" + refs + "</title><link>http://example.org/</link></channel></rss>";
    assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(FeedParseException.class,
            () -> parser.parse(utf8(xml), "application/rss+xml", "http://example.org/quad")));
  }

  @Test
  void aSmallInternalEntityIsStillExpanded() throws Exception {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY org \"Example News\">]>\n"
        + "<rss version=\"2.0\"><channel><title>&org; feed</title><link>http://example.org/</link></channel></rss>";
    assertEquals("Example News feed", parser.parse(utf8(xml), null, "http://example.org/f").title());
  }

  @Test
  void rejectsMalformedXmlWithTheFeedUrl() {
    FeedParseException e = assertThrows(FeedParseException.class,
        () -> parser.parse(utf8("<rss version=\"2.0\"><channel><title>oops</channel>"), null, "http://example.org/bad"));
    assertEquals("http://example.org/bad", e.url());
  }

  @Test
  void rejectsHtmlServedAsAFeed() {
    assertThrows(FeedParseException.class, () -> parser.parse(
        utf8("<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</body></html>"),
        "text/html", "http://example.org/notafeed"));
  }

  @Test
  void resolvesRelativeItemLinksAgainstTheFeedUrl() throws Exception {
    String xml = "<rss version=\"2.0\"><channel><title>t</title><link>/</link>"
        + "<item><title>a</title><link>/news/a.html</link><guid isPermaLink=\"false\">id-1</guid></item></channel></rss>";
    ParsedFeed feed = parser.parse(utf8(xml), null, "https://news.example.org/rss/all.xml");
    assertEquals("https://news.example.org/news/a.html", feed.entries().get(0).link());
    assertEquals("id-1", feed.entries().get(0).identity());
  }
}
