package newsflow.enrich.nlp.officials;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The officials whose mentions and quotes raise alerts. Loaded from YAML (a list of
 * {@code {id, name, aliases, title, country, family, middle, since}} maps, optionally under {@code officials:}) or
 * CSV (header {@code id,name,aliases,title,country[,family][,middle][,since]}; aliases and family names separated by
 * {@code |}; family {@code -} for a name without one; middle: the middle names or initials, space-separated,
 * optional; since: the ISO day the official took the office, optional); {@link #defaults()}
 * holds current heads of state and government (CIA World Factbook) and the US Congress and executive.
 */
public final class Watchlist {
  private static final String DEFAULTS = "/officials/default-watchlist.csv";
  private static final List<String> COLUMNS = List.of("id", "name", "aliases", "title", "country");
  private static volatile Watchlist defaults;

  private final List<Official> officials;

  private Watchlist(List<Official> officials) {
    this.officials = List.copyOf(officials);
  }

  /** A watchlist of exactly these officials. */
  public static Watchlist of(List<Official> officials) {
    Set<String> ids = new HashSet<>();
    for (Official o : officials) {
      if (!ids.add(o.id())) throw new WatchlistException(null, 0, "duplicate id " + o.id());
    }
    return new Watchlist(officials);
  }

  /** An empty watchlist: nothing matches. */
  public static Watchlist empty() {
    return new Watchlist(List.of());
  }

  /** The shipped default watchlist (loaded once). */
  public static Watchlist defaults() {
    Watchlist w = defaults;
    if (w == null) {
      synchronized (Watchlist.class) {
        w = defaults;
        if (w == null) {
          try (InputStream in = Watchlist.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) throw new WatchlistException(Path.of(DEFAULTS), 0, "missing from the classpath");
            w = parseCsv(new InputStreamReader(in, StandardCharsets.UTF_8), Path.of(DEFAULTS));
          } catch (IOException e) {
            throw new WatchlistException(Path.of(DEFAULTS), 0, "unreadable: " + e.getMessage(), e);
          }
          defaults = w;
        }
      }
    }
    return w;
  }

  /** Loads a {@code .yaml}/{@code .yml} or {@code .csv} file; other extensions are sniffed. */
  public static Watchlist load(Path file) {
    if (!Files.isRegularFile(file)) throw new WatchlistException(file, 0, "no such file");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".csv")) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          return parseCsv(r, file);
        }
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml")) return parseYaml(file);
      String head = Files.readString(file, StandardCharsets.UTF_8).stripLeading();
      if (head.startsWith("id,") || head.startsWith("\"id\"")) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          return parseCsv(r, file);
        }
      }
      return parseYaml(file);
    } catch (IOException e) {
      throw new WatchlistException(file, 0, "unreadable: " + e.getMessage(), e);
    }
  }

  /** The officials, in file order. */
  public List<Official> officials() {
    return officials;
  }

  public int size() {
    return officials.size();
  }

  /** The official with this id, or null. */
  public Official byId(String id) {
    for (Official o : officials) {
      if (o.id().equals(id)) return o;
    }
    return null;
  }

  private static Watchlist parseYaml(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    List<Official> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (JsonParser p = mapper.createParser(file.toFile())) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        // { officials: [...] }
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME && !"officials".equals(p.currentName())) {
          p.nextToken();
          p.skipChildren();
        }
        if (t != JsonToken.FIELD_NAME) throw new WatchlistException(file, line(p), "expected a list under 'officials:'");
        t = p.nextToken();
      }
      if (t == null) return new Watchlist(List.of());
      if (t != JsonToken.START_ARRAY) throw new WatchlistException(file, line(p), "expected a list of officials");
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        int line = line(p);
        if (t != JsonToken.START_OBJECT) throw new WatchlistException(file, line, "expected a map with id and name");
        JsonNode node = mapper.readTree(p);
        Official o = official(file, line, text(node, "id"), text(node, "name"), aliases(node.get("aliases")),
            text(node, "title"), text(node, "country"), aliases(node.get("family")), middle(node.get("middle")),
            text(node, "since"));
        if (!ids.add(o.id())) throw new WatchlistException(file, line, "duplicate id " + o.id());
        out.add(o);
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new WatchlistException(file, loc == null ? 0 : loc.getLineNr(), "invalid YAML: " + e.getOriginalMessage(), e);
    }
    return new Watchlist(out);
  }

  private static int line(JsonParser p) {
    JsonLocation loc = p.currentTokenLocation();
    return loc == null ? 0 : loc.getLineNr();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> aliases(JsonNode node) {
    if (node == null || node.isNull()) return List.of();
    if (node.isArray()) {
      List<String> out = new ArrayList<>();
      node.forEach(n -> out.add(n.asText()));
      return out;
    }
    return splitAliases(node.asText());
  }

  /** Middle names: a list, or one string of words separated by spaces, {@code |} or {@code ;}. */
  private static List<String> middle(JsonNode node) {
    if (node == null || node.isNull()) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : aliases(node)) out.addAll(splitMiddle(s));
    return out;
  }

  private static List<String> splitMiddle(String s) {
    if (s == null || s.isBlank()) return List.of();
    return Arrays.stream(s.split("[|;\\s]+")).map(String::trim).filter(a -> !a.isEmpty()).toList();
  }

  private static List<String> splitAliases(String s) {
    if (s == null || s.isBlank()) return List.of();
    return Arrays.stream(s.split("[|;]")).map(String::trim).filter(a -> !a.isEmpty()).toList();
  }

  private static Official official(Path file, int line, String id, String name, List<String> aliases, String title,
      String country, List<String> family, List<String> middle, String since) {
    if (id == null || id.isBlank()) throw new WatchlistException(file, line, "missing id");
    if (name == null || name.isBlank()) throw new WatchlistException(file, line, "missing name for id " + id);
    String cc = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
    if (cc != null && !cc.matches("[A-Z]{2}")) {
      throw new WatchlistException(file, line, "country must be an ISO 3166-1 alpha-2 code, got '" + country + "'");
    }
    List<String> families = family.equals(List.of("-")) ? Official.NO_FAMILY_NAME : family;
    LocalDate day = null;
    if (since != null && !since.isBlank()) {
      try {
        day = LocalDate.parse(since.trim());
      } catch (DateTimeParseException e) {
        throw new WatchlistException(file, line, "since must be an ISO date (2024-07-30), got '" + since + "' for id " + id);
      }
    }
    return new Official(id.trim(), name.trim(), aliases, title == null || title.isBlank() ? null : title.trim(), cc,
        families, middle, day);
  }

  private static Watchlist parseCsv(Reader reader, Path file) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    List<Official> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, Integer> columns = null;
    int[] lineNo = {0, 0};
    List<String> row;
    while ((row = readCsvRecord(r, lineNo, file)) != null) {
      int line = lineNo[1];
      if (row.size() == 1 && row.get(0).isBlank() || !row.isEmpty() && row.get(0).startsWith("#")) continue;
      if (columns == null) {
        columns = new java.util.HashMap<>();
        for (int i = 0; i < row.size(); i++) columns.put(row.get(i).trim().toLowerCase(Locale.ROOT), i);
        if (!columns.containsKey("id") || !columns.containsKey("name")) {
          throw new WatchlistException(file, line, "header must name the columns " + String.join(",", COLUMNS));
        }
        continue;
      }
      if (row.size() != columns.size()) {
        throw new WatchlistException(file, line, "expected " + columns.size() + " fields, found " + row.size());
      }
      Official o = official(file, line, cell(row, columns, "id"), cell(row, columns, "name"),
          splitAliases(cell(row, columns, "aliases")), cell(row, columns, "title"), cell(row, columns, "country"),
          splitAliases(cell(row, columns, "family")), splitMiddle(cell(row, columns, "middle")),
          cell(row, columns, "since"));
      if (!ids.add(o.id())) throw new WatchlistException(file, line, "duplicate id " + o.id());
      out.add(o);
    }
    if (columns == null) throw new WatchlistException(file, 0, "empty file: expected a header " + String.join(",", COLUMNS));
    return new Watchlist(out);
  }

  private static String cell(List<String> row, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    return i == null ? null : row.get(i);
  }

  /** One RFC 4180 record (quoted fields may hold commas, doubled quotes and newlines); null at the end. */
  private static List<String> readCsvRecord(BufferedReader r, int[] lineNo, Path file) throws IOException {
    String line = r.readLine();
    if (line == null) return null;
    lineNo[0]++;
    int startLine = lineNo[0];
    List<String> fields = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (true) {
      if (i >= line.length()) {
        if (!quoted) break;
        String next = r.readLine();
        if (next == null) throw new WatchlistException(file, startLine, "unterminated quoted field");
        lineNo[0]++;
        cur.append('\n');
        line = next;
        i = 0;
        continue;
      }
      char c = line.charAt(i++);
      if (quoted) {
        if (c == '"') {
          if (i < line.length() && line.charAt(i) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"' && cur.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        fields.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    fields.add(cur.toString());
    lineNo[1] = startLine;
    return fields;
  }
}
