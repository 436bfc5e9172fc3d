package newsflow.enrich.nlp.officials;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.OfficialEvidence;
import newsflow.enrich.nlp.OfficialEvidence.Rule;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.lexicon.GivenNames;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.text.SportsReport;
import newsflow.enrich.nlp.places.ArticleGeoContext;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerEntry;
import newsflow.enrich.nlp.places.GazetteerPlaceRecognizer;
import newsflow.enrich.nlp.places.PlaceKind;
import newsflow.enrich.nlp.places.PlaceMatch;

/**
 * Links PERSON entities to watched officials, precision first: only words a reader would accept as
 * naming the official count (see {@link Rule}). The full name or a listed alias (generational suffixes
 * and regnal numbers must agree: "Donald Trump Jr." is another person); the official's own title before
 * the family name ("Prime Minister Starmer"); or the family name alone after the official was named in
 * full in the same article, unless another person of the article shares it. A mention in a byline, or
 * one beside a rank or role that is not the official's ("Lt. Harris", "goalie Murray"), is not evidence;
 * given names are never compared loosely. Sets {@link Entity#officialId} and {@link Entity#officialEvidence}.
 * Thread-safe.
 */
public final class OfficialMatcher {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_NAME = Pattern.compile("[^\\p{L}\\p{Nd}' ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A nickname or note in a listed name: Kim "the Elder" Vale, Kim Vale (politician). */
  private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\([^)]*\\)");
  /** A possessive ending: "Vale's". */
  private static final Pattern POSSESSIVE = Pattern.compile("'s(\\s|$)");
  /** Apostrophes opening or closing a word. */
  private static final Pattern EDGE_APOSTROPHES = Pattern.compile("(^|\\s)'+|'+(\\s|$)");
  private static final Pattern ROMAN = Pattern.compile("(x{0,3})(ix|iv|v?i{0,3})");
  private static final Set<String> GENERATIONAL = Set.of("jr", "sr");
  /** Office, rank and role vocabulary by kind (officials/office-words.txt). */
  private static final Map<String, Set<String>> OFFICE_WORDS = Lexicon.kinds("/officials/office-words.txt");
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord",
      "lady", "prof", "professor");
  /**
   * Forms of address of other languages and of clergy ("Datuk Seri", "Ayatollah"; one or two words): like an
   * honorific they are no part of the name, but they are cut only when more of the name follows them.
   */
  private static final Set<String> ADDRESS = OFFICE_WORDS.getOrDefault("address", Set.of());
  /** The words of an Arabic patronymic chain: "Karim bin Nasser", "Leila bint Omar". */
  private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint");
  /** Words that distinguish one office from another with the same head ("Vice President" vs "President"). */
  private static final Set<String> RANK_WORDS = OFFICE_WORDS.getOrDefault("rank-word", Set.of());
  /** Office words that may stand before a name ("President", "Sen.", "Prime Minister"), lower case, no dot. */
  private static final Set<String> TITLE_WORDS = OFFICE_WORDS.getOrDefault("title", Set.of());
  /** Junior police and military ranks: a person with one of these before the name is not a watched politician. */
  private static final Set<String> RANKS = OFFICE_WORDS.getOrDefault("junior-rank", Set.of());
  /** Roles that are not public offices: a person introduced by one ("goalie Matt Murray") is someone else. */
  private static final Set<String> ROLES = OFFICE_WORDS.getOrDefault("role", Set.of());
  /**
   * Words for a post held at a body ("head", "founder", "professor"): an apposition naming such a post at a private
   * body describes someone else. Before a name these words are not read: "software firm founder Ann Lee" may be
   * the official's own past.
   */
  private static final Set<String> POSTS = OFFICE_WORDS.getOrDefault("post", Set.of());
  /** Nouns for a private body: a company, a congregation, a school, a club ("stores", "church"). */
  private static final Set<String> PRIVATE_BODIES = OFFICE_WORDS.getOrDefault("private-body", Set.of());
  /** A byline: the line begins "By" or credits reporting or editing ("Reporting by ..."). */
  private static final Pattern BYLINE = Pattern.compile(
      "(?i)(?:^|\\n)[ \\t]*(?:by|(?:additional |compiled |contributed |)reporting(?: and writing)? by|writing by"
          + "|written by|edited by|editing by|compiled by|contributed by"
          // credits: "Photo by", "Story by", "Photo: Ann Lee/Agency", "Contributing: Ann Lee, Agency"
          + "|(?:photo(?:graph)?s?|image|video|story|text|words|illustration|graphic|cartoon)s? by"
          + "|(?:photo(?:graph)?s?|image|video|illustration|credit|photo credit|contributing|contributors?)[ \\t]*:)"
          + "[ \\t]+[^\\n]*$");
  private static final Pattern SUFFIX_AFTER = Pattern.compile("^,?\\s+(Jr|Sr|II|III|IV)\\b\\.?");
  private static final Pattern PARTY_TAG = Pattern.compile("\\b[DR]-[A-Z]|\\([DRI][.,]");
  private static final Set<String> HEAD_TITLES = OFFICE_WORDS.getOrDefault("head-title", Set.of());
  private static final Set<String> POLITICAL_WORDS = OFFICE_WORDS.getOrDefault("political", Set.of());
  /** The words after a family name that make it name a government ("'s administration", " government"). */
  private static final Pattern GOVERNMENT_AFTER = Pattern.compile("(?:[’']s)?\\s+(?:administration|government|cabinet)\\b");
  /** The word right after a name on the same line, when only spaces separate them. */
  private static final Pattern NEXT_WORD = Pattern.compile("^[ \\u00a0]+(\\p{Lu}[\\p{L}'’.-]*)");
  /** Capitalised words that follow a name in a sentence without being part of it. */
  private static final Set<String> NOT_NAME_PARTS = Lexicon.with(Lexicon.union(Lexicon.weekdays(), Lexicon.months()),
      "i");

  private final Watchlist watchlist;
  private final Gazetteer gazetteer;
  private final TitleReferences titleReferences;
  private final GazetteerPlaceRecognizer places;
  /** Full-name keys (name and aliases, suffix included) -> the officials and whether the key is an alias. */
  private final Map<String, List<Keyed>> byFullName = new HashMap<>();
  /** Family-name keys -> officials. */
  private final Map<String, List<Official>> byFamily = new HashMap<>();
  /** The generational suffix or regnal number of each official's name ("jr", "ii"), or "". */
  private final Map<Official, String> suffixes = new HashMap<>();
  /** Each official's given and middle names as recorded: the name's words before the family name, then {@code middle}. */
  private final Map<Official, List<String>> givenNames = new HashMap<>();
  /** Honorifics that state a sex ("mrs", "lady"; "mr", "sir"). */
  private static final Set<String> FEMALE_HONORIFICS = Lexicon.honorificsStating("female");
  private static final Set<String> MALE_HONORIFICS = Lexicon.honorificsStating("male");
  /** A life span right after a name, "(1917-1963)": a person of the past, no current official. */
  private static final Pattern LIFE_SPAN = Pattern.compile("^\\s*\\(\\s*(1[0-9]{3}|20[0-9]{2})\\s*[-–—]\\s*(1[0-9]{3}|20[0-9]{2})\\s*\\)");
  /** "the late", "her late husband," right before the name or its title: the person has died. */
  private static final Pattern LATE_BEFORE = Pattern.compile(
      "(?:\\b[Tt]he|\\b[Hh]is|\\b[Hh]er|\\b[Tt]heir|\\b[Oo]ur|[’']s)\\s+late(?:\\s+[a-z]+,?)?\\s+$");

  private record Keyed(Official official, boolean alias) {}

  public OfficialMatcher(Watchlist watchlist) {
    this(watchlist, Gazetteer.shared());
  }

  public OfficialMatcher(Watchlist watchlist, Gazetteer gazetteer) {
    this.watchlist = watchlist;
    this.gazetteer = gazetteer;
    this.titleReferences = new TitleReferences(watchlist, gazetteer);
    this.places = new GazetteerPlaceRecognizer(gazetteer);
    for (Official o : watchlist.officials()) {
      Name own = Name.parse(o.name());
      suffixes.put(o, own.suffix);
      givenNames.put(o, givenNames(o));
      index(own, o, false);
      for (String alias : o.aliases()) index(Name.parse(alias), o, true);
      indexWithoutHouseName(own, o);
      for (String alias : o.aliases()) indexWithoutHouseName(Name.parse(alias), o);
      if (o.family().equals(Official.NO_FAMILY_NAME)) continue;
      List<String> families = o.family().isEmpty() && !own.tokens.isEmpty()
          ? List.of(own.tokens.get(own.tokens.size() - 1)) : o.family();
      for (String f : families) {
        String k = key(f);
        if (!k.isEmpty()) add(byFamily, k, o);
      }
    }
  }

  private void index(Name n, Official o, boolean alias) {
    // a one-word name ("Philippe") names too many people; only its listed forms with a title match
    if (n.tokens.size() + (n.suffix.isEmpty() ? 0 : 1) < 2) return;
    List<Keyed> list = byFullName.computeIfAbsent(n.fullKey(), k -> new ArrayList<>(1));
    if (list.stream().noneMatch(x -> x.official == o)) list.add(new Keyed(o, alias));
  }

  /**
   * An Arabic name is commonly written without the house (family) name that closes it: "Karim bin Nasser" for "Karim
   * bin Nasser Al Fahdi". Such a name, which keeps the given name and the whole patronymic chain ("bin"/"ibn"/"bint"
   * and the father's name) and leaves out only a final "Al X", is indexed as an alias: like any shorter form it needs
   * the official's country in the article or the official's title before it. "Abd" always takes "al-" ("Abd
   * al-Aziz"), so an "al" right after it opens no house name.
   */
  private void indexWithoutHouseName(Name n, Official o) {
    List<String> t = n.tokens;
    int k = t.size();
    if (!n.suffix.isEmpty() || k < 5 || !t.get(k - 2).equals("al") || t.get(k - 3).equals("abd")) return;
    int link = -1;
    for (int i = 1; i < k - 3; i++) if (PATRONYMIC.contains(t.get(i))) link = i;
    if (link < 0) return; // no patronymic chain before the house name, or none with a father's name after it
    index(new Name(List.copyOf(t.subList(0, k - 2)), ""), o, true);
  }

  /**
   * Adds the watched heads of state and government that {@code doc} refers to by their office alone ("the
   * Ruritanian prime minister", {@link TitleReferences}) in an article published on {@code published} (nothing
   * when it is null): to the official's PERSON entity when the article names them, as mentions with evidence
   * {@link Rule#TITLE_OF_OFFICE}; else to a new entity of type OTHER with the official's name, title and id (the
   * article refers to them but does not name them, so they are not among its people). Run after {@link #match}.
   */
  public void refer(Document doc, List<Entity> entities, LocalDate published) {
    String text = doc.text();
    Map<Official, List<Span>> found = new LinkedHashMap<>();
    for (TitleReferences.Reference r : titleReferences.find(text, published)) {
      boolean inPerson = entities.stream().anyMatch(e -> e.type() == EntityType.PERSON
          && e.mentions().stream().anyMatch(m -> m.overlaps(r.span().start(), r.span().end())));
      if (!inPerson && !otherHolderNamed(r.official(), entities)) {
        found.computeIfAbsent(r.official(), k -> new ArrayList<>()).add(r.span());
      }
    }
    for (Map.Entry<Official, List<Span>> f : found.entrySet()) {
      Official o = f.getKey();
      Entity target = null;
      for (Entity e : entities) {
        if (o.id().equals(e.officialId()) && (target == null || e.type() == EntityType.PERSON)) target = e;
      }
      if (target == null) {
        target = new Entity(freshId(entities), EntityType.OTHER, o.name());
        if (o.title() != null) target.addTitle(o.title());
        target.officialId(o.id());
        entities.add(target);
      }
      for (Span s : f.getValue()) {
        target.addMention(s);
        target.officialEvidence().add(new OfficialEvidence(s, Rule.TITLE_OF_OFFICE));
      }
      target.officialEvidence().sort(Comparator.comparingInt(x -> x.span().start()));
    }
  }

  /**
   * Another person of the article has the official's office as a title ("President Ann Lee" beside a watched
   * president): "the president" may be them, a predecessor or a namesake office elsewhere. A watched official of
   * another country with the same office does not count ("President Lee" of another country).
   */
  private boolean otherHolderNamed(Official official, List<Entity> entities) {
    String office = TitleReferences.office(official.title());
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON || official.id().equals(e.officialId())) continue;
      if (e.officialId() != null) {
        Official other = watchlist.byId(e.officialId());
        if (other != null && other.country() != null && !other.country().equals(official.country())) continue;
      }
      for (String t : e.titles()) {
        if (office.equals(titleReferences.officeOfTitle(t))) return true;
      }
    }
    return false;
  }

  private static String freshId(List<Entity> entities) {
    for (int k = entities.size() + 1; ; k++) {
      String id = "e" + k;
      if (entities.stream().noneMatch(e -> e.id().equals(id))) return id;
    }
  }

  /**
   * "JD Vance spoke": the tagger may type a person whose given name is written as initials as an organisation.
   * An organisation whose name and every mention is exactly a watched official's full name (two words or more)
   * is that person; it becomes a PERSON entity with the same id, mentions and titles, and is matched as one.
   */
  private void retypeOfficialsNamedInFull(List<Entity> entities) {
    if (watchlist.size() == 0) return;
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.type() != EntityType.ORGANIZATION || e.mentions().isEmpty()) continue;
      Name n = Name.parse(e.name());
      if (n.tokens.size() < 2) continue;
      List<Keyed> hits = fullNameHits(n);
      if (hits == null || hits.isEmpty()) continue;
      boolean all = true;
      for (Span m : e.mentions()) all &= Name.parse(m.text()).fullKey().equals(n.fullKey());
      if (!all) continue;
      Entity person = new Entity(e.id(), EntityType.PERSON, e.name());
      for (String t : e.titles()) person.addTitle(t);
      for (Span m : e.mentions()) person.addMention(m);
      entities.set(i, person);
    }
  }

  /** The watchlist this matcher uses. */
  public Watchlist watchlist() {
    return watchlist;
  }

  /**
   * Sets {@code officialId} and {@code officialEvidence} on every PERSON entity named as a watched official
   * in {@code doc}; clears them on the others. Mentions are read with their surroundings in {@code doc.text()}.
   */
  public void match(Document doc, List<Entity> entities) {
    retypeOfficialsNamedInFull(entities);
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) continue;
      e.officialId(null);
      e.officialEvidence().clear();
    }
    if (watchlist.size() == 0) return;
    String text = doc.text();
    List<Read> reads = new ArrayList<>();
    List<Name> people = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) continue;
      people.add(Name.parse(e.name()));
      for (Span m : e.mentions()) {
        Read r = read(text, e, m);
        if (r != null) reads.add(r);
      }
    }
    reads.sort(Comparator.comparingInt(r -> r.mention.start()));
    for (Read r : reads) people.add(r.name);
    Context context = new Context(doc);
    // pass 1: full names, aliases, title + family name
    Map<Official, Integer> namedAt = new HashMap<>();
    Map<Official, Character> sexes = new HashMap<>();
    for (Read r : reads) {
      if (r.byline || r.conflict) continue;
      strong(r, context);
    }
    if (context.addCountriesOfNamedOfficials(reads)) {
      for (Read r : reads) if (r.official == null && !r.byline && !r.conflict) strong(r, context);
    }
    for (Read r : reads) {
      if (r.official != null) namedAt.merge(r.official, r.evidence.start(), Math::min);
      if (r.official != null && r.sex != 0) sexes.merge(r.official, r.sex, (a, b) -> a.equals(b) ? a : '?');
    }
    // pass 2: the family name alone, after the official was named in full and when nobody else shares it
    String text0 = doc.text();
    for (Read r : reads) {
      if (r.official == null && !r.byline && !r.conflict && !r.role) headOfGovernmentByFamilyName(r, text0, people);
    }
    for (Read r : reads) {
      if (r.official != null || r.byline || r.conflict || r.role) continue;
      List<Official> owners = byFamily.get(r.name.key);
      if (owners == null || !r.name.suffix.isEmpty() && owners.stream().noneMatch(o -> suffixes.get(o).equals(r.name.suffix))) {
        continue;
      }
      Official found = null;
      int named = 0;
      for (Official o : owners) {
        Integer at = namedAt.get(o);
        if (at != null && at < r.mention.start()) {
          named++;
          found = o;
        }
      }
      if (named != 1 || !r.titleWords.isEmpty() && !titlesMatch(String.join(" ", r.titleWords), found.title())) continue;
      if (sharedByAnotherPerson(r.name.key, found, people)) continue;
      // "Mrs. Whitcombe" after "Dana Whitcombe", a man: a relative, not the official
      char known = sexOf(found, sexes);
      if (r.sex != 0 && (known == 'F' || known == 'M') && r.sex != known) continue;
      r.official = found;
      r.rule = Rule.FAMILY_NAME_AFTER_FULL_NAME;
      r.evidence = r.mention;
    }
    assign(entities, reads);
  }

  /**
   * The officials whose name or an alias this name is, with the middle names or initials the mention gives
   * agreeing with theirs; empty when the name is an official's but its middle name or initial is not (another
   * person: "John F. Kennedy" is not a "John Neely Kennedy"); null when no official has the name.
   */
  private List<Keyed> fullNameHits(Name n) {
    Name probe = n;
    List<Keyed> hits = byFullName.get(n.fullKey());
    if (hits == null && n.tokens.size() >= 3) {
      // "Ann Lee Boyd" for an official "Ann Boyd" whose middle name is recorded as Lee
      probe = n.withoutMiddleWords();
      hits = byFullName.get(probe.fullKey());
    }
    if (hits == null) return null;
    Name p = probe;
    List<Keyed> fit = hits.stream().filter(k -> middleFits(p, k.official())).toList();
    return fit.isEmpty() && probe != n ? null : fit;
  }

  /**
   * Whether the middle initials or names of a mention agree with the official's recorded given and middle names
   * ("John R. Smith" and "John Rupert Smith" for John Rupert Smith; not "John Q. Smith"). With nothing recorded
   * beyond one given name, initials are accepted (no guess) and whole middle names are not (they never matched).
   */
  private boolean middleFits(Name n, Official o) {
    if (n.middles.isEmpty()) return true;
    List<String> given = new ArrayList<>(givenNames.getOrDefault(o, List.of()));
    if (o.middle().isEmpty() && given.size() < 2) return !n.middleWords;
    // the mention's first name is one of the official's given names, else a short form of the first one
    int first = indexOfFitting(given, n.tokens.get(0));
    if (!given.isEmpty()) given.remove(first >= 0 ? first : 0);
    for (String m : n.middles) {
      int i = indexOfFitting(given, m);
      if (i < 0) return false;
      given.remove(i);
    }
    return true;
  }

  /** The first of {@code names} that {@code word} can stand for: the same word, or an initial of it (either way). */
  private static int indexOfFitting(List<String> names, String word) {
    for (int i = 0; i < names.size(); i++) {
      String g = names.get(i);
      if (g.equals(word) || word.length() == 1 && g.startsWith(word) || g.length() == 1 && word.startsWith(g)) return i;
    }
    return -1;
  }

  /** The official's given names (its name's words other than the family name and suffix), then its middle names. */
  private static List<String> givenNames(Official o) {
    List<String> words = new ArrayList<>(List.of(key(o.name()).split(" ")));
    Name.dropFormsOfAddress(words);
    if (words.size() >= 2) {
      String last = words.get(words.size() - 1);
      if (GENERATIONAL.contains(last) || ROMAN.matcher(last).matches()) words.remove(words.size() - 1);
    }
    Set<String> family = new HashSet<>();
    if (o.family().isEmpty()) {
      if (!words.isEmpty()) family.add(words.get(words.size() - 1));
    } else {
      for (String f : o.family()) family.addAll(List.of(key(f).split(" ")));
    }
    List<String> out = new ArrayList<>();
    for (String w : words) if (!w.isEmpty() && !family.contains(w)) out.add(w);
    for (String m : o.middle()) for (String w : key(m).split(" ")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /**
   * The official's sex as the article shows it (an honorific on an accepted mention, "Sir Dana Whitcombe"), else as
   * the official's first given name shows it (entities/given-names.txt), else as the listed aliases show it; 0 when
   * unknown, '?' when contradictory.
   */
  private char sexOf(Official o, Map<Official, Character> inArticle) {
    Character seen = inArticle.get(o);
    if (seen != null) return seen;
    List<String> given = givenNames.getOrDefault(o, List.of());
    char sex = given.isEmpty() ? 0 : sexOfGivenName(given.get(0));
    return sex != 0 ? sex : sexOfAliases(o);
  }

  /**
   * The sex the first given names of the official's listed full names agree on, 0 if none shows one or they
   * disagree: an official named by initials ("J.D. Vale") is listed under a full name too ("James David Vale").
   */
  private static char sexOfAliases(Official o) {
    char sex = 0;
    for (String alias : o.aliases()) {
      Name n = Name.parse(alias);
      if (n.tokens.size() < 2) continue;
      char s = sexOfGivenName(n.tokens.get(0));
      if (s == 0) continue;
      if (sex != 0 && s != sex) return 0;
      sex = s;
    }
    return sex;
  }

  /** 'F' or 'M' as a given name (entities/given-names.txt) clearly shows; 0 for initials and unknown names. */
  private static char sexOfGivenName(String given) {
    if (given.length() < 2) return 0;
    return switch (GivenNames.gender(given)) {
      case FEMALE -> 'F';
      case MALE -> 'M';
      default -> 0;
    };
  }

  /**
   * The sex recorded for the one watched official whose full name or alias {@code fullName} is (given name or
   * listed aliases, as {@link #sexOf} reads them), else UNKNOWN: lets entity resolution keep "Mrs. Vale" apart
   * from an official "J.D. Vale" listed as James David.
   */
  public GivenNames.Gender listedSex(String fullName) {
    Name n = Name.parse(fullName);
    if (n.tokens.size() < 2) return GivenNames.Gender.UNKNOWN;
    List<Keyed> hits = fullNameHits(n);
    if (hits == null || hits.size() != 1) return GivenNames.Gender.UNKNOWN;
    return switch (sexOf(hits.get(0).official(), Map.of())) {
      case 'F' -> GivenNames.Gender.FEMALE;
      case 'M' -> GivenNames.Gender.MALE;
      default -> GivenNames.Gender.UNKNOWN;
    };
  }

  /** Pass 1 for one mention: full name, alias, or title + family name. */
  private void strong(Read r, Context context) {
    List<Keyed> hits = fullNameHits(r.name);
    if (hits != null && hits.isEmpty()) return; // an official's name with another middle name: someone else
    Span span = r.mention;
    if (hits == null && !r.titleWords.isEmpty()) {
      // "King Abdallah", "Pope Leo": an alias that includes the title
      hits = byFullName.get(new Name(concat(r.titleWords, r.name.tokens), r.name.suffix).fullKey());
      span = r.titled;
    }
    if (hits != null && hits.size() == 1) {
      Official o = hits.get(0).official;
      // an alias is a shorter, commoner form: a namesake abroad ("Prince Albert" in a list of Canadian
      // papers) does not count; the article must concern the official's country, or the official's own
      // title must stand before the name
      boolean titled = !r.titleWords.isEmpty() && o.title() != null && titlesMatch(String.join(" ", r.titleWords), o.title());
      if (hits.get(0).alias && o.country() != null && !titled && !context.concerns(o.country())) return;
      if (r.role && !titled) return;
      // a player in a sports report who shares a legislator's name: without a political word in the sentence
      // the name is not the official's (heads of state and government have rarer names and do attend games)
      if (!titled && !headOfStateOrGovernment(o) && context.sportsReport() && !politicalCue(context.doc.text(), r.mention)) {
        return;
      }
      r.official = o;
      r.rule = hits.get(0).alias ? Rule.ALIAS : Rule.FULL_NAME;
      r.evidence = span;
      return;
    }
    if (hits != null || r.titleWords.isEmpty()) return;
    List<Official> owners = byFamily.get(r.name.key);
    if (owners == null) return;
    String title = String.join(" ", r.titleWords);
    Official found = null;
    for (Official o : owners) {
      if (!r.name.suffix.isEmpty() && !r.name.suffix.equals(suffixes.get(o))) continue;
      if (o.title() != null && titlesMatch(title, o.title()) && countryFits(title, o, context)) {
        if (found != null) return; // two watched officials with this title and family name
        found = o;
      }
    }
    if (found != null) {
      r.official = found;
      r.rule = Rule.TITLE_AND_FAMILY_NAME;
      r.evidence = r.titled;
    }
  }

  /**
   * "The Starmer government", "the Trump administration", "Trump's administration": a family name alone that
   * names the government of the one watched head of state or government who has it. No other watched
   * official and no other person of the article may share the family name; a government of someone not on
   * the watchlist ("the Nixon administration") names nobody watched.
   */
  private void headOfGovernmentByFamilyName(Read r, String text, List<Name> people) {
    if (r.name.tokens.size() != 1 || !r.name.suffix.isEmpty() || !r.titleWords.isEmpty()) return;
    Matcher after = GOVERNMENT_AFTER.matcher(text).region(r.mention.end(), Math.min(text.length(), r.mention.end() + 20));
    if (!after.lookingAt()) return;
    List<Official> owners = byFamily.get(r.name.key);
    if (owners == null || owners.size() != 1 || !headOfStateOrGovernment(owners.get(0))) return;
    Official o = owners.get(0);
    if (sharedByAnotherPerson(r.name.key, o, people)) return;
    r.official = o;
    r.rule = Rule.HEAD_OF_GOVERNMENT_BY_FAMILY_NAME;
    r.evidence = new Span(r.mention.start(), r.mention.end() + after.end() - after.regionStart(),
        text.substring(r.mention.start(), r.mention.end() + after.end() - after.regionStart()));
  }

  /** Whether a person of the article other than {@code o} has the family name {@code family}. */
  private boolean sharedByAnotherPerson(String family, Official o, List<Name> people) {
    for (Name n : people) {
      if (n.tokens.size() < 2 && n.suffix.isEmpty()) continue;
      // the family name is the name's first or last word(s): "Matt Harris", "Kim Yo Jong"
      if (!n.key.equals(family) && !n.key.endsWith(" " + family) && !n.key.startsWith(family + " ")) continue;
      if (n.key.equals(family) && n.suffix.isEmpty()) continue;
      List<Keyed> same = fullNameHits(n);
      if (same == null || same.stream().noneMatch(k -> k.official == o)) return true;
    }
    return false;
  }

  /** Each entity becomes the official most of its accepted mentions name, preferring full names. */
  private static void assign(List<Entity> entities, List<Read> reads) {
    Map<Entity, Map<Official, List<Read>>> byEntity = new LinkedHashMap<>();
    for (Read r : reads) {
      if (r.official == null) continue;
      byEntity.computeIfAbsent(r.entity, k -> new LinkedHashMap<>()).computeIfAbsent(r.official, k -> new ArrayList<>())
          .add(r);
    }
    for (Map.Entry<Entity, Map<Official, List<Read>>> e : byEntity.entrySet()) {
      Official best = null;
      int bestScore = -1;
      boolean tie = false;
      for (Map.Entry<Official, List<Read>> c : e.getValue().entrySet()) {
        int score = c.getValue().size()
            + (c.getValue().stream().anyMatch(r -> r.rule != Rule.FAMILY_NAME_AFTER_FULL_NAME) ? 1000 : 0);
        if (score > bestScore) {
          best = c.getKey();
          bestScore = score;
          tie = false;
        } else if (score == bestScore) {
          tie = true;
        }
      }
      if (best == null || tie) continue;
      Entity entity = e.getKey();
      entity.officialId(best.id());
      Set<Span> seen = new LinkedHashSet<>();
      for (Read r : e.getValue().get(best)) {
        if (seen.add(r.evidence)) entity.officialEvidence().add(new OfficialEvidence(r.evidence, r.rule));
      }
      entity.officialEvidence().sort(Comparator.comparingInt(x -> x.span().start()));
    }
  }

  /** One mention read in its sentence: the name, the title words before it, byline and role conflicts. */
  private static final class Read {
    final Entity entity;
    final Span mention;
    final Name name;
    final List<String> titleWords;
    final Span titled;
    final boolean byline;
    final boolean conflict;
    Official official;
    Rule rule;
    Span evidence;
    /** A role that is no public office stands before the name or in apposition after it. */
    boolean role;
    /** The sex an honorific on the mention states ("Mrs. Smith": 'F'), or 0. */
    char sex;

    Read(Entity entity, Span mention, Name name, List<String> titleWords, Span titled, boolean byline, boolean conflict) {
      this.entity = entity;
      this.mention = mention;
      this.name = name;
      this.titleWords = titleWords;
      this.titled = titled;
      this.byline = byline;
      this.conflict = conflict;
    }
  }

  private Read read(String text, Entity e, Span m) {
    if (m.end() > text.length() || !text.regionMatches(m.start(), m.text(), 0, m.text().length())) {
      // offsets that do not fit the text (hand-built entities): read the mention alone
      return readWords(e, m, m.text(), List.of(), m, false, false);
    }
    // title words written before the mention ("U.S. Sen.", "Prime Minister", "former President")
    List<String> before = new ArrayList<>();
    int titleStart = m.start();
    while (before.size() < 6) {
      int end = titleStart;
      while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00a0')) end--;
      if (end == titleStart || end == 0) break; // no space before: a line start or a glued token
      int start = end;
      while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
      if (start == end) break; // spaces after a line break or tab: no word before
      String word = text.substring(start, end);
      char last = word.charAt(word.length() - 1);
      if (!Character.isLetter(last) && last != '.' || !isTitleWord(word)) break;
      before.add(0, word);
      titleStart = start;
    }
    // a role that is no public office ("goalie Matt Murray", "Matt Murray, a bartender,") is someone else unless
    // the official's own title stands before the name ("Sen. Ann Lee, a former nurse,")
    boolean role = roleBefore(text, titleStart) || roleAfter(text, m.end());
    boolean conflict = partOfLongerName(text, m.end())
        || tableCell(text, m) || pastPerson(text, before, titleStart, m.end());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
    Matcher suffix = SUFFIX_AFTER.matcher(after);
    String words = m.text() + (suffix.find() ? " " + suffix.group(1) : "");
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    boolean byline = BYLINE.matcher(text.substring(Math.max(0, lineStart - 1), m.start())).find()
        && bylineNamesOnly(text.substring(lineStart, m.start()));
    Span titled = titleStart < m.start() ? Span.of(text, titleStart, m.end()) : m;
    Read r = readWords(e, m, words, before, titled, byline, conflict);
    if (r != null) {
      r.sex = statedSex(text, m);
      r.role = role;
    }
    return r;
  }

  /**
   * A person of the past: "the late John Smith", "her late husband, John Smith," is not written of a living official,
   * nor is a life span after the name, "John Smith (1901-1970)".
   */
  private static boolean pastPerson(String text, List<String> titleWords, int titleStart, int end) {
    if (LIFE_SPAN.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()) return true;
    if (titleWords.stream().anyMatch(w -> key(w).equals("late"))) return true; // "the late Senator Smith"

    return LATE_BEFORE.matcher(text.substring(Math.max(0, titleStart - 30), titleStart)).find();
  }

  /** The sex an honorific at the start of the mention or right before it states ('F', 'M'), or 0. */
  private static char statedSex(String text, Span m) {
    char sex = sexOf(m.text().trim().split("\\s+", 2)[0]);
    if (sex != 0) return sex;
    int end = m.start();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00a0')) end--;
    if (end == m.start()) return 0;
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
    return sexOf(text.substring(start, end));
  }

  private static char sexOf(String word) {
    String k = key(word);
    return FEMALE_HONORIFICS.contains(k) ? 'F' : MALE_HONORIFICS.contains(k) ? 'M' : 0;
  }

  private Read readWords(Entity e, Span m, String words, List<String> before, Span titled, boolean byline,
      boolean conflict) {
    List<String> titleWords = new ArrayList<>();
    for (String w : before) titleWords.add(w);
    // title words inside the mention ("President Trump" as one span) move to the title
    String[] parts = words.trim().split("\\s+");
    int k = divisionBeforeTitle(parts);
    for (int j = 0; j < k; j++) titleWords.add(parts[j]);
    while (k < parts.length - 1 && isTitleWord(parts[k])) {
      titleWords.add(parts[k]);
      k++;
    }
    StringBuilder rest = new StringBuilder();
    for (int j = k; j < parts.length; j++) rest.append(j > k ? " " : "").append(parts[j]);
    Name name = Name.parse(rest.toString());
    if (name.tokens.isEmpty()) return null;
    // honorifics are not titles: "Mr. Trump" has none
    titleWords.removeIf(w -> HONORIFICS.contains(key(w)));
    boolean rank = titleWords.stream().anyMatch(w -> RANKS.contains(key(w)));
    return new Read(e, m, name, titleWords, titled, byline, conflict || rank);
  }

  /**
   * The number of words at the start of a mention that name a first-level division right before a title word, as
   * in "Ohio Gov. Dana Whitcombe" or "New Amsterdam Senator Dana Whitcombe" taken as one span; such a division
   * belongs with the title. Zero otherwise: "Virginia Whitcombe" has no title word after the division.
   */
  private int divisionBeforeTitle(String[] parts) {
    for (int n = Math.min(3, parts.length - 3); n >= 1; n--) {
      if (!isTitleWord(parts[n])) continue;
      String place = String.join(" ", Arrays.copyOfRange(parts, 0, n));
      if (!Character.isUpperCase(place.codePointAt(0))) continue;
      for (GazetteerEntry g : gazetteer.lookup(place)) if (g.kind() == PlaceKind.ADMIN1) return n;
    }
    return 0;
  }

  /** The text between a byline's opening word and the mention holds only names, commas and "and". */
  private static boolean bylineNamesOnly(String lineBefore) {
    String s = lineBefore.matches("(?is).*\\bby\\s.*") ? lineBefore.replaceFirst("(?is)^.*\\bby\\s+", "")
        : lineBefore.replaceFirst("^[^:]*:\\s*", "");
    for (String w : s.split("[\\s,;]+")) {
      if (w.isEmpty() || w.equals("and") || w.equals("&")) continue;
      if (!Character.isUpperCase(w.codePointAt(0)) && !w.contains(".")) return false;
    }
    return true;
  }

  private boolean isTitleWord(String word) {
    String k = key(word.replace("’s", "").replace("'s", ""));
    if (k.isEmpty()) return false;
    for (String w : k.split(" ")) {
      if (!TITLE_WORDS.contains(w) && !w.equals("u") && !w.equals("s") && !w.equals("us") && !w.equals("uk")) {
        return Character.isUpperCase(word.codePointAt(0)) && isCountryWord(word);
      }
    }
    return true;
  }

  private boolean isCountryWord(String word) {
    String w = word.replace("’s", "").replace("'s", "").replaceAll("[,;:]+$", "");
    if (gazetteer.demonymCountry(w) != null) return true;
    for (GazetteerEntry c : gazetteer.lookup(w)) if (c.kind() == PlaceKind.COUNTRY) return true;
    return false;
  }

  /**
   * The name runs on into a capitalised word that is not part of the mention: a company, building or paper
   * named after a person ("Whitcombe Holdings", "Prince Albert Herald"). Weekdays, months, party tags and
   * suffixes after a name are not such words.
   */
  private static boolean partOfLongerName(String text, int end) {
    Matcher m = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    if (!m.find()) return false;
    String w = m.group(1);
    return !NOT_NAME_PARTS.contains(w.toLowerCase(Locale.ROOT)) && !w.matches("[DRI]-.*|(Jr|Sr|II|III|IV)\\b.*");
  }

  /**
   * The name is a cell of a table: alone on its line, next to a line holding a number or a short code
   * ("DL", "29", "39%"), as in a results table where a player shares an official's name.
   */
  private static boolean tableCell(String text, Span m) {
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', m.end());
    if (lineEnd < 0) lineEnd = text.length();
    if (!text.substring(lineStart, m.start()).isBlank() || !text.substring(m.end(), lineEnd).isBlank()) return false;
    return cellLike(neighbourLine(text, lineStart, -1)) || cellLike(neighbourLine(text, lineEnd, 1));
  }

  private static String neighbourLine(String text, int from, int dir) {
    int i = from;
    // skip the line break(s) and blank lines
    while (dir < 0 ? i > 0 && Character.isWhitespace(text.charAt(i - 1)) : i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i += dir;
    }
    if (dir < 0) {
      int start = text.lastIndexOf('\n', i - 1) + 1;
      return text.substring(start, i);
    }
    int end = text.indexOf('\n', i);
    return text.substring(i, end < 0 ? text.length() : end);
  }

  private static boolean cellLike(String line) {
    String l = line.strip();
    return !l.isEmpty() && (l.matches("[-+]?[\\d.,:/%]+") || l.matches("\\p{Lu}{1,3}") );
  }

  /** The official's title is that of a head of state or government ("President", "Prime Minister", "King"). */
  private static boolean headOfStateOrGovernment(Official o) {
    if (o.title() == null) return false;
    List<String> words = titleWords(o.title());
    if (words.stream().anyMatch(RANK_WORDS::contains)) return false;
    String head = words.isEmpty() ? "" : words.get(words.size() - 1);
    return HEAD_TITLES.contains(head) || words.contains("prime") && head.equals("minister");
  }

  /** A word of politics in the mention's sentence: an office, a chamber, a party or a party tag ("D-Ohio"). */
  private static boolean politicalCue(String text, Span m) {
    String sentence = sentenceAround(text, m.start(), m.end());
    if (PARTY_TAG.matcher(sentence).find()) return true;
    for (String w : key(sentence).split(" ")) if (POLITICAL_WORDS.contains(w)) return true;
    return false;
  }

  /** The sentence (up to ". " or a line break on each side) around {@code [start, end)}. */
  static String sentenceAround(String text, int start, int end) {
    int from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1;
    int to = text.indexOf(". ", end);
    int nl = text.indexOf('\n', end);
    if (to < 0 || nl >= 0 && nl < to) to = nl;
    if (to < 0) to = text.length();
    return text.substring(from, to);
  }

  /** A role that is not a public office among the three words before the name ("Penguins goalie"). */
  private static boolean roleBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    // the same sentence only
    before = before.replaceFirst("(?s)^.*(\\n|[.!?][\"”’]?\\s)", "");
    String[] words = key(before).split(" ");
    for (int i = Math.max(0, words.length - 3); i < words.length; i++) if (ROLES.contains(words[i])) return true;
    return false;
  }

  /** ", the team's goalie", ", a bartender", ", her sound engineer": the determiner, then up to the next comma. */
  private static final Pattern ROLE_APPOSITION = Pattern.compile(
      "^,\\s+(?:a|an|the|his|her|their|its|\\p{Lu}[\\p{L}.-]*[’']s)\\s+([^,.;\\n]*)");

  /**
   * An apposition without a determiner whose first or second word is the post, then a preposition: ", pastor of
   * Riverton Chapel", ", senior lecturer at Ardmouth College", ", head of Ardmouth Outdoor stores".
   */
  private static final Pattern BARE_ROLE_APPOSITION = Pattern.compile(
      "^,\\s+((?:[\\p{L}-]+\\s+)?([\\p{L}-]+)\\s+(?:of|at|for|with)\\s[^,.;\\n]*)");

  /**
   * An apposition naming such a role right after the name: "Matt Murray, the team's goalie,", "Matt Murray,
   * pastor of Riverton Chapel,", or the head of a private body: "Matt Murray, the former head of Ardmouth
   * Outdoor stores," (a company, congregation, school or club is no public office).
   */
  private static boolean roleAfter(String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 60));
    Matcher m = ROLE_APPOSITION.matcher(after);
    if (m.find()) {
      String[] words = key(m.group(1)).split(" ");
      for (int i = 0; i < Math.min(5, words.length); i++) if (ROLES.contains(words[i])) return true;
      return headOfPrivateBody(words);
    }
    Matcher bare = BARE_ROLE_APPOSITION.matcher(after);
    if (!bare.find()) return false;
    String post = key(bare.group(2));
    return ROLES.contains(post) || POSTS.contains(post) && headOfPrivateBody(key(bare.group(1)).split(" "));
  }

  /**
   * A word for a post at a body among the first three words of the apposition and a private body after it:
   * "the former head of Ardmouth Outdoor stores", "chairman of a shipping company", "a professor at a college".
   */
  private static boolean headOfPrivateBody(String[] words) {
    for (int i = 0; i < Math.min(3, words.length); i++) {
      if (!POSTS.contains(words[i])) continue;
      for (int j = i + 1; j < words.length; j++) if (PRIVATE_BODIES.contains(words[j])) return true;
    }
    return false;
  }

  /** Whether the head of the official's title (last word, plus rank words) appears in the title read. */
  static boolean titlesMatch(String readTitle, String officialTitle) {
    List<String> et = titleWords(readTitle);
    List<String> ot = titleWords(officialTitle);
    if (et.isEmpty() || ot.isEmpty()) return false;
    for (String rank : RANK_WORDS) {
      if (et.contains(rank) != ot.contains(rank)) return false;
    }
    int hits = 0;
    for (String w : ot) {
      if (w.length() > 2 && !w.equals("the") && !w.equals("and") && et.contains(w)) hits++;
    }
    String head = ot.get(ot.size() - 1);
    return et.contains(head) || hits >= 2;
  }

  /** Title words in full: "Sen." -> senator, "Rep." -> representative, "Gov." -> governor. */
  private static List<String> titleWords(String title) {
    List<String> out = new ArrayList<>();
    for (String w : key(title.replace('-', ' ')).split(" ")) {
      switch (w) {
        case "" -> { }
        case "sen" -> out.add("senator");
        case "rep", "reps", "congressman", "congresswoman" -> out.add("representative");
        case "gov" -> out.add("governor");
        case "pres" -> out.add("president");
        case "pm" -> {
          out.add("prime");
          out.add("minister");
        }
        default -> out.add(w);
      }
    }
    return out;
  }

  private boolean countryFits(String title, Official o, Context context) {
    if (o.country() == null) return true;
    String titleCountry = countryIn(title);
    if (titleCountry != null) return titleCountry.equals(o.country());
    return context.geo().countryWeight(o.country()) > 0;
  }

  /** The country a title names ("Russian President" -> RU, "U.S. Sen." -> US), or null. */
  private String countryIn(String title) {
    for (String w : title.split("[\\s,]+")) {
      String word = w.replace("’s", "").replace("'s", "");
      if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) continue;
      String d = gazetteer.demonymCountry(word);
      if (d != null) return d;
      for (GazetteerEntry c : gazetteer.lookup(word)) {
        if (c.kind() == PlaceKind.COUNTRY) return c.countryCode();
      }
    }
    return null;
  }

  /** The article's country context, computed on first use. */
  private final class Context {
    private final Document doc;
    private ArticleGeoContext geo;
    private Boolean sports;
    /** Countries of watched officials the article names in full or by title and family name. */
    private final Set<String> countriesOfNamedOfficials = new HashSet<>();

    Context(Document doc) {
      this.doc = doc;
    }

    /**
     * A watched official named in full ("Senator Dana Whitcombe") or by title and family name places the article
     * in that official's country, so a listed alias of a compatriot ("Bob Ardley" for Robert Ardley) needs no
     * country name of its own: "Dana Whitcombe and Bob Ardley voted against it". Aliases do not anchor each other.
     * Returns whether a country was added.
     */
    boolean addCountriesOfNamedOfficials(List<Read> reads) {
      boolean added = false;
      for (Read r : reads) {
        if (r.official == null || r.official.country() == null || r.rule == Rule.ALIAS) continue;
        added |= countriesOfNamedOfficials.add(r.official.country());
      }
      return added;
    }

    ArticleGeoContext geo() {
      if (geo == null) geo = ArticleGeoContext.of(doc.text(), places.find(doc), gazetteer);
      return geo;
    }

    /**
     * At least three different sports words, one of them specific to sport (officials/sports-words.txt), and no more
     * words of politics than of sport: political news that mentions a game or speaks of a race in the words of
     * sport ("the front-runner's winning season") reports no game, and a legislator it names is the legislator.
     */
    boolean sportsReport() {
      if (sports == null) {
        String text = doc.text();
        sports = SportsReport.of(text) && SportsReport.outweighs(text, POLITICAL_WORDS);
      }
      return sports;
    }

    /**
     * Whether the article names the country: its name, a demonym, a division or a well-known place whose
     * likeliest reading lies in it ("Moscow" counts for Russia although towns in other countries share it).
     */
    boolean concerns(String cc) {
      if (countriesOfNamedOfficials.contains(cc)) return true;
      if (geo().countryWeight(cc) > 0) return true;
      for (PlaceMatch m : places.find(doc)) {
        if (m.candidates().isEmpty()) continue;
        GazetteerEntry first = m.candidates().get(0);
        if (cc.equals(first.countryCode()) && first.isWellKnown()) return true;
      }
      return false;
    }
  }

  /**
   * A name as compared: lower-case words without accents, honorifics and middle initials, and its suffix; the
   * middle initials (and, for a name read without its middle names, those names) are kept in {@code middles}.
   */
  static final class Name {
    final List<String> tokens;
    final String suffix;
    final String key;
    final List<String> middles;
    /** Whether {@code middles} holds whole middle names taken out of the name (not only initials). */
    final boolean middleWords;

    Name(List<String> tokens, String suffix) {
      this(tokens, suffix, List.of(), false);
    }

    Name(List<String> tokens, String suffix, List<String> middles, boolean middleWords) {
      this.tokens = tokens;
      this.suffix = suffix;
      this.key = String.join(" ", tokens);
      this.middles = middles;
      this.middleWords = middleWords;
    }

    /** The first and last word alone, the words between them moved to {@code middles}: "Ann Lee Boyd" -> "Ann Boyd". */
    Name withoutMiddleWords() {
      List<String> m = new ArrayList<>(middles);
      m.addAll(tokens.subList(1, tokens.size() - 1));
      return new Name(List.of(tokens.get(0), tokens.get(tokens.size() - 1)), suffix, List.copyOf(m), true);
    }

    static Name parse(String raw) {
      String k = key(raw);
      List<String> words = new ArrayList<>(List.of(k.isEmpty() ? new String[0] : k.split(" ")));
      dropFormsOfAddress(words);
      // leading initials written apart or together are one given name: "J.D. Vance", "J. D. Vance", "JD Vance"
      int run = 0;
      while (run < words.size() - 1 && words.get(run).length() == 1 && Character.isLetter(words.get(run).charAt(0))) run++;
      if (run >= 2) {
        String joined = String.join("", words.subList(0, run));
        words.subList(0, run).clear();
        words.add(0, joined);
      }
      String suffix = "";
      if (words.size() >= 2) {
        String last = words.get(words.size() - 1);
        if (GENERATIONAL.contains(last) || !last.isEmpty() && ROMAN.matcher(last).matches()) {
          suffix = last;
          words.remove(words.size() - 1);
        }
      }
      // middle initials ("Donald J. Trump") are left out; a leading one stays ("J. Smith")
      List<String> tokens = new ArrayList<>();
      List<String> initials = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        if (w.length() == 1 && i > 0 && i < words.size() - 1) {
          initials.add(w);
          continue;
        }
        tokens.add(w);
      }
      return new Name(List.copyOf(tokens), suffix, List.copyOf(initials), false);
    }

    String fullKey() {
      return suffix.isEmpty() ? key : key + " " + suffix;
    }

    /**
     * Removes the honorifics ("mr", "sir") and forms of address ("datuk seri", "ayatollah") that open a name, in any
     * order; a form of address only when more of the name follows it.
     */
    static void dropFormsOfAddress(List<String> words) {
      while (!words.isEmpty()) {
        if (HONORIFICS.contains(words.get(0))) {
          words.remove(0);
        } else if (words.size() > 2 && ADDRESS.contains(words.get(0) + " " + words.get(1))) {
          words.subList(0, 2).clear();
        } else if (words.size() > 1 && ADDRESS.contains(words.get(0))) {
          words.remove(0);
        } else {
          return;
        }
      }
    }

  }

  /** Lower case, accents, dots and hyphens removed: "Kim Jong-un" and "Kim Jong Un" have one key. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").replace('\u2019', '\'').replace('.', ' ').replace('-', ' ');
    s = QUOTED_OR_BRACKETED.matcher(s).replaceAll(" ");
    s = NON_NAME.matcher(s).replaceAll(" ");
    s = POSSESSIVE.matcher(s).replaceAll("$1");
    s = EDGE_APOSTROPHES.matcher(s).replaceAll(" ");
    return SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>();
    for (String w : a) for (String t : key(w).split(" ")) if (!t.isEmpty()) out.add(t);
    out.addAll(b);
    return out;
  }

  private static void add(Map<String, List<Official>> map, String key, Official o) {
    List<Official> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(o)) list.add(o);
  }
}
