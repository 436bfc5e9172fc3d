package newsflow.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newsflow.ingest.fetch.FetchSettings;
import newsflow.ingest.source.FeedSubscription;
import newsflow.ingest.source.FeedsFile;
import newsflow.schemas.Topics;
import newsflow.schemas.config.ClientConfig;
import newsflow.schemas.config.ClientConfig.ConfigException;

/**
 * Everything the ingest role needs, read once from flags and {@code NEWSFLOW_*} variables and
 * validated at start (a bad value fails naming its key): feeds, single URLs, a watched directory,
 * the data directory (dedup store), fetch limits and the SSRF allow-list, and the cluster.
 *
 * @param client the cluster; may be null only when the app is given its own sink
 * @param watchDir directory of article files to watch, or null
 */
public record IngestConfig(
    ClientConfig client,
    Path dataDir,
    List<FeedSubscription> feeds,
    List<String> urls,
    Path watchDir,
    Duration pollInterval,
    Duration watchInterval,
    int maxItemsPerPoll,
    int threads,
    FetchSettings fetch,
    String articlesTopic,
    String dlqTopic) {

  public static final String ENV_FEEDS = "NEWSFLOW_FEEDS";
  public static final String ENV_URLS = "NEWSFLOW_URLS";
  public static final String ENV_WATCH_DIR = "NEWSFLOW_WATCH_DIR";
  public static final String ENV_DATA_DIR = ClientConfig.ENV_DATA_DIR;
  public static final String ENV_ALLOW_HOSTS = "NEWSFLOW_ALLOW_HOSTS";
  public static final String ENV_POLL_INTERVAL = "NEWSFLOW_POLL_INTERVAL";
  public static final String ENV_WATCH_INTERVAL = "NEWSFLOW_WATCH_INTERVAL";
  public static final String ENV_MAX_ITEMS_PER_POLL = "NEWSFLOW_MAX_ITEMS_PER_POLL";
  public static final String ENV_THREADS = "NEWSFLOW_INGEST_THREADS";
  public static final String ENV_USER_AGENT = "NEWSFLOW_USER_AGENT";
  public static final String ENV_OBEY_ROBOTS = "NEWSFLOW_OBEY_ROBOTS";
  public static final String ENV_MAX_PAGE_BYTES = "NEWSFLOW_MAX_PAGE_BYTES";
  public static final String ENV_FETCH_TIMEOUT = "NEWSFLOW_FETCH_TIMEOUT";
  public static final String ENV_HOST_INTERVAL = "NEWSFLOW_HOST_INTERVAL";

  public IngestConfig {
    Objects.requireNonNull(dataDir, ENV_DATA_DIR);
    feeds = List.copyOf(feeds);
    urls = List.copyOf(urls);
    Objects.requireNonNull(pollInterval, ENV_POLL_INTERVAL);
    Objects.requireNonNull(watchInterval, ENV_WATCH_INTERVAL);
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(articlesTopic, "articlesTopic");
    Objects.requireNonNull(dlqTopic, "dlqTopic");
    if (maxItemsPerPoll <= 0) throw new ConfigException(ENV_MAX_ITEMS_PER_POLL, "must be > 0");
    if (threads <= 0) throw new ConfigException(ENV_THREADS, "must be > 0");
  }

  /** Whether there is anything to ingest. */
  public boolean hasSources() {
    return !feeds.isEmpty() || !urls.isEmpty() || watchDir != null;
  }

  /** A builder preset from the environment; flags then override single values. */
  public static Builder fromEnv(Map<String, String> env) {
    return new Builder().env(env);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects values, then validates them all in {@link #build()}. */
  public static final class Builder {
    private ClientConfig client;
    private Path dataDir = Path.of("data");
    private String feeds;
    private final List<FeedSubscription> extraFeeds = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private Path watchDir;
    private Duration pollInterval = Duration.ofMinutes(5);
    private Duration watchInterval = Duration.ofSeconds(2);
    private int maxItemsPerPoll = 100;
    private int threads = 4;
    private FetchSettings fetch = FetchSettings.defaults();
    private String articlesTopic = Topics.ARTICLES_RAW;
    private String dlqTopic = Topics.INGEST_DLQ;

    private Builder() {}

    Builder env(Map<String, String> env) {
      // the cluster comes from here only when both are set; callers may pass it with client(...)
      if (nonBlank(env, ClientConfig.ENV_BOOTSTRAP_SERVERS) != null && nonBlank(env, ClientConfig.ENV_SCHEMA_REGISTRY_URL) != null) {
        client = ClientConfig.fromEnv(env, null, null);
      }
      String v;
      if ((v = nonBlank(env, ENV_DATA_DIR)) != null) dataDir = Path.of(v);
      if ((v = nonBlank(env, ENV_FEEDS)) != null) feeds = v;
      if ((v = nonBlank(env, ENV_URLS)) != null) urls.addAll(split(v));
      if ((v = nonBlank(env, ENV_WATCH_DIR)) != null) watchDir = Path.of(v);
      if ((v = nonBlank(env, ENV_POLL_INTERVAL)) != null) pollInterval = duration(ENV_POLL_INTERVAL, v);
      if ((v = nonBlank(env, ENV_WATCH_INTERVAL)) != null) watchInterval = duration(ENV_WATCH_INTERVAL, v);
      if ((v = nonBlank(env, ENV_MAX_ITEMS_PER_POLL)) != null) maxItemsPerPoll = integer(ENV_MAX_ITEMS_PER_POLL, v);
      if ((v = nonBlank(env, ENV_THREADS)) != null) threads = integer(ENV_THREADS, v);
      if ((v = nonBlank(env, ENV_ALLOW_HOSTS)) != null) fetch = fetch.withAllowHosts(split(v));
      if ((v = nonBlank(env, ENV_USER_AGENT)) != null) fetch = fetch.withUserAgent(v);
      if ((v = nonBlank(env, ENV_OBEY_ROBOTS)) != null) fetch = fetch.withRobots(bool(ENV_OBEY_ROBOTS, v));
      if ((v = nonBlank(env, ENV_MAX_PAGE_BYTES)) != null) {
        long max = integer(ENV_MAX_PAGE_BYTES, v);
        fetch = fetch.withSizeCaps(max, Math.max(max, fetch.maxDecompressedBytes()));
      }
      if ((v = nonBlank(env, ENV_FETCH_TIMEOUT)) != null) {
        fetch = fetch.withTimeouts(fetch.connectTimeout(), duration(ENV_FETCH_TIMEOUT, v));
      }
      if ((v = nonBlank(env, ENV_HOST_INTERVAL)) != null) {
        fetch = fetch.withPerHost(fetch.perHostConcurrency(), duration(ENV_HOST_INTERVAL, v));
      }
      return this;
    }

    public Builder client(ClientConfig c) {
      client = c;
      return this;
    }

    public Builder dataDir(Path d) {
      dataDir = d;
      return this;
    }

    /** A feeds file path, or comma/space-separated feed URLs ({@code NEWSFLOW_FEEDS}). */
    public Builder feeds(String fileOrUrls) {
      feeds = fileOrUrls;
      return this;
    }

    public Builder feed(FeedSubscription subscription) {
      extraFeeds.add(subscription);
      return this;
    }

    public Builder url(String url) {
      urls.add(url);
      return this;
    }

    public Builder watchDir(Path d) {
      watchDir = d;
      return this;
    }

    public Builder pollInterval(Duration d) {
      pollInterval = d;
      return this;
    }

    public Builder watchInterval(Duration d) {
      watchInterval = d;
      return this;
    }

    public Builder maxItemsPerPoll(int n) {
      maxItemsPerPoll = n;
      return this;
    }

    public Builder threads(int n) {
      threads = n;
      return this;
    }

    public Builder fetch(FetchSettings f) {
      fetch = f;
      return this;
    }

    /** Adds hosts, IPs or CIDR blocks that may be private ({@code NEWSFLOW_ALLOW_HOSTS}). */
    public Builder allowHosts(List<String> hosts) {
      List<String> all = new ArrayList<>(fetch.allowHosts());
      all.addAll(hosts);
      fetch = fetch.withAllowHosts(all);
      return this;
    }

    public Builder topics(String articles, String dlq) {
      articlesTopic = articles;
      dlqTopic = dlq;
      return this;
    }

    /** Validates everything and reads the feeds file. */
    public IngestConfig build() {
      if (pollInterval.isNegative() || pollInterval.isZero()) throw new ConfigException(ENV_POLL_INTERVAL, "must be > 0");
      if (watchInterval.isNegative() || watchInterval.isZero()) throw new ConfigException(ENV_WATCH_INTERVAL, "must be > 0");
      List<FeedSubscription> subs = new ArrayList<>(readFeeds());
      subs.addAll(extraFeeds);
      for (String u : urls) {
        if (!u.startsWith("http://") && !u.startsWith("https://")) {
          throw new ConfigException(ENV_URLS, "not an http(s) URL: '" + u + "'");
        }
      }
      if (watchDir != null && !Files.isDirectory(watchDir)) {
        throw new ConfigException(ENV_WATCH_DIR, "is not a directory: " + watchDir);
      }
      return new IngestConfig(client, dataDir, subs, urls, watchDir, pollInterval, watchInterval, maxItemsPerPoll,
          threads, fetch, articlesTopic, dlqTopic);
    }

    private List<FeedSubscription> readFeeds() {
      if (feeds == null || feeds.isBlank()) return List.of();
      String v = feeds.strip();
      if (v.startsWith("http://") || v.startsWith("https://")) {
        return split(v).stream().map(u -> new FeedSubscription(u, null, pollInterval)).toList();
      }
      Path file = Path.of(v);
      if (!Files.isRegularFile(file)) throw new ConfigException(ENV_FEEDS, "no such feeds file: " + file);
      try {
        return FeedsFile.read(file, pollInterval);
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException(ENV_FEEDS, "bad feeds file " + file + ": " + e.getMessage());
      }
    }
  }

  private static String nonBlank(Map<String, String> env, String key) {
    String v = env.get(key);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static List<String> split(String v) {
    return Arrays.stream(v.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Duration duration(String key, String v) {
    try {
      return FeedsFile.duration(v, key);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key, "must be a duration like 30s, 5m or PT5M, got '" + v + "'");
    }
  }

  private static int integer(String key, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "must be an integer, got '" + v + "'");
    }
  }

  private static boolean bool(String key, String v) {
    if (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")) return true;
    if (v.equalsIgnoreCase("false") || v.equals("0") || v.equalsIgnoreCase("no")) return false;
    throw new ConfigException(key, "must be true or false, got '" + v + "'");
  }
}
