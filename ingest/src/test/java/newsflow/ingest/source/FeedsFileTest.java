package newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.config.ClientConfig.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsFileTest {
  @TempDir Path dir;

  @Test
  void readsOneUrlPerLineWithComments() throws Exception {
    Path f = Files.writeString(dir.resolve("feeds.txt"),
        "# world news\nhttps://a.example/rss\n\n  https://b.example/atom.xml  # daily\n");
    List<FeedSubscription> subs = FeedsFile.read(f, Duration.ofMinutes(5));
    assertEquals(List.of(new FeedSubscription("https://a.example/rss", null, Duration.ofMinutes(5)),
        new FeedSubscription("https://b.example/atom.xml", null, Duration.ofMinutes(5))), subs);
  }

  @Test
  void readsYamlWithPublisherAndInterval() throws Exception {
    Path f = Files.writeString(dir.resolve("feeds.yaml"), """
        feeds:
          - url: https://www.washingtontimes.com/rss/headlines/news/
            publisher: The Washington Times
            interval: 90s
          - url: https://b.example/sitemap-news.xml
            interval: PT10M
          - https://c.example/feed
        """);
    List<FeedSubscription> subs = FeedsFile.read(f, Duration.ofMinutes(5));
    assertEquals(3, subs.size());
    assertEquals("The Washington Times", subs.get(0).publisher());
    assertEquals(Duration.ofSeconds(90), subs.get(0).interval());
    assertEquals(Duration.ofMinutes(10), subs.get(1).interval());
    assertNull(subs.get(2).publisher());
    assertEquals(Duration.ofMinutes(5), subs.get(2).interval());
  }

  @Test
  void namesTheBadEntry() throws Exception {
    Path f = Files.writeString(dir.resolve("feeds.txt"), "https://ok.example/rss\nftp://nope.example/feed\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedsFile.read(f, Duration.ofMinutes(1)));
    assertTrue(e.getMessage().contains("feeds.txt:2"), e.getMessage());
  }

  @Test
  void configFromEnvironmentReadsFeedsUrlsAndAllowList() throws Exception {
    Path f = Files.writeString(dir.resolve("feeds.txt"), "https://a.example/rss\n");
    IngestConfig c = IngestConfig.fromEnv(Map.of(
        "NEWSFLOW_FEEDS", f.toString(),
        "NEWSFLOW_URLS", "https://x.example/1, https://x.example/2",
        "NEWSFLOW_DATA_DIR", dir.toString(),
        "NEWSFLOW_ALLOW_HOSTS", "127.0.0.1,10.0.0.0/8",
        "NEWSFLOW_POLL_INTERVAL", "2m",
        "NEWSFLOW_BOOTSTRAP_SERVERS", "broker:9092",
        "NEWSFLOW_SCHEMA_REGISTRY_URL", "http://registry:8081")).build();
    assertEquals(1, c.feeds().size());
    assertEquals(Duration.ofMinutes(2), c.feeds().get(0).interval());
    assertEquals(List.of("https://x.example/1", "https://x.example/2"), c.urls());
    assertEquals(List.of("127.0.0.1", "10.0.0.0/8"), c.fetch().allowHosts());
    assertEquals("broker:9092", c.client().bootstrapServers());
    assertEquals(dir, c.dataDir());
  }

  @Test
  void aBadValueFailsNamingItsKey() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> IngestConfig.fromEnv(Map.of("NEWSFLOW_POLL_INTERVAL", "often")).build());
    assertEquals("NEWSFLOW_POLL_INTERVAL", e.key());
    ConfigException missing = assertThrows(ConfigException.class,
        () -> IngestConfig.fromEnv(Map.of("NEWSFLOW_FEEDS", dir.resolve("nope.txt").toString())).build());
    assertEquals("NEWSFLOW_FEEDS", missing.key());
    ConfigException dirMissing = assertThrows(ConfigException.class,
        () -> IngestConfig.fromEnv(Map.of("NEWSFLOW_WATCH_DIR", dir.resolve("none").toString())).build());
    assertEquals("NEWSFLOW_WATCH_DIR", dirMissing.key());
  }
}
