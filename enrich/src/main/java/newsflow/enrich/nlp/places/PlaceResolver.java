package newsflow.enrich.nlp.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.lexicon.SpeechVerbs;
import newsflow.enrich.nlp.text.SportsReport;

/**
 * Resolves PLACE entities to gazetteer places with coordinates: countries by any spelling (centroid),
 * cities by population weighed against the article's country and admin1 context and explicit
 * qualifiers ("Paris, Texas"), first-level divisions, and continents, regions and seas (no country).
 * Thread-safe; one instance per process.
 */
public final class PlaceResolver {
  /** How far back (characters) a named city may sit to locate an unknown local name after it. */
  private static final int ANCHOR_DISTANCE = 300;
  private static final Pattern LOCAL_DIVISION = Pattern.compile("\\s(County|Township|Parish|Borough|District)$");
  /** The four compass points, as regex alternatives to write in a lower-case pattern. */
  private static final String POINTS = "north|south|east|west";
  /** Words naming a part of a place by where it lies: "north", "central", "western". */
  private static final String PART_WORDS = POINTS + "|central|northern|southern|eastern|western";
  /** An intermediate point written with a hyphen: "north-east", "south-west". */
  private static final String HYPHENED_POINT = "(?:north|south)-(?:east|west)";
  /**
   * What may stand between a name and the place that locates it: "X in Y", "X, Y", "X near the Y", "X, near
   * Y" (a comma before the preposition too), "the X area of Y" (of only after a word for a part of a town).
   */
  private static final Pattern CONTAINER_GAP = Pattern.compile(
      "((?:\\s+\\p{Ll}+){0,3}?)(?:,|,?\\s+(?:in|at|near|outside|on)"
          + "|(?<=\\sarea|\\sdistrict|\\sneighbourhood|\\sneighborhood|\\ssuburb|\\soutskirts|\\sborough)\\s+of)\\s+(?:the\\s+)?"
          + "(?:(?:" + PART_WORDS + "|downtown|" + HYPHENED_POINT + ")\\s+)?");
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)");
  /** Nouns after "X-Y" that relate two places rather than name one feature between them. */
  private static final Set<String> BETWEEN_TWO = Set.of(
      "border", "borders", "frontier", "boundary", "relations", "ties", "talks", "war", "conflict", "summit", "deal",
      "agreement", "trade", "crossing", "crossings", "dispute", "rivalry", "match", "game", "flights", "route");
  private static final Pattern COUNTY = Pattern.compile("\\sCounty$");
  private static final Pattern DIVISION_WORD = Pattern.compile("\\s(State|Province|Region|Oblast|Governorate|Prefecture)$");
  private static final Pattern LIST_GAP = Pattern.compile(",\\s*|,?\\s+(?:and|or)\\s+");
  private static final Pattern LIST_CONTINUES_AFTER = Pattern.compile(",\\s*\\p{Lu}|,?\\s+(?:and|or)\\s");
  private static final Pattern LIST_CONTINUES_BEFORE = Pattern.compile("(?:,\\s*|\\s(?:and|or)\\s+)$");
  private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2}|(?:\\p{L}+\\.\\s?){1,3}");
  private static final Pattern SINGLE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s|\\n");
  /**
   * A town of fewer people than this is placed only when the article supports it (its country or
   * division named, or a qualifier): most namesakes of foreign places and of people are small towns.
   */
  static final long UNSUPPORTED_TOWN_POPULATION = 50_000;

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
   * The places of the article's PLACE entities, in entity order. A place is listed when it can be
   * located at least to a country (or is a continent, ocean or sea); names that are something else to a
   * reader are left out: an institution named after a place ("Bank of Eastland"), a month, a
   * politician's party-and-state tag ("(D-Ore.)"), a person's name, words of the author's biography.
   * An ORGANIZATION written only as a well-known place name the gazetteer recogniser accepted at every
   * mention (a team "Dunedin", a government "Moscow said") is a metonymic use of that place and gets
   * its place too; the entity keeps its type. A club is no place when the text says so: a PLACE entity of a
   * sports report whose name is a town's and every mention reads as a team ("beat Riverton", "the Riverton
   * goalkeeper"), or a name taking a plural verb ("Riverton have made an offer"; {@link #teamByVerb}).
   */
  public List<ResolvedPlace> resolve(Document doc, List<Entity> entities) {
    String text = doc.text();
    List<PlaceMatch> matches = recognizer.find(doc);
    ArticleGeoContext ctx = ArticleGeoContext.of(text, matches, gazetteer);
    boolean sports = SportsReport.of(text);
    // "Riverton beat Eastfield 2-1 at Elm Park": clubs named after their towns are no anchors for a venue
    // (an organisation named after its town stays listed, a metonymic mention of its town; a PLACE entity of a
    // town, not a state, all of whose mentions read as a team is the club and is left out)
    List<Span> teamSpans = new ArrayList<>();
    Set<String> clubs = new HashSet<>(); // PLACE entities of towns that name only a club here: no place
    Set<Integer> personStarts = new HashSet<>(); // where a person's name begins ("Riverton's Jo Ames")
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) e.mentions().forEach(pm -> personStarts.add(pm.start()));
    }
    if (sports) {
      for (Entity e : entities) {
        if ((e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PLACE) && team(e, text, matches)) {
          teamSpans.addAll(e.mentions());
          if (e.type() == EntityType.PLACE && townOnly(e.name())) clubs.add(e.id());
        } else if (e.type() == EntityType.PLACE && nationalSide(e, text, matches)) {
          clubs.add(e.id()); // "former Eastland coach Jo Ames", "Eastland defender Jo Ames": the national side
        }
        if (!clubs.contains(e.id()) && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PLACE)
            && clubBySign(e, text, matches, personStarts)) {
          clubs.add(e.id()); // "Riverton 3 Lakeside 1", "Riverton coach Jo Ames", "the Riverton Hawks ... Riverton"
          teamSpans.addAll(e.mentions());
        }
      }
    }
    List<ResolvedPlace> out = new ArrayList<>();
    Map<Long, PlaceMatch> bySpan = new HashMap<>(); // accepted place mentions by their extent
    Set<String> accepted = new HashSet<>(); // and their words
    for (PlaceMatch pm : matches) {
      if (pm.candidates().isEmpty()) continue;
      bySpan.put(((long) pm.start() << 32) | pm.end(), pm);
      accepted.add(Gazetteer.key(pm.text()));
    }
    // "Watford agreed a fee with Fulham ... head to Elm Road": a name the tagger reads as an organisation
    // that stands for no place (a club, a firm) locates nothing written after it
    // nor does a person's name ("the Queen Elm", a ship or a person named like a village)
    for (Entity e : entities) {
      if (e.type() == EntityType.ORGANIZATION && metonymicPlace(e, bySpan, accepted, ctx) == null
          || e.type() == EntityType.PERSON) {
        teamSpans.addAll(e.mentions());
      }
    }
    Article article = new Article(doc, text, matches, ctx, recognizer.personWords(doc), personTokens(entities),
        PlaceVetoes.biographies(text), teamSpans, sports, personStarts);
    for (Entity e : entities) {
      if (clubs.contains(e.id())) continue; // "Riverton beat Eastfield 2-1": the tagger's place is a club
      if (e.type() == EntityType.ORGANIZATION) {
        if (e.mentions().stream().allMatch(m -> PlaceVetoes.inside(article.biographies, m))) continue;
        if (e.mentions().stream().allMatch(m -> PlaceVetoes.wholeQuote(text, m))) continue; // a quoted title
        if (PlaceVetoes.work(text, e.mentions())) continue; // "the album Riverton Road"
        if (PlaceVetoes.stormName(text, e.name(), e.mentions())) continue; // "Hurricane Riverton made landfall"
        if (e.mentions().stream().allMatch(m -> PlaceVetoes.kindModifier(text, m))) continue; // "Jersey cows"
        // "the Eastbrook said": the organisation speaks under a town's name; it is not that town
        if (e.mentions().stream().anyMatch(m -> PlaceVetoes.organisationSpeaking(text, m))) continue;
        if (teamByRecordOrRank(e.mentions(), text)) continue; // "a game against No. 9 Riverton"
        if (teamByStanding(e.mentions(), article)) continue; // "behind first-place Riverton"
        if (PlaceVetoes.firm(text, e.mentions(), true)) continue; // "Eastbrook raised its rates": the bank
        if (PlaceVetoes.industry(text, e.name(), e.mentions())) continue; // "two Hollywood studios": the film industry
        if (amongFirms(e, entities, text)) continue; // "Eastbrook, Vexcorp and Lantrell Holdings raised fees"
        if (teamByVerb(e.name(), e.mentions(), article)) continue; // "Riverton have made an offer"
        if (teamByTenure(e.name(), e.mentions(), article)) continue; // "after his move from Riverton"
        GazetteerEntry place = metonymicPlace(e, bySpan, accepted, ctx);
        if (place == null) place = routeEnd(e, bySpan, article); // "trains from Calais to Dover"
        if (place != null) out.add(toResolved(e.id(), e.name(), place));
        else {
          ResolvedPlace venue = listedVenue(e, article);
          if (venue != null) out.add(venue);
        }
        continue;
      }
      if (e.type() != EntityType.PLACE) continue;
      if (tailOfHyphenatedName(e, text)) continue; // "treated at Ashby-Kelso": the hospital, not Kelso
      List<ResolvedPlace> pair = hyphenatedPair(e, article);
      if (pair != null) {
        out.addAll(pair);
        continue;
      }
      ResolvedPlace p = resolvePlace(e, article);
      if (p != null) out.add(withoutListMarker(p));
    }
    if (!sports) dropFirmNamesakes(out, entities, text, bySpan);
    provincesNotTowns(out, entities, text);
    return out;
  }

  /** A division word right after a name ("Ardmore province", "the Ardmore region"). */
  private static final Pattern DIVISION_AFTER = Pattern.compile(
      "^\\s+(?:province|oblast|governorate|prefecture|region)s?\\b");
  /** The last item of a list that a plural division word closes ("Ardmore, Kell and Lorne provinces"). */
  private static final Pattern DIVISIONS_AFTER_LIST = Pattern.compile(
      "^(?:,\\s+\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*)?)*,?\\s+(?:and|or)\\s+\\p{Lu}[\\p{L}'-]*"
          + "(?:\\s\\p{Lu}[\\p{L}'-]*)?\\s+(?:provinces|oblasts|governorates|prefectures|regions)\\b");
  /** "the province of Ardmore", "the provinces of Kell, Lorne and Ardmore": a division word before the list. */
  private static final Pattern DIVISIONS_BEFORE = Pattern.compile(
      "\\b(?:(?:province|oblast|governorate|prefecture) of|(?:provinces|oblasts|governorates|prefectures) of"
          + "(?:\\s+\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*){0,2},)*"
          + "(?:\\s+\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*){0,2},?\\s+(?:and|or)|\\s+(?:and|or))?)\\s+$");

  /** Whether the mention is written as a province, oblast or the like rather than as a town. */
  static boolean writtenAsDivision(String text, Span m) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 160));
    if (DIVISION_AFTER.matcher(after).find() || DIVISIONS_AFTER_LIST.matcher(after).find()) return true;
    String before = text.substring(Math.max(0, m.start() - 200), m.start());
    return DIVISIONS_BEFORE.matcher(before).find();
  }

  /**
   * "heavy rain in the provinces of Ardmore and Kell", "Ardmore province": a name every mention of which is written
   * as a province, oblast, governorate or prefecture is that division, not a town of the same name. Such a town
   * becomes the state-level division spelt alike in its country (GeoNames ADM1); one whose gazetteer name adds a
   * division word ("Ardmore Oblast") is preferred to the bare name, and a city-level one ("Ardmore City") is skipped. Without such a division (a second-level division the gazetteer
   * lacks) the town's point is dropped and only its country stays: a town elsewhere, or even the seat of the
   * province, is not where a reader would pin the province. Countries, divisions and regions are left as read.
   */
  private void provincesNotTowns(List<ResolvedPlace> out, List<Entity> entities, String text) {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) byId.put(e.id(), e);
    for (int i = 0; i < out.size(); i++) {
      ResolvedPlace p = out.get(i);
      if (p.featureCode() == null || !p.featureCode().startsWith("PPL")) continue;
      Entity e = byId.get(p.entityId());
      if (e == null || e.type() != EntityType.PLACE || e.mentions().isEmpty()) continue;
      if (!e.mentions().stream().allMatch(m -> writtenAsDivision(text, m))) continue;
      String name = e.name().trim();
      GazetteerEntry division = divisionNamed(name, p.countryCode());
      if (division != null) {
        out.set(i, toResolved(p.entityId(), p.name(), division));
        continue;
      }
      boolean regionOnly = e.mentions().stream().allMatch(m -> Pattern.compile("^\\s+region\\b")
          .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find());
      if (regionOnly) continue; // "the Ardmore region" may be the area around the town
      out.set(i, new ResolvedPlace(p.entityId(), name, null, p.countryCode(), null, null, null, null));
    }
  }

  /** The first-level division of {@code country} called {@code name} (or name + a division word), or null. */
  private GazetteerEntry divisionNamed(String name, String country) {
    List<GazetteerEntry> all = new ArrayList<>();
    for (GazetteerEntry x : gazetteer.lookup(name)) {
      if (x.kind() != PlaceKind.ADMIN1) continue;
      String n = Gazetteer.key(gazetteer.displayName(x));
      String bare = Gazetteer.key(name);
      if (n.equals(bare + " city")) continue; // "Kyiv City": the city itself
      all.add(x);
    }
    List<GazetteerEntry> here = all.stream().filter(x -> x.countryCode() != null && x.countryCode().equals(country)).toList();
    List<GazetteerEntry> pool = here;
    if (pool.isEmpty()) return null;
    if (pool.size() == 1) return pool.get(0);
    String bare = Gazetteer.key(name);
    for (GazetteerEntry x : pool) {
      if (!Gazetteer.key(gazetteer.displayName(x)).equals(bare)) return x; // "Moscow Oblast" over the city "Moscow"
    }
    return null;
  }

  /**
   * Outside sports reports, a town's place is dropped when the tagger also read the same name as an organisation
   * that got no place here (a firm, a brand, a product, a vessel: "Lakeview also sells a smaller model" beside
   * "Lakeview's two-year warranty"), unless some mention of the place entity puts it in space ("stores in
   * Lakeview", a qualifier, a dateline; "to Lakeview" is no such sign here: "upgrade to Lakeview"). Only towns:
   * a country, a division or a region the gazetteer knows by that name stays. Sports reports are left to the club rules.
   * Likewise a town's name (or a name placed without a feature) that the article also writes as the head of a firm's
   * full name, alone or with a trade word before a company suffix ("Kestrel Motor Co." ... "Kestrel said"), is
   * that firm's short name, PLACE entity or organisation read as a place, unless a mention puts it in space.
   */
  private static void dropFirmNamesakes(List<ResolvedPlace> out, List<Entity> entities, String text,
      Map<Long, PlaceMatch> bySpan) {
    Set<String> placed = new HashSet<>();
    for (ResolvedPlace p : out) placed.add(p.entityId());
    Set<String> firmNames = new HashSet<>();
    for (Entity o : entities) {
      if (o.type() == EntityType.ORGANIZATION && !placed.contains(o.id())) firmNames.add(o.name().trim());
    }
    Set<String> firmHeads = new HashSet<>();
    for (Entity o : entities) {
      if (o.type() != EntityType.ORGANIZATION) continue;
      Matcher x = FIRM_FULL_NAME.matcher(o.name().trim());
      if (!x.matches()) continue;
      String base = x.group(1);
      firmHeads.add(base);
      int space = base.lastIndexOf(' ');
      if (space > 0 && FIRM_TRADE_WORDS.contains(base.substring(space + 1))) firmHeads.add(base.substring(0, space));
    }
    if (firmNames.isEmpty() && firmHeads.isEmpty()) return;
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) byId.put(e.id(), e);
    out.removeIf(p -> {
      Entity e = byId.get(p.entityId());
      if (e == null) return false;
      String name = e.name().trim();
      boolean head = firmHeads.contains(name) && (e.type() == EntityType.PLACE || e.type() == EntityType.ORGANIZATION)
          && (p.featureCode() == null || p.featureCode().startsWith("PPL"));
      boolean same = e.type() == EntityType.PLACE && firmNames.contains(name)
          && p.featureCode() != null && p.featureCode().startsWith("PPL");
      if (!head && !same) return false;
      for (Span m : e.mentions()) {
        PlaceMatch pm = bySpan.get(((long) m.start() << 32) | m.end());
        if (inSpace(text, m, pm) && !wordBefore(text, m.start()).equalsIgnoreCase("to")) return false;
      }
      return true;
    });
  }

  /** A firm's full name: capitalised words and a company suffix ("Kestrel Corp.", "Kestrel Motor Co."). */
  private static final Pattern FIRM_FULL_NAME = Pattern.compile(
      "(\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)*),? " + PlaceVetoes.COMPANY_SUFFIX);

  /** Trade words between a firm's short name and its company suffix ("Kestrel Motor Co.": the firm "Kestrel"). */
  private static final Set<String> FIRM_TRADE_WORDS = Set.of(
      "Motor", "Motors", "Electric", "Steel", "Oil", "Chemical", "Chemicals", "Airlines", "Airways", "Foods",
      "Pharmaceutical", "Pharmaceuticals", "Industries", "Energy", "Mining", "Telecom", "Brewing", "Textiles");

  /** The word right before {@code start} (after spaces), or "". */
  private static String wordBefore(String text, int start) {
    int e = start - 1;
    while (e >= 0 && text.charAt(e) == ' ') e--;
    int s = e;
    while (s >= 0 && Character.isLetter(text.charAt(s))) s--;
    return text.substring(s + 1, e + 1);
  }

  /** "OH @ Larchmont Music Center": a tagger's span that took in the state code of a listing. */
  private static final Pattern LIST_MARKER = Pattern.compile("^\\p{Lu}{2}\\.?\\s*@\\s*(\\S.*)$");
  /** Heads of names of venues that taggers often call organisations ("Eastbank Arena"). */
  private static final Set<String> VENUE_HEADS = Set.of(
      "Arena", "Stadium", "Amphitheatre", "Amphitheater", "Pavilion", "Auditorium", "Coliseum", "Ballpark",
      "Speedway", "Racecourse", "Theatre", "Theater");

  private static String withoutListMarker(String name) {
    Matcher m = LIST_MARKER.matcher(name.trim());
    return m.matches() ? m.group(1) : name;
  }

  private static ResolvedPlace withoutListMarker(ResolvedPlace p) {
    String name = withoutListMarker(p.name());
    return name.equals(p.name()) ? p
        : new ResolvedPlace(p.entityId(), name, p.geonameId(), p.countryCode(), p.admin1(), p.lat(), p.lon(), p.featureCode());
  }

  /**
   * An organisation whose name is a venue's ("Larchmont Bank Amphitheatre") where the text says where it
   * is: a city before it in the same line or sentence ("Riverton, OH @ ..."), or a place right after it.
   * Such a name is the building a reader would map; without that evidence it is left out.
   */
  private ResolvedPlace listedVenue(Entity e, Article a) {
    String name = withoutListMarker(e.name().trim());
    String[] words = name.split("\\s+");
    if (words.length < 2 || !VENUE_HEADS.contains(words[words.length - 1]) || e.mentions().isEmpty()) return null;
    Span first = e.mentions().get(0);
    GazetteerEntry where = containerAfter(a, first);
    if (where == null) where = cityBeforeInSentence(a, first);
    if (where == null) return null;
    ResolvedPlace w = toResolved(null, where.name(), where);
    boolean pin = where.kind() == PlaceKind.CITY;
    return new ResolvedPlace(e.id(), name, null, w.countryCode(), w.admin1(), pin ? w.lat() : null, pin ? w.lon() : null, null);
  }

  /** What {@link #resolve} knows about the article while it resolves its entities. */
  private record Article(Document doc, String text, List<PlaceMatch> matches, ArticleGeoContext ctx, Set<String> personWords,
      Set<String> personTokens, List<int[]> biographies, List<Span> teamSpans, boolean sports, Set<Integer> personStarts) {
    /**
     * Whether {@code pm} is a mention of a club named after its city or of another organisation that stands
     * for no place (no anchor for a venue or village).
     */
    boolean team(PlaceMatch pm) {
      for (Span t : teamSpans) if (t.start() < pm.end() && pm.start() < t.end()) return true;
      return false;
    }

    /**
     * Whether {@code pm}, read as {@code best}, may locate a venue or village written after it: no club or
     * organisation, and in a sports report a state or province only as a mention in space ({@link #inSpace}:
     * "in Oregon", a dateline); there a bare state's name is mostly a college or provincial side, home or away
     * ("Oregon won at Elm Stadium" does not put the stadium in Oregon).
     */
    boolean anchors(PlaceMatch pm, GazetteerEntry best) {
      return !team(pm) && (!sports || best == null || best.kind() != PlaceKind.ADMIN1
          || inSpace(text, new Span(pm.start(), pm.end(), pm.text()), pm));
    }
  }

  private static final Map<String, Set<String>> TEAM_WORDS = Lexicon.kinds("/gazetteer/team-words.txt");
  private static final Set<String> TEAM_AFTER = TEAM_WORDS.getOrDefault("after", Set.of());
  private static final Set<String> TEAM_BEFORE = TEAM_WORDS.getOrDefault("before", Set.of());
  private static final Pattern WORD_AFTER = Pattern.compile("^(?:['\u2019]s?)?\\s+(\\S+)");
  private static final Pattern SCORE_AFTER = Pattern.compile("^,?\\s+\\d{1,3}(?:[-\u2013]\\d{1,3})?(?:\\s|[,;.)]|$)");
  private static final Pattern DATELINE_AFTER = Pattern.compile("^(?:,|\\s+[-\u2013\u2014(])");
  /** "in the Eastlandic capital ", "at the northern town of ": a locative, a place noun, then the name. */
  private static final Pattern LOCATIVE_PHRASE_BEFORE = Pattern.compile(
      "\\b(?:in|at|to|from|near|outside)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?(\\p{Ll}+)\\s+(?:of\\s+)?$");
  private static final Set<String> PLACE_NOUNS = TEAM_WORDS.getOrDefault("place-noun", Set.of());
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['\u2019]s\\b");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");


  /**
   * Whether an entity of a sports report names a club or team rather than its town or state: no country
   * or world region, and every mention reads as a team: a word of play around it ("Riverton forward Jo
   * Ames", "Riverton's goalkeeper", "beat Riverton", "Riverton won", "Riverton 2 Eastfield 1"), or an
   * organisation by the tagger's reading that the text never puts in space (no "in/at/to/from Riverton",
   * no dateline "RIVERTON, Ohio", no qualifier). A town named as the scene ("at Riverton") stays a place.
   */
  private boolean team(Entity e, String text, List<PlaceMatch> matches) {
    if (e.mentions().isEmpty()) return false;
    for (GazetteerEntry c : gazetteer.lookup(e.name())) {
      if (c.kind() == PlaceKind.COUNTRY || c.kind() == PlaceKind.REGION) return false;
    }
    boolean known = false;
    for (Span m : e.mentions()) {
      PlaceMatch pm = matchAt(matches, m);
      if (pm != null && !pm.candidates().isEmpty()) known = true;
      if (inSpace(text, m, pm)) return false;
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
      Matcher wa = WORD_AFTER.matcher(after);
      boolean teamAfter = wa.find() && TEAM_AFTER.contains(wa.group(1).toLowerCase(Locale.ROOT).replaceAll("[,.;:]$", ""))
          || SCORE_AFTER.matcher(after).find();
      Matcher wb = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
      boolean teamBefore = wb.find() && TEAM_BEFORE.contains(wb.group(1).toLowerCase(Locale.ROOT));
      Matcher lp = LOCATIVE_PHRASE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 50), m.start()));
      if (!teamBefore && lp.find() && PLACE_NOUNS.contains(lp.group(1))) return false; // "in the Eastlandic capital Riverton"
      if (!teamAfter && !teamBefore && e.type() != EntityType.ORGANIZATION) return false;
    }
    return known;
  }

  /** "lost to ", "drew with ", "coached ", "captained ": a result against a side, or leading one, right before a country. */
  private static final Pattern SIDE_BEFORE = Pattern.compile(
      "\\b(?:(?:lost|losing|lose|loses|loss|defeat|drew|draw|drawing|tied|tie)\\s+(?:to|with|against)"
          + "|coached|coaching|captained|captaining)\\s+$");

  /**
   * Whether a PLACE entity of a sports report names a country only as its national side: its name is a country's,
   * and every mention has a word of play right after it, the possessive allowed ("former Eastland coach Jo Ames",
   * "Eastland defender Jo Ames", "Eastland's captain"), or right before it ("beat Eastland", "lost to Eastland",
   * "drew with Eastland", "coached Eastland to the final"), and none puts it in
   * space ({@link #inSpace}). A player's country stays: "Eastland's Jo Ames won", "beat Eastland's Jo Ames", "Jo Ames
   * of Eastland defeated ..."; so does "flew home to Eastland"; outside sports reports this is never asked.
   */
  private boolean nationalSide(Entity e, String text, List<PlaceMatch> matches) {
    if (e.mentions().isEmpty() || gazetteer.lookup(e.name()).stream().noneMatch(c -> c.kind() == PlaceKind.COUNTRY)) {
      return false;
    }
    for (Span m : e.mentions()) {
      // "lost to Eastland": "to" here is no locative
      boolean result = SIDE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
      if (!result && inSpace(text, m, matchAt(matches, m))) return false;
      Matcher wa = WORD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
      boolean teamAfter = wa.find() && TEAM_AFTER.contains(wa.group(1).toLowerCase(Locale.ROOT).replaceAll("[,.;:]$", ""));
      Matcher wb = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
      String before = wb.find() ? wb.group(1).toLowerCase(Locale.ROOT) : "";
      if (before.equals("of")) return false; // "Jo Ames of Eastland defeated ...": the player's country
      // "beat Eastland's Jo Ames": after a possessive only a word of play ("Eastland's captain") makes the side
      boolean possessive = POSSESSIVE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).lookingAt();
      boolean teamBefore = !possessive && (TEAM_BEFORE.contains(before) || result);
      if (!teamAfter && !teamBefore) return false;
    }
    return true;
  }

  private static final Set<String> TEAM_ROLES = TEAM_WORDS.getOrDefault("role", Set.of());
  private static final Pattern ROLE_AFTER = Pattern.compile("^(?:['\u2019]s?)?\\s+(\\p{L}+(?:-\\p{L}+)?)(?:\\s+(\\p{L}+))?");
  /** A hyphenated score or record right after a name or its possessive: "Riverton, 3-1", "Riverton's 29-22 win". */
  private static final Pattern HYPHEN_SCORE_AFTER = Pattern.compile("^(?:['\u2019]s)?,?\\s+\\d{1,3}[-\u2013]\\d{1,3}(?![-\u2013\\d])");
  /** A line score: "Riverton 3 Lakeside 1", "Riverton 3, Lakeside 1" (from either side). */
  private static final Pattern LINE_SCORE_AFTER = Pattern.compile(
      "^\\s\\d{1,3},?\\s+\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+){0,2}\\s\\d{1,3}(?![\\d:\\-\u2013]|\\.\\d)");
  private static final Pattern LINE_SCORE_BEFORE = Pattern.compile("\\p{Lu}\\p{L}+\\s\\d{1,3},?\\s+$");
  private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s\\d{1,3}(?![\\d:\\-\u2013]|\\.\\d)");
  /** A result with another side as object: "Riverton beat Lakeside", "Riverton edged the Hawks". */
  private static final Pattern RESULT_OBJECT_AFTER = Pattern.compile(
      "^\\s+(?:beat|defeated|edged|routed|thrashed|downed|blanked|outscored|eliminated|stunned|shaded|outlasted|"
          + "swept|upset|hammered)\\s+(?:the\\s+)?\\p{Lu}");
  /** One capitalised word after a name and no further capitalised word: "the Riverton Hawks" (not "Riverton Hills Road"). */
  private static final Pattern CAPITAL_WORD_AFTER = Pattern.compile("^\\s(\\p{Lu}\\p{Ll}+)\\b(?!\\s+\\p{Lu})");
  /** Words after a name that use it as a location: "a Riverton native", "the Riverton media", "Riverton police". */
  private static final Pattern LOCAL_AFTER = Pattern.compile(
      "^(?:['\u2019]s)?[\\s-]+(?:natives?|residents?|born|media|press|reporters|police|mayor|city|council|county|area|"
          + "metro|region|suburbs?|streets|airport|neighbou?rhoods?|government|embassy|economy|president|prime|"
          + "ministers?|officials|authorities|army|troops|citizens?)\\b", Pattern.CASE_INSENSITIVE);
  /**
   * Words right after a country's or region's name that make it the national side in a sports report: one member's
   * role ({@code role} of {@code team-words.txt}) or a selection for the side ({@code selection} there: "the Eastland
   * international", "an Eastland call-up", "two Eastland caps", "the Eastland squad").
   */
  private static final Set<String> SIDE_SELECTION = TEAM_WORDS.getOrDefault("selection", Set.of());
  /** Sides named in a list after a word for them: "clubs like Riverton and Lakeside", "teams such as Riverton". */
  private static final Pattern CLUBS_LIKE_BEFORE = Pattern.compile(
      "\\b(?:clubs|teams|sides|franchises)\\s+(?:like|such\\s+as|including)\\s+"
          + "(?:\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?(?:,\\s+|\\s+(?:and|or)\\s+))*$");
  /** Plural words after a town's name that name a paper, an event or a firm, not a club ("the Riverton Times"). */
  private static final Set<String> NON_CLUB_PLURALS = Set.of(
      "Times", "News", "Games", "Olympics", "Masters", "Championships", "Series", "Awards", "Studios", "Records",
      "Airlines", "Airways", "Hills", "Heights", "Springs", "Gardens", "Islands", "Falls", "Acres", "Sports", "Nights",
      "Days", "Talks", "Accords", "Agreements", "Protocols", "Conventions", "Trials", "Riots", "Hospitals", "Schools",
      "Police", "Partners", "Holdings", "Industries", "Systems", "Services", "Communications", "Associates");
  /** A place noun and "of" right before a name: "the city of Riverton". */
  private static final Pattern PLACE_NOUN_OF_BEFORE = Pattern.compile("\\b(\\p{Ll}+)\\s+of\\s+$");

  /**
   * Whether an organisation or place of a sports report is a club by a sign of play beside some mention and the text
   * never uses its name as a location. Signs: a hyphenated score after the name ("Riverton, 3-1", "Riverton's 29-22
   * win"), a line score ("Riverton 3 Lakeside 1"), an individual's role in a team right after the name
   * ({@code role} of {@code team-words.txt}: "Riverton coach Jo Ames", "former Riverton striker"), a result with
   * another side as its object ("Riverton beat Lakeside"), or the name written elsewhere with a plural nickname ("the
   * Riverton Hawks"; {@link #teamNickname}; not "Riverton FC": GeoWebNews counts a bare "Riverton" beside it as a
   * place). Every occurrence of the name in the text must be free of location: no locative, qualifier,
   * dateline or "-based" ({@link #inSpace}), no "in the Eastlandic capital Riverton", no "the city of Riverton", no
   * "a Riverton native" or "Riverton police" ({@code LOCAL_AFTER}).
   * A town named in a list right after "clubs/teams like" ("teams like Riverton and Lakeside") is a club too.
   * A first-level division right after a result word ("a loss to Eastshire", "victories over Eastshire", "played
   * for Eastshire": a college or professional side; {@code RESULT_BEFORE}; "to" there is no locative) and a town
   * or division as a possessive right before a person the tagger found ("Riverton's Jo Ames") are signs too. Bare
   * towns after a result word are not: GeoWebNews counts "beating Riverton" as a metonymic place.
   * A country's or region's name is its national side by a role or a selection right after it ("the Eastland
   * international", "Eastland call-up"; {@link #roleAfter}) or by a result ("Eastland beat Westland", "held Eastland
   * 1-1"; {@link #sideResult}); other national sides are left to {@link #nationalSide};
   * "Eastland government", "Eastland officials" and the like count as uses of the place. A name the gazetteer knows
   * only as something else than a town or division is left alone. "Against Riverton" or "Riverton players" alone is
   * no sign here: GeoWebNews counts such metonymic uses as places, and removing them was measured to cost it.
   */
  private boolean clubBySign(Entity e, String text, List<PlaceMatch> matches, Set<Integer> personStarts) {
    String name = e.name().trim();
    if (e.mentions().isEmpty() || name.isEmpty()) return false;
    List<GazetteerEntry> named = gazetteer.lookup(name);
    boolean side = named.stream().anyMatch(c -> c.kind() == PlaceKind.COUNTRY || c.kind() == PlaceKind.REGION);
    if (!side && named.stream().noneMatch(c -> c.kind() == PlaceKind.CITY || c.kind() == PlaceKind.ADMIN1)) {
      return false;
    }
    boolean division = named.stream().anyMatch(c -> c.kind() == PlaceKind.ADMIN1);
    boolean sign = false;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
          || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue; // inside a longer word
      }
      Span m = new Span(at, end, name);
      if (!side && division && RESULT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
        sign = true; // "the loss to Riverton": "to" after a result is no locative
        continue;
      }
      if (!side && (offerFrom(text, m) || FIXTURE_BETWEEN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40),
          m.start())).find())) {
        sign = true; // "a bid from Riverton": the club's offer; "the game between Riverton and ...": a side
        continue;
      }
      if (inSpace(text, m, matchAt(matches, m))) return false;
      String before = text.substring(Math.max(0, m.start() - 50), m.start());
      Matcher lp = LOCATIVE_PHRASE_BEFORE.matcher(before);
      if (lp.find() && PLACE_NOUNS.contains(lp.group(1))) return false; // "in the Eastlandic capital Riverton"
      Matcher of = PLACE_NOUN_OF_BEFORE.matcher(before);
      if (of.find() && PLACE_NOUNS.contains(of.group(1))) return false; // "the city of Riverton"
      if (LOCAL_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30))).find()) return false;
      sign |= side ? roleAfter(text, m, SIDE_SELECTION) || sideResult(text, m) : clubSign(text, m, name)
          || possessivePerson(text, m, personStarts);
    }
    return sign;
  }

  /**
   * Whether the occurrence {@code m} of a name has one member's role ({@code role} of {@code team-words.txt}: "Riverton
   * coach Jo Ames", "former Eastland captain") or one of {@code also} right after it ("the Eastland international").
   */
  private static boolean roleAfter(String text, Span m, Set<String> also) {
    Matcher r = ROLE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
    if (!r.find()) return false;
    String word = r.group(1).toLowerCase(Locale.ROOT);
    return TEAM_ROLES.contains(word) || also.contains(word)
        || r.group(2) != null && TEAM_ROLES.contains(word + " " + r.group(2).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> CLUB_POSTS = TEAM_WORDS.getOrDefault("club-post", Set.of());
  /**
   * A possessive, a describing word (lower-case, or a nationality such as "Spanish") and one or two words after it:
   * "Riverton's new coach", "Riverton's Eastlandic manager", "Riverton's new head coach".
   */
  private static final Pattern DESCRIBED_ROLE_AFTER = Pattern.compile(
      "^['\u2019]s\\s+(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}\\p{Ll}+(?:an|ish|ese|ic|ch))\\s+(\\p{L}+(?:-\\p{L}+)?)"
          + "(?:\\s+(\\p{L}+(?:-\\p{L}+)?))?");

  /**
   * Whether the occurrence {@code m} of a town's or state's name is followed by a post at its club: a post ({@code
   * club-post} of {@code team-words.txt}) right after the name or its possessive ("Riverton chairman Jo Ames",
   * "Riverton's owners"), or a role or post after the possessive and one or two describing words ("Riverton's new
   * coach", "Riverton's Spanish manager", "Riverton's former chairman", "Riverton's new first-team coach").
   */
  private static boolean clubPostAfter(String text, Span m) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
    Matcher r = ROLE_AFTER.matcher(after);
    if (r.find() && CLUB_POSTS.contains(r.group(1).toLowerCase(Locale.ROOT))) return true;
    Matcher d = DESCRIBED_ROLE_AFTER.matcher(after);
    if (!d.find()) return false;
    String word = d.group(1).toLowerCase(Locale.ROOT);
    String next = d.group(2) == null ? "" : d.group(2).toLowerCase(Locale.ROOT);
    return TEAM_ROLES.contains(word) || CLUB_POSTS.contains(word) || TEAM_ROLES.contains(word + " " + next)
        || Character.isLowerCase(d.group(1).charAt(0)) && (TEAM_ROLES.contains(next) || CLUB_POSTS.contains(next));
  }

  /** "the Riverton job": a manager's or coach's post at the club. */
  private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$");
  private static final Pattern JOB_AFTER = Pattern.compile("^\\s+job\\b");

  /**
   * A team sheet: the name opening a line or sentence, a colon (a formation in parentheses may stand before it) and
   * players' names separated by a semicolon ("Riverton: Ames; Blake, Cole, Dunn; ...", "Riverton (4-4-2): Ames;").
   */
  private static final Pattern TEAM_SHEET_AFTER = Pattern.compile(
      "^(?:\\s\\([^()\n]{1,12}\\))?:\\s+\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?(?:\\s\\(c\\))?;\\s+\\p{Lu}");

  /** A fixture before "between": "the game between ", "Saturday's derby between " ("between" there is no locative). */
  private static final Pattern FIXTURE_BETWEEN_BEFORE = Pattern.compile(
      "\\b(?:game|match|clash|tie|fixture|derby|final|semi-final|meeting)\\s+between\\s+$");

  /** A club's approach or offer before "from": "a bid from ", "interest from ", "an approach from ". */
  private static final Pattern OFFER_FROM_BEFORE = Pattern.compile(
      "\\b(?:bids?|offers?|approach(?:es)?|interest|enquir(?:y|ies)|inquir(?:y|ies)|overtures|advances)\\s+from\\s+$");

  /**
   * Whether the occurrence {@code m} of a name follows a club's approach or offer ("a bid from Riverton", "interest
   * from Riverton"): in a sports report the club; "from" there is no locative.
   */
  static boolean offerFrom(String text, Span m) {
    return OFFER_FROM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
  }

  /** A score, a result noun and its preposition right before a name: "a 2-1 win over ", "their 0-3 defeat to ". */
  private static final Pattern SCORED_RESULT_BEFORE = Pattern.compile(
      "\\b\\d{1,3}[-\u2013]\\d{1,3}\\s+(?:(?:home|away|league|cup)\\s+)?(?:win|victory|defeat|loss|draw|thrashing)"
          + "\\s+(?:over|against|to|with|by)\\s+(?:the\\s+)?$");

  /** "of" (and "the") right before a name: "Jo Ames of Eastland", "Jo Ames of the Eastland Republic". */
  private static final Pattern OF_BEFORE = Pattern.compile("\\bof\\s+(?:the\\s+)?$");

  /**
   * Whether the occurrence {@code m} of a country's or region's name is a side by a result: the subject of a result
   * with another side as its object ("Eastland beat Westland"), or a score right after it or its possessive
   * ("held Eastland 0-0", "Eastland's 4-1 win", "Eastland 2 Westland 1") or a score and a result right before it ("a
   * 2-0 win over Eastland"). A player's country is no side: after "of"
   * ("Jo Ames of Eastland 6-2, 6-4") or a comma (a results line: "Jo Ames, Eastland, 6-2") nothing here counts, nor
   * does the possessive before a player's name.
   */
  private static boolean sideResult(String text, Span m) {
    String near = text.substring(Math.max(0, m.start() - 8), m.start());
    if (OF_BEFORE.matcher(near).find() || near.stripTrailing().endsWith(",")) return false;
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
    String before = text.substring(Math.max(0, m.start() - 30), m.start());
    return HYPHEN_SCORE_AFTER.matcher(after).find() || RESULT_OBJECT_AFTER.matcher(after).find()
        || LINE_SCORE_AFTER.matcher(after).find()
        || SCORED_RESULT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 50), m.start())).find()
        || LINE_SCORE_BEFORE.matcher(before).find() && NUMBER_AFTER.matcher(after).find();
  }

  /**
   * A result word right before a name: "a win over ", "the loss to ", "beat ", "defeated ", "played for ". Not
   * "against" alone: GeoWebNews counts "against Riverton" as a metonymic place.
   */
  private static final Pattern RESULT_BEFORE = Pattern.compile(
      "\\b(?:(?:win|wins|victory|victories)\\s+over|(?:loss|losses|defeat|defeats)\\s+to|lost\\s+to|beat|beats|beating"
          + "|defeated|defeating|upset|(?:played|plays|playing)\\s+for)\\s+(?:No\\.\\s*\\d{1,2}\\s+)?$");

  /** A possessive right after a name, then a space: "Riverton's ". */
  private static final Pattern POSSESSIVE_SPACE_AFTER = Pattern.compile("^['\u2019]s\\s+");

  /**
   * Whether the occurrence {@code m} of a town's or division's name is a possessive right before a person the
   * tagger found ("Riverton's Jo Ames"): in a sports report the player's or coach's club. Not before a venue or
   * street ("Riverton's Elm Park", no person) and not for countries (a player's country: "Eastland's Jo Ames").
   */
  private static boolean possessivePerson(String text, Span m, Set<Integer> personStarts) {
    Matcher p = POSSESSIVE_SPACE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6)));
    return p.find() && personStarts.contains(m.end() + p.end());
  }

  /** Whether the occurrence {@code m} of {@code name} has a sign of a club beside it ({@link #clubBySign}). */
  private boolean clubSign(String text, Span m, String name) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
    String before = text.substring(Math.max(0, m.start() - 30), m.start());
    if (HYPHEN_SCORE_AFTER.matcher(after).find() || LINE_SCORE_AFTER.matcher(after).find()
        || LINE_SCORE_BEFORE.matcher(before).find() && NUMBER_AFTER.matcher(after).find()
        || RESULT_OBJECT_AFTER.matcher(after).find()
        || CLUBS_LIKE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 120), m.start())).find()) {
      return true;
    }
    if (roleAfter(text, m, Set.of()) || clubPostAfter(text, m)) return true;
    if (JOB_AFTER.matcher(after).find() && THE_BEFORE.matcher(before).find()) return true; // "the Riverton job"
    if (TEAM_SHEET_AFTER.matcher(after).find() && GazetteerPlaceRecognizer.sentenceStart(text, m.start())) return true;
    Matcher w = CAPITAL_WORD_AFTER.matcher(after);
    return w.find() && !NON_CLUB_PLURALS.contains(w.group(1)) && teamNickname(name + " " + w.group(1));
  }

  /**
   * Whether {@code name} is a town's and no first-level division's in the gazetteer. A PLACE entity of a sports
   * report with such a name whose every mention reads as a team ({@link #team}) is that club and gets no place;
   * an organisation the tagger found under a town's name stays a metonymic place mention, as do states
   * ("against Eastland" may name a state's university; leaving those out was measured and not kept).
   */
  private boolean townOnly(String name) {
    List<GazetteerEntry> named = gazetteer.lookup(name);
    return named.stream().anyMatch(c -> c.kind() == PlaceKind.CITY) && named.stream().noneMatch(c -> c.kind() == PlaceKind.ADMIN1);
  }

  /** Plural words that end names of places, not of clubs ("Elm Sands", "Riverton Docks"). */
  private static final Set<String> PLURAL_PLACE_HEADS = Set.of(
      "Sands", "Lakes", "Woods", "Flats", "Rocks", "Downs", "Docks", "Meadows", "Fields", "Keys", "Banks", "Cliffs",
      "Mills", "Wells", "Rapids", "Narrows", "Shoals", "Pines", "Oaks", "Estates", "Towers", "Commons", "Plains",
      "Highlands", "Lowlands", "Glades", "Dunes", "Moors", "Marshes", "Ponds", "Creeks", "Forks", "Groves", "Parks",
      "Gates", "Quays", "Barracks", "Mountains", "Isles", "Villas", "Terraces", "Crossings", "Rides", "Greens");

  /**
   * Whether {@code name} is a club's in a sports report: a town or state the gazetteer knows followed by
   * one plural capitalised word that is no kind of place ("Riverton Kings", "Eastland Rovers"), where the
   * gazetteer does not know the whole name.
   */
  private boolean teamNickname(String name) {
    String[] words = name.trim().split("\\s+");
    if (words.length < 2) return false;
    String last = words[words.length - 1];
    if (last.length() < 4 || !Character.isUpperCase(last.charAt(0)) || !last.endsWith("s") || last.endsWith("ss")
        || !last.substring(1).equals(last.substring(1).toLowerCase(Locale.ROOT))
        || GazetteerPlaceRecognizer.isFeatureHead(last) || PLURAL_PLACE_HEADS.contains(last)) {
      return false;
    }
    if (!gazetteer.lookup(name).isEmpty()) return false;
    String town = String.join(" ", Arrays.copyOf(words, words.length - 1));
    return lookupVariants(town).stream().anyMatch(c -> c.kind() == PlaceKind.CITY || c.kind() == PlaceKind.ADMIN1);
  }

  /** Some mention has a team's record or ranking ({@link PlaceVetoes#teamRecordOrRank}) and none follows a locative. */
  private static boolean teamByRecordOrRank(List<Span> mentions, String text) {
    return mentions.stream().anyMatch(m -> PlaceVetoes.teamRecordOrRank(text, m))
        && mentions.stream().noneMatch(m -> GazetteerPlaceRecognizer.locativeBefore(text, m.start()));
  }

  /**
   * Whether a name of a sports report stands for a side by its rank in a league ({@link
   * PlaceVetoes#standingBefore}: "first-place Riverton", "league-leading Riverton") and no mention follows a
   * locative ("in Riverton").
   */
  private static boolean teamByStanding(List<Span> mentions, Article a) {
    String text = a.text();
    return a.sports() && mentions.stream().anyMatch(m -> PlaceVetoes.standingBefore(text, m))
        && mentions.stream().noneMatch(m -> GazetteerPlaceRecognizer.locativeBefore(text, m.start()));
  }

  /**
   * Whether a name stands for a club or national side by British verb agreement: some mention is the subject
   * of a plural verb ({@link PlaceVetoes#pluralVerbSubject}: "Riverton have made an offer", "while Riverton are
   * fifth") and no mention puts it in space ({@link #inSpace}; a possessive after a locative does not: "a
   * message to Riverton's directors" is about the club's people). A country or world region counts only in a
   * sports report ("Eastland were bowled out"); elsewhere a plural verb after it is its government or people.
   */
  private boolean teamByVerb(String name, List<Span> mentions, Article a) {
    String text = a.text();
    if (mentions.isEmpty() || mentions.stream().noneMatch(m -> PlaceVetoes.pluralVerbSubject(text, m))) return false;
    if (!a.sports() && gazetteer.lookup(name).stream()
        .anyMatch(c -> c.kind() == PlaceKind.COUNTRY || c.kind() == PlaceKind.REGION)) {
      return false;
    }
    for (Span m : mentions) {
      if (POSSESSIVE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).lookingAt()) continue;
      if (a.sports() && offerFrom(text, m)) continue; // "an approach from Riverton": the club
      if (inSpace(text, m, matchAt(a.matches(), m))) return false;
      Matcher lp = LOCATIVE_PHRASE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 50), m.start()));
      if (lp.find() && PLACE_NOUNS.contains(lp.group(1))) return false; // "in the Eastlandic capital Riverton"
    }
    return true;
  }

  /**
   * Whether a name of a sports report stands for a club by a player's or manager's time there or a transfer
   * ({@link PlaceVetoes#tenureBefore}: "after his move from Riverton", "his career at Riverton", "since taking
   * charge at Riverton"): some mention follows such words and no other mention puts it in space ({@link #inSpace}).
   * Only names of towns or divisions: countries and world regions are left alone (national sides are placed as
   * before), and so are venues.
   */
  /** A compass direction and "of" right before a name, a position beside that place: "just north of ". */
  private static final Pattern COMPASS_OF_BEFORE = Pattern.compile(
      "\\b(?:" + POINTS + "|(?:north|south)-?(?:east|west))\\s+of\\s+$", Pattern.CASE_INSENSITIVE);

  private boolean teamByTenure(String name, List<Span> mentions, Article a) {
    String text = a.text();
    if (!a.sports() || mentions.isEmpty() || mentions.stream().noneMatch(m -> PlaceVetoes.tenureBefore(text, m))) {
      return false;
    }
    List<GazetteerEntry> named = gazetteer.lookup(name);
    if (named.stream().anyMatch(c -> c.kind() == PlaceKind.COUNTRY || c.kind() == PlaceKind.REGION)
        || named.stream().noneMatch(c -> c.kind() == PlaceKind.CITY || c.kind() == PlaceKind.ADMIN1)) {
      return false; // a national side, or a venue ("a spell at Elm Park")
    }
    for (Span m : mentions) {
      if (PlaceVetoes.tenureBefore(text, m) || offerFrom(text, m)) continue; // "a bid from Riverton": the club
      if (inSpace(text, m, matchAt(a.matches(), m))) return false;
      if (COMPASS_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) {
        return false; // "the crash just north of Riverton"
      }
      Matcher lp = LOCATIVE_PHRASE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 50), m.start()));
      if (lp.find() && PLACE_NOUNS.contains(lp.group(1))) return false; // "in the Eastlandic capital Riverton"
    }
    return true;
  }

  /**
   * Whether mention {@code m} (with its gazetteer match {@code pm}, or null) puts the name in space: after a
   * locative ("in/at/to/from Riverton"), with a qualifier ("Riverton, Ohio"), as a dateline ("RIVERTON",
   * "Riverton - The club said" at a line's start) or before "-based".
   */
  private static boolean inSpace(String text, Span m, PlaceMatch pm) {
    if (GazetteerPlaceRecognizer.locativeBefore(text, m.start()) || pm != null && pm.qualifier() != null) return true;
    if (m.text().length() > 3 && m.text().equals(m.text().toUpperCase(Locale.ROOT))) return true;
    if (DATELINE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 4))).lookingAt()
        && (m.start() == 0 || text.charAt(m.start() - 1) == '\n')) {
      return true;
    }
    return text.startsWith("-based", m.end());
  }

  /**
   * Whether {@code m} is the second half of an adjective compound whose first half is a combining form that names
   * no place ({@link PlaceVetoes#combiningFormBefore}: "Afro-Caribbean food", "Euro-Atlantic partners"): no
   * location. "Mexico-Pacific" names two places and stays.
   */
  private boolean adjectiveCompound(String text, Span m) {
    String form = PlaceVetoes.combiningFormBefore(text, m);
    return form != null && gazetteer.lookup(form).stream().noneMatch(GazetteerEntry::isWellKnown);
  }

  /** One or two capitalised words right after a mention, after one space. */
  private static final Pattern NAME_AFTER = Pattern.compile("^ (\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)");

  /**
   * Whether {@code m} names a sea or ocean (the curated regions; no well-known city, country or division of that name)
   * and a country's name follows it after one space ("Atlantic Eastland", "Arctic Norland"): a part of that
   * country named after its coast, not the ocean. The country is its own mention.
   */
  private boolean seaBeforeCountry(String text, Span m) {
    List<GazetteerEntry> named = gazetteer.lookup(m.text());
    if (named.stream().anyMatch(c -> c.kind() == PlaceKind.COUNTRY || c.kind() == PlaceKind.ADMIN1
        || c.kind() == PlaceKind.CITY && c.isWellKnown())
        || named.stream().noneMatch(c -> "SEA".equals(c.featureCode()) || "OCN".equals(c.featureCode()))) {
      return false;
    }
    Matcher x = NAME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
    if (!x.find()) return false;
    String after = x.group(1);
    if (gazetteer.lookup(after).stream().anyMatch(c -> c.kind() == PlaceKind.COUNTRY)) return true;
    int space = after.indexOf(' ');
    return space > 0 && gazetteer.lookup(after.substring(0, space)).stream().anyMatch(c -> c.kind() == PlaceKind.COUNTRY);
  }

  /** Words of multi-word PERSON names ("Mary" and "Carver" of "Mary Carver"), by {@link Gazetteer#key}. */
  private static Set<String> personTokens(List<Entity> entities) {
    Set<String> out = new HashSet<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) continue;
      String[] words = e.name().trim().split("\\s+");
      if (words.length < 2) continue;
      for (String w : words) out.add(Gazetteer.key(w));
    }
    return out;
  }

  /** The place of one PLACE entity, or null when it is no place a reader would map (see {@link #resolve}). */
  private ResolvedPlace resolvePlace(Entity e, Article a) {
    String text = a.text();
    List<Span> mentions = new ArrayList<>();
    for (Span m : e.mentions()) {
      if (!GazetteerPlaceRecognizer.inPartyTag(text, m.start(), m.end()) && !PlaceVetoes.inside(a.biographies(), m)) {
        mentions.add(m);
      }
    }
    if (mentions.isEmpty() || PlaceVetoes.monthOrDay(e.name()) || gazetteer.isNotPlace(e.name())) return null;
    // "Deputy Director of the Riverton Rowing Centre": a person's post, not a place
    if (PlaceVetoes.rolePhrase(e.name())) return null;
    // "Aleppo pine", "a Yorkshire terrier", "Brussels sprouts": part of a species', breed's or food's name
    if (mentions.stream().allMatch(m -> PlaceVetoes.kindModifier(text, m))) return null;
    // "1994's Harbour Lights": a title of a work; "professor at Eastbrook": an employer
    if (mentions.stream().allMatch(m -> PlaceVetoes.workTitle(text, m))) return null;
    // her single "Riverton": a place name that is all of a quotation is a title, a nickname or a word, no location
    if (mentions.stream().allMatch(m -> PlaceVetoes.wholeQuote(text, m))) return null;
    // "the Elm Bank Arena (formerly Riverside Arena)": a former name of a place already named is no second place
    if (mentions.stream().allMatch(m -> PlaceVetoes.formerName(text, m))) return null;
    // "the album Riverton Road", "Eastmoor, the debut novel by ...": a work's title, unless a mention is located
    if (PlaceVetoes.work(text, mentions)) return null;
    // "the shuttle Eastwind", "USS Riverton": the craft's name, for every mention of it
    if (mentions.stream().anyMatch(m -> PlaceVetoes.craftName(text, m))) return null;
    // "Hurricane Odile made landfall ... Odile weakened": the storm's name, not the town of that name
    if (PlaceVetoes.stormName(text, e.name(), mentions)) return null;
    // "the Bar Federation of Eastland and Westland": the second place of an institution's name
    if (mentions.stream().allMatch(m -> PlaceVetoes.secondPlaceOfInstitution(text, m))) return null;
    // "Afro-Caribbean food": an adjective compound, not the sea; "Atlantic Eastland": a part of that country
    if (mentions.stream().allMatch(m -> adjectiveCompound(text, m) || seaBeforeCountry(text, m))) return null;
    // "the Rivers administration": a leader's government; "Jupiter's moons": the planet
    if (mentions.stream().allMatch(m -> PlaceVetoes.beforeAdministration(text, m) || PlaceVetoes.planet(text, m))) return null;
    // "the Eastbrook said": a town's name with an article, speaking, is a firm or a body named after it
    List<GazetteerEntry> named = candidatesFor(e);
    if (mentions.stream().allMatch(m -> PlaceVetoes.organisationSpeaking(text, m))
        && !named.isEmpty() && named.stream().allMatch(c -> c.kind() == PlaceKind.CITY)) {
      return null;
    }
    // "Eastbrook State" where Eastbrook names no division: a university, not the town of Eastbrook
    if (universityState(e.name())) return null;
    // "led Riverton (15-2, 3-1) with 13", "visits No. 7 Riverton": a team by its record or ranking
    if (teamByRecordOrRank(mentions, text)) return null;
    // "behind first-place Riverton", "upset league-leading Riverton": a side by its rank in a league
    if (teamByStanding(mentions, a)) return null;
    // "the Riverton Kings" in a sports report: a town's name and a plural nickname make a club
    if (a.sports() && teamNickname(e.name())) return null;
    // "Riverton have made an offer for the striker": a plural verb makes the town's name its club's
    if (teamByVerb(e.name(), mentions, a)) return null;
    // "a loan spell at Riverton", "since taking charge at Riverton": a player's or manager's club
    if (teamByTenure(e.name(), mentions, a)) return null;
    // "St Mary's": a saint's name, never the place of the bare name
    if (mentions.stream().allMatch(m -> PlaceVetoes.afterSaintTitle(text, m.start()))) return null;
    // "a yacht named by the Marchioness of Ardshire": a name met only in a title of nobility is no location
    if (mentions.stream().allMatch(m -> PlaceVetoes.afterPeerageTitle(text, m.start()))) return null;
    for (Span m : mentions) {
      if (PlaceVetoes.institutionName(m.text(), text, m) && gazetteer.lookup(m.text()).isEmpty()) return null;
    }
    boolean recognised = false;
    for (Span m : mentions) {
      if (matchAt(a.matches(), m) != null) recognised = true;
    }
    if (!recognised && personName(e.name(), mentions, a)) return null;
    // "Ireland Threlkeld spoke", "a late goal by Chad Pellow": a place's name right before a person's name the
    // tagger split off is that person's given name
    if (mentions.stream().allMatch(m -> PlaceVetoes.givenNameBefore(text, m, a.personStarts()))) return null;
    // "Georgia Sands, the firm's founder, said": a place's name before a surname, with a person's cue, names a person
    if (placeNamedPerson(e.name(), mentions, a)) return null;
    // "shares of Winnebago", "Winnebago reported higher sales": a firm named like a town, not the town
    if (PlaceVetoes.firm(text, mentions, false)) return null;
    // "a Hollywood actress", "Hollywood's major studios": a name that stands for an industry beside its trade
    if (PlaceVetoes.industry(text, e.name(), mentions)) return null;
    // "the Eastlandia flight", "an Eastlandia jet": an airline named after a country, not the country
    if (!named.isEmpty() && named.stream().noneMatch(c -> c.kind() == PlaceKind.CITY)
        && mentions.stream().allMatch(m -> PlaceVetoes.carrier(text, m))) {
      return null;
    }

    // "the Grain Bank of Eastland": a place the gazetteer recogniser left inside an institution's name
    if (!recognised && mentions.stream().allMatch(m -> PlaceVetoes.afterInstitutionOf(text, m))) return null;
    GazetteerEntry longer = longerNameBefore(text, mentions);
    if (longer != null) return toResolved(e.id(), e.name(), longer);
    GazetteerEntry qualifier = null;
    for (Span m : mentions) {
      qualifier = qualifierAt(a.matches(), m);
      if (qualifier != null) break;
    }
    List<GazetteerEntry> namesakes = candidatesFor(e);
    // "played for Boston, Eastport, Ardshire and Dallas": a division written after a well-known city that has no
    // namesake in it, inside a list that goes on both before and after, is the list's next item, not its container
    if (qualifier != null && listedBeforeDivision(a, mentions, namesakes)) qualifier = null;
    if (qualifier == null && !namesakes.isEmpty() && namesakes.stream().allMatch(c -> c.kind() == PlaceKind.CITY)) {
      for (Span m : mentions) {
        // "Ardley Landing, MD" where the gazetteer knows only towns "Ardley" in other states: the division
        // written after the whole name the tagger found places it there (unpinned), not at a namesake
        if (a.matches().stream().anyMatch(pm -> pm.start() == m.start() && pm.end() == m.end())) continue;
        GazetteerEntry q = recognizer.qualifierAfter(text, m.end());
        // only a division that none of the gazetteer's towns of the shorter name lies in
        if (q != null && q.kind() == PlaceKind.ADMIN1 && inQualifier(namesakes, q).isEmpty()) {
          qualifier = q;
          break;
        }
        // "At Plantation, Fla.,": a town named by an ordinary word, which the recogniser leaves alone, and the
        // division it lies in written right after it
        if (q != null && q.kind() == PlaceKind.ADMIN1 && gazetteer.isCommonWord(m.text())
            && gazetteer.lookup(m.text()).stream().anyMatch(c -> c.kind() == PlaceKind.CITY
                && Objects.equals(q.admin1Key(), c.admin1Key()))) {
          qualifier = q;
          break;
        }
      }
    }
    List<GazetteerEntry> found = abbreviationCandidates(a.matches(), mentions);
    if (found.isEmpty()) found = candidatesFor(e);
    if (COUNTY.matcher(e.name().trim()).find() && gazetteer.lookup(e.name()).isEmpty()) {
      // "Ardley County" read as the town of Ardley: only a town in a country or division the story names
      // (a county seat of that name); a city of that name abroad is not meant
      found = found.stream().filter(c -> c.kind() != PlaceKind.CITY || a.ctx().namesCountryApart(c.countryCode(), e.name())
          || a.ctx().admin1Weight(c.admin1Key(), e.name()) > 0 || a.ctx().near(c)).toList();
    }
    if (qualifier != null) found = inQualifier(found, qualifier);
    // "Albany, Ardshire", "upstate Ardshire", "Ardshire state": the division, not a city named like it
    if (found.size() > 1 && mentions.stream().allMatch(m -> divisionCue(a, m))) {
      List<GazetteerEntry> divisions = found.stream().filter(c -> c.kind() != PlaceKind.CITY).toList();
      if (!divisions.isEmpty() && divisions.stream().anyMatch(c -> c.kind() == PlaceKind.ADMIN1)) found = divisions;
    }
    // "Ardshire's Elm Mountains", "Ardshire's Keel peninsula": a name in the possessive before a natural feature is
    // the division that holds the feature, not a city named like it
    if (found.size() > 1 && qualifier == null && mentions.stream().allMatch(m -> possessiveBeforeFeature(text, m))) {
      List<GazetteerEntry> divisions = found.stream().filter(c -> c.kind() == PlaceKind.ADMIN1).toList();
      if (!divisions.isEmpty()) found = divisions;
    }
    List<GazetteerEntry> candidates = sameKindAsListNeighbours(
        plausible(found, e.name(), recognised, a.ctx(), qualifier), a, mentions);
    if (qualifier == null) candidates = besideStoryCity(candidates, e.name(), a.ctx());
    GazetteerEntry best = choose(candidates, a.ctx(), qualifier);
    if (best != null && best.kind() == PlaceKind.CITY && qualifier == null) {
      // "ferries from Dover to Calais": the namesake beside the other end of the route
      GazetteerEntry beside = besideRoutePartner(candidates, best, mentions, a);
      if (beside != null) best = beside;
    }
    if (best != null && best.kind() == PlaceKind.CITY && best.population() < GazetteerEntry.WELL_KNOWN_POPULATION
        && qualifier == null && mentions.stream().allMatch(m -> PlaceVetoes.employerAfterRole(text, m))) {
      return null; // "a professor at Eastbrook": a college or a firm, not the small town of that name
    }
    if (best != null && best.kind() == PlaceKind.CITY && qualifier == null) {
      // "Millbrook town hall, north Eastcastle": the place written after the name says where it is
      GazetteerEntry found1 = null;
      for (Span m : mentions) {
        found1 = containerAfter(a, m, true);
        if (found1 == null) found1 = possessiveCityBefore(a, m); // "Riverton's Elmwood airport"
        // "the Elm Hall at Cedarby, Riverton, Ardshire": a small town's name is a venue or district there
        if (found1 == null && !best.isWellKnown()) found1 = writtenCityAfter(a, m);
        if (found1 != null) break;
      }
      GazetteerEntry after = found1;
      if (after != null && !inside(best, after)) {
        List<GazetteerEntry> within = candidates.stream().filter(c -> inside(c, after)).toList();
        GazetteerEntry there = choose(within, a.ctx(), null);
        if (there != null) best = there;
        else return located(e, after, after.kind() == PlaceKind.CITY);
      }
    }
    if (best == null && !found.isEmpty() && qualifier == null) {
      // "Elmwood, west Riverton" where the only Elmwoods are far-off small towns: the well-known city
      // written after it as its container holds it (a district the gazetteer lacks)
      for (Span m : mentions) {
        GazetteerEntry after = containerAfter(a, m, true);
        if (after == null) after = writtenCityAfter(a, m);
        if (after != null && after.kind() == PlaceKind.CITY && after.isWellKnown()) return located(e, after, true);
      }
    }
    if (best != null && best.kind() == PlaceKind.CITY && qualifier == null) {
      // "the band's East Riverton shop" in a story that names Riverton itself: the part of that city, not a
      // far-off town called East Riverton in a country the story never names
      GazetteerEntry whole = compassPartOfNamedCity(e.name(), best, mentions, a);
      if (whole != null) return located(e, whole, false);
    }
    // "a talk at the Ardley theater" in a story about another country: the venue's name, not a far-off town
    if (best != null && qualifier == null && namesakeAbroad(best, e.name(), a)
        && mentions.stream().allMatch(m -> beforeVenueWord(text, m))) {
      return null;
    }
    if (best != null && sameAsPlaceBefore(a, mentions, best)) return null;
    if (best != null && PlaceVetoes.governmentUse(a.doc(), mentions) && "PPLC".equals(best.featureCode())) return null;
    if (best != null) return toResolved(e.id(), e.name(), best);
    if (!candidatesFor(e).isEmpty() && qualifier != null && found.isEmpty()) {
      // "Springfield, Oregon" where the gazetteer knows only other Springfields: in the qualifier, not pinned
      return located(e, qualifier, false);
    }
    if (!found.isEmpty() && !PlaceVetoes.waterBody(e.name())) return null;
    if (found.isEmpty() && qualifier == null) {
      GazetteerEntry variant = spellingVariant(e, mentions, a);
      if (variant != null) return toResolved(e.id(), e.name(), variant);
    }
    return unknownPlace(e, mentions, a, qualifier);
  }

  /**
   * A name the gazetteer lacks that is a usual spelling variant of a well-known place ("protests in Bengazi" is
   * Benghazi, "the mayor of Abbotabad" Abbottabad; see
   * {@link Gazetteer#lookupSpellingVariant}): a country always; a division or city only when the article names
   * its country apart from the name itself, so a surname or a firm spelt like a far-off city stays unplaced. A
   * capital all of whose mentions speak for its government stays unplaced as its usual spelling does.
   */
  private GazetteerEntry spellingVariant(Entity e, List<Span> mentions, Article a) {
    List<GazetteerEntry> variants = gazetteer.lookupSpellingVariant(e.name()).stream()
        .filter(c -> c.kind() == PlaceKind.COUNTRY
            || c.countryCode() != null && a.ctx().namesCountryApart(c.countryCode(), e.name()))
        .toList();
    GazetteerEntry best = choose(variants, a.ctx(), null);
    if (best == null) return null;
    if ("PPLC".equals(best.featureCode()) && PlaceVetoes.governmentUse(a.doc(), mentions)) return null;
    return best;
  }

  /**
   * Where a name the gazetteer does not know lies: a water body stays unlocated but listed; otherwise the
   * qualifier after it ("Upperthwaite, Norfolk"), a place written right after it ("the Elm Street depot
   * in Riverton"), a well-known place inside it ("Riverton General Hospital"), a city named just before
   * it in the same sentence (for buildings and venues), the division most named (for "X County"), or
   * the country the article is clearly about (country only). Null when none applies.
   */
  private ResolvedPlace unknownPlace(Entity e, List<Span> mentions, Article a, GazetteerEntry qualifier) {
    if (PlaceVetoes.waterBody(e.name())) {
      ResolvedPlace town = innerPlace(e.name(), a);
      if (town == null && PlaceVetoes.inlandWater(e.name())) return inlandWaterCountry(e, mentions, a);
      return town == null ? toResolved(e.id(), e.name(), null)
          : new ResolvedPlace(e.id(), e.name(), null, town.countryCode(), town.admin1(), town.lat(), town.lon(), null);
    }
    if (qualifier != null) return located(e, qualifier, true);
    String text = a.text();
    // a name nobody would map: the source of a report ("according to Eastland Cogov", "the Eastland Beacon
    // reported") or an organisation introduced by its kind ("think tank Elm House", "the broadcaster Vale One")
    if (mentions.stream().allMatch(m -> PlaceVetoes.sourceOrOrganisation(text, m))) return null;
    Span first = mentions.get(0);
    for (Span m : mentions) {
      GazetteerEntry after = containerAfter(a, m);
      if (after != null) return located(e, after, after.kind() == PlaceKind.CITY || after.kind() == PlaceKind.REGION);
    }
    if (!buildingName(e.name()) && !facilityName(e.name())) {
      for (Span m : mentions) {
        // "near the Eastlandic village of Qorvenna": a settlement the gazetteer lacks lies in the country of
        // the nationality written before its kind (that country only, never a point)
        String cc = demonymSettlementCountry(text, m);
        if (cc != null) return new ResolvedPlace(e.id(), e.name(), null, cc, null, null, null, null);
      }
    }
    if (!buildingName(e.name()) && !naturalFeature(e.name())) {
      for (Span m : mentions) {
        // "Riverton's Upper Elm Side": a district or site after a place's possessive lies in that place
        GazetteerEntry owner = possessivePlaceBefore(a, m);
        if (owner != null) {
          return located(e, owner, owner.kind() == PlaceKind.CITY || owner.kind() == PlaceKind.REGION && owner.countryCode() != null);
        }
        // "the Elm Island town of Riverton": the name holds the town written after it (its country and division)
        GazetteerEntry held = townOfAfter(a, m);
        if (held != null) return located(e, held, false);
      }
    }
    if (buildingName(e.name())) return facilityPlace(e, first, a);
    ResolvedPlace inner = innerPlace(e.name(), a);
    // "Eastland's Elm Mountains": a range, valley or forest lies in the division or country written before
    // it, never at a city; a city named before it does not locate it
    boolean natural = naturalFeature(e.name());
    if (natural && inner == null) {
      GazetteerEntry owner = possessiveDivisionBefore(a, first);
      if (owner != null) return located(e, owner, false);
    }
    if (facilityName(e.name()) && !natural && (inner == null || !wellKnownName(inner.name()))) {
      GazetteerEntry before = cityBeforeInSentence(a, first);
      if (before != null) return located(e, before, true);
    }
    // "Ardley County": a county lies in a country the story names, not at a city of that name abroad
    if (inner != null && COUNTY.matcher(e.name().trim()).find() && !countyTownSupported(inner, e, a)) inner = null;
    if (inner != null) return new ResolvedPlace(e.id(), e.name(), null, inner.countryCode(), inner.admin1(), inner.lat(), inner.lon(), null);
    boolean byLocative = mentions.stream().anyMatch(m -> unknownPlaceMatch(a.matches(), m) || locativeSingleName(a.text(), m));
    if (!natural && (byLocative || mentions.stream().anyMatch(m -> settlementOfBefore(a.text(), m)))) {
      // "36 in Ardleigh", "flights landed at Ardleigh": a village after a locative lies near the places
      // named just before it. "The town of Ardleigh" does too, but takes a point only from a town (a county,
      // a district or a name after a division is given the division without a point)
      ResolvedPlace near = nearestPlaceBefore(a, first.start());
      if (near != null && !byLocative && !(near.featureCode() != null && near.featureCode().startsWith("PPL")
          && mentions.stream().anyMatch(m -> townOfBefore(a.text(), m)))) {
        return new ResolvedPlace(e.id(), e.name(), null, near.countryCode(), near.admin1(), null, null, null);
      }
      if (near != null) return new ResolvedPlace(e.id(), e.name(), null, near.countryCode(), near.admin1(), near.lat(), near.lon(), null);
    }
    ResolvedPlace division = dominantDivisionFor(e.name(), a.ctx());
    if (division != null) return new ResolvedPlace(e.id(), e.name(), null, division.countryCode(), division.admin1(), division.lat(), division.lon(), null);
    String cc = a.ctx().dominantCountry();
    if (cc != null && facilityName(e.name())) {
      // a building or venue of a story about one country is in that country (not pinned)
      return new ResolvedPlace(e.id(), e.name(), null, cc, null, null, null, null);
    }
    if (cc != null && !buildingName(e.name()) && mentions.stream().anyMatch(m -> settlementOrDivisionCue(text, m))) {
      // "the city of Qorvenna", "the province of Ardhmet", "in Ardhmet province" in a story about one country: a
      // settlement or division the gazetteer lacks lies in that country (not pinned)
      return new ResolvedPlace(e.id(), e.name(), null, cc, null, null, null, null);
    }
    return null;
  }

  /**
   * A lake or river the gazetteer lacks is local to its story, unlike a sea or gulf: it lies in the division
   * written after it ("the retreat at Ardmere Lake, Que."), else in the country the article is clearly about,
   * else in the country of a city named before it in the same sentence ("a kayaker from Riverton capsized on
   * Lake Ardmere"). Never pinned: a lake may lie far from a town named beside it. Unlocated when none applies.
   */
  private ResolvedPlace inlandWaterCountry(Entity e, List<Span> mentions, Article a) {
    for (Span m : mentions) {
      GazetteerEntry q = recognizer.qualifierAfter(a.text(), m.end());
      if (q != null && q.kind() != PlaceKind.CITY) return located(e, q, false);
    }
    String cc = a.ctx().dominantCountry();
    if (cc == null) {
      GazetteerEntry city = cityBeforeInSentence(a, mentions.get(0));
      if (city != null) cc = city.countryCode();
    }
    return new ResolvedPlace(e.id(), e.name(), null, cc, null, null, null, null);
  }

  private static final Pattern DIVISION_OF_BEFORE = Pattern.compile(
      "\\b(?:province|provinces|region|districts|governorate|prefecture|municipality)\\s+of\\s+$");
  private static final Pattern UNLISTED_DIVISION_AFTER = Pattern.compile(
      "^\\s(?:district|province|governorate|prefecture)\\b");

  /**
   * Whether a kind of settlement or division names {@code m}: "the town/city/village/district of X", "the
   * province/region of X", or "X district/province/governorate/prefecture" (lower case, right after it).
   */
  private static boolean settlementOrDivisionCue(String text, Span m) {
    if (settlementOfBefore(text, m)) return true;
    if (DIVISION_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) return true;
    return UNLISTED_DIVISION_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find();
  }

  /**
   * "the Eastlandic village of ", "the Eastlandic border town of ", "the northern Eastlandic port of ": a
   * nationality adjective, at most one descriptive word, a kind of settlement and "of" right before a name.
   */
  private static final Pattern DEMONYM_SETTLEMENT_BEFORE = Pattern.compile(
      "\\bthe\\s+(?:\\p{Ll}+\\s+)?(\\p{Lu}\\p{Ll}+)\\s+(?:(?:border|coastal|frontier|mountain|desert|river|island|northern|southern|eastern|western|central)\\s+)?"
          + "(?:town|city|village|hamlet|port|settlement)\\s+of\\s+$");

  /** The country of the nationality adjective in "the Eastlandic village of " right before {@code m}, or null. */
  private String demonymSettlementCountry(String text, Span m) {
    Matcher x = DEMONYM_SETTLEMENT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 80), m.start()));
    if (!x.find()) return null;
    return gazetteer.demonymCountry(x.group(1));
  }

  /** {@code e} in or at {@code where}: its country and division, and its point when {@code pin}. */
  private ResolvedPlace located(Entity e, GazetteerEntry where, boolean pin) {
    ResolvedPlace w = toResolved(null, where.name(), where);
    return new ResolvedPlace(e.id(), e.name(), null, w.countryCode(), w.admin1(), pin ? w.lat() : null,
        pin ? w.lon() : null, null);
  }

  private static final Pattern COMPASS_LEAD = Pattern.compile(
      "^(?:North|South|East|West|North[- ]?East|North[- ]?West|South[- ]?East|South[- ]?West)\\s+(\\p{Lu}[\\p{L}.' -]*)$");
  private static final double COMPASS_PART_KM = 100;

  /**
   * "East Riverton" read as a town of that name, when the article also names Riverton on its own and nothing in
   * it speaks for the town's country (no name, division or nearby place of it): a compass word before a
   * well-known city the story names makes the part of that city ("East London" in a story about a London
   * gig, not the town in another country). The city of the bare name, or null when the rule does not apply
   * (a namesake in or near the story's places, or one within 100 km of the city, stays).
   */
  private GazetteerEntry compassPartOfNamedCity(String name, GazetteerEntry best, List<Span> mentions, Article a) {
    Matcher m = COMPASS_LEAD.matcher(name.trim());
    if (!m.matches()) return null;
    ArticleGeoContext ctx = a.ctx();
    if (ctx.namesCountryApart(best.countryCode(), name) || ctx.admin1Weight(best.admin1Key(), name) > 0 || ctx.near(best)) {
      return null;
    }
    String rest = m.group(1).trim();
    if (!namedApart(a.text(), rest, mentions)) return null;
    GazetteerEntry city = choose(gazetteer.lookup(rest).stream()
        .filter(c -> c.kind() == PlaceKind.CITY && c.isWellKnown()).toList(), ctx, null);
    if (city == null || Objects.equals(city.countryCode(), best.countryCode()) || Double.isNaN(city.lat())
        || Double.isNaN(best.lat())) {
      return null;
    }
    return ArticleGeoContext.km(city.lat(), city.lon(), best.lat(), best.lon()) > COMPASS_PART_KM ? city : null;
  }

  /** Whether {@code word} stands in the text as a whole word outside the spans of {@code mentions}. */
  private static boolean namedApart(String text, String word, List<Span> mentions) {
    Matcher w = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(text);
    while (w.find()) {
      int at = w.start();
      if (mentions.stream().noneMatch(s -> s.start() <= at && at < s.end())) return true;
    }
    return false;
  }

  /**
   * A district or suburb of a well-known city of the story beats far-off small namesakes: when a town of
   * the name lies within 50 km of a city of 100,000 or more that the article names ("Elmwood" in a story
   * set in Riverton, where a district of Riverton and a village two countries away share the name), towns
   * under 100,000 elsewhere are dropped unless the article names their division or a place near them.
   */
  private static List<GazetteerEntry> besideStoryCity(List<GazetteerEntry> candidates, String name, ArticleGeoContext ctx) {
    if (candidates.size() < 2 || candidates.stream().noneMatch(ctx::besideWellKnownCity)) return candidates;
    List<GazetteerEntry> out = candidates.stream().filter(c -> c.kind() != PlaceKind.CITY || ctx.besideWellKnownCity(c)
        || c.isWellKnown() || "PPLC".equals(c.featureCode()) || ctx.admin1Weight(c.admin1Key(), name) > 0 || ctx.near(c))
        .toList();
    return out.isEmpty() ? candidates : out;
  }

  /** Heads of names of large natural features: mountain ranges, valleys, forests, deserts, peninsulas. */
  private static final Set<String> NATURAL_HEADS = Set.of(
      "Mountains", "Range", "Valley", "Delta", "Forest", "Desert", "Peninsula", "Hills", "Islands", "Plateau", "Highlands");

  /** "'s Elm Mountains", "'s Keel peninsula": a possessive, capitalised words and perhaps one lower-case word after them. */
  private static final Pattern POSSESSIVE_FEATURE_AFTER = Pattern.compile(
      "^['\u2019]s\\s+((?:\\p{Lu}\\p{L}+\\s+)*\\p{Lu}\\p{L}+)(?:\\s+(\\p{Ll}+))?");

  /** Whether mention {@code m} is in the possessive before a natural feature's name ("Ardshire's Elm Mountains"). */
  private static boolean possessiveBeforeFeature(String text, Span m) {
    Matcher x = POSSESSIVE_FEATURE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
    if (!x.find()) return false;
    String[] words = x.group(1).split("\\s+");
    if (words.length > 1 && NATURAL_HEADS.contains(words[words.length - 1])) return true;
    String lower = x.group(2);
    return lower != null && NATURAL_HEADS.contains(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }

  /**
   * Whether a mention with a division written after it ("Eastport, Ardshire") stands in a list that goes on before
   * and after the pair ("Boston, Eastport, Ardshire, Dallas"), the name is a well-known city, and none of its
   * namesakes lies in that division: then the division is the list's next item.
   */
  private boolean listedBeforeDivision(Article a, List<Span> mentions, List<GazetteerEntry> namesakes) {
    if (namesakes.isEmpty() || namesakes.stream().noneMatch(c -> c.kind() == PlaceKind.CITY && c.isWellKnown())) return false;
    String text = a.text();
    for (Span m : mentions) {
      GazetteerEntry q = qualifierAt(a.matches(), m);
      if (q == null || q.kind() != PlaceKind.ADMIN1 || !inQualifier(namesakes, q).isEmpty()) continue;
      if (!continuesBefore(text, m.start()) || !text.startsWith(", ", m.end())) continue;
      PlaceMatch next = null;
      for (PlaceMatch pm : a.matches()) {
        if (pm.start() == m.end() + 2) next = pm;
      }
      if (next == null || next.candidates().isEmpty() || !next.candidates().contains(q)) continue;
      String after = text.substring(next.end(), Math.min(text.length(), next.end() + 6));
      if (QUALIFIER_LIST_AFTER.matcher(after).lookingAt()) return true;
    }
    return false;
  }

  /** Whether {@code name} is a large natural feature's ("Elm Mountains", "Ardley Valley"). */
  private static boolean naturalFeature(String name) {
    String[] words = name.trim().split("\\s+");
    return words.length > 1 && NATURAL_HEADS.contains(words[words.length - 1]);
  }

  /** "Eastland's Elm Mountains": a country or first-level division in the possessive right before the name, or null. */
  private GazetteerEntry possessiveDivisionBefore(Article a, Span m) {
    String text = a.text();
    for (PlaceMatch pm : a.matches()) {
      if (pm.candidates().isEmpty() || pm.end() + 3 != m.start()) continue;
      String gap = text.substring(pm.end(), m.start());
      if (!gap.equals("'s ") && !gap.equals("\u2019s ")) continue;
      return choose(pm.candidates().stream().filter(c -> c.kind() == PlaceKind.ADMIN1 || c.kind() == PlaceKind.COUNTRY)
          .toList(), a.ctx(), pm.qualifier());
    }
    return null;
  }

  /** "the X town of ": a kind of settlement and "of" right after a name. */
  private static final Pattern TOWN_OF_AFTER = Pattern.compile("^\\s+(?:town|city|village|suburb|port|capital)\\s+of\\s+$");

  /** "the Elm Island town of Riverton": the city written after "town of" right after {@code m}, or null. */
  private GazetteerEntry townOfAfter(Article a, Span m) {
    String text = a.text();
    for (PlaceMatch pm : a.matches()) {
      if (pm.start() < m.end() || pm.candidates().isEmpty()) continue;
      if (pm.start() - m.end() > 20 || !TOWN_OF_AFTER.matcher(text.substring(m.end(), pm.start())).matches()) return null;
      GazetteerEntry y = choose(pm.candidates(), a.ctx(), pm.qualifier());
      return y != null && y.kind() == PlaceKind.CITY ? y : null;
    }
    return null;
  }

  /**
   * "Riverton's Upper Elm Side": a city, region, division or country in the possessive right before the
   * name (a city or region of the story, not a club or a person), or null.
   */
  private GazetteerEntry possessivePlaceBefore(Article a, Span m) {
    String text = a.text();
    for (PlaceMatch pm : a.matches()) {
      if (pm.candidates().isEmpty() || pm.end() + 3 != m.start() || a.team(pm)) continue;
      String gap = text.substring(pm.end(), m.start());
      if (!gap.equals("'s ") && !gap.equals("\u2019s ")) continue;
      GazetteerEntry y = choose(pm.candidates(), a.ctx(), pm.qualifier());
      return y != null && !farSmallTown(y, pm, a.ctx()) ? y : null;
    }
    return null;
  }

  /** "Riverton's Elmwood": a well-known city in the possessive right before the name, or null. */
  private GazetteerEntry possessiveCityBefore(Article a, Span m) {
    String text = a.text();
    for (PlaceMatch pm : a.matches()) {
      if (pm.candidates().isEmpty() || pm.end() + 3 != m.start()) continue;
      String gap = text.substring(pm.end(), m.start());
      if (!gap.equals("'s ") && !gap.equals("\u2019s ")) continue;
      GazetteerEntry y = choose(pm.candidates(), a.ctx(), pm.qualifier());
      return y != null && y.kind() == PlaceKind.CITY && y.isWellKnown() ? y : null;
    }
    return null;
  }

  /**
   * "Eastbrook State": a name "X State" that the gazetteer does not know, where X names no country,
   * division or curated region, is a university ("Penn State"-style), not the town named X.
   */
  private boolean universityState(String name) {
    String n = name.trim();
    if (!n.endsWith(" State") || !gazetteer.lookup(n).isEmpty()) return false;
    String x = n.substring(0, n.length() - 6).trim();
    if (x.isEmpty()) return false;
    List<GazetteerEntry> xs = gazetteer.lookup(x);
    return !xs.isEmpty() && xs.stream().allMatch(c -> c.kind() == PlaceKind.CITY);
  }

  /**
   * Whether the article supports a town found inside a county's name apart from that name: it names the
   * town itself elsewhere, the town's country or division, or another place within 100 km of it.
   */
  private boolean countyTownSupported(ResolvedPlace town, Entity county, Article a) {
    ArticleGeoContext ctx = a.ctx();
    String countyName = county.name();
    if (ctx.namesCountryApart(town.countryCode(), countyName)) return true;
    // the town itself named outside the county's name ("Riverton-Dale County ... in Riverton")
    for (PlaceMatch pm : a.matches()) {
      boolean inCounty = county.mentions().stream().anyMatch(m -> pm.start() < m.end() && m.start() < pm.end());
      if (inCounty) continue;
      for (GazetteerEntry c : pm.candidates()) {
        if (c.kind() == PlaceKind.CITY && town.lat() != null && c.lat() == town.lat() && c.lon() == town.lon()) return true;
      }
    }
    if (town.admin1() != null) {
      for (GazetteerEntry d : gazetteer.lookup(town.admin1())) {
        if (d.kind() == PlaceKind.ADMIN1 && Objects.equals(d.countryCode(), town.countryCode())
            && ctx.admin1Weight(d.admin1Key(), countyName) > 0) {
          return true;
        }
      }
    }
    return town.lat() != null && ctx.nearPoint(town.lat(), town.lon());
  }

  /** "upstate New York", "downstate Ardshire": the words name a part of a state. */
  private static final Pattern STATE_PART_BEFORE = Pattern.compile("(?i)\\b(?:upstate|downstate)\\s+$");
  /** "Ardshire state attorney general", "Ardshire, a state that ...": the name is said to be a state's. */
  /** After "X, Y": another item (", Z" or " and Z") makes a list; ", and ..." still closes "Albany, New York". */
  private static final Pattern QUALIFIER_LIST_AFTER = Pattern.compile(",\\s*\\p{Lu}|\\s+(?:and|or)\\s");
  private static final Pattern STATE_AFTER = Pattern.compile("^(?:\\s+state\\b(?!-)|,\\s+a\\s+state\\b)");

  /**
   * Whether mention {@code m} reads as a first-level division where the name also names a city: it is the
   * qualifier of the place written right before it ("Albany, New York": the place's container), follows
   * "upstate"/"downstate", or is followed by the word "state" ("New York state", "Washington, a state").
   */
  private static boolean divisionCue(Article a, Span m) {
    String text = a.text();
    if (STATE_PART_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) return true;
    if (STATE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find()) return true;
    // a qualifier: the place before it has a town in that division, and no list goes on after it
    // ("Ardmouth, Ardshire, Kellwick and Elmford" is a list, not Ardmouth in Ardshire)
    if (QUALIFIER_LIST_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6))).lookingAt()) return false;
    for (PlaceMatch pm : a.matches()) {
      GazetteerEntry q = pm.qualifier();
      if (pm.end() + 2 == m.start() && q != null && q.kind() == PlaceKind.ADMIN1 && text.startsWith(", ", pm.end())
          && pm.candidates().stream().anyMatch(c -> c.kind() == PlaceKind.CITY && Objects.equals(c.admin1Key(), q.admin1Key()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The candidates a reader would accept here: a division named only by compass and division words
   * ("Eastern District") needs its country in the article; a name only a tagger found that is also an
   * ordinary word ("Sunshine") must be a well-known place; a small town needs support from the article
   * (its country or division named, or a qualifier), so an unqualified "Millbrook" in a story about
   * another country is not pinned in the one country that has a Millbrook.
   */
  private List<GazetteerEntry> plausible(List<GazetteerEntry> candidates, String name, boolean recognised,
      ArticleGeoContext ctx, GazetteerEntry qualifier) {
    boolean common = !recognised && name.indexOf(' ') < 0 && gazetteer.isCommonWord(name);
    List<GazetteerEntry> out = new ArrayList<>(candidates.size());
    for (GazetteerEntry c : candidates) {
      boolean supported = ctx.supports(c.countryCode(), name) || ctx.admin1Weight(c.admin1Key(), name) > 0 || ctx.near(c)
          || qualifier != null && Objects.equals(qualifier.countryCode(), c.countryCode());
      if (c.kind() == PlaceKind.ADMIN1 && Gazetteer.isGenericName(c.name()) && ctx.countryWeight(c.countryCode()) <= 0) continue;
      // "flew in on Delta", "the team of the South": a division whose one-word name is an ordinary English word
      // is that division only where the article names its country
      if (c.kind() == PlaceKind.ADMIN1 && name.trim().indexOf(' ') < 0 && gazetteer.isCommonWord(name.trim())
          && ctx.countryWeight(c.countryCode()) <= 0) {
        continue;
      }
      // a town named by an ordinary word needs its division written after it ("Plantation, Fla.") unless well known
      if (common && !c.isWellKnown() && !(qualifier != null && qualifier.kind() == PlaceKind.ADMIN1
          && c.kind() == PlaceKind.CITY && Objects.equals(qualifier.admin1Key(), c.admin1Key()))) {
        continue;
      }
      if (c.kind() == PlaceKind.CITY && !supported && c.population() < UNSUPPORTED_TOWN_POPULATION
          && !"PPLC".equals(c.featureCode()) && (ctx.namesSomeCountry() || ctx.namesWellKnownCity())) {
        continue;
      }
      // a small town named by ordinary words far from the places the story names in its country: a park,
      // square or creek of the story ("Elm Park" in a story set in Riverton and its state is not the hamlet
      // of Elm Park two states away)
      if (c.kind() == PlaceKind.CITY && qualifier == null && c.population() < UNSUPPORTED_TOWN_POPULATION
          && !"PPLC".equals(c.featureCode()) && ordinaryWords(name) && ctx.locatedElsewhereIn(c, name)) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  /**
   * Whether a name only the tagger called a place is a person's: a word of a PERSON's full name in the
   * article or a name the recogniser saw used for a person, unless the place is well known and some
   * mention reads as a location ("in Carver").
   */
  private boolean personName(String name, List<Span> mentions, Article a) {
    String k = Gazetteer.key(name);
    if (k.indexOf(' ') >= 0 || !(a.personWords().contains(k) || a.personTokens().contains(k))) return false;
    boolean wellKnown = gazetteer.lookup(name).stream().anyMatch(c -> c.kind() != PlaceKind.CITY
        || c.population() >= 1_000_000 || "PPLC".equals(c.featureCode()));
    return !(wellKnown && locativeMention(a.text(), mentions));
  }

  private static final Pattern SAYS_AFTER = Pattern.compile(
      "^(?:,\\s+(?:the|a|an|\\p{L}+['\u2019]s)\\s+[^,.;:!?\"\u201c\u201d]{1,60},)?\\s+(\\p{Ll}+)\\b");
  private static final Pattern SURNAME_SPEAKS = Pattern.compile("^\\s+(\\p{Ll}+)\\b");

  /**
   * Whether a two-word name the gazetteer lacks, a place's name followed by a word that names no place
   * and heads no place's name ("Georgia Sands", "Dover Whitby"), is a person's: a mention speaks, right
   * after the name or after an apposition ("Georgia Sands, the firm's founder, said"), or the second
   * word speaks alone elsewhere in the article ("... Sands added"). "Born in Georgia" is no such name.
   */
  private boolean placeNamedPerson(String name, List<Span> mentions, Article a) {
    String[] words = name.trim().split("\\s+");
    if (words.length != 2 || !words[0].matches("\\p{Lu}\\p{Ll}+") || !words[1].matches("\\p{Lu}\\p{Ll}+")) return false;
    if (!gazetteer.lookup(name).isEmpty() || gazetteer.lookup(words[0]).isEmpty() || !gazetteer.lookup(words[1]).isEmpty()) return false;
    String head = words[1];
    String lower = head.toLowerCase(Locale.ROOT);
    if (naturalFeature(name) || buildingName(name) || facilityName(name) || LOCAL_DIVISION.matcher(" " + head).find()
        || DIVISION_WORD.matcher(" " + head).find() || PLACE_NOUNS.contains(lower) || TEAM_AFTER.contains(lower)
        || PlaceVetoes.waterBody(name)) {
      return false;
    }
    String text = a.text();
    for (Span m : mentions) {
      Matcher v = SAYS_AFTER.matcher(text).region(m.end(), text.length());
      if (v.lookingAt() && SpeechVerbs.isSpeechVerb(v.group(1))) return true;
    }
    Matcher w = Pattern.compile("\\b" + Pattern.quote(head) + "\\b").matcher(text);
    while (w.find()) {
      int s = w.start();
      if (mentions.stream().anyMatch(m -> m.start() <= s && s < m.end())) continue;
      if (s > 0 && WORD_BEFORE.matcher(text.substring(Math.max(0, s - 30), s)).find()) {
        Matcher prev = WORD_BEFORE.matcher(text.substring(Math.max(0, s - 30), s));
        if (prev.find() && (Character.isUpperCase(prev.group(1).charAt(0)) && !prev.group(1).endsWith(".")
            || prev.group(1).equalsIgnoreCase("the"))) continue; // inside a longer name, or "the Sands"
      }
      if (w.end() < text.length() && Character.isUpperCase(text.charAt(Math.min(text.length() - 1, w.end() + 1)))
          && text.charAt(w.end()) == ' ') continue; // "Sands Casino"
      Matcher v = SURNAME_SPEAKS.matcher(text).region(w.end(), text.length());
      if (v.lookingAt() && SpeechVerbs.isSpeechVerb(v.group(1))) return true;
    }
    return false;
  }

  /**
   * Whether every mention of organisation {@code e} stands in a comma or "and" list beside two or more
   * organisations (firms or clubs) whose names name no place: "Eastbrook, Vexcorp and Lantrell Holdings raised
   * fees" is a firm named like a town. Lists of clubs all named after their towns are left to the team rules.
   */
  private boolean amongFirms(Entity e, List<Entity> entities, String text) {
    List<Span> firms = new ArrayList<>();
    for (Entity o : entities) {
      if (o != e && o.type() == EntityType.ORGANIZATION && gazetteer.lookup(o.name()).isEmpty()
          && !o.name().equals(o.name().toUpperCase(Locale.ROOT))) {
        firms.addAll(o.mentions());
      }
    }
    if (firms.size() < 2) return false;
    for (Span m : e.mentions()) {
      int left = m.start();
      int right = m.end();
      int besides = 0;
      boolean grew = true;
      while (grew) {
        grew = false;
        for (Span f : firms) {
          if (f.end() <= left && LIST_GAP.matcher(text.substring(f.end(), left)).matches()) {
            left = f.start();
            besides++;
            grew = true;
          } else if (f.start() >= right && LIST_GAP.matcher(text.substring(right, f.start())).matches()) {
            right = f.end();
            besides++;
            grew = true;
          }
        }
      }
      if (besides < 2) return false;
    }
    return true;
  }

  private static final Pattern ROUTE_FROM_BEFORE = Pattern.compile("\\bfrom\\s+$");
  private static final Pattern ROUTE_TO_GAP = Pattern.compile("\\s+to\\s+");
  private static final double ROUTE_KM = 300;

  /**
   * A town of {@code candidates} within {@value #ROUTE_KM} km of the other end of a route "from X to Y"
   * when {@code best} lies farther off and the other end has one clear reading (a town ten times as
   * populous as any namesake abroad): "ferries from Dover to Calais" is Dover in England, not in the
   * United States. Null when no mention is such an end or no candidate lies near the other end; a null
   * {@code best} (no reading chosen yet) is treated as one lying far off.
   */
  private static GazetteerEntry besideRoutePartner(List<GazetteerEntry> candidates, GazetteerEntry best,
      List<Span> mentions, Article a) {
    String text = a.text();
    for (Span m : mentions) {
      PlaceMatch partner = null;
      for (PlaceMatch pm : a.matches()) {
        if (pm.candidates().isEmpty() || pm.qualifier() != null) continue;
        if (pm.start() > m.end() && ROUTE_TO_GAP.matcher(text.substring(m.end(), pm.start())).matches()
            && ROUTE_FROM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find()
            || pm.end() < m.start() && ROUTE_TO_GAP.matcher(text.substring(pm.end(), m.start())).matches()
            && ROUTE_FROM_BEFORE.matcher(text.substring(Math.max(0, pm.start() - 6), pm.start())).find()) {
          partner = pm;
          break;
        }
      }
      if (partner == null) continue;
      GazetteerEntry top = partner.candidates().stream().max((x, y) -> Long.compare(x.population(), y.population())).orElseThrow();
      if (top.kind() != PlaceKind.CITY || Double.isNaN(top.lat()) || partner.candidates().stream()
          .anyMatch(c -> c != top && !Objects.equals(c.countryCode(), top.countryCode()) && c.population() * 10 > top.population())) {
        continue;
      }
      if (best != null && !Double.isNaN(best.lat()) && ArticleGeoContext.km(best.lat(), best.lon(), top.lat(), top.lon()) <= ROUTE_KM) return null;
      GazetteerEntry near = null;
      for (GazetteerEntry c : candidates) {
        if (c.kind() != PlaceKind.CITY || Double.isNaN(c.lat())) continue;
        if (ArticleGeoContext.km(c.lat(), c.lon(), top.lat(), top.lon()) <= ROUTE_KM
            && (near == null || c.population() > near.population())) {
          near = c;
        }
      }
      if (near != null) return near;
    }
    return null;
  }

  private static boolean locativeMention(String text, List<Span> mentions) {
    for (Span m : mentions) {
      if (GazetteerPlaceRecognizer.locativeBefore(text, m.start())) return true;
    }
    return false;
  }

  private static PlaceMatch matchAt(List<PlaceMatch> matches, Span m) {
    for (PlaceMatch pm : matches) {
      if (pm.start() < m.end() && m.start() < pm.end()) return pm;
    }
    return null;
  }

  /**
   * A place written right after {@code m} in the same clause as its location: "X in Y", "X at Y",
   * "X near Y", "X, Y", "X outside Y". Countries and continents do not count (too large to locate a
   * building); Y is resolved with the article's context.
   */
  private GazetteerEntry containerAfter(Article a, Span m) {
    return containerAfter(a, m, false);
  }

  /**
   * {@link #containerAfter(Article, Span)}; for a {@code known} name only a city or division written
   * after a preposition or after nouns ("Millbrook town hall, north Eastcastle"), never after a bare
   * comma, which may as well join a list ("Millbrook, Eastcastle and Westford").
   */
  /** One to three capitalised words of a building's name, then in/at/near: " Magistrates' Court in ". */
  private static final Pattern BUILDING_GAP = Pattern.compile(
      "(?:\\s+\\p{Lu}[\\p{L}'\u2019.]*){0,2}\\s+(\\p{Lu}\\p{Ll}+)\\s+(?:in|at|near|outside)\\s+(?:the\\s+)?"
          + "(?:(?:" + PART_WORDS + "|downtown)\\s+)?");
  private static final Set<String> COURT_HEADS = Set.of("Court", "Courts", "Courthouse");
  private static final Pattern COMPASS_AFTER_COMMA = Pattern.compile(
      "^,\\s+(?:the\\s+)?(?:" + PART_WORDS + "|" + HYPHENED_POINT + ")\\s+$");

  private GazetteerEntry containerAfter(Article a, Span m, boolean known) {
    String text = a.text();
    for (PlaceMatch pm : a.matches()) {
      if (pm.start() < m.end() || pm.candidates().isEmpty()) continue;
      if (pm.start() - m.end() > 40) break;
      Matcher g = CONTAINER_GAP.matcher(text.substring(m.end(), pm.start()));
      if (known && !g.matches()) {
        // "Elmwood Magistrates' Court in Riverton", "Elmwood General Hospital in Riverton": the building named
        // after the town stands in the place written after it
        Matcher b = BUILDING_GAP.matcher(text.substring(m.end(), pm.start()));
        if (b.matches() && (GazetteerPlaceRecognizer.isFeatureHead(b.group(1)) || COURT_HEADS.contains(b.group(1)))) {
          GazetteerEntry y = choose(pm.candidates(), a.ctx(), pm.qualifier());
          return y != null && y.kind() == PlaceKind.CITY ? y : null;
        }
      }
      if (!g.matches() || !nounsOnly(a.doc(), m.end(), m.end() + g.end(1))) break;
      // "Elm Park, the Riverton Civic Centre": the town only starts the next item's name, a namesake
      if (startsLongerName(text, pm)) return null;
      GazetteerEntry y = choose(pm.candidates(), a.ctx(), pm.qualifier());
      if (y == null || y.kind() == PlaceKind.COUNTRY || y.kind() == PlaceKind.REGION && y.countryCode() == null) return null;
      if (y.kind() == PlaceKind.CITY && !y.isWellKnown()) {
        // "the Elm Pavilion at Cedarby, Riverton, Ardshire": the small town's name is the venue's site in the
        // city written after it, not a far-off namesake
        GazetteerEntry city = writtenCityAfter(a, new Span(pm.start(), pm.end(), pm.text()));
        if (city != null && !inside(y, city)) return city;
      }
      // "the Elmwood area of Riverton": a well-known town; "the West Riverton district of Elmwood" names Elmwood
      if (g.group().endsWith("of") || g.group().matches(".*\\sof\\s.*")) {
        if (!y.isWellKnown() || y.kind() != PlaceKind.CITY) return null;
      }
      // after a bare comma a name is a list's next item; a compass word makes it a container ("X, west Riverton")
      String gapText = text.substring(m.end(), pm.start());
      if (known && (y.kind() != PlaceKind.CITY && y.kind() != PlaceKind.ADMIN1
          || g.group(1).isEmpty() && gapText.trim().startsWith(",") && !COMPASS_AFTER_COMMA.matcher(gapText).find())) {
        return null;
      }
      return y;
    }
    return null;
  }

  private static final Pattern COMMA_ONLY = Pattern.compile(",\\s+");

  /**
   * The city a name is placed in by a comma and the city: "Cedarby, Riverton, Ardshire" (the city carries
   * its own state or province, so the name before it is no item of a list of towns). Null otherwise:
   * "Cedarby, Riverton and Elmford" is a list, and "Cedarby, Riverton" alone may be one too. A caller keeps a
   * namesake of the name within the city; only a namesake elsewhere gives way ("the Elm Pavilion at Cedarby,
   * Riverton, Ardshire" is not the Cedarby three states away).
   */
  private GazetteerEntry writtenCityAfter(Article a, Span m) {
    String text = a.text();
    for (PlaceMatch pm : a.matches()) {
      if (pm.start() < m.end() || pm.candidates().isEmpty()) continue;
      if (!COMMA_ONLY.matcher(text.substring(m.end(), pm.start())).matches()) return null;
      GazetteerEntry y = choose(pm.candidates(), a.ctx(), pm.qualifier());
      if (y == null || y.kind() != PlaceKind.CITY) return null;
      return pm.qualifier() != null && pm.qualifier().kind() == PlaceKind.ADMIN1 && inside(y, pm.qualifier()) ? y : null;
    }
    return null;
  }

  /**
   * The town an organisation stands for when each of its mentions is exactly a place mention the gazetteer
   * recogniser found and one of them is an end of a route whose other end has one clear reading: "trains from
   * Calais to Dover" is the English port even where the tagger took "Dover" for a firm
   * ({@link #besideRoutePartner}). Null otherwise.
   */
  private static GazetteerEntry routeEnd(Entity e, Map<Long, PlaceMatch> bySpan, Article a) {
    if (e.mentions().isEmpty()) return null;
    List<GazetteerEntry> candidates = null;
    for (Span m : e.mentions()) {
      PlaceMatch same = bySpan.get(((long) m.start() << 32) | m.end());
      if (same == null || same.qualifier() != null) return null;
      if (candidates == null) candidates = same.candidates();
    }
    return besideRoutePartner(candidates, null, e.mentions(), a);
  }

  /**
   * A name in a list keeps the readings of the kind its neighbours have: "Finland, Sweden and Georgia"
   * are countries, "Georgia, Alabama and Florida" states (of the neighbours' country). The other end of a
   * route "from X to Y" is a neighbour too: "from Georgia to Florida" is the state, "from Armenia to Georgia"
   * the country (a town at the other end changes nothing: "from Moscow to Georgia").
   */
  private List<GazetteerEntry> sameKindAsListNeighbours(List<GazetteerEntry> candidates, Article a, List<Span> mentions) {
    if (candidates.stream().map(GazetteerEntry::kind).distinct().count() < 2) return candidates;
    for (Span m : mentions) {
      List<GazetteerEntry> neighbours = new ArrayList<>();
      for (PlaceMatch pm : a.matches()) {
        if (pm.candidates().isEmpty() || pm.start() == m.start()) continue;
        String gap = pm.end() <= m.start() ? a.text().substring(pm.end(), m.start())
            : pm.start() >= m.end() ? a.text().substring(m.end(), pm.start()) : null;
        // "from Georgia to Florida": the other end of a route counts as a neighbour too
        boolean route = gap != null && ROUTE_TO_GAP.matcher(gap).matches() && ROUTE_FROM_BEFORE.matcher(
            a.text().substring(Math.max(0, Math.min(pm.start(), m.start()) - 6), Math.min(pm.start(), m.start()))).find();
        if (gap == null || !route && !LIST_GAP.matcher(gap).matches()) continue;
        // a comma alone makes a list only when the list goes on beyond the neighbour ("Washington, D.C." is a name)
        if (gap.trim().equals(",") && !(pm.start() >= m.end() ? continuesAfter(a.text(), pm.end()) : continuesBefore(a.text(), pm.start()))) {
          continue;
        }
        GazetteerEntry n = choose(pm.candidates(), a.ctx(), pm.qualifier());
        if (n != null) neighbours.add(n);
      }
      if (neighbours.isEmpty()) continue;
      PlaceKind kind = neighbours.get(0).kind();
      if (kind != PlaceKind.COUNTRY && kind != PlaceKind.ADMIN1 || neighbours.stream().anyMatch(n -> n.kind() != kind)) continue;
      List<GazetteerEntry> same = candidates.stream().filter(c -> c.kind() == kind
          && (kind != PlaceKind.ADMIN1 || neighbours.stream().anyMatch(n -> Objects.equals(n.countryCode(), c.countryCode()))))
          .toList();
      if (!same.isEmpty()) return same;
    }
    return candidates;
  }

  private static boolean continuesAfter(String text, int pos) {
    return LIST_CONTINUES_AFTER.matcher(text.substring(pos, Math.min(text.length(), pos + 6))).lookingAt();
  }

  private static boolean continuesBefore(String text, int pos) {
    return LIST_CONTINUES_BEFORE.matcher(text.substring(Math.max(0, pos - 6), pos)).find();
  }

  /** Whether the words in {@code start..end} are nouns or adjectives ("settlement bloc", "refugee camp"). */
  private static boolean nounsOnly(Document doc, int start, int end) {
    if (end <= start) return true;
    for (var s : doc.sentences()) {
      for (var t : s.tokens()) {
        if (t.start() >= start && t.end() <= end && (t.pos() == null || !(t.pos().startsWith("NN") || t.pos().startsWith("JJ")))) {
          return false;
        }
      }
    }
    return !doc.sentences().isEmpty();
  }

  /**
   * The city named last before {@code m} in the same sentence or line, within 200 characters
   * ("Riverton, Ohio - Elm Street Arena"), or null.
   */
  private GazetteerEntry cityBeforeInSentence(Article a, Span m) {
    String text = a.text();
    GazetteerEntry last = null;
    for (PlaceMatch pm : a.matches()) {
      if (pm.end() > m.start()) break;
      if (m.start() - pm.end() > 200 || pm.candidates().isEmpty() || a.team(pm) || startsLongerName(text, pm)) continue;
      if (SENTENCE_BREAK.matcher(text.substring(pm.end(), m.start())).find()) continue;
      GazetteerEntry best = choose(pm.candidates(), a.ctx(), pm.qualifier());
      if (best != null && best.kind() == PlaceKind.CITY && !farSmallTown(best, pm, a.ctx())) last = best;
    }
    return last;
  }

  /**
   * A small town named by ordinary words, without qualifier, far from the places the story names in its
   * country (see {@link #plausible}).
   */
  private boolean farSmallTown(GazetteerEntry c, PlaceMatch pm, ArticleGeoContext ctx) {
    return c.kind() == PlaceKind.CITY && pm.qualifier() == null && c.population() < UNSUPPORTED_TOWN_POPULATION
        && !"PPLC".equals(c.featureCode()) && ordinaryWords(pm.text()) && ctx.locatedElsewhereIn(c, pm.text());
  }

  /** Whether every word of {@code name} is an ordinary lower-case English word ("Central Park", "West Fork"). */
  private boolean ordinaryWords(String name) {
    String[] words = name.trim().split("[\\s-]+");
    for (String w : words) {
      if (!gazetteer.isCommonWord(w)) return false;
    }
    return words.length > 0;
  }

  /** Whether some reading of {@code name} is a country, division, region or a city of 100,000 or more. */
  private boolean wellKnownName(String name) {
    return gazetteer.lookup(name).stream().anyMatch(GazetteerEntry::isWellKnown);
  }

  /**
   * A name with a kind of building, venue or site after its first word ("Elm Street Arena", "Riverton
   * Statehouse", "Larchmont Music Center", "Orchard Amphitheatre – Riverton").
   */
  private static boolean facilityName(String name) {
    String[] words = name.trim().split("\\s+");
    return words.length > 1 && GazetteerPlaceRecognizer.isFeatureHead(words[words.length - 1]);
  }

  /** A building's, venue's or street's name (not a county's, island's or river's): see {@link #BUILDING_HEADS}. */
  private static boolean buildingName(String name) {
    return headIndex(name.trim().split("\\s+")) > 0;
  }

  /** The last word of {@code words} (after the first) that heads a building's or venue's name, or -1. */
  private static int headIndex(String[] words) {
    for (int i = words.length - 1; i > 0; i--) {
      if (BUILDING_HEADS.contains(words[i].replaceAll("[^\\p{L}]", ""))) return i;
    }
    return -1;
  }

  /** Heads of names of buildings, venues, sites and streets, which stand in a town rather than name it. */
  private static final Set<String> BUILDING_HEADS = Set.of(
      "Airport", "Hospital", "Infirmary", "Cathedral", "Basilica", "Church", "Mosque", "Temple", "Synagogue",
      "Centre", "Center", "Racecourse", "Stadium", "Arena", "Station", "Tower", "Palace", "Prison", "Jail",
      "Hotel", "Theatre", "Theater", "Hall", "Mall", "Cemetery", "Courthouse", "Terminal", "Plaza", "Building",
      "Barracks", "Statehouse", "Amphitheatre", "Amphitheater", "Auditorium", "Pavilion", "Coliseum", "Ballpark",
      "Speedway", "Street", "Road", "Avenue", "Boulevard", "Lane", "Highway");

  /** Streets, roads and squares: often named after a far-off town ("Dover Road" is not in Dover). */
  private static final Set<String> STREET_HEADS = Set.of("Street", "Road", "Avenue", "Boulevard", "Lane", "Highway", "Square");
  /** Words that may stand before a place inside a longer name without being part of another name ("Greater X"). */
  private static final Set<String> PLACE_NAME_LEADS = Set.of(
      "The", "the", "Greater", "Upper", "Lower", "Old", "Downtown", "Central", "North", "South", "East", "West",
      "Northern", "Southern", "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern",
      "Northwestern", "Southeastern", "Southwestern", "Lake", "Mount", "Mt.", "Mt", "Isle", "Cape", "Gulf", "Port",
      "Fort", "Metro", "Metropolitan", "Inner", "Outer", "Sierra", "Costa", "Rio", "Monte", "Mont", "Isla", "Bahia",
      "Ciudad", "Villa", "Puerto", "Porto", "Nueva", "Nuevo", "San", "Santa", "Santo", "Bandar", "Kota", "Tel", "Beit",
      "Kafr", "Al", "El", "Ras");

  /**
   * Whether {@code word}, standing right before a place inside a longer name, makes that place part of
   * another name ("Cedars" of "Cedars Elmhurst Clinic"): a capitalised word that is no compass word, no
   * "Greater" or "Lake", no place name itself and not written with a hyphen.
   */
  private boolean nameWordBefore(String word) {
    String w = word.replaceAll("['\u2019]s$", "");
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || PLACE_NAME_LEADS.contains(w)) return false;
    if (w.equals(w.toUpperCase(Locale.ROOT))) return false; // "BMI Elmhurst Hospital": a brand's initials lead the name
    return gazetteer.lookup(w).isEmpty() && gazetteer.demonymCountry(w) == null;
  }

  /**
   * Where a building or venue the gazetteer does not know is, most direct evidence first: a place its
   * name ends with ("Orchard Amphitheatre – Riverton", "Music Park at Riverton"); the city named before
   * it in the same sentence or line ("Riverton, OH @ Larchmont Music Center"), unless a place inside the
   * name that the article supports lies beside that city; a place inside its name ("Graz General
   * Hospital") when the article names its division or a place near it, or when it is the one well-known
   * city of that name in a country the article names; else the place named just before it (at most
   * {@value #ANCHOR_DISTANCE} characters, in the country of the place inside the name, if any); else only
   * the country of the place inside the name, or of a story clearly about one country. Never the town a
   * street is named after.
   */
  private ResolvedPlace facilityPlace(Entity e, Span first, Article a) {
    String[] words = e.name().trim().split("\\s+");
    int head = headIndex(words);
    if (head > 0 && head + 1 < words.length) {
      int from = head + 1;
      if (words[from].equals("at") || words[from].equals("in") || words[from].matches("[-\u2013\u2014]")) from++;
      if (from < words.length) {
        String tail = String.join(" ", Arrays.copyOfRange(words, from, words.length));
        GazetteerEntry t = choose(lookupVariants(tail).stream()
            .filter(c -> c.kind() != PlaceKind.COUNTRY).toList(), a.ctx(), null);
        if (t != null) return located(e, t, t.kind() == PlaceKind.CITY);
      }
    }
    boolean street = head > 0 && STREET_HEADS.contains(words[head].replaceAll("[^\\p{L}]", ""));
    GazetteerEntry before = street ? null : cityBeforeInSentence(a, first);
    ResolvedPlace inner = street ? null : innerPlace(String.join(" ", Arrays.copyOfRange(words, 0, head + 1)), a);
    if (before != null) {
      boolean beside = inner != null && inner.lat() != null && !Double.isNaN(before.lat())
          && ArticleGeoContext.km(inner.lat(), inner.lon(), before.lat(), before.lon()) <= 50;
      return beside ? new ResolvedPlace(e.id(), e.name(), null, inner.countryCode(), inner.admin1(), inner.lat(), inner.lon(), null)
          : located(e, before, true);
    }
    if (inner != null && (inner.lat() == null || firmInnerPlace(inner.name(), a))) {
      return new ResolvedPlace(e.id(), e.name(), null, inner.countryCode(), inner.admin1(), inner.lat(), inner.lon(), null);
    }
    if (unknownPlaceMatch(a.matches(), first)) {
      // "... from Centreville. Eastfield Airport is 20 miles away": the place named just before it
      ResolvedPlace near = nearestPlaceBefore(a, first.start());
      if (near != null && (inner == null || Objects.equals(near.countryCode(), inner.countryCode()))) {
        return new ResolvedPlace(e.id(), e.name(), null, near.countryCode(), near.admin1(), near.lat(), near.lon(), null);
      }
    }
    if (inner != null) return new ResolvedPlace(e.id(), e.name(), null, inner.countryCode(), null, null, null, null);
    String cc = a.ctx().dominantCountry();
    return cc == null ? null : new ResolvedPlace(e.id(), e.name(), null, cc, null, null, null, null);
  }

  /**
   * Whether the city inside a building's name surely is where it stands: the article names its division
   * or a place near it, or it is the only sizeable city of that name in its country.
   */
  private boolean firmInnerPlace(String name, Article a) {
    List<GazetteerEntry> readings = lookupVariants(name);
    GazetteerEntry best = choose(readings, a.ctx(), null);
    if (best == null) return false;
    if (best.kind() != PlaceKind.CITY) return true;
    if (a.ctx().admin1Weight(best.admin1Key(), name) > 0 || a.ctx().near(best)) return true;
    return best.isWellKnown() && readings.stream().noneMatch(c -> c != best && c.kind() == PlaceKind.CITY
        && Objects.equals(c.countryCode(), best.countryCode()) && c.population() * 10 >= best.population());
  }

  /** Whether {@code c} lies in {@code where}: its division, or within 50 km of a city. */
  private static boolean inside(GazetteerEntry c, GazetteerEntry where) {
    if (c == where) return true;
    if (where.kind() == PlaceKind.ADMIN1 || where.kind() == PlaceKind.REGION && where.countryCode() != null && where.admin1Key() != null) {
      return c.kind() != PlaceKind.COUNTRY && Objects.equals(c.admin1Key(), where.admin1Key());
    }
    if (where.kind() == PlaceKind.CITY) {
      return c.kind() == PlaceKind.CITY && !Double.isNaN(c.lat()) && !Double.isNaN(where.lat())
          && ArticleGeoContext.km(c.lat(), c.lon(), where.lat(), where.lon()) <= 50;
    }
    return true;
  }

  /**
   * A "People's Republic of Eastland" where a tagger kept only "Republic of Eastland": the longer
   * name written with the mention, when the gazetteer knows it.
   */
  private GazetteerEntry longerNameBefore(String text, List<Span> mentions) {
    for (Span m : mentions) {
      int s = m.start() - 1;
      if (s < 1 || text.charAt(s) != ' ') continue;
      int w = s;
      while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '\'' || text.charAt(w - 1) == '\u2019')) w--;
      if (w == s || !Character.isUpperCase(text.charAt(w))) continue;
      List<GazetteerEntry> c = gazetteer.lookup(text.substring(w, m.end()));
      if (!c.isEmpty() && c.get(0).kind() == PlaceKind.COUNTRY) return c.get(0);
    }
    return null;
  }

  /** Words that join a place's name with a hyphen without naming anything else ("Anglo-", "Trans-", "Mid-"). */
  private static final Set<String> HYPHEN_PREFIXES = Set.of(
      "anglo", "franco", "indo", "sino", "afro", "euro", "pan", "trans", "mid", "greco", "russo", "judeo", "austro",
      "italo", "hispano", "ibero", "luso", "serbo", "latin", "arab", "pro", "anti", "post", "pre", "ex", "non", "neo",
      "sub", "greater", "upper", "lower", "north", "south", "east", "west", "central", "inner", "outer", "old", "new",
      "great", "st", "saint", "san", "santa", "le", "la", "el", "al", "de", "du", "port", "fort", "mount");

  /**
   * "treated at Ashby-Kelso", "a Varrow-Kelso spokesman": every mention of the name is glued by a hyphen to a
   * capitalised word before it that is no well-known place and no joining prefix ("Anglo-", "Mid-"), and the
   * whole hyphenated name is no place the gazetteer knows. Such a mention is the tail of a longer name (a
   * hospital, a firm, a person's double surname), not the town or region it is spelt like. "Eastland-Westland"
   * pairs, "Riverton-Lakeside" metro areas led by a well-known city and names the gazetteer knows whole stay.
   */
  private boolean tailOfHyphenatedName(Entity e, String text) {
    if (e.mentions().isEmpty()) return false;
    for (Span m : e.mentions()) {
      int dash = m.start() - 1;
      if (dash < 2 || text.charAt(dash) != '-') return false;
      int w = dash;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
      if (dash - w < 2 || !Character.isUpperCase(text.charAt(w))) return false;
      if (w > 0 && (text.charAt(w - 1) == '-' || Character.isLetterOrDigit(text.charAt(w - 1)))) return false;
      String word = text.substring(w, dash);
      if (HYPHEN_PREFIXES.contains(word.toLowerCase(Locale.ROOT))) return false;
      if (gazetteer.lookup(word).stream().anyMatch(GazetteerEntry::isWellKnown)) return false;
      if (!gazetteer.lookup(text.substring(w, m.end())).isEmpty()) return false;
    }
    return true;
  }

  /**
   * "the Eastland-Westland border": a name the gazetteer does not know made of two countries or
   * first-level divisions joined by a hyphen names both places.
   */
  private List<ResolvedPlace> hyphenatedPair(Entity e, Article a) {
    String name = e.name().trim();
    int dash = name.indexOf('-');
    if (dash <= 0 || dash != name.lastIndexOf('-') || !gazetteer.lookup(name).isEmpty()) return null;
    for (Span m : e.mentions()) {
      Matcher next = NEXT_WORD.matcher(a.text().substring(m.end(), Math.min(a.text().length(), m.end() + 30)));
      // "the Eastland-Westland plateau" is one feature; "the Eastland-Westland border" names both
      if (next.lookingAt() && !BETWEEN_TWO.contains(next.group(1))) return null;
    }
    List<ResolvedPlace> out = new ArrayList<>();
    for (String part : List.of(name.substring(0, dash), name.substring(dash + 1))) {
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) return null;
      List<GazetteerEntry> big = gazetteer.lookup(part).stream()
          .filter(c -> c.kind() == PlaceKind.COUNTRY || c.kind() == PlaceKind.ADMIN1).toList();
      GazetteerEntry best = choose(big, a.ctx(), null);
      if (best == null) return null;
      out.add(toResolved(e.id(), part, best));
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
    for (Span m : e.mentions()) {
      PlaceMatch same = bySpan.get(((long) m.start() << 32) | m.end());
      if (same == null) {
        // one sense per article: "Hobart said" where the same word was a place mention elsewhere
        if (!accepted.contains(Gazetteer.key(m.text()))) return null;
        continue;
      }
      if (candidates == null) candidates = same.candidates();
      if (qualifier == null) qualifier = same.qualifier();
    }
    if (candidates == null) return null;
    // an organisation stands for a well-known place (a club "Hobart", a government "Moscow") or for a
    // town beside the places of the story, not for a far-off town that shares a college's or a brand's name
    List<GazetteerEntry> wellKnown = candidates.stream().filter(c -> c.kind() == PlaceKind.COUNTRY
        || c.kind() == PlaceKind.REGION || c.population() >= GazetteerEntry.WELL_KNOWN_POPULATION).toList();
    if (!wellKnown.isEmpty()) return choose(wellKnown, ctx, qualifier);
    List<GazetteerEntry> nearby = candidates.stream()
        .filter(c -> ctx.admin1Weight(c.admin1Key(), e.name()) > 0 || ctx.near(c)).toList();
    return choose(nearby, ctx, qualifier);
  }

  /**
   * A name the gazetteer does not know but that contains a place it knows ("Riverton General
   * Hospital", "Berlin-based"): the longest inner name that is no ordinary word or person's name and
   * that is well known or named in the article's context. A water body never stands for a place named
   * inside it ("Gulf of X" is not X). An inner city gives its point; a country or division inside a
   * building's name gives only the country and division ("Ohio Statehouse" is not at the state's centre).
   */
  private ResolvedPlace innerPlace(String name, Article a) {
    boolean water = PlaceVetoes.waterBody(name);
    String[] words = name.trim().split("[\\s-]+");
    boolean hyphen = name.indexOf('-') >= 0;
    int longest = hyphen ? words.length : words.length - 1;
    for (int len = longest; len >= 1; len--) {
      for (int i = 0; i + len <= words.length; i++) {
        String sub = String.join(" ", Arrays.copyOfRange(words, i, i + len));
        boolean countryCode = sub.length() >= 2 && sub.equals(sub.toUpperCase(Locale.ROOT))
            && gazetteer.lookup(sub).stream().anyMatch(c -> c.kind() == PlaceKind.COUNTRY);
        boolean curatedRegion = gazetteer.lookup(sub).stream().anyMatch(c -> c.kind() == PlaceKind.REGION);
        if (len == 1 && !countryCode && !(curatedRegion && Character.isUpperCase(sub.charAt(0)))
            && (gazetteer.isCommonWord(sub) || sub.length() < 4 || !Character.isUpperCase(sub.charAt(0)))) {
          continue;
        }
        if (len == 1 && (a.personWords().contains(Gazetteer.key(sub)) || a.personTokens().contains(Gazetteer.key(sub))
            || GazetteerPlaceRecognizer.isFeatureHead(sub) || Gazetteer.isGenericName(sub))) {
          continue;
        }
        // "St Mary": the saint, not the town of Mary; "Mary's church": named after a person
        if (i > 0 && PlaceVetoes.saintTitle(words[i - 1])) continue;
        // "Ardley Cedars Clinic": a place name after another word of the name is part of a person's or a
        // brand's name; "Ardley Square Garden": a square or street inside a name is named after the town
        // (a place in capitals after a word that is not, "Award RIVERTON", is a dateline the span swallowed)
        boolean afterNameWord = !hyphen && !water && i > 0 && nameWordBefore(words[i - 1])
            && !(sub.equals(sub.toUpperCase(Locale.ROOT)) && !words[i - 1].equals(words[i - 1].toUpperCase(Locale.ROOT)));
        if (!hyphen && !water && i + len < words.length
            && STREET_HEADS.contains(words[i + len].replaceAll("[^\\p{L}]", ""))) {
          continue;
        }
        GazetteerEntry best = choose(lookupVariants(sub), a.ctx(), null);
        if (best == null) continue;
        String demonymCc = len == 1 ? gazetteer.demonymCountry(sub) : null;
        if (demonymCc != null && best.kind() == PlaceKind.CITY) {
          // "the Eastlandic Alps": a nationality adjective inside the name gives its country (no point), never a
          // small town spelt like the adjective; a water body takes neither
          if (water) continue;
          return new ResolvedPlace(null, sub, null, demonymCc, null, null, null, null);
        }
        if (afterNameWord && best.kind() != PlaceKind.COUNTRY) continue; // a country inside a brand still gives the country
        if (len == 1 && best.kind() == PlaceKind.CITY && PlaceVetoes.possessiveGivenName(words[i])) continue;
        boolean supported = a.ctx().supports(best.countryCode(), sub) || a.ctx().admin1Weight(best.admin1Key(), sub) > 0 || a.ctx().near(best);
        if (!best.isWellKnown() && !supported) continue;
        // "the North West Ardhmet Province", "the Hart Rooms" in a story about another country: a division named by
        // compass and division words, or a namesake abroad, is not where the longer name lies
        if (best.kind() == PlaceKind.ADMIN1 && Gazetteer.isGenericName(sub) && a.ctx().countryWeight(best.countryCode()) <= 0) continue;
        if (namesakeAbroad(best, sub, a)) continue;
        if (best.kind() == PlaceKind.CITY && best.population() < UNSUPPORTED_TOWN_POPULATION && !"PPLC".equals(best.featureCode())
            && a.ctx().locatedElsewhereIn(best, sub)) {
          continue; // "Elm Square" in a story set in another state is not in the hamlet of Elm
        }
        // a lake or bay named after a town lies by it; a gulf named after a country is not in that country
        if (water && best.kind() != PlaceKind.CITY) return null;
        ResolvedPlace r = toResolved(null, sub, best);
        if (best.kind() == PlaceKind.CITY || best.kind() == PlaceKind.REGION || hyphen) return r;
        return new ResolvedPlace(null, sub, null, r.countryCode(), r.admin1(), null, null, null);
      }
    }
    return null;
  }

  /**
   * Whether {@code c}, read from {@code name}, is a namesake in a country other than the one the story is clearly
   * about: a town below the well-known size, or a division of a country the article does not name apart, when no
   * other place of the story lies in its division or near it.
   */
  private static boolean namesakeAbroad(GazetteerEntry c, String name, Article a) {
    String story = a.ctx().dominantCountry();
    if (story == null || c.countryCode() == null || story.equals(c.countryCode()) || a.ctx().near(c)) return false;
    String key = Gazetteer.key(name);
    for (PlaceMatch pm : a.matches()) {
      // what the name itself gave ("Ardley Vale" read as Ardley's division) is no evidence for it
      if (pm.candidates().isEmpty() || Gazetteer.key(pm.text()).contains(key)) continue;
      GazetteerEntry other = pm.candidates().get(0);
      if (c.admin1Key() != null && c.admin1Key().equals(other.admin1Key())) return false;
      if (c.kind() == PlaceKind.ADMIN1 && c.countryCode().equals(other.countryCode())) return false;
    }
    return c.kind() == PlaceKind.CITY && !c.isWellKnown() || c.kind() == PlaceKind.ADMIN1;
  }

  /** "the Ardley theater": a name right before a lower-case word for a venue names the venue. */
  private static boolean beforeVenueWord(String text, Span m) {
    Matcher w = NEXT_WORD.matcher(text).region(m.end(), text.length());
    if (!w.lookingAt()) return false;
    String word = w.group(1);
    return VENUE_HEADS.contains(Character.toUpperCase(word.charAt(0)) + word.substring(1));
  }

  /**
   * What the gazetteer recogniser read an abbreviation as at exactly these mentions ("WA" after
   * "Seattle, " is the state, not a town named Wa), if any.
   */
  private static List<GazetteerEntry> abbreviationCandidates(List<PlaceMatch> matches, List<Span> mentions) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (Span m : mentions) {
      if (!ABBREVIATION.matcher(m.text()).matches()) continue;
      for (PlaceMatch pm : matches) {
        if (pm.start() == m.start() && pm.end() == m.end()) {
          for (GazetteerEntry c : pm.candidates()) if (!out.contains(c)) out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * The candidates inside an explicit qualifier ("Bristol, Conn." is not Bristol, England). Only towns
   * are held to it: "Utah, Colorado" and "Belgium, Cyprus" are lists, not a place and its container.
   */
  private static List<GazetteerEntry> inQualifier(List<GazetteerEntry> candidates, GazetteerEntry q) {
    if (candidates.stream().anyMatch(c -> c.kind() != PlaceKind.CITY)) return candidates;
    return candidates.stream().filter(c -> q.kind() == PlaceKind.ADMIN1
        ? Objects.equals(q.admin1Key(), c.admin1Key())
        : Objects.equals(q.countryCode(), c.countryCode())).toList();
  }

  /**
   * "Washington, D.C.": a qualifier that is the same place as the city written before it is part of
   * that city's name, not a second place.
   */
  private boolean sameAsPlaceBefore(Article a, List<Span> mentions, GazetteerEntry best) {
    if (best.kind() != PlaceKind.ADMIN1) return false;
    for (Span m : mentions) {
      if (m.start() < 2 || !a.text().startsWith(", ", m.start() - 2)) return false;
      PlaceMatch before = null;
      for (PlaceMatch pm : a.matches()) {
        if (pm.end() == m.start() - 2) before = pm;
      }
      if (before == null) return false;
      GazetteerEntry b = choose(before.candidates(), a.ctx(), before.qualifier());
      if (b == null || b == best || Double.isNaN(b.lat()) || ArticleGeoContext.km(b.lat(), b.lon(), best.lat(), best.lon()) > 25) {
        return false;
      }
      // the city must fill its division (a city-district): a small town near the middle of a large state
      // is written with its state, which is then a second place
      if (b.kind() != PlaceKind.CITY || b.population() * 2 < best.population()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the southern town of ", "the village of ", "a suburb of ": the text says the name after it is a settlement or
   * a part of one (a kind of settlement and "of" right before it).
   */
  private static final Pattern SETTLEMENT_OF_BEFORE = Pattern.compile(
      "\\b(?:town|towns|city|village|villages|hamlet|port|settlement|suburb|township|district|neighbou?rhood|county)\\s+of\\s+$");

  /** A kind of settlement small enough to share a nearby town's point: "the village of ", "a suburb of ". */
  private static final Pattern TOWN_OF_BEFORE = Pattern.compile(
      "\\b(?:town|towns|village|villages|hamlet|port|settlement|suburb|neighbou?rhood)\\s+of\\s+$");

  private static boolean townOfBefore(String text, Span m) {
    return TOWN_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
  }

  /** Whether {@code m} follows "town of", "village of" and the like: a settlement the gazetteer lacks. */
  private static boolean settlementOfBefore(String text, Span m) {
    return SETTLEMENT_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
  }

  /** One capitalised word ("Ardleigh", not "A.M." or "Elm Street") right after a locative. */
  private static boolean locativeSingleName(String text, Span m) {
    return SINGLE_NAME.matcher(m.text()).matches() && GazetteerPlaceRecognizer.locativeBefore(text, m.start());
  }

  private static boolean unknownPlaceMatch(List<PlaceMatch> matches, Span m) {
    for (PlaceMatch pm : matches) {
      if (pm.start() == m.start() && pm.end() == m.end()) return pm.candidates().isEmpty();
    }
    return false;
  }

  /**
   * Where a small place the gazetteer lacks most likely is: the last city, division or national region
   * the article named at most {@value #ANCHOR_DISTANCE} characters before it. Approximate; ids stay null.
   */
  private ResolvedPlace nearestPlaceBefore(Article a, int position) {
    ArticleGeoContext ctx = a.ctx();
    GazetteerEntry last = null;
    for (PlaceMatch m : a.matches()) {
      if (m.start() >= position) break;
      if (position - m.end() > ANCHOR_DISTANCE || a.team(m) || startsLongerName(a.text(), m)) continue;
      GazetteerEntry best = choose(m.candidates(), ctx, m.qualifier());
      if (!a.anchors(m, best)) continue; // "Oregon won 2-1 at Elm Stadium": a college side's state
      if (best != null && farSmallTown(best, m, ctx)) continue;
      if (best != null && (best.kind() == PlaceKind.CITY || best.kind() == PlaceKind.ADMIN1
          || best.kind() == PlaceKind.REGION && best.countryCode() != null)) {
        last = best;
      }
    }
    if (last == null) return null;
    // a story clearly about one country does not place a local name at a namesake in another one
    String cc = ctx.dominantCountry();
    if (cc != null && last.countryCode() != null && !cc.equals(last.countryCode())) return null;
    return toResolved(null, last.name(), last);
  }

  /**
   * Heads that end the name of a building, venue, park or street: a place name written right before them
   * is part of that longer name ("the Riverton Civic Centre", "Riverton Memorial Park").
   */
  private static final Set<String> LONGER_NAME_HEADS = Set.of(
      "Park", "Gardens", "Field", "Square", "Market", "Campus", "Complex", "Bridge", "Pier", "Wharf", "Pool",
      "Library", "School", "College", "Club", "Rink", "Centre", "Center", "Hall", "Arena", "Stadium");

  /**
   * Whether the place mention {@code pm} only starts a longer name, within it or written after it: up to three
   * capitalised words ending in the head of a building, venue, park or street ("the Riverton Civic Centre",
   * "Riverton Memorial Park", "Riverton Street"). Such a town is the namesake the longer name is called after, no place
   * the text names, so it locates nothing else: in a list "Elm Park, the Riverton Civic Centre, Ash Street
   * and Birch Lane", neither the park nor the streets lie in a town called Riverton.
   */
  static boolean startsLongerName(String text, PlaceMatch pm) {
    String[] own = pm.text().trim().split("\\s+");
    for (int i = 1; i < own.length; i++) {
      String word = own[i].replaceAll("[^\\p{L}]", "");
      // the recogniser's "Riverton Civic Centre" read as the town of Riverton: the centre, not the town
      if (LONGER_NAME_HEADS.contains(word) || BUILDING_HEADS.contains(word)) return true;
    }
    Matcher x = CAPITALISED_WORD_AFTER.matcher(text);
    int at = pm.end();
    for (int n = 0; n < 4 && x.region(at, text.length()).lookingAt(); n++) {
      String word = x.group(1).replaceAll("[^\\p{L}]", "");
      if (LONGER_NAME_HEADS.contains(word) || BUILDING_HEADS.contains(word)) return true;
      at = x.end();
    }
    return false;
  }

  private static final Pattern CAPITALISED_WORD_AFTER = Pattern.compile(" (\\p{Lu}[\\p{L}.-]*)(?=[\\s,.;:)]|$)");

  /**
   * "Madison County", "Morris Township": a local division the gazetteer lacks lies in the
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
    if (stripped.equals(name)) return List.of();
    List<GazetteerEntry> found = gazetteer.lookup(stripped);
    // "New York State", "Oblast X Region": a division word keeps the divisions and regions of that name
    if (DIVISION_WORD.matcher(name.trim()).find()) {
      List<GazetteerEntry> divisions = found.stream()
          .filter(x -> x.kind() == PlaceKind.ADMIN1 || x.kind() == PlaceKind.REGION && x.countryCode() != null).toList();
      if (!divisions.isEmpty()) return divisions;
    }
    return found;
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
    // where nothing else in the article speaks for any reading, one within 100 km of another place of the story
    // wins ("drove down from San Francisco to play in San Jose"); a hamlet beside a well-known city is left to the district
    // rules (a district of the city, not the hamlet)
    boolean bare = qualifier == null && candidates.stream().noneMatch(c -> contextWeight(c, ctx) > 0);
    // where the article's countries and divisions speak equally for two towns of one name ("Aurora" in a story that
    // names only the United States), the town beside the story's other places wins too, if it is a sizeable town
    // ("Aurora" beside Chicago, not the larger Aurora in Colorado)
    double topContext = Double.NEGATIVE_INFINITY;
    if (qualifier == null && !bare) {
      for (GazetteerEntry c : candidates) topContext = Math.max(topContext, contextWeight(c, ctx));
    }
    for (GazetteerEntry c : candidates) {
      double s = score(c, ctx, qualifier);
      if (bare && c.kind() == PlaceKind.CITY && ctx.near(c)
          && (c.isWellKnown() || !ctx.besideWellKnownCity(c))) {
        s += NEAR_BONUS;
      } else if (qualifier == null && !bare && c.kind() == PlaceKind.CITY && c.population() >= NEAR_NAMESAKE_POPULATION
          && contextWeight(c, ctx) >= topContext && ctx.near(c)) {
        s += NEAR_BONUS;
      }
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

  /** Score for a town within 100 km of another place the article names with one clear reading. */
  private static final double NEAR_BONUS = 1.5;
  /** How many people a town needs for that bonus where the article's countries already support its namesakes. */
  private static final long NEAR_NAMESAKE_POPULATION = 20_000;

  /** What the article's countries, divisions and well-known cities add to the score of {@code c}. */
  private static double contextWeight(GazetteerEntry c, ArticleGeoContext ctx) {
    return score(c, ctx, null) - score(c, ArticleGeoContext.EMPTY, null);
  }

  private static double score(GazetteerEntry c, ArticleGeoContext ctx, GazetteerEntry qualifier) {
    double s = switch (c.kind()) {
      case COUNTRY -> 9.0;
      case REGION -> 9.0;
      case ADMIN1 -> Math.log10(Math.max(10, c.population())) - 0.5;
      case CITY -> Math.log10(Math.max(10, c.population()))
          + (c.featureCode().equals("PPLC") ? 1.5 : c.featureCode().equals("PPLA") ? 0.5 : 0.0);
    };
    // a town does not support itself through the division that shares its name ("Nelson" in British Columbia vs Nelson Region NZ)
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
    return new ResolvedPlace(entityId, gazetteer.displayName(e), e.geonameId(), e.countryCode(), admin1Name, lat, lon,
        e.featureCode());
  }
}
