package newsflow.enrich.nlp.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which countries and first-level divisions an article talks about: counts of country names,
 * demonyms ("Ukrainian" counts for UA without being a place mention) and unambiguous admin1 names.
 * The resolver uses it to choose between namesakes (Paris FR or Paris, Texas).
 */
public final class ArticleGeoContext {
  private static final Pattern CAP_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]+(?:[-'][\\p{L}]+)*");

  private final Map<String, Integer> countries = new HashMap<>();
  private final Map<String, Integer> admin1 = new HashMap<>();
  /**
   * Division and country weight a name gave by reading as a division although it also names towns
   * elsewhere ("Nelson": Nelson Region NZ, Nelson in British Columbia): that name is no evidence for its own namesake
   * town in the division.
   */
  private final Map<String, Map<String, Integer>> selfAdmin1 = new HashMap<>();
  private final Map<String, Map<String, Integer>> selfCountry = new HashMap<>();
  /** Country weight each name gave because all its readings lie in one country ("Sparta": US). */
  private final Map<String, Map<String, Integer>> ownCountry = new HashMap<>();
  private final Map<String, Integer> ambiguousDivisionMentions = new HashMap<>();
  /**
   * Countries of the well-known cities the article names even when a small namesake elsewhere makes the
   * name ambiguous ("Amsterdam": NL, despite towns of that name in the US): evidence that a small town of
   * that country fits the article, not weight for choosing between namesakes.
   */
  private final java.util.Set<String> likelyCountries = new java.util.HashSet<>();
  /** The most likely reading of each place mention that has one clear reading (see {@link #near}). */
  private final java.util.List<GazetteerEntry> anchors = new java.util.ArrayList<>();
  /** Per first-level division, how many mentions name a well-known city in it ("Atlanta" for US.GA). */
  private final Map<String, Integer> citiesIn = new HashMap<>();

  /**
   * Whether a city's name, with or without "City", is also the name of its own first-level division ("New York",
   * "New York City"): such a city says nothing for the division's reading of that name, else a bare "New York"
   * after "New York City" became the state on the strength of the city itself.
   */
  private static boolean namesOwnDivision(String name, GazetteerEntry city, Gazetteer gazetteer) {
    String bare = name.trim().replaceFirst("(?i)\\s+City$", "");
    return gazetteer.lookup(bare).stream()
        .anyMatch(c -> c.kind() == PlaceKind.ADMIN1 && java.util.Objects.equals(c.admin1Key(), city.admin1Key()));
  }

  /** The context of an article that names no place. */
  static final ArticleGeoContext EMPTY = new ArticleGeoContext();

  /** Builds the context of {@code text} from the place matches found in it and its demonyms. */
  public static ArticleGeoContext of(String text, List<PlaceMatch> matches, Gazetteer gazetteer) {
    ArticleGeoContext ctx = new ArticleGeoContext();
    for (PlaceMatch m : matches) {
      if (m.candidates().isEmpty()) continue;
      GazetteerEntry first = m.candidates().get(0);
      boolean unambiguous = m.candidates().stream().map(GazetteerEntry::countryCode).distinct().count() == 1;
      if (first.kind() == PlaceKind.COUNTRY) ctx.addCountry(first.countryCode(), 2);
      else if (unambiguous && first.countryCode() != null) {
        ctx.addCountry(first.countryCode(), 1);
        ctx.ownCountry.computeIfAbsent(Gazetteer.key(m.text()), k -> new HashMap<>()).merge(first.countryCode(), 1, Integer::sum);
      }
      if (first.kind() == PlaceKind.CITY && first.population() >= GazetteerEntry.WELL_KNOWN_POPULATION
          && m.candidates().stream().allMatch(c -> c == first || c.population() * 10 <= first.population())) {
        ctx.likelyCountries.add(first.countryCode());
        ctx.anchors.add(first);
      } else if (m.candidates().size() == 1 && first.kind() == PlaceKind.CITY) {
        ctx.anchors.add(first);
      }
      if (first.kind() == PlaceKind.CITY && first.admin1Key() != null
          && first.population() >= GazetteerEntry.WELL_KNOWN_POPULATION && !namesOwnDivision(m.text(), first, gazetteer)) {
        ctx.citiesIn.merge(first.admin1Key(), 1, Integer::sum);
      }
      if (first.kind() == PlaceKind.ADMIN1 && m.candidates().stream()
          .filter(c -> c.kind() == PlaceKind.ADMIN1).count() == 1) {
        ctx.admin1.merge(first.admin1Key(), 1, Integer::sum);
        ctx.addCountry(first.countryCode(), 1);
        if (m.candidates().stream().anyMatch(c -> c.kind() == PlaceKind.CITY
            && !java.util.Objects.equals(c.admin1Key(), first.admin1Key()))) {
          ctx.ambiguousDivisionMentions.merge(first.admin1Key(), 1, Integer::sum);
          String name = Gazetteer.key(m.text());
          ctx.selfAdmin1.computeIfAbsent(name, k -> new HashMap<>()).merge(first.admin1Key(), 1, Integer::sum);
          if (first.countryCode() != null) {
            ctx.selfCountry.computeIfAbsent(name, k -> new HashMap<>()).merge(first.countryCode(), 1, Integer::sum);
          }
        }
      }
      if (m.qualifier() != null) {
        ctx.addCountry(m.qualifier().countryCode(), 1);
        if (m.qualifier().admin1Key() != null) ctx.admin1.merge(m.qualifier().admin1Key(), 1, Integer::sum);
      }
    }
    Matcher dm = CAP_WORD.matcher(text);
    while (dm.find()) {
      String cc = gazetteer.demonymCountry(dm.group());
      if (cc != null) ctx.addCountry(cc, 1);
    }
    return ctx;
  }

  private void addCountry(String cc, int weight) {
    if (cc != null) countries.merge(cc, weight, Integer::sum);
  }

  /** How strongly the article is about country {@code cc} (0 = not mentioned). */
  public int countryWeight(String cc) {
    return cc == null ? 0 : countries.getOrDefault(cc, 0);
  }

  /**
   * Whether the article names country {@code cc} or a well-known city in it (see {@link #likelyCountries}),
   * apart from what the name {@code name} itself gave ("Sparta" is only in the US: no evidence for itself).
   */
  public boolean supports(String cc, String name) {
    if (cc == null) return false;
    Map<String, Integer> own = name == null ? null : ownCountry.get(Gazetteer.key(name));
    return countryWeight(cc) - (own == null ? 0 : own.getOrDefault(cc, 0)) > 0 || likelyCountries.contains(cc);
  }

  /**
   * Whether the article names country {@code cc} (by name, demonym, qualifier or an unambiguous place)
   * apart from what the name {@code name} itself gave.
   */
  public boolean namesCountryApart(String cc, String name) {
    if (cc == null) return false;
    Map<String, Integer> own = name == null ? null : ownCountry.get(Gazetteer.key(name));
    return countryWeight(cc) - (own == null ? 0 : own.getOrDefault(cc, 0)) > 0;
  }

  /**
   * Whether the article names another place within {@value #NEAR_KM} km of {@code c} (a town beside a
   * city the article names is a plausible reading even when the country goes unnamed).
   */
  public boolean near(GazetteerEntry c) {
    if (Double.isNaN(c.lat())) return false;
    for (GazetteerEntry a : anchors) {
      if (a != c && !Double.isNaN(a.lat()) && km(a.lat(), a.lon(), c.lat(), c.lon()) <= NEAR_KM) return true;
    }
    return false;
  }

  private static final double NEAR_KM = 100;

  /** Whether the article names a place (one clear reading) within {@value #NEAR_KM} km of the point, other than at it. */
  public boolean nearPoint(double lat, double lon) {
    for (GazetteerEntry a : anchors) {
      if (Double.isNaN(a.lat())) continue;
      double d = km(a.lat(), a.lon(), lat, lon);
      if (d > 0.5 && d <= NEAR_KM) return true;
    }
    return false;
  }
  /** How far from a well-known city a district or suburb of it may lie. */
  private static final double BESIDE_KM = 50;

  /**
   * Whether {@code c} lies within {@value #BESIDE_KM} km of a well-known city (100,000 people or more) that
   * the article names under another name: a district or suburb of that city ("Elmwood" in a story about
   * Riverton).
   */
  public boolean besideWellKnownCity(GazetteerEntry c) {
    if (c.kind() != PlaceKind.CITY || Double.isNaN(c.lat())) return false;
    for (GazetteerEntry a : anchors) {
      if (a != c && a.population() >= GazetteerEntry.WELL_KNOWN_POPULATION && !Double.isNaN(a.lat())
          && !Gazetteer.key(a.name()).equals(Gazetteer.key(c.name()))
          && km(a.lat(), a.lon(), c.lat(), c.lon()) <= BESIDE_KM) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the article locates its story inside {@code c}'s country somewhere else: it names a
   * first-level division of that country other than {@code c}'s, or a city there that is not within
   * {@value #NEAR_KM} km of {@code c} (and it names neither {@code c}'s division nor a place near it).
   */
  public boolean locatedElsewhereIn(GazetteerEntry c, String name) {
    if (c.countryCode() == null || near(c) || admin1Weight(c.admin1Key(), name) > 0) return false;
    for (GazetteerEntry a : anchors) {
      if (a != c && c.countryCode().equals(a.countryCode())) return true;
    }
    String prefix = c.countryCode() + ".";
    for (Map.Entry<String, Integer> e : admin1.entrySet()) {
      if (e.getValue() > 0 && e.getKey().startsWith(prefix) && !e.getKey().equals(c.admin1Key())) return true;
    }
    return false;
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
        + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, h)));
  }

  /** How often the first-level division {@code key} ("US.TX") is named. */
  public int admin1Weight(String key) {
    return key == null ? 0 : admin1.getOrDefault(key, 0);
  }

  /** {@link #countryWeight} without what the ambiguous division name {@code name} gave (see above). */
  public int countryWeight(String cc, String name) {
    if (cc == null || name == null) return countryWeight(cc);
    Map<String, Integer> self = selfCountry.get(Gazetteer.key(name));
    return countryWeight(cc) - (self == null ? 0 : self.getOrDefault(cc, 0));
  }

  /** {@link #countryWeight} without what mentions of division {@code admin1Key} under an ambiguous name gave. */
  public int countryWeightForDivision(String cc, String admin1Key) {
    return countryWeight(cc) - (admin1Key == null ? 0 : ambiguousDivisionMentions.getOrDefault(admin1Key, 0));
  }

  /** {@link #admin1Weight} without what the ambiguous division name {@code name} gave. */
  public int admin1Weight(String key, String name) {
    if (key == null || name == null) return admin1Weight(key);
    Map<String, Integer> self = selfAdmin1.get(Gazetteer.key(name));
    return admin1Weight(key) - (self == null ? 0 : self.getOrDefault(key, 0));
  }

  /** How many mentions name a well-known city in first-level division {@code key}. */
  public int citiesIn(String key) {
    return key == null ? 0 : citiesIn.getOrDefault(key, 0);
  }

  /** The first-level division named most often, if named at least {@code minWeight} times; else null. */
  public String topAdmin1(int minWeight) {
    String best = null;
    int weight = minWeight - 1;
    for (Map.Entry<String, Integer> e : admin1.entrySet()) {
      if (e.getValue() > weight) {
        best = e.getKey();
        weight = e.getValue();
      }
    }
    return best;
  }

  /**
   * The country the article is clearly about: named (by place names, demonyms, qualifiers) at least
   * three times and three times as often as any other; else null.
   */
  public String dominantCountry() {
    String best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : countries.entrySet()) {
      int w = e.getValue();
      if (w > top) {
        second = top;
        top = w;
        best = e.getKey();
      } else if (w > second) {
        second = w;
      }
    }
    return top >= 3 && top >= 3 * second ? best : null;
  }

  /** Whether the article names some country at least twice (by names, demonyms or qualifiers). */
  public boolean namesSomeCountry() {
    for (int w : countries.values()) {
      if (w >= 2) return true;
    }
    return false;
  }

  /**
   * Whether the article names a well-known city that locates its story (a city of 100,000 or more with no
   * namesake a tenth its size: "London", "Chicago"), in any country.
   */
  public boolean namesWellKnownCity() {
    return !likelyCountries.isEmpty();
  }

  /** Country codes and weights, for diagnostics. */
  public Map<String, Integer> countries() {
    return Map.copyOf(countries);
  }
}
