package newsflow.enrich.nlp.places;

import java.util.ArrayList;
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
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityRecognizer;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.lexicon.GivenNames;
import newsflow.enrich.nlp.lexicon.Lexicon;

/**
 * Finds place mentions by looking capitalised word sequences up in the {@link Gazetteer}: countries
 * (with everyday spellings such as "Britain", "U.S.", "America"), continents, regions and seas,
 * first-level divisions, and cities, with guards against words that are ordinary English words,
 * parts of longer names ("Kyiv Post", "Michael Jordan") or surnames in context ("Mr. Paris", "Paris
 * said"). Demonyms ("Ukrainian") are never mentions. For H5's entity pipeline: merge its
 * {@link EntityType#PLACE} mentions with the statistical recogniser's (the longer span, or the NER's
 * ORGANIZATION/PERSON span, should win on overlap). Thread-safe.
 */
public final class GazetteerPlaceRecognizer implements EntityRecognizer {
  private static final Pattern WORD = Pattern.compile(
      "(?:[Ss][Tt]|[Mm][Tt]|[Ff][Tt])\\.|(?:\\p{L}\\.){2,}|[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*(?:['\u2019&][\\p{L}\\p{M}\\p{Nd}]+)*");
  /** Lower-case words that may sit inside a place name ("Gulf of Mexico", "Trinidad and Tobago"). */
  private static final Set<String> CONNECTORS = Set.of(
      "of", "the", "and", "de", "del", "la", "le", "les", "upon", "on", "al", "el", "du", "da", "di", "van",
      "von", "au", "sur", "am", "im", "y", "do", "dos", "das", "en");
  /** Capitalised words that may precede or follow a place without making it part of another name. */
  /**
   * Heads of an institution's or a facility's name that its town may follow ("Children's Hospital Riverton",
   * "University College Riverton"): the word after them is that town, not a surname.
   */
  private static final Set<String> TOWN_AFTER_HEADS = Set.of(
      "hospital", "clinic", "infirmary", "university", "college", "institute", "museum", "library", "cathedral");
  private static final Set<String> NEUTRAL_NEIGHBOURS = Lexicon.union(Lexicon.weekdays(), Set.of(
      "president", "prime", "minister", "foreign", "defense", "defence", "secretary", "gov", "governor", "sen",
      "senator", "rep", "ambassador", "state", "national", "capital", "north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "greater", "in", "at", "from", "to", "for", "of",
      "and", "but", "or", "the", "a", "an", "by", "on", "with", "as", "after", "before", "since", "until",
      "into", "across", "near", "outside", "inside", "via", "between", "like", "than", "while", "when", "where",
      "if", "though", "although", "because", "both", "either", "neither", "not", "only", "even", "also",
      "and/or", "said", "says", "told", "officials", "official", "forces", "troops", "army", "military",
      "government", "leader", "leaders", "people", "police", "city", "county", "province", "region",
      "republic", "kingdom", "federation", "union", "war", "border", "coast", "island", "islands", "are", "is",
      "was", "were", "has", "have", "will", "would", "this", "that", "it", "its", "he", "she", "they", "we", "i",
      "there", "here", "today", "yesterday", "another", "these", "those", "his", "her", "their", "our", "your",
      "you", "some", "many", "all", "every", "each", "what", "how", "why", "which"));
  /**
   * Abbreviated honorifics and ranks, written with a period: "Mr. Paris", "Gen. Jackson" (the lexicon's one
   * list), and the generational "Sr."/"Jr." that end a name before a place.
   */
  private static final Set<String> ABBREVIATED_HONORIFICS = Lexicon.with(Lexicon.abbreviatedHonorifics(), "sr", "jr");
  /** Honorifics and kinship words written in full before a name: "Judge Florence", "Uncle Sam". */
  private static final Set<String> WORD_HONORIFICS = Set.of(
      "mister", "miss", "sir", "dame", "lord", "lady", "judge", "justice", "father", "mother", "sister", "brother",
      "uncle", "aunt", "king", "queen", "princess", "pope", "coach", "senator", "governor", "president");
  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "argued", "asked", "explained",
      "noted", "replied", "insisted", "warned", "admitted", "believes", "thinks", "who", "whose", "himself",
      "herself", "has", "had", "was", "is");
  private static final Set<String> LOCATIVES = Set.of(
      "in", "at", "from", "near", "outside", "inside", "across", "to", "into", "throughout", "around", "toward",
      "between",
      "towards", "via", "through", "visited", "visit", "visiting", "downtown", "suburban", "rural", "northern",
      "southern", "eastern", "western", "central", "north", "south", "east", "west");
  private static final Set<String> FEATURE_SUFFIXES = Set.of(
      "Airport", "Hospital", "Cathedral", "Basilica", "Church", "Mosque", "Temple", "Synagogue", "Avenue", "Street",
      "Road", "Boulevard", "Lane", "Highway", "Motorway", "Estate", "Centre", "Racecourse", "Stadium", "Arena",
      "Park", "Bridge", "Square", "Station", "Island", "Islands", "River", "County", "Township", "Parish",
      "Borough", "Province", "District", "Mountains", "Valley", "Delta", "Tower", "Palace", "Market", "Harbour",
      "Harbor", "Bay", "Beach", "Canal", "Lake", "Forest", "Desert", "Peninsula", "Strait", "Reservoir", "Dam",
      "Prison", "Camp", "Village", "Heights", "Hills", "Falls", "Springs", "Oblast", "Governorate", "Hotel",
      "Theatre", "Theater", "Hall", "Mall", "Campus", "Complex", "Cemetery", "Jail", "Courthouse", "Circuit",
      "Pier", "Wharf", "Terminal", "Lagoon", "Gardens", "Plaza", "Building", "Barracks", "Base", "Area",
      "Statehouse", "Capitol", "Amphitheatre", "Amphitheater", "Auditorium", "Pavilion", "Coliseum", "Field",
      "Ballpark", "Speedway", "Infirmary");
  /** Honorifics that only ever stand before a person's name ("Mr", "Dr", with or without the period). */
  private static final Set<String> PERSONAL_HONORIFICS = Set.of("mr", "mrs", "ms", "mx", "miss", "dr", "prof");
  private static final Set<String> FEATURE_PREFIXES = Set.of("Lake", "Mount", "Mt.", "Isle", "Cape", "Gulf");
  /** Capitalised words that make a preceding ("Kyiv Post") or following ("Bank of X") place part of an organisation. */
  private static final Set<String> ORG_HEADS = Set.of(
      "Times", "Post", "Journal", "News", "Herald", "Tribune", "Gazette", "Chronicle", "Telegraph", "Examiner",
      "Observer", "Guardian", "Globe", "Courier", "Inquirer", "Enquirer", "Mail", "Press", "Daily", "Today",
      "University", "College", "Institute", "Bank", "Airlines", "Airways", "Group", "Corp", "Corporation", "Inc",
      "Company", "FC", "Club", "Council", "Party", "Ministry", "Agency", "Commission", "Committee", "Review",
      "Standard", "Sun", "Star", "Express", "Record", "Register", "Dispatch", "Bulletin", "Independent",
      "Rockets", "Lakers", "Yankees", "Mets", "Giants", "Jets", "Capitals", "Nationals", "Wizards", "Raptors",
      "Symphony", "Orchestra", "Philharmonic", "Opera", "Ballet", "Museum", "Zoo", "Police", "Airport");
  private static final Set<String> CURRENCY_WORDS = Set.of("dollar", "dollars", "cents", "cent");
  private static final Set<String> SPATIAL_PREPOSITIONS = Lexicon.spatialPrepositions();
  /** Capitalised words that follow "in" without being places: months, days, languages, institutions. */
  private static final Set<String> NOT_PLACE_AFTER_PREPOSITION = Lexicon.union(Lexicon.months(), Lexicon.weekdays(), Set.of(
      "congress", "parliament", "senate", "court", "christ", "heaven", "hell", "god", "english", "spanish",
      "french", "arabic", "latin", "german", "chinese", "russian", "italian", "portuguese", "hindi", "urdu",
      "twitter", "facebook", "instagram", "youtube", "google", "apple", "amazon", "microsoft", "netflix",
      "christmas", "easter", "ramadan", "spring", "summer", "autumn", "winter", "fall", "office", "power",
      "government", "opposition", "person", "public", "private", "total", "general", "particular"));
  /** "(D-", "(R.-", "(D., ", "(I - ": a party letter before a state in a politician's tag. */
  private static final Pattern PARTY_BEFORE = Pattern.compile("\\((?:[DRI]|Dem|Rep|Ind)\\.?\\s*[-\u2013,]\\s*$");
  /** The rest of the tag: an optional period, district number or ", 3rd District", then ")". */
  private static final Pattern PARTY_AFTER = Pattern.compile(
      "\\.?\\s*(?:[-\u2013]\\s*(?:\\d+|at[- ]large)\\s*|,\\s*[^()]{1,30})?\\)");
  /** A party letter and hyphen at the start of a mention: "D-" of "D-Minn.". */
  private static final Pattern PARTY_PREFIX = Pattern.compile("[DRI][-\u2013]");
  /**
   * A party letter and hyphen, with no parenthesis, after a comma or a capitalised name: ", R-" of
   * "Ann Roe, R-Texas," or "Ann Roe D-" of "Ann Roe D-Ohio".
   */
  private static final Pattern BARE_PARTY_BEFORE = Pattern.compile(
      "(?:,\\s*|\\p{Lu}\\p{Ll}+\\s+)[DRI][-\u2013]$");
  /**
   * The rest of a bare tag, read from the mention's last character: an optional period, district number,
   * then a comma, ")", a dash, the end of a sentence or a verb of saying.
   */
  private static final Pattern BARE_PARTY_AFTER = Pattern.compile(
      "(?s).\\.?(?:[-\u2013](?:\\d+|at[- ]large))?(?:\\s*[,;:)\u2014]|\\s*$|(?<=\\.)\\s|\\s+(?:and|said|says|who|wrote|told|added)\\b)");
  /** The first figure of a box score's player entry: " 3-5", " 0-2". */
  private static final Pattern ROSTER_FIGURES = Pattern.compile(" \\d{1,3}[-\u2013]\\d{1,3}\\b");
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
  private static final long SINGLE_WORD_CITY_POPULATION = GazetteerEntry.WELL_KNOWN_POPULATION;
  /** "the city of X", "the town of X": X is a place. */
  private static final Set<String> CONTAINER_NOUNS = Set.of(
      "city", "town", "village", "suburb", "suburbs", "county", "state", "province", "region", "island", "capital",
      "outskirts", "port", "district", "municipality", "streets", "residents", "mayor", "people", "centre", "center");

  private final Gazetteer gazetteer;
  /** Per-thread memo of {@link #titleCaseLine} by line start, reset for every text. */
  private final ThreadLocal<Map<Integer, Boolean>> titleLines = ThreadLocal.withInitial(HashMap::new);

  public GazetteerPlaceRecognizer() {
    this(Gazetteer.shared());
  }

  public GazetteerPlaceRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<EntityMention> recognize(Document doc) {
    List<EntityMention> out = new ArrayList<>();
    for (PlaceMatch m : find(doc)) {
      out.add(new EntityMention(m.start(), m.end(), m.text(), EntityType.PLACE, 0.9));
    }
    return out;
  }

  /** The gazetteer's place matches of a document and the words it uses as people's names. */
  private record Places(Gazetteer gazetteer, List<PlaceMatch> matches, Set<String> personWords) {}

  /** One per document: the entity recogniser, the place resolver and the official matcher all read it. */
  private static final Document.Layer<Places> PLACES = new Document.Layer<>("gazetteer places");

  /** The place mentions of {@code text} with their gazetteer candidates, in text order (computed afresh). */
  public List<PlaceMatch> find(String text) {
    return compute(text).matches();
  }

  /** The place mentions of {@code doc}, computed once per document (see {@link Document#layer}). */
  public List<PlaceMatch> find(Document doc) {
    return places(doc).matches();
  }

  /**
   * Words used as people's names in {@code doc} (after an honorific, or the second word of a
   * capitalised pair that is not a place name: "Jane Carver ... Carver"), by {@link Gazetteer#key}.
   */
  public Set<String> personWords(Document doc) {
    return places(doc).personWords();
  }

  private Places places(Document doc) {
    Places p = doc.layer(PLACES, d -> compute(d.text()));
    // another gazetteer (tests build their own) gets its own answer
    return p.gazetteer() == gazetteer ? p : compute(doc.text());
  }

  private Places compute(String text) {
    Set<String>[] persons = newPersonHolder();
    List<PlaceMatch> result = List.copyOf(findUncached(text, persons));
    return new Places(gazetteer, result, persons[0]);
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] newPersonHolder() {
    return (Set<String>[]) new Set<?>[1];
  }

  /**
   * Whether {@code start..end} is the state of a party-and-state tag after a politician's name:
   * "(D-Ore.)", "(R-Vermont)", "(D., Mont.)", "(I-Maine, 2nd District)". Such a tag names the seat, not a
   * place the story is about.
   */
  public static boolean inPartyTag(String text, int start, int end) {
    // a mention that takes the party letter in ("D-Minn."): judge the state after the hyphen
    Matcher own = PARTY_PREFIX.matcher(text).region(start, end);
    if (own.lookingAt() && own.end() < end) start = own.end();
    if (start < 3) return false;
    String before = text.substring(Math.max(0, start - 8), start);
    int stop = Math.min(text.length(), end + 40);
    if (PARTY_BEFORE.matcher(before).find()) return PARTY_AFTER.matcher(text.substring(end, stop)).lookingAt();
    // without parentheses: ", R-Texas," or "Sen. Ann Roe D-Ohio said"
    before = text.substring(Math.max(0, start - 30), start);
    return BARE_PARTY_BEFORE.matcher(before).find() && BARE_PARTY_AFTER.matcher(text.substring(end - 1, stop)).lookingAt();
  }

  private List<PlaceMatch> findUncached(String text, Set<String>[] personHolder) {
    titleLines.get().clear();
    List<int[]> words = new ArrayList<>();
    Matcher wm = WORD.matcher(text);
    while (wm.find()) {
      int e = wm.end();
      // possessive "London's": the name ends before the apostrophe
      if (e - wm.start() > 3 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
          && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019')) e -= 2;
      words.add(new int[] {wm.start(), e});
    }
    Set<String> personWords = personWords(text, words);
    personHolder[0] = Set.copyOf(personWords);
    List<int[]> urls = new ArrayList<>();
    Matcher um = URL.matcher(text);
    while (um.find()) urls.add(new int[] {um.start(), um.end()});
    List<PlaceMatch> out = new ArrayList<>();
    int maxTokens = Math.max(1, gazetteer.maxNameTokens());
    for (int i = 0; i < words.size(); i++) {
      if (!capitalised(text, words.get(i)) || insideAny(urls, words.get(i)[0])) continue;
      if (text.startsWith("The", words.get(i)[0]) && words.get(i)[1] - words.get(i)[0] == 3) {
        // "delegates gathered at The Hague": mid-sentence, a capitalised article starts the name of a well-known city
        PlaceMatch withArticle = sentenceStart(text, words.get(i)[0]) ? null : wellKnownCityWithArticle(text, words, i);
        if (withArticle != null) {
          out.add(withArticle);
          while (i + 1 < words.size() && words.get(i + 1)[0] < withArticle.end()) i++;
        }
        continue;
      }
      List<PlaceMatch> pair = hyphenatedPlacePair(text, words, i, personWords);
      if (pair != null) {
        out.addAll(pair);
        i++;
        continue;
      }
      int end = Math.min(words.size(), i + maxTokens);
      for (int j = end - 1; j >= i; j--) {
        if (!capitalised(text, words.get(j)) || !joinable(text, words, i, j)) continue;
        int s = words.get(i)[0];
        int e = words.get(j)[1];
        String surface = text.substring(s, e);
        List<GazetteerEntry> candidates = lookup(surface);
        if (candidates.isEmpty() && i == j) {
          int[] abbrev = standaloneAbbreviation(text, words, i);
          if (abbrev != null) {
            out.add(new PlaceMatch(abbrev[0], abbrev[1], text.substring(abbrev[0], abbrev[1]),
                List.of(gazetteer.stateAbbreviation(text.substring(abbrev[0], abbrev[1]))), null));
            break;
          }
        }
        if (candidates.isEmpty() && i == j && unknownPlaceAfterPreposition(text, words, i, personWords)) {
          out.add(new PlaceMatch(s, e, surface, List.of(), null));
          break;
        }
        if (candidates.isEmpty()) continue;
        if (PlaceVetoes.afterSaintTitle(text, s)) continue; // "St Mary's": the saint, not the town of Mary
        List<GazetteerEntry> accepted = accept(text, words, i, j, candidates, personWords);
        if (accepted.isEmpty()) accepted = containerAfterPlace(text, words, i, candidates, out);
        if (accepted.isEmpty()) continue;
        GazetteerEntry qualifier = qualifier(text, e);
        out.add(new PlaceMatch(s, e, surface, accepted, qualifier));
        i = j;
        if (qualifier != null && qualifier.kind() == PlaceKind.ADMIN1) {
          int[] abbrev = abbreviationAfter(text, e);
          if (abbrev != null) {
            out.add(new PlaceMatch(abbrev[0], abbrev[1], text.substring(abbrev[0], abbrev[1]),
                List.of(qualifier), null));
            while (i + 1 < words.size() && words.get(i + 1)[0] < abbrev[1]) i++;
          }
        }
        break;
      }
    }
    List<PlaceMatch> all = withFeatureNames(text, words, urls, qualifiedUnknownPlaces(text, words, urls, out, personWords));
    List<PlaceMatch> kept = new ArrayList<>(all.size());
    for (PlaceMatch m : all) {
      if (!inPartyTag(text, m.start(), m.end())) kept.add(m);
    }
    return kept;
  }

  /**
   * "Upperthwaite, Norfolk", "Pokiok's Crossing, N.B.": a name the gazetteer lacks, written with a
   * first-level division, county or state abbreviation after a comma, is a place in that division (a
   * village, a circuit, a hamlet); a stated abbreviation is a place too. The name is one capitalised
   * word that is no ordinary word, month, demonym or person's name in the text, or a possessive name
   * ("Pokiok's Crossing"), not part of a longer capitalised name; the qualifier ends the clause or a
   * lower-case word follows it (so "Bailey, Canada 9.92" in a results table is not one). Other
   * mentions of the same word in the article are that place too (one sense per article).
   */
  private List<PlaceMatch> qualifiedUnknownPlaces(
      String text, List<int[]> words, List<int[]> urls, List<PlaceMatch> found, Set<String> personWords) {
    List<PlaceMatch> added = new ArrayList<>();
    Map<String, GazetteerEntry> names = new HashMap<>();
    for (int k = 0; k < words.size(); k++) {
      int[] w = words.get(k);
      int e = w[1];
      if (e + 2 >= text.length() || text.charAt(e) != ',' || text.charAt(e + 1) != ' ') continue;
      if (!capitalised(text, w) || insideAny(urls, w[0]) || overlapsAny(found, w[0], e)) continue;
      GazetteerEntry q = qualifier(text, e);
      if (q == null || q.kind() == PlaceKind.COUNTRY || q.kind() == PlaceKind.CITY) continue;
      int[] abbrev = abbreviationAfter(text, e);
      // a postal code after an unknown name only in a list entry ("Smith, MD, said" is a doctor)
      if (abbrev != null && abbrev[1] - abbrev[0] == 2 && !listEntryEnd(text, abbrev[1])) continue;
      int qEnd = abbrev != null ? abbrev[1] : qualifierWordsEnd(text, e);
      if (qEnd < 0 || abbrev == null && !endsClause(text, qEnd)) continue;
      int first = k;
      boolean possessive = false;
      if (k > 0 && possessiveGap(text, words.get(k - 1)[1], w[0]) && capitalised(text, words.get(k - 1))) {
        first = k - 1; // "Pokiok's Crossing"
        possessive = true;
      }
      if (first > 0 && onlySpaceBetween(text, words.get(first - 1)[1], words.get(first)[0])
          && capitalised(text, words.get(first - 1)) && !sentenceStart(text, words.get(first - 1)[0])) {
        continue; // "Maria Whitby, Kent": part of a longer name
      }
      if (first > 0 && honorificBefore(text, words, first)) continue;
      String name = text.substring(w[0], e);
      if (!possessive && !plausibleUnknownName(name, personWords)) continue;
      int s = words.get(first)[0];
      added.add(new PlaceMatch(s, e, text.substring(s, e), List.of(), q));
      if (!possessive) names.put(name, q);
      if (abbrev != null && q.kind() == PlaceKind.ADMIN1 && !overlapsAny(found, abbrev[0], abbrev[1])) {
        added.add(new PlaceMatch(abbrev[0], abbrev[1], text.substring(abbrev[0], abbrev[1]), List.of(q), null));
      }
    }
    if (added.isEmpty()) return found;
    // one sense per article: "the race at Upperthwaite" after "Upperthwaite, Norfolk"
    for (int k = 0; k < words.size(); k++) {
      int[] w = words.get(k);
      GazetteerEntry q = names.get(text.substring(w[0], w[1]));
      if (q == null || insideAny(urls, w[0]) || overlapsAny(found, w[0], w[1]) || overlapsAny(added, w[0], w[1])) continue;
      boolean before = k > 0 && onlySpaceBetween(text, words.get(k - 1)[1], w[0]) && capitalised(text, words.get(k - 1))
          && !sentenceStart(text, words.get(k - 1)[0]);
      boolean after = k + 1 < words.size() && onlySpaceBetween(text, w[1], words.get(k + 1)[0])
          && capitalised(text, words.get(k + 1));
      if (before || after || honorificBefore(text, words, k)) continue;
      added.add(new PlaceMatch(w[0], w[1], text.substring(w[0], w[1]), List.of(), q));
    }
    List<PlaceMatch> out = new ArrayList<>(found);
    out.addAll(added);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private boolean plausibleUnknownName(String name, Set<String> personWords) {
    return name.length() >= 4 && !name.equals(name.toUpperCase(Locale.ROOT))
        && name.substring(1).equals(name.substring(1).toLowerCase(Locale.ROOT))
        && !NOT_PLACE_AFTER_PREPOSITION.contains(name.toLowerCase(Locale.ROOT)) && !gazetteer.isCommonWord(name)
        && gazetteer.demonymCountry(name) == null && !personWords.contains(Gazetteer.key(name))
        && !ORG_HEADS.contains(name) && !FEATURE_SUFFIXES.contains(name);
  }

  /** "Pokiok's Crossing": the two words are joined by a possessive. */
  private static boolean possessiveGap(String text, int a, int b) {
    if (b - a != 3) return false;
    char q = text.charAt(a);
    return (q == '\'' || q == '\u2019') && text.charAt(a + 1) == 's' && text.charAt(a + 2) == ' ';
  }

  /** The end of the one- or two-word qualifier written after the comma at {@code end}, or -1. */
  private int qualifierWordsEnd(String text, int end) {
    Matcher m = WORD.matcher(text);
    if (!m.find(end + 2) || m.start() != end + 2) return -1;
    Matcher m2 = WORD.matcher(text);
    if (m2.find(m.end()) && m2.start() == m.end() + 1 && text.charAt(m.end()) == ' ' && capitalised(m2.group())
        && containerOf(text.substring(end + 2, m2.end())) != null) {
      return m2.end();
    }
    return m.end();
  }

  /** The qualifier ends a clause: punctuation, a line end, or a lower-case word follows. */
  private static boolean endsClause(String text, int pos) {
    if (pos >= text.length()) return true;
    char c = text.charAt(pos);
    if (".,;:)!?\n\r".indexOf(c) >= 0) return true;
    return c == ' ' && pos + 1 < text.length() && Character.isLowerCase(text.charAt(pos + 1));
  }

  private static boolean overlapsAny(List<PlaceMatch> ms, int s, int e) {
    for (PlaceMatch m : ms) {
      if (m.start() < e && s < m.end()) return true;
    }
    return false;
  }

  /**
   * "Fernie-Cranbrook", "Faversham-Canterbury": two known places joined by a hyphen (ridings, routes,
   * twin towns) are two places, even when each alone would be too small to accept. Not when the
   * compound itself is a gazetteer name, is part of a longer capitalised name, or either part is a
   * common word or a person's name in the text.
   */
  private List<PlaceMatch> hyphenatedPlacePair(String text, List<int[]> words, int i, Set<String> personWords) {
    if (i + 1 >= words.size()) return null;
    int[] a = words.get(i);
    int[] b = words.get(i + 1);
    if (b[0] - a[1] != 1 || text.charAt(a[1]) != '-' || !capitalised(text, b)) return null;
    if (b[1] < text.length() && text.charAt(b[1]) == '-') return null;
    if (a[0] > 0 && text.charAt(a[0] - 1) == '-') return null;
    if (i > 0 && onlySpaceBetween(text, words.get(i - 1)[1], a[0]) && capitalised(text, words.get(i - 1))
        && !sentenceStart(text, words.get(i - 1)[0])) {
      return null;
    }
    if (i + 2 < words.size() && onlySpaceBetween(text, b[1], words.get(i + 2)[0]) && capitalised(text, words.get(i + 2))) {
      return null;
    }
    if (!lookup(text.substring(a[0], b[1])).isEmpty() || titleCaseLine(text, a[0])) return null;
    List<List<GazetteerEntry>> readings = new ArrayList<>();
    for (int[] w : List.of(a, b)) {
      String name = text.substring(w[0], w[1]);
      if (name.length() < 3 || name.equals(name.toUpperCase(Locale.ROOT)) || gazetteer.isCommonWord(name)
          || personWords.contains(Gazetteer.key(name)) || gazetteer.demonymCountry(name) != null) {
        return null;
      }
      List<GazetteerEntry> c = lookup(name).stream()
          .filter(e -> e.kind() != PlaceKind.CITY || e.population() >= 1_000).toList();
      if (c.isEmpty()) return null;
      readings.add(c);
    }
    // the two are neighbours: keep the readings in a division (else a country) both parts can be in
    List<PlaceMatch> pair = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      List<GazetteerEntry> other = readings.get(1 - k);
      List<GazetteerEntry> sameDivision = readings.get(k).stream().filter(e -> other.stream().anyMatch(
          o -> Objects.equals(o.countryCode(), e.countryCode()) && Objects.equals(o.admin1Code(), e.admin1Code()))).toList();
      List<GazetteerEntry> sameCountry = readings.get(k).stream()
          .filter(e -> other.stream().anyMatch(o -> Objects.equals(o.countryCode(), e.countryCode()))).toList();
      List<GazetteerEntry> kept = !sameDivision.isEmpty() ? sameDivision : !sameCountry.isEmpty() ? sameCountry : readings.get(k);
      int[] w = k == 0 ? a : b;
      pair.add(new PlaceMatch(w[0], w[1], text.substring(w[0], w[1]), kept, null));
    }
    return pair;
  }

  /**
   * Whether a connector and the capitalised word after it are a date, not more of a name: a weekday after
   * any connector, a month after "on" ("the Gulf of Elm on Sunday", "Mount Ardcarn on May 4"; "Isle of May"
   * stays one name).
   */
  private static boolean dateAfter(String text, int[] connector, int[] word) {
    String w = text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
    return WEEKDAYS.contains(w) || MONTHS.contains(w) && text.substring(connector[0], connector[1]).equals("on");
  }

  private static final Set<String> WEEKDAYS = Lexicon.weekdays();
  private static final Set<String> MONTHS = Lexicon.months();

  /** "of", "de" inside a feature name ("Isle of Wight"); "and" joins two names, never one feature. */
  private static boolean isFeatureConnector(String w) {
    return CONNECTORS.contains(w) && !w.equals("and");
  }

  /**
   * Adds names of streets, buildings, islands, rivers, counties and the like ("Graz General
   * Hospital", "Lake Ardcarn", "Madison County"), absorbing gazetteer matches inside them; their
   * candidates are those of the inner place, if any.
   */
  private List<PlaceMatch> withFeatureNames(String text, List<int[]> words, List<int[]> urls, List<PlaceMatch> found) {
    List<PlaceMatch> features = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!capitalised(text, words.get(i)) || insideAny(urls, words.get(i)[0])) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < words.size() && j - i < 6 && joinable(text, words, j, j + 1)
          && (capitalised(text, words.get(j + 1)) || isFeatureConnector(text.substring(words.get(j + 1)[0],
              words.get(j + 1)[1])) && j + 2 < words.size() && capitalised(text, words.get(j + 2))
              && !dateAfter(text, words.get(j + 1), words.get(j + 2)))) {
        j++;
      }
      int first = i;
      if (j > i && sentenceStart(text, words.get(i)[0])
          && NEUTRAL_NEIGHBOURS.contains(text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT))) {
        first = i + 1;
      }
      String head = text.substring(words.get(j)[0], words.get(j)[1]);
      String lead = text.substring(words.get(first)[0], words.get(first)[1]);
      boolean suffix = j > first && FEATURE_SUFFIXES.contains(head);
      boolean prefix = j > first && FEATURE_PREFIXES.contains(lead);
      if ((suffix || prefix) && !personalHonorificIn(text, words, first, j)) {
        int s = words.get(first)[0];
        int e = words.get(j)[1];
        List<GazetteerEntry> inner = new ArrayList<>();
        for (PlaceMatch m : found) {
          if (m.start() >= s && m.end() <= e && inner.isEmpty()) inner.addAll(m.candidates());
        }
        features.add(new PlaceMatch(s, e, text.substring(s, e), List.copyOf(inner), null));
      }
      i = j + 1;
    }
    if (features.isEmpty()) return found;
    List<PlaceMatch> out = new ArrayList<>(features);
    for (PlaceMatch m : found) {
      boolean covered = false;
      for (PlaceMatch f : features) {
        if (f.start() < m.end() && m.start() < f.end()) covered = true;
      }
      if (!covered) out.add(m);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * "Mr Hall", "Ms Park": a run of capitalised words with a personal honorific before its last word is a
   * person's name, whatever facility word it ends in.
   */
  private static boolean personalHonorificIn(String text, List<int[]> words, int first, int last) {
    for (int k = first; k < last; k++) {
      String w = text.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
      if (PERSONAL_HONORIFICS.contains(w)) return true;
    }
    return false;
  }

  /**
   * "in Tulleeny", "near Ardcarn": a capitalised word the gazetteer does not know, right after a
   * spatial preposition, inside a sentence, not followed by another capitalised word, and not a month,
   * weekday, demonym, ordinary word or a name used for a person in the text, is a place too small for
   * the gazetteer. It gets no candidates (the resolver places it near the last named city).
   */
  private boolean unknownPlaceAfterPreposition(String text, List<int[]> words, int i, Set<String> personWords) {
    if (i == 0 || !onlySpaceBetween(text, words.get(i - 1)[1], words.get(i)[0])) return false;
    String prev = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
    if (!SPATIAL_PREPOSITIONS.contains(prev)) return false;
    String w = text.substring(words.get(i)[0], words.get(i)[1]);
    if (w.length() < 4 || w.equals(w.toUpperCase(Locale.ROOT)) || !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (NOT_PLACE_AFTER_PREPOSITION.contains(lower) || gazetteer.isCommonWord(w) || gazetteer.demonymCountry(w) != null
        || personWords.contains(Gazetteer.key(w)) || ORG_HEADS.contains(w)) {
      return false;
    }
    int end = words.get(i)[1];
    if (lower.endsWith("ing") || lower.endsWith("ism") || lower.endsWith("ness")) return false;
    if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019' || text.charAt(end) == '-')) {
      return false;
    }
    if (i + 1 < words.size() && onlySpaceBetween(text, end, words.get(i + 1)[0]) && capitalised(text, words.get(i + 1))) {
      return false;
    }
    return !titleCaseLine(text, words.get(i)[0]);
  }

  /** Gazetteer lookup that also tries "Saint" for "St." and the reverse. */
  private List<GazetteerEntry> lookup(String surface) {
    List<GazetteerEntry> c = gazetteer.lookup(surface);
    String other = null;
    if (surface.startsWith("St. ") || surface.startsWith("St ")) {
      other = "Saint " + surface.substring(surface.indexOf(' ') + 1);
    } else if (surface.startsWith("Saint ")) {
      other = "St. " + surface.substring(6);
    }
    if (other == null) return c;
    List<GazetteerEntry> more = gazetteer.lookup(other);
    if (more.isEmpty()) return c;
    if (c.isEmpty()) return more;
    List<GazetteerEntry> both = new ArrayList<>(c);
    for (GazetteerEntry e : more) if (!both.contains(e)) both.add(e);
    return both;
  }

  /**
   * "The Hague" written mid-sentence: "The" and one or two capitalised words after it that the gazetteer knows
   * as a well-known city (the generic names of small places, "The Village", "The Junction", stay unread), or null.
   */
  private PlaceMatch wellKnownCityWithArticle(String text, List<int[]> words, int i) {
    for (int j = Math.min(words.size() - 1, i + 2); j > i; j--) {
      if (!capitalised(text, words.get(j)) || !joinable(text, words, i, j)) continue;
      // "The Hollywood Reporter": a capitalised word after the span makes it part of a longer name
      if (j + 1 < words.size() && capitalised(text, words.get(j + 1)) && joinable(text, words, i, j + 1)) continue;
      String surface = text.substring(words.get(i)[0], words.get(j)[1]);
      // only a city whose own name starts with the article: "The New York Times" is no "The Hague"
      List<GazetteerEntry> c = gazetteer.lookup(surface).stream()
          .filter(x -> x.kind() == PlaceKind.CITY && x.isWellKnown() && x.name().equalsIgnoreCase(surface)).toList();
      if (!c.isEmpty()) return new PlaceMatch(words.get(i)[0], words.get(j)[1], surface, c, qualifier(text, words.get(j)[1]));
    }
    return null;
  }

  /** "in D.C.", "in Va.": a US state abbreviation right after a locative preposition. */
  private int[] standaloneAbbreviation(String text, List<int[]> words, int i) {
    int s = words.get(i)[0];
    int e = words.get(i)[1];
    if (e < text.length() && text.charAt(e) == '.' && text.charAt(e - 1) != '.') e++;
    if (gazetteer.stateAbbreviation(text.substring(s, e)) == null || i == 0) return null;
    String prev = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]).toLowerCase(Locale.ROOT);
    return LOCATIVES.contains(prev) && onlySpaceBetween(text, words.get(i - 1)[1], s) ? new int[] {s, e} : null;
  }

  /** Which of the candidates the context allows; empty to reject the span. */
  private List<GazetteerEntry> accept(
      String text, List<int[]> words, int i, int j, List<GazetteerEntry> candidates, Set<String> personWords) {
    boolean single = i == j;
    String surface = text.substring(words.get(i)[0], words.get(j)[1]);
    String prev = i > 0 && onlySpaceBetween(text, words.get(i - 1)[1], words.get(i)[0])
        ? text.substring(words.get(i - 1)[0], words.get(i - 1)[1]) : null;
    String next = j + 1 < words.size() && onlySpaceBetween(text, words.get(j)[1], words.get(j + 1)[0])
        ? text.substring(words.get(j + 1)[0], words.get(j + 1)[1]) : null;
    boolean allCapsSpan = surface.length() > 3 && surface.equals(surface.toUpperCase(Locale.ROOT))
        && !surface.contains(".");
    // an upper-case dateline ("LONDON Pope Francis ...") is followed by an ordinary capitalised word
    boolean titleCase = allCapsSpan || titleCaseLine(text, words.get(i)[0]);
    boolean sentenceStart = sentenceStart(text, words.get(i)[0]);
    String prevLower = prev == null ? null : prev.toLowerCase(Locale.ROOT);
    if (honorificBefore(text, words, i)) return List.of();
    // "US dollars", "US$3.7m": a currency, not the country
    int after = words.get(j)[1];
    if (after < text.length() && text.charAt(after) == '$' || next != null && CURRENCY_WORDS.contains(next)) {
      return List.of();
    }
    // "Kyiv Post", "The Washington Times", "Bank of America", "University of Texas": part of an organisation
    if (next != null && ORG_HEADS.contains(next)) return List.of();
    if (i >= 2 && "of".equals(prev) && ORG_HEADS.contains(text.substring(words.get(i - 2)[0], words.get(i - 2)[1]))
        && onlySpaceBetween(text, words.get(i - 2)[1], words.get(i - 1)[0])) {
      return List.of();
    }
    boolean partOfLongerName = !titleCase
        && ((prev != null && capitalised(prev) && !NEUTRAL_NEIGHBOURS.contains(prevLower)
                && !sentenceStart(text, words.get(i - 1)[0]) && gazetteer.demonymCountry(prev) == null
                && !namesBigPlace(prev))
            || (next != null && capitalised(next) && !NEUTRAL_NEIGHBOURS.contains(next.toLowerCase(Locale.ROOT))
                && !next.equals(next.toUpperCase(Locale.ROOT)) && !namesBigPlace(next)));
    boolean locative = prevLower != null && (LOCATIVES.contains(prevLower)
        || prevLower.equals("of") && i >= 2 && (text.charAt(words.get(i - 1)[0] - 2) == ','
            || CONTAINER_NOUNS.contains(text.substring(words.get(i - 2)[0], words.get(i - 2)[1]).toLowerCase(Locale.ROOT))));
    String nextLower = next == null ? "" : next.toLowerCase(Locale.ROOT);
    boolean accordingTo = "to".equals(prevLower) && i >= 2
        && "according".equalsIgnoreCase(text.substring(words.get(i - 2)[0], words.get(i - 2)[1]));
    boolean speechVerbNext = SPEECH_VERBS.contains(nextLower) && !nextLower.equals("is") && !nextLower.equals("was")
        && !nextLower.equals("has") && !nextLower.equals("had");
    // evidence that the word is somebody's name in this text beats a locative ("handing the role to Whitby")
    boolean namedPerson = (accordingTo || personWords.contains(Gazetteer.key(surface))) && !wellKnownPlace(surface);
    boolean personLike = single
        && (namedPerson || !locative && (speechVerbNext || personWords.contains(Gazetteer.key(surface))));
    boolean common = single && gazetteer.isCommonWord(surface);
    boolean allCaps = surface.equals(surface.toUpperCase(Locale.ROOT)) && surface.length() > 1;
    List<GazetteerEntry> ok = new ArrayList<>();
    for (GazetteerEntry c : candidates) {
      boolean accepted = switch (c.kind()) {
        // no common-word guard for countries: "China", "Turkey", "Japan" open sentences as countries
        case COUNTRY -> !personLike && !(single && partOfLongerName && !allCaps && !surface.contains("."));
        case REGION -> !personLike && !(single && partOfLongerName) && !(common && (sentenceStart || !single));
        // "Eastern District", "Central Region": such names belong to many countries; only a qualifier tells
        case ADMIN1 -> !personLike && !partOfLongerName && !common && surface.length() > 3
            && (!Gazetteer.isGenericName(surface) || qualifier(text, words.get(j)[1]) != null)
            && (!single || c.population() >= 200_000 || locative);
        case CITY -> !personLike && !partOfLongerName && surface.length() > 2
            && (!common || !sentenceStart && (c.featureCode().equals("PPLC") || c.population() >= 1_000_000))
            && (!allCaps || surface.length() > 4)
            && (single
                ? c.population() >= SINGLE_WORD_CITY_POPULATION || c.featureCode().equals("PPLC")
                    || (locative && c.population() >= 1_000)
                    || qualifier(text, words.get(j)[1]) != null
                : c.population() >= 1_000);
      };
      if (accepted) ok.add(c);
    }
    // when a famous reading survives, keep the others too: the resolver chooses with context
    return ok.isEmpty() ? ok : candidates.stream().filter(c -> ok.contains(c) || c.kind() == PlaceKind.CITY
        && ok.stream().anyMatch(o -> o.kind() == PlaceKind.CITY)).toList();
  }

  /** A country, region, first-level division, capital or city of a million or more. */
  private boolean wellKnownPlace(String word) {
    for (GazetteerEntry c : gazetteer.lookup(word)) {
      if (c.kind() != PlaceKind.CITY || c.population() >= 1_000_000 || c.featureCode().equals("PPLC")) return true;
    }
    return false;
  }

  /**
   * "Lokoja Kogi State", "Jinja Uganda": a first-level division or country written right after a
   * place found just before it, without a comma, is that place's container, not a longer name;
   * only the readings that contain the place before are kept.
   */
  private List<GazetteerEntry> containerAfterPlace(
      String text, List<int[]> words, int i, List<GazetteerEntry> candidates, List<PlaceMatch> found) {
    if (i == 0 || found.isEmpty() || !onlySpaceBetween(text, words.get(i - 1)[1], words.get(i)[0])) return List.of();
    PlaceMatch before = found.get(found.size() - 1);
    if (before.end() != words.get(i - 1)[1] || before.candidates().isEmpty()) return List.of();
    List<GazetteerEntry> out = new ArrayList<>();
    for (GazetteerEntry c : candidates) {
      boolean contains = switch (c.kind()) {
        case ADMIN1 -> before.candidates().stream().anyMatch(
            b -> b.kind() == PlaceKind.CITY && c.admin1Key() != null && c.admin1Key().equals(b.admin1Key()));
        case COUNTRY -> before.candidates().stream().anyMatch(
            b -> b.kind() != PlaceKind.COUNTRY && Objects.equals(b.countryCode(), c.countryCode()));
        default -> false;
      };
      if (contains) out.add(c);
    }
    return out;
  }

  /** Whether {@code word} alone names a country, region or first-level division. */
  private boolean namesBigPlace(String word) {
    for (GazetteerEntry c : gazetteer.lookup(word)) {
      if (c.kind() != PlaceKind.CITY) return true;
    }
    return false;
  }

  /** A country, admin1 or US state abbreviation written right after {@code end} as ", X". */
  GazetteerEntry qualifierAfter(String text, int end) {
    return qualifier(text, end);
  }

  private GazetteerEntry qualifier(String text, int end) {
    if (end + 2 >= text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' ') return null;
    int[] abbrev = abbreviationAfter(text, end);
    if (abbrev != null) return abbreviated(text.substring(abbrev[0], abbrev[1]));
    Matcher m = WORD.matcher(text);
    if (!m.find(end + 2) || m.start() != end + 2 || !capitalised(m.group())) return null;
    int e = m.end();
    // two-word qualifiers ("New Mexico", "South Africa")
    Matcher m2 = WORD.matcher(text);
    if (m2.find(e) && m2.start() == e + 1 && text.charAt(e) == ' ' && capitalised(m2.group())) {
      GazetteerEntry two = containerOf(text.substring(end + 2, m2.end()));
      if (two != null) return two;
    }
    return containerOf(m.group());
  }

  private GazetteerEntry containerOf(String name) {
    if (Gazetteer.isGenericName(name)) return null; // "Tampa, West Bend": "West" is no container
    for (GazetteerEntry c : gazetteer.lookup(name)) {
      if (c.kind() == PlaceKind.COUNTRY || c.kind() == PlaceKind.ADMIN1
          || c.kind() == PlaceKind.REGION && c.countryCode() != null) {
        return c;
      }
    }
    return null;
  }

  /** The division an AP abbreviation ("Va.") or a postal code ("VA", "ON") names, or null. */
  private GazetteerEntry abbreviated(String form) {
    GazetteerEntry e = gazetteer.stateAbbreviation(form);
    return e != null ? e : gazetteer.postalCode(form);
  }

  /**
   * The span of a state or province abbreviation written as ", Va." or ", VA" right after {@code end}:
   * an AP form with its period, or a two-letter postal code standing alone ("Springfield, IL @ ...").
   */
  private int[] abbreviationAfter(String text, int end) {
    int s = end + 2;
    for (int len = 2; len <= 6 && s + len <= text.length(); len++) {
      String cand = text.substring(s, s + len);
      if (cand.endsWith(".") && gazetteer.stateAbbreviation(cand) != null) return new int[] {s, s + len};
    }
    if (s + 2 > text.length() || !Character.isUpperCase(text.charAt(s)) || !Character.isUpperCase(text.charAt(s + 1))) {
      return null;
    }
    // "Elkton, MD." ends a sentence with the code; "MD.," or "U.S." letters with more after the period do not
    boolean sentenceEnd = s + 2 < text.length() && text.charAt(s + 2) == '.'
        && (s + 3 == text.length() || Character.isWhitespace(text.charAt(s + 3)));
    if (s + 2 < text.length() && (Character.isLetterOrDigit(text.charAt(s + 2)) || text.charAt(s + 2) == '.' && !sentenceEnd)) {
      return null;
    }
    return gazetteer.postalCode(text.substring(s, s + 2)) != null ? new int[] {s, s + 2} : null;
  }

  /** Whether a postal code ending at {@code pos} ends an entry of a list or table (line end, "@", a dash). */
  private static boolean listEntryEnd(String text, int pos) {
    if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') return true;
    return text.startsWith(" @", pos) || text.startsWith(" \u2013", pos) || text.startsWith(" - ", pos)
        || text.startsWith(" |", pos) || text.startsWith(" (", pos);
  }

  /**
   * Words used as people's names in this text: after an honorific, or before a speech verb; both names of
   * a box score's "Family, Given 3-5" (a family name, a comma, a given name, then figures).
   */
  private Set<String> personWords(String text, List<int[]> words) {
    Set<String> out = new HashSet<>();
    boolean boxScore = boxScore(text);
    for (int k = 1; k < words.size(); k++) {
      String w = text.substring(words.get(k)[0], words.get(k)[1]);
      if (!capitalised(w)) continue;
      if (rosterName(text, words, k - 1, boxScore)) {
        out.add(Gazetteer.key(text.substring(words.get(k - 1)[0], words.get(k - 1)[1])));
        out.add(Gazetteer.key(w));
      }
      String prev = text.substring(words.get(k - 1)[0], words.get(k - 1)[1]).toLowerCase(Locale.ROOT);
      if (honorificBefore(text, words, k)) out.add(Gazetteer.key(w));
      // "Maria Whitby": a capitalised word after a capitalised non-place word inside a sentence is a surname
      String prevOrig = text.substring(words.get(k - 1)[0], words.get(k - 1)[1]);
      if (capitalised(prevOrig) && onlySpaceBetween(text, words.get(k - 1)[1], words.get(k)[0])
          && !sentenceStart(text, words.get(k - 1)[0]) && !NEUTRAL_NEIGHBOURS.contains(prev)
          && !LOCATIVES.contains(prev) && !TOWN_AFTER_HEADS.contains(prev) && !WORD_HONORIFICS.contains(prev) && !ABBREVIATED_HONORIFICS.contains(prev) && gazetteer.demonymCountry(prevOrig) == null
          && !wellKnownPlace(prevOrig) && gazetteer.lookup(prevOrig + " " + w).isEmpty()
          && !prevOrig.equals(prevOrig.toUpperCase(Locale.ROOT)) && !w.equals(w.toUpperCase(Locale.ROOT))
          && !titleCaseLine(text, words.get(k)[0]) && !wellKnownPlace(w)) {
        out.add(Gazetteer.key(w));
      }
    }
    return out;
  }

  /**
   * Whether word {@code k} starts a box score's player entry "Family, Given 3-5": a capitalised word, a
   * comma, a given name (any capitalised word in a box score) and a made-attempted figure right after it.
   */
  private static boolean rosterName(String text, List<int[]> words, int k, boolean boxScore) {
    if (k + 1 >= words.size() || !capitalised(text, words.get(k))) return false;
    int e = words.get(k)[1];
    int[] given = words.get(k + 1);
    if (given[0] != e + 2 || text.charAt(e) != ',' || text.charAt(e + 1) != ' ' || !capitalised(text, given)) return false;
    if (!ROSTER_FIGURES.matcher(text).region(given[1], Math.min(text.length(), given[1] + 12)).lookingAt()) return false;
    String g = text.substring(given[0], given[1]);
    return !g.equals(g.toUpperCase(Locale.ROOT)) && (boxScore || GivenNames.isGivenName(g));
  }

  /** A player entry of a box score: "Roe, Ann 3-5". */
  private static final Pattern ROSTER_ENTRY = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}'\u2019-]+, \\p{Lu}\\p{Ll}+ \\d{1,3}[-\u2013]\\d{1,3}\\b");

  /** Whether the text holds a box score: three or more player entries "Roe, Ann 3-5". */
  private static boolean boxScore(String text) {
    Matcher m = ROSTER_ENTRY.matcher(text);
    int n = 0;
    while (m.find()) {
      if (++n >= 3) return true;
    }
    return false;
  }

  /** Whether word {@code k} follows "Mr." or "Judge" (abbreviations need their period, words a space). */
  private static boolean honorificBefore(String text, List<int[]> words, int k) {
    if (k == 0) return false;
    int[] prev = words.get(k - 1);
    String w = text.substring(prev[0], prev[1]).toLowerCase(Locale.ROOT);
    int gap = words.get(k)[0] - prev[1];
    if (ABBREVIATED_HONORIFICS.contains(w)) {
      return gap == 2 && text.charAt(prev[1]) == '.' && text.charAt(prev[1] + 1) == ' ';
    }
    return WORD_HONORIFICS.contains(w) && gap == 1 && text.charAt(prev[1]) == ' '
        && Character.isUpperCase(text.charAt(prev[0]));
  }

  private static boolean insideAny(List<int[]> ranges, int pos) {
    for (int[] r : ranges) {
      if (r[0] <= pos && pos < r[1]) return true;
    }
    return false;
  }

  private static boolean joinable(String text, List<int[]> words, int i, int j) {
    for (int k = i; k < j; k++) {
      int gap = words.get(k)[1];
      if (!onlySpaceBetween(text, gap, words.get(k + 1)[0])
          && !(words.get(k + 1)[0] - gap == 1 && text.charAt(gap) == '-')) return false;
      if (k > i) {
        String w = text.substring(words.get(k)[0], words.get(k)[1]);
        if (!capitalised(w) && !CONNECTORS.contains(w)) return false;
      }
    }
    return true;
  }

  private static boolean onlySpaceBetween(String text, int a, int b) {
    if (b - a != 1) return false;
    char c = text.charAt(a);
    return c == ' ' || c == '\u00a0';
  }

  private static boolean capitalised(String text, int[] w) {
    return Character.isUpperCase(text.charAt(w[0]));
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** Whether the word before {@code start} is a locative ("in", "near", "outside", "to", ...). */
  static boolean locativeBefore(String text, int start) {
    int e = start - 1;
    while (e >= 0 && text.charAt(e) == ' ') e--;
    int s = e;
    while (s >= 0 && Character.isLetter(text.charAt(s))) s--;
    return e > s && e - s < 12 && LOCATIVES.contains(text.substring(s + 1, e + 1).toLowerCase(Locale.ROOT));
  }

  /** Whether a capitalised word is the head of a building's, venue's or site's name ("Arena", "Hospital"). */
  static boolean isFeatureHead(String word) {
    return FEATURE_SUFFIXES.contains(word);
  }

  /** Whether the word at {@code pos} starts a sentence, paragraph, quote or line. */
  static boolean sentenceStart(String text, int pos) {
    int k = pos - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '\u201c'
        || text.charAt(k) == '\'' || text.charAt(k) == '\u2018' || text.charAt(k) == '(')) k--;
    if (k < 0) return true;
    char c = text.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\u2014' || c == '-';
  }

  /** Whether the line holding {@code pos} is written in title case (a headline): guards relax there. */
  private boolean titleCaseLine(String text, int pos) {
    int ls = text.lastIndexOf('\n', pos) + 1;
    return titleLines.get().computeIfAbsent(ls, k -> titleCaseLineAt(text, k));
  }

  private static boolean titleCaseLineAt(String text, int ls) {
    int le = text.indexOf('\n', ls);
    if (le < 0) le = text.length();
    if (le - ls > 300) return false;
    Matcher m = WORD.matcher(text).region(ls, le);
    int words = 0;
    int caps = 0;
    while (m.find()) {
      String w = m.group();
      if (w.length() <= 3) continue;
      words++;
      if (Character.isUpperCase(w.charAt(0))) caps++;
    }
    return words >= 3 && caps * 10 >= words * 7;
  }
}
