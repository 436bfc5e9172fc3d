package newsflow.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the list of feeds to poll. Two forms: plain text, one URL per line ({@code #} starts a
 * comment); or YAML, a list (or a {@code feeds:} list) of URLs or of maps with {@code url},
 * {@code publisher} and {@code interval} ({@code 90s}, {@code 5m}, {@code 1h} or ISO-8601 {@code PT5M}).
 */
public final class FeedsFile {
  private FeedsFile() {}

  /** Parses a feeds file; a bad entry fails with the file, the entry and the problem. */
  public static List<FeedSubscription> read(Path file, Duration defaultInterval) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml") || looksLikeYaml(text);
    return yaml ? parseYaml(text, defaultInterval, file.toString()) : parseLines(text, defaultInterval, file.toString());
  }

  static List<FeedSubscription> parseLines(String text, Duration interval, String source) {
    List<FeedSubscription> out = new ArrayList<>();
    int n = 0;
    for (String raw : text.split("\\R")) {
      n++;
      String line = raw.strip();
      int hash = line.indexOf(" #");
      if (hash >= 0) line = line.substring(0, hash).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      out.add(new FeedSubscription(requireUrl(line, source + ":" + n), null, interval));
    }
    return out;
  }

  static List<FeedSubscription> parseYaml(String text, Duration interval, String source) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(text);
    if (root == null || root.isMissingNode() || root.isNull()) return List.of();
    JsonNode list = root.isObject() ? root.path("feeds") : root;
    if (!list.isArray()) throw new IOException(source + ": expected a list of feeds (or a 'feeds:' list)");
    List<FeedSubscription> out = new ArrayList<>();
    int i = 0;
    for (JsonNode item : list) {
      i++;
      String where = source + " feed #" + i;
      if (item.isTextual()) {
        out.add(new FeedSubscription(requireUrl(item.asText(), where), null, interval));
        continue;
      }
      if (!item.isObject() || !item.hasNonNull("url")) throw new IOException(where + ": needs a 'url'");
      String publisher = item.hasNonNull("publisher") ? item.get("publisher").asText().strip() : null;
      Duration every = item.hasNonNull("interval") ? duration(item.get("interval").asText(), where) : interval;
      out.add(new FeedSubscription(requireUrl(item.get("url").asText(), where),
          publisher == null || publisher.isEmpty() ? null : publisher, every));
    }
    return out;
  }

  /** Parses {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}, a bare number of seconds, or ISO-8601. */
  public static Duration duration(String text, String where) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) return Duration.parse(t.toUpperCase(Locale.ROOT));
      long unit = 1;
      char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
      if (t.endsWith("ms")) return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), where);
      switch (last) {
        case 's' -> unit = 1;
        case 'm' -> unit = 60;
        case 'h' -> unit = 3600;
        case 'd' -> unit = 86400;
        default -> {
          return positive(Duration.ofSeconds(Long.parseLong(t)), where);
        }
      }
      return positive(Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).strip()) * unit), where);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": bad interval '" + text + "' (use 30s, 5m, 1h or PT5M)", e);
    }
  }

  private static Duration positive(Duration d, String where) {
    if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(where + ": interval must be positive");
    return d;
  }

  private static String requireUrl(String url, String where) {
    String u = url.strip();
    if (!u.startsWith("http://") && !u.startsWith("https://")) {
      throw new IllegalArgumentException(where + ": not an http(s) URL: '" + u + "'");
    }
    return u;
  }

  private static boolean looksLikeYaml(String text) {
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      return line.startsWith("-") || line.startsWith("feeds:");
    }
    return false;
  }
}
