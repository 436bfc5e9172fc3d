package newsflow.enrich.nlp.places;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Place names from the resources shipped in the jar ({@code /gazetteer/}): GeoNames populated places
 * (cities1000) and admin1 names, mledoze/countries with alternative spellings and demonyms, and a
 * curated table of continents, regions and seas. Immutable and thread-safe; load it once with
 * {@link #shared()} (about half a second).
 */
public final class Gazetteer {
  private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
  private static final String BASE = "/gazetteer/";
  private static final Pattern TAB = Pattern.compile("\t");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Macron, dot below, macron below and breve below: romanisation marks of GeoNames names. */
  private static final Pattern ROMANISATION_MARKS = Pattern.compile("[\u0304\u0323\u0331\u032E]");
  private static final Pattern ADMIN_SUFFIX = Pattern.compile(
      "\\s+(Oblast|City|Province|Prefecture|Region|Governorate|Department|Municipality|District|"
          + "County|Voivodeship|Krai|Kray|Republic|State|Territory|Autonomous Okrug)$");
  /** Alternative spellings that are really adjectives or fragments, not names of the country. */
  private static final Set<String> NOT_COUNTRY_NAMES = Set.of("saudi", "thai", "mexicanos", "prathet", "timor");

  private static final Set<String> GENERIC_WORDS = Set.of(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
      "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
      "upper", "lower", "middle", "coast", "coastal", "capital", "district", "region", "province", "state",
      "territory", "department", "division", "zone", "area", "county", "federal", "national", "special", "islands", "island",
      "highlands", "lowlands", "valley", "lakes", "municipality", "city");

  private static volatile Gazetteer shared;

  private final Map<String, List<GazetteerEntry>> byName = new HashMap<>(1 << 18);
  private final Map<String, double[]> countryCentres = new HashMap<>();
  private final Map<String, GazetteerEntry> countries = new HashMap<>();
  private final Map<String, GazetteerEntry> admin1 = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Map<String, GazetteerEntry> stateAbbreviations = new HashMap<>();
  private final Map<String, GazetteerEntry> postalCodes = new HashMap<>();
  private final Set<String> commonWords = new HashSet<>();
  /** English names shown instead of the source's local name ("Antwerp" for GeoNames' "Antwerpen"). */
  private final Map<GazetteerEntry, String> displayNames = new java.util.IdentityHashMap<>();
  private final Map<String, List<String>> demonymCandidates = new HashMap<>();
  private final Map<String, Long> countryPopulation = new HashMap<>();
  private int maxNameTokens;
  private final int maxNameChars = 0;

  private Gazetteer() {}

  /** The process-wide gazetteer, loaded on first use. */
  public static Gazetteer shared() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = shared;
        if (g == null) {
          g = load();
          shared = g;
        }
      }
    }
    return g;
  }

  /** Loads a fresh gazetteer from the classpath resources. */
  public static Gazetteer load() {
    long t0 = System.nanoTime();
    Gazetteer g = new Gazetteer();
    g.loadCountryCentres();
    g.loadCountries();
    g.loadCountryAliases();
    g.loadAdmin1();
    g.loadCities();
    g.loadRegions();
    g.loadCityExonyms();
    g.loadStateAbbreviations();
    g.loadCommonWords();
    g.removeNotPlaces();
    g.resolveDemonyms();
    g.byName.replaceAll((k, v) -> v.size() == 1 ? v : sortedByImportance(v));
    LOG.info("gazetteer loaded: {} names, {} countries in {} ms",
        g.byName.size(), g.countries.size(), (System.nanoTime() - t0) / 1_000_000);
    return g;
  }

  /** Lower case, accents removed, curly apostrophes straightened, spaces collapsed; "the " dropped. */
  public static String key(String name) {
    String fast = asciiKey(name);
    if (fast != null) return fast;
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").replace('\u2019', '\'').replace('\u2018', '\'');
    s = SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (s.startsWith("the ")) s = s.substring(4);
    return s;
  }

  /** The key of a plain ASCII name without doubled spaces, or null when the slow path is needed. */
  private static String asciiKey(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') return null;
    char[] out = new char[n];
    char prev = 'x';
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 128 || c == '\t' || c == '\n' || c == '\r' || (c == ' ' && prev == ' ')) return null;
      out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      prev = c;
    }
    if (n > 4 && out[0] == 't' && out[1] == 'h' && out[2] == 'e' && out[3] == ' ') return new String(out, 4, n - 4);
    return new String(out);
  }

  /** Every entry named {@code name} (any spelling the gazetteer knows), most important first. */
  public List<GazetteerEntry> lookup(String name) {
    return byName.getOrDefault(key(name), List.of());
  }

  private volatile Map<String, List<GazetteerEntry>> bySpellingKey;

  /**
   * Well-known places whose name is spelt like {@code name} but for an "h", a doubled letter, a space or a
   * hyphen ("Bengazi" and "Benghazi", "Abbotabad" and "Abbottabad", "Bhubaneswar" and "Bhubaneshwar"): the usual
   * transliteration and typing variants of a name GeoNames lists under one spelling. Only countries, first-level
   * divisions, capitals, division seats and cities of {@link GazetteerEntry#WELL_KNOWN_POPULATION} people or more
   * count, and only for a name of six or more letters with no abbreviation point; names the gazetteer knows as
   * written are no variants (empty list).
   */
  public List<GazetteerEntry> lookupSpellingVariant(String name) {
    if (name.indexOf('.') >= 0 || !lookup(name).isEmpty()) return List.of();
    String k = spellingKey(name);
    if (k == null) return List.of();
    Map<String, List<GazetteerEntry>> index = bySpellingKey;
    if (index == null) {
      Map<String, List<GazetteerEntry>> m = new HashMap<>();
      for (Map.Entry<String, List<GazetteerEntry>> named : byName.entrySet()) {
        String ek = spellingKey(named.getKey());
        if (ek == null) continue;
        for (GazetteerEntry e : named.getValue()) {
          boolean known = e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.ADMIN1
              || e.kind() == PlaceKind.CITY && (e.population() >= GazetteerEntry.WELL_KNOWN_POPULATION
                  || "PPLC".equals(e.featureCode()) || "PPLA".equals(e.featureCode()));
          if (!known) continue;
          List<GazetteerEntry> list = m.computeIfAbsent(ek, x -> new ArrayList<>());
          if (list.stream().noneMatch(x -> x == e)) list.add(e);
        }
      }
      bySpellingKey = index = m;
    }
    return index.getOrDefault(k, List.of());
  }

  /** {@link #key} with every letter but "h" kept once in a row and nothing else ("Abbotabad" -> "abotabad"). */
  static String spellingKey(String name) {
    String k = key(name);
    StringBuilder b = new StringBuilder(k.length());
    int letters = 0;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (c == 'h') continue;
      if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
      b.append(c);
    }
    return letters < 6 ? null : b.toString();
  }

  /**
   * The name to show for {@code e}: its English exonym where city-exonyms.tsv has one ("Antwerp",
   * "Geneva"), else the source's name without the romanisation marks English never prints ("Surat" for
   * GeoNames' "Sūrat": macrons, dots and breves below).
   */
  public String displayName(GazetteerEntry e) {
    String english = displayNames.get(e);
    if (english != null) return english;
    String n = e.name();
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) >= 0x100) {
        String d = Normalizer.normalize(n, Normalizer.Form.NFD);
        return Normalizer.normalize(ROMANISATION_MARKS.matcher(d).replaceAll(""), Normalizer.Form.NFC);
      }
    }
    return n;
  }

  /** The country with this ISO 3166-1 alpha-2 code, or null. */
  public GazetteerEntry country(String isoCode) {
    return isoCode == null ? null : countries.get(isoCode.toUpperCase(Locale.ROOT));
  }

  /** The first-level division with this GeoNames key ("US.TX"), or null. */
  public GazetteerEntry admin1(String admin1Key) {
    return admin1Key == null ? null : admin1.get(admin1Key);
  }

  /** The country code a demonym or national adjective denotes ("Ukrainian" -> UA), or null. */
  public String demonymCountry(String word) {
    return demonyms.get(key(word));
  }

  /** The US state an AP-style abbreviation denotes ("Va." -> Virginia), or null. */
  public GazetteerEntry stateAbbreviation(String abbreviation) {
    return stateAbbreviations.get(abbreviation.replace(" ", ""));
  }

  /**
   * The US state or Canadian province a two-letter postal code denotes ("VA", "ON"), or null. Only
   * meaningful right after "Place, ": most codes are also words or initials.
   */
  public GazetteerEntry postalCode(String code) {
    return postalCodes.get(code);
  }

  /** Whether a word is also an ordinary lower-case English word ("Reading", "Mobile", "History"). */
  public boolean isCommonWord(String word) {
    return commonWords.contains(key(word));
  }

  /**
   * Whether a name is made only of compass and division words ("Eastern District", "Central Region",
   * "West"): many countries have a division so named, and news uses the words for other things (a
   * court's district, "the West").
   */
  public static boolean isGenericName(String name) {
    String[] words = key(name).split("[\\s-]+");
    for (String w : words) {
      if (!GENERIC_WORDS.contains(w)) return false;
    }
    return words.length > 0;
  }

  /** The largest number of words in any indexed name. */
  public int maxNameTokens() {
    return maxNameTokens;
  }

  private void index(String name, GazetteerEntry e) {
    String k = key(name);
    if (k.isEmpty()) return;
    List<GazetteerEntry> list = byName.get(k);
    if (list == null) {
      byName.put(k, List.of(e)); // most names have one place: no list allocation until a namesake comes
    } else {
      for (GazetteerEntry other : list) {
        if (other == e) return;
      }
      if (list.size() == 1) {
        list = new ArrayList<>(list);
        byName.put(k, list);
      }
      list.add(e);
    }
    if (k.length() > maxNameChars) {
      int tokens = 1;
      for (int i = 0; i < k.length(); i++) if (k.charAt(i) == ' ') tokens++;
      if (tokens > maxNameTokens && tokens <= 8) maxNameTokens = tokens;
    }
  }

  private static List<GazetteerEntry> sortedByImportance(List<GazetteerEntry> list) {
    if (list.size() == 1) return List.of(list.get(0));
    List<GazetteerEntry> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparingInt((GazetteerEntry e) -> e.kind().ordinal() == 2 ? 1 : 0)
        .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed()));
    return Collections.unmodifiableList(copy);
  }

  private static boolean latinName(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return false;
    }
    return !s.isBlank();
  }

  private void loadCountries() {
    readTsv("countries.tsv", true, p -> {
      String cc = p[0];
      double[] centre = countryCentres.getOrDefault(cc, new double[] {parseDouble(p[10]), parseDouble(p[11])});
      GazetteerEntry e = new GazetteerEntry(p[2], PlaceKind.COUNTRY, cc, null, null, "PCLI", 0, centre[0], centre[1]);
      countries.put(cc, e);
      index(p[2], e);
      index(p[3], e);
      for (String alt : p[4].split("\\|")) {
        // two-letter codes ("IN", "IT") are ordinary words in text; well-known ones come from country-aliases.tsv
        if (alt.length() > 2 && latinName(alt) && !NOT_COUNTRY_NAMES.contains(key(alt))) index(alt, e);
      }
      for (String d : new String[] {p[5], p[6]}) {
        if (!d.isBlank()) {
          List<String> ccs = demonymCandidates.computeIfAbsent(key(d), k -> new ArrayList<>(1));
          if (!ccs.contains(cc)) ccs.add(cc);
        }
      }
    });
  }

  /** "American" is the demonym of US, AS, MP, UM and VI: it denotes the most populous of them. */
  private void resolveDemonyms() {
    demonymCandidates.forEach((d, ccs) -> {
      String best = ccs.get(0);
      for (String cc : ccs) {
        if (countryPopulation.getOrDefault(cc, 0L) > countryPopulation.getOrDefault(best, 0L)) best = cc;
      }
      demonyms.put(d, best);
    });
    demonymCandidates.clear();
  }

  private void loadCountryAliases() {
    readTsv("country-aliases.tsv", false, p -> {
      GazetteerEntry e = countries.get(p[1]);
      if (e == null) throw new GazetteerException("country-aliases.tsv", "unknown country " + p[1], null);
      index(p[0], e);
    });
  }

  private void loadCountryCentres() {
    readTsv("country-centres.tsv", false,
        p -> countryCentres.put(p[0], new double[] {parseDouble(p[1]), parseDouble(p[2])}));
  }

  private void loadAdmin1() {
    readTsv("admin1.tsv", true, p -> {
      if (p[2].isEmpty()) return; // no populated place in it: no usable centre
      int dot = p[0].indexOf('.');
      String cc = p[0].substring(0, dot);
      GazetteerEntry e = new GazetteerEntry(p[1], PlaceKind.ADMIN1, cc, p[0].substring(dot + 1), null, "ADM1",
          Long.parseLong(p[4]), parseDouble(p[2]), parseDouble(p[3]));
      admin1.put(p[0], e);
      index(p[1], e);
      // "Kyiv Oblast", "Sevastopol City", "Tokyo Prefecture": also index the bare name
      String bare = ADMIN_SUFFIX.matcher(p[1]).replaceFirst("");
      if (!bare.equals(p[1])) index(bare, e);
    });
  }

  /** Reads {@code cities.bin.gz} (format in tools/prepare_places_officials.py): about 10x faster than TSV. */
  private void loadCities() {
    try (InputStream in = resource("cities.bin.gz");
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
      byte[] magic = new byte[4];
      d.readFully(magic);
      if (magic[0] != 'N' || magic[1] != 'F' || magic[2] != 'G' || magic[3] != 'Z') {
        throw new GazetteerException("cities.bin.gz", "bad magic", null);
      }
      int n = d.readInt();
      byte[] buf = new byte[1024];
      Map<String, String> codes = new HashMap<>();
      for (int i = 0; i < n; i++) {
        int len = d.readUnsignedShort();
        if (len > buf.length) buf = new byte[len];
        d.readFully(buf, 0, len);
        String name = new String(buf, 0, len, StandardCharsets.UTF_8);
        String cc = shortCode(d, buf, codes);
        String fcode = shortCode(d, buf, codes);
        String adm = shortCode(d, buf, codes);
        long id = d.readInt();
        long pop = d.readInt();
        double lat = d.readInt() / 1e5;
        double lon = d.readInt() / 1e5;
        GazetteerEntry e = new GazetteerEntry(name, PlaceKind.CITY, cc, adm, id, fcode, pop, lat, lon);
        index(name, e);
        // "Washington, D.C." is written "Washington"; "New York City" and "Kuwait City" often lose "City"
        int comma = name.indexOf(", ");
        if (comma > 0) index(name.substring(0, comma), e);
        if (pop >= 100_000 && name.endsWith(" City")) {
          String bare = name.substring(0, name.length() - 5);
          // "Mexico City", "Oklahoma City" may be written "Mexico", "Oklahoma" only where no country or
          // first-level division has that name
          if (byName.getOrDefault(key(bare), List.of()).stream()
              .noneMatch(x -> x.kind() == PlaceKind.COUNTRY || x.kind() == PlaceKind.ADMIN1)) {
            index(bare, e);
          }
        }
        countryPopulation.merge(cc, pop, Long::sum);
        Matcher river = BY_RIVER_OR_SEA.matcher(name);
        if (river.lookingAt()) byRiverOrSea.computeIfAbsent(cc + "|" + key(river.group(1)), k -> new ArrayList<>(1)).add(e);
      }
      indexShortFormsByRiverOrSea();
    } catch (IOException ex) {
      throw new GazetteerException("cities.bin.gz", "unreadable", ex);
    }
  }

  /**
   * A town named with its river or sea: "Ardmouth upon Tyne", "Kellwick-on-Sea", "Oststadt am Main",
   * "Villeneuve-sur-Lot", "Bourg-en-Bresse". Group 1 is the short form news writes alone.
   */
  private static final Pattern BY_RIVER_OR_SEA = Pattern.compile(
      "(\\p{Lu}[\\p{L}']{3,})(?:\\s+upon\\s+|-upon-|-on-|\\s+on\\s+|\\s+am\\s+|\\s+an der\\s+|-sur-|-en-)\\p{Lu}");
  /** Cities named with their river or sea, by country and short form (see {@link #BY_RIVER_OR_SEA}). */
  private final Map<String, List<GazetteerEntry>> byRiverOrSea = new HashMap<>();

  /**
   * "Ardmouth upon Tyne" is written "Ardmouth": a city of 100,000 or more named with its river or sea is
   * also found by the short form, unless another town of its country has the same short form with another
   * river ("Kingsford upon Hull" and "Kingsford upon Thames": neither is "Kingsford") or a country or
   * first-level division has that name. Namesakes elsewhere stay candidates; the article's context chooses.
   */
  private void indexShortFormsByRiverOrSea() {
    byRiverOrSea.forEach((k, towns) -> {
      if (towns.size() != 1 || towns.get(0).population() < 100_000) return;
      String bare = k.substring(k.indexOf('|') + 1);
      if (byName.getOrDefault(bare, List.of()).stream()
          .anyMatch(x -> x.kind() == PlaceKind.COUNTRY || x.kind() == PlaceKind.ADMIN1)) {
        return;
      }
      index(bare, towns.get(0));
    });
    byRiverOrSea.clear();
  }

  private static String shortCode(DataInputStream d, byte[] buf, Map<String, String> codes) throws IOException {
    int len = d.readUnsignedByte();
    d.readFully(buf, 0, len);
    String s = new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    String shared = codes.putIfAbsent(s, s);
    return shared == null ? s : shared;
  }

  private void loadCityExonyms() {
    readTsv("city-exonyms.tsv", false, p -> {
      String use = p.length > 3 ? p[3] : "display";
      GazetteerEntry best = null;
      for (GazetteerEntry c : byName.getOrDefault(key(p[1]), List.of())) {
        if (c.kind() == PlaceKind.CITY && c.countryCode().equals(p[2])
            && (best == null || c.population() > best.population())) {
          best = c;
        }
      }
      if (best == null) throw new GazetteerException("city-exonyms.tsv", "no city " + p[1] + " in " + p[2], null);
      index(p[0], best);
      if (use.equals("display")) displayNames.put(best, p[0]);
    });
  }

  private void loadRegions() {
    readTsv("regions.tsv", false, p -> {
      String[] names = p[0].split("\\|");
      String cc = p[2].isEmpty() ? null : p[2];
      GazetteerEntry e = new GazetteerEntry(names[0], PlaceKind.REGION, cc, null, null, featureCode(p[1]), 0,
          parseDouble(p[3]), parseDouble(p[4]));
      for (String n : names) index(n, e);
    });
  }

  private static String featureCode(String kind) {
    return switch (kind) {
      case "continent" -> "CONT";
      case "sea" -> "SEA";
      case "peninsula" -> "PEN";
      case "island" -> "ISL";
      case "territory" -> "TERR";
      case "canal" -> "CNL";
      case "mountain" -> "MT";
      case "river" -> "STM";
      case "cape" -> "CAPE";
      default -> "RGN";
    };
  }

  private void loadStateAbbreviations() {
    readTsv("us-state-abbreviations.tsv", false, p -> {
      // "VA" is a US state code; "CA.04" names another country's first-level division (New Brunswick)
      GazetteerEntry state = admin1.get(p[1].indexOf('.') > 0 ? p[1] : "US." + p[1]);
      if (state == null) return;
      if (p.length > 2 && p[2].equals("postal")) postalCodes.put(p[0], state);
      else stateAbbreviations.put(p[0].replace(" ", ""), state);
    });
    // GeoNames' US admin1 codes are the USPS codes
    admin1.forEach((key, e) -> {
      if (key.length() == 5 && key.startsWith("US.")) postalCodes.put(key.substring(3), e);
    });
  }

  /** Names listed in {@code not-places.txt}: never places ("El Niño", "Kremlin"), whoever suggests them. */
  public boolean isNotPlace(String name) {
    return notPlaces.contains(key(name));
  }

  private final java.util.Set<String> notPlaces = new java.util.HashSet<>();

  private void removeNotPlaces() {
    try (InputStream in = resource("not-places.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && line.charAt(0) != '#') {
          byName.remove(key(line));
          notPlaces.add(key(line));
        }
      }
    } catch (IOException ex) {
      throw new GazetteerException("not-places.txt", "unreadable", ex);
    }
  }

  private void loadCommonWords() {
    try (InputStream in = resource("common-words.txt.gz");
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty() && line.charAt(0) != '#') commonWords.add(line.trim());
      }
    } catch (IOException ex) {
      throw new GazetteerException("common-words.txt.gz", "unreadable", ex);
    }
  }

  private static double parseDouble(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  private void readTsv(String name, boolean header, Consumer<String[]> row) {
    try (InputStream in = resource(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      if (header) r.readLine();
      String line;
      int n = header ? 1 : 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.charAt(0) == '#') continue;
        try {
          row.accept(TAB.split(line, -1));
        } catch (RuntimeException ex) {
          throw new GazetteerException(name, "bad line " + n + ": " + ex.getMessage(), ex);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(BASE + name);
    if (in == null) throw new GazetteerException(name, "missing from the classpath", null);
    return in;
  }
}
