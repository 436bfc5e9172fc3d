package newsflow.enrich.nlp.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;

/**
 * Resolves PLACE entities to gazetteer places with coordinates: countries by any spelling (centroid),
 * cities by population weighed against the article's country and admin1 context and explicit
 * qualifiers ("Paris, Texas"), first-level divisions, and continents, regions and seas (no country).
 * Thread-safe; one instance per process.
 */
public final class PlaceResolver {
  /** How far back (characters) a named city may sit to locate an unknown local name after it. */
  private static final int ANCHOR_DISTANCE = 300;
  private static final java.util.regex.Pattern LOCAL_DIVISION =
      java.util.regex.Pattern.compile("\\s(County|Township|Parish|Borough|District)$");

  private final Gazetteer gazetteer;
  private final GazetteerPlaceRecognizer recognizer;

  public PlaceResolver() {
    this(Gazetteer.shared());
  }

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.recognizer = new GazetteerPlaceRecognizer(gazetteer);
  }

  /**
   * One resolved place per PLACE entity, in entity order; unknown names keep null coordinates. An
   * ORGANIZATION written only as a place name the gazetteer recogniser accepted at every mention (a
   * team "Louisville", a government "Moscow said") is a metonymic use of that place and gets its place
   * too; the entity keeps its type.
   */
  public List<ResolvedPlace> resolve(Document doc, List<Entity> entities) {
    String text = doc.text();
    List<PlaceMatch> matches = recognizer.find(text);
    ArticleGeoContext ctx = ArticleGeoContext.of(text, matches, gazetteer);
    List<ResolvedPlace> out = new ArrayList<>();
    Map<Long, PlaceMatch> bySpan = new HashMap<>(); // accepted place mentions by their extent
    Set<String> accepted = new HashSet<>(); // and their words
    for (PlaceMatch pm : matches) {
      if (pm.candidates().isEmpty()) continue;
      bySpan.put(((long) pm.start() << 32) | pm.end(), pm);
      accepted.add(Gazetteer.key(pm.text()));
    }
    for (Entity e : entities) {
      if (e.type() == EntityType.ORGANIZATION) {
        GazetteerEntry place = metonymicPlace(e, bySpan, accepted, ctx);
        if (place != null) out.add(toResolved(e.id(), e.name(), place));
        continue;
      }
      if (e.type() != EntityType.PLACE) continue;
      GazetteerEntry best = null;
      GazetteerEntry qualifier = null;
      for (Span m : e.mentions()) {
        qualifier = qualifierAt(matches, m);
        if (qualifier != null) break;
      }
      best = choose(candidatesFor(e), ctx, qualifier);
      if (best == null) {
        ResolvedPlace inner = innerPlace(e.name(), ctx);
        if (inner == null && qualifier != null) inner = toResolved(null, qualifier.name(), qualifier); // "Upperthwaite, Norfolk"
        if (inner == null) inner = nearestPlaceBefore(matches, ctx, firstMention(e));
        if (inner == null) inner = dominantDivisionFor(e.name(), ctx);
        out.add(inner == null ? toResolved(e.id(), e.name(), null)
            : new ResolvedPlace(e.id(), e.name(), null, inner.countryCode(), inner.admin1(), inner.lat(), inner.lon(), null));
        continue;
      }
      out.add(toResolved(e.id(), e.name(), best));
    }
    return out;
  }

  /**
   * Resolves bare mentions (for evaluation and for callers without entities): each span is resolved
   * on its own against the context of the whole text.
   */
  public List<ResolvedMention> resolveMentions(String text, List<Span> mentions) {
    List<PlaceMatch> matches = recognizer.find(text);
    ArticleGeoContext ctx = ArticleGeoContext.of(text, matches, gazetteer);
    List<ResolvedMention> out = new ArrayList<>();
    int n = 0;
    for (Span m : mentions) {
      GazetteerEntry best = choose(lookupVariants(m.text()), ctx, qualifierAt(matches, m));
      out.add(new ResolvedMention(m, toResolved("p" + (n++), m.text(), best)));
    }
    return out;
  }

  /** Finds the place mentions of {@code text} with the gazetteer recogniser and resolves them. */
  public List<ResolvedMention> findAndResolve(String text) {
    List<PlaceMatch> matches = recognizer.find(text);
    ArticleGeoContext ctx = ArticleGeoContext.of(text, matches, gazetteer);
    List<ResolvedMention> out = new ArrayList<>();
    int n = 0;
    GazetteerEntry anchor = null;
    int anchorEnd = 0;
    for (PlaceMatch m : matches) {
      GazetteerEntry best = choose(m.candidates(), ctx, m.qualifier());
      if (best == null && m.candidates().isEmpty() && m.qualifier() != null) best = m.qualifier(); // "Upperthwaite, Norfolk"
      else if (best == null && anchor != null && m.start() - anchorEnd <= ANCHOR_DISTANCE) best = anchor;
      else if (best != null && (best.kind() == PlaceKind.CITY || best.kind() == PlaceKind.ADMIN1)) {
        anchor = best;
        anchorEnd = m.end();
      }
      out.add(new ResolvedMention(new Span(m.start(), m.end(), m.text()), toResolved("p" + (n++), m.text(), best)));
    }
    return out;
  }

  /**
   * The place an organisation stands for when each of its mentions is exactly a place mention the
   * gazetteer recogniser found there (with its guards against ordinary words, surnames and longer
   * names), else null.
   */
  private GazetteerEntry metonymicPlace(Entity e, Map<Long, PlaceMatch> bySpan, Set<String> accepted,
      ArticleGeoContext ctx) {
    if (e.mentions().isEmpty()) return null;
    List<GazetteerEntry> candidates = null;
    GazetteerEntry qualifier = null;
    boolean sameWordElsewhere = false;
    for (Span m : e.mentions()) {
      PlaceMatch same = bySpan.get(((long) m.start() << 32) | m.end());
      if (same == null) {
        // one sense per article: "Liverpool said" where the same word was a place mention elsewhere
        if (!accepted.contains(Gazetteer.key(m.text()))) return null;
        sameWordElsewhere = true;
        continue;
      }
      if (candidates == null) candidates = same.candidates();
      if (qualifier == null) qualifier = same.qualifier();
    }
    if (candidates == null) return null;
    GazetteerEntry best = choose(candidates, ctx, qualifier);
    // spreading a reading to the organisation's other mentions needs a well-known place (a club
    // "Liverpool"), not a small town that shares a brand's name ("Zara")
    if (sameWordElsewhere && best != null && !best.isWellKnown()) return null;
    return best;
  }

  private static int firstMention(Entity e) {
    return e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start();
  }

  /**
   * A name the gazetteer does not know but that contains a place it knows ("Colchester General
   * Hospital", "Oaxaca State"): the longest known inner name that is not an ordinary word.
   */
  private ResolvedPlace innerPlace(String name, ArticleGeoContext ctx) {
    // "US-based", "Berlin-based", "Colchester General Hospital"
    String[] words = name.trim().split("[\\s-]+");
    int longest = name.indexOf('-') >= 0 ? words.length : words.length - 1;
    for (int len = longest; len >= 1; len--) {
      for (int i = 0; i + len <= words.length; i++) {
        String sub = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
        boolean countryCode = sub.length() >= 2 && sub.equals(sub.toUpperCase(java.util.Locale.ROOT))
            && gazetteer.lookup(sub).stream().anyMatch(c -> c.kind() == PlaceKind.COUNTRY);
        boolean curatedRegion = gazetteer.lookup(sub).stream().anyMatch(c -> c.kind() == PlaceKind.REGION);
        if (len == 1 && !countryCode && !(curatedRegion && Character.isUpperCase(sub.charAt(0)))
            && (gazetteer.isCommonWord(sub) || sub.length() < 4 || !Character.isUpperCase(sub.charAt(0)))) {
          continue;
        }
        GazetteerEntry best = choose(lookupVariants(sub), ctx, null);
        if (best != null) return toResolved(null, sub, best);
      }
    }
    return null;
  }

  /**
   * Where an unknown local name (a street, an estate, a school) most likely is: the last city or
   * first-level division the article named before it. Coordinates are approximate; ids stay null.
   */
  private ResolvedPlace nearestPlaceBefore(List<PlaceMatch> matches, ArticleGeoContext ctx, int position) {
    GazetteerEntry last = null;
    for (PlaceMatch m : matches) {
      if (m.start() >= position) break;
      if (position - m.end() > ANCHOR_DISTANCE) continue;
      GazetteerEntry best = choose(m.candidates(), ctx, m.qualifier());
      if (best != null && (best.kind() == PlaceKind.CITY || best.kind() == PlaceKind.ADMIN1
          || best.kind() == PlaceKind.REGION && best.countryCode() != null)) {
        last = best;
      }
    }
    return last == null ? null : toResolved(null, last.name(), last);
  }

  /**
   * "Daviess County", "Washington Township": a local division the gazetteer lacks lies in the
   * first-level division the article names most (at least twice), if any.
   */
  private ResolvedPlace dominantDivisionFor(String name, ArticleGeoContext ctx) {
    if (!LOCAL_DIVISION.matcher(name).find()) return null;
    String key = ctx.topAdmin1(2);
    GazetteerEntry a = key == null ? null : gazetteer.admin1(key);
    return a == null ? null : toResolved(null, a.name(), a);
  }

  /** A mention span with the place it resolved to. */
  public record ResolvedMention(Span mention, ResolvedPlace place) {}

  private static GazetteerEntry qualifierAt(List<PlaceMatch> matches, Span m) {
    for (PlaceMatch pm : matches) {
      if (pm.start() == m.start() && pm.end() == m.end()) return pm.qualifier();
    }
    return null;
  }

  private List<GazetteerEntry> candidatesFor(Entity e) {
    List<GazetteerEntry> c = lookupVariants(e.name());
    if (!c.isEmpty()) return c;
    for (Span m : e.mentions()) {
      c = lookupVariants(m.text());
      if (!c.isEmpty()) return c;
    }
    return List.of();
  }

  private List<GazetteerEntry> lookupVariants(String name) {
    List<GazetteerEntry> c = withCapitalsNamedWithoutCity(name, gazetteer.lookup(name));
    if (name.startsWith("St. ") || name.startsWith("St ")) {
      // "St. Petersburg": the Russian city is "Saint Petersburg" in GeoNames, the Floridian "St. Petersburg"
      List<GazetteerEntry> saint = gazetteer.lookup("Saint " + name.substring(name.indexOf(' ') + 1));
      if (!saint.isEmpty()) {
        List<GazetteerEntry> both = new ArrayList<>(c);
        for (GazetteerEntry e : saint) if (!both.contains(e)) both.add(e);
        return both;
      }
    }
    if (!c.isEmpty()) return c;
    GazetteerEntry state = gazetteer.stateAbbreviation(name.trim());
    if (state != null) return List.of(state);
    String stripped = name.trim().replaceFirst("(?i)^(the|downtown|central|northern|southern|eastern|western)\\s+", "")
        .replaceFirst("['\u2019]s$", "")
        .replaceFirst("\\s+(State|Province|County|Region|District|Oblast|Governorate|Prefecture|City)$", "")
        .replaceFirst("^(St\\.?)\\s", "Saint ");
    if (!stripped.equals(name)) return gazetteer.lookup(stripped);
    return List.of();
  }

  /**
   * "Quebec City", "Panama City": English often names a capital after its country or province with
   * "City", where GeoNames calls it "Québec" or "Panamá". For a name "X City" the national and
   * provincial capitals named X join the candidates (lesser towns named X do not: "Carson City" is not
   * Carson, California), and the usual scoring chooses among them and any place named "X City".
   */
  private List<GazetteerEntry> withCapitalsNamedWithoutCity(String name, List<GazetteerEntry> candidates) {
    String n = name.trim();
    if (n.length() <= 5 || !n.regionMatches(true, n.length() - 5, " City", 0, 5)) return candidates;
    List<GazetteerEntry> out = null;
    for (GazetteerEntry e : gazetteer.lookup(n.substring(0, n.length() - 5).trim())) {
      boolean capital = e.kind() == PlaceKind.CITY && ("PPLC".equals(e.featureCode()) || "PPLA".equals(e.featureCode()));
      if (!capital || candidates.contains(e)) continue;
      if (out == null) out = new ArrayList<>(candidates);
      out.add(e);
    }
    return out == null ? candidates : out;
  }

  /** The candidate with the best score: kind, size, and how well it fits the article's context. */
  GazetteerEntry choose(List<GazetteerEntry> candidates, ArticleGeoContext ctx, GazetteerEntry qualifier) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry c : candidates) {
      double s = score(c, ctx, qualifier);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (best != null && best.kind() == PlaceKind.ADMIN1) {
      // a province with a curated point ("Ontario": the middle of the province, not its population centre)
      for (GazetteerEntry c : candidates) {
        if (c.kind() == PlaceKind.REGION && Objects.equals(c.countryCode(), best.countryCode())
            && Gazetteer.key(c.name()).equals(Gazetteer.key(best.name()))) {
          return c;
        }
      }
    }
    return best;
  }

  private static double score(GazetteerEntry c, ArticleGeoContext ctx, GazetteerEntry qualifier) {
    double s = switch (c.kind()) {
      case COUNTRY -> 9.0;
      case REGION -> 9.0;
      case ADMIN1 -> Math.log10(Math.max(10, c.population())) - 0.5;
      case CITY -> Math.log10(Math.max(10, c.population()))
          + (c.featureCode().equals("PPLC") ? 1.5 : c.featureCode().equals("PPLA") ? 0.5 : 0.0);
    };
    // a town does not support itself through the division that shares its name ("Nelson" BC vs Nelson Region NZ)
    int cw = c.kind() == PlaceKind.CITY ? ctx.countryWeight(c.countryCode(), c.name())
        : c.kind() == PlaceKind.ADMIN1 ? ctx.countryWeightForDivision(c.countryCode(), c.admin1Key())
        : ctx.countryWeight(c.countryCode());
    if (cw > 0) s += 1.5 + Math.min(1.5, 0.25 * cw);
    if (c.kind() == PlaceKind.CITY) s += Math.min(3, ctx.admin1Weight(c.admin1Key(), c.name()));
    if (c.kind() == PlaceKind.ADMIN1) s += Math.min(3, 1.5 * ctx.citiesIn(c.admin1Key())); // "Georgia" with Atlanta
    if (qualifier != null) {
      if (qualifier.kind() == PlaceKind.ADMIN1 && qualifier.admin1Key() != null
          && qualifier.admin1Key().equals(c.admin1Key())) s += 10;
      else if (qualifier.countryCode() != null && qualifier.countryCode().equals(c.countryCode())) s += 8;
    }
    return s;
  }

  private ResolvedPlace toResolved(String entityId, String name, GazetteerEntry e) {
    if (e == null) return new ResolvedPlace(entityId, name, null, null, null, null, null, null);
    String admin1Name = null;
    if (e.kind() == PlaceKind.ADMIN1) admin1Name = e.name();
    else if (e.admin1Key() != null) {
      GazetteerEntry a = gazetteer.admin1(e.admin1Key());
      if (a != null) admin1Name = a.name();
    }
    Double lat = Double.isNaN(e.lat()) ? null : e.lat();
    Double lon = Double.isNaN(e.lon()) ? null : e.lon();
    return new ResolvedPlace(entityId, e.name(), e.geonameId(), e.countryCode(), admin1Name, lat, lon, e.featureCode());
  }
}
