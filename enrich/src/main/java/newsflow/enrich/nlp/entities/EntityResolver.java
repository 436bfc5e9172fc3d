package newsflow.enrich.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.lexicon.GivenNames;
import newsflow.enrich.nlp.lexicon.GivenNames.Gender;
import newsflow.enrich.nlp.lexicon.SexNouns;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.lexicon.SpeechVerbs;
import newsflow.enrich.nlp.ner.NerLexicon;
import newsflow.enrich.nlp.ner.Demonyms;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.PlaceKind;
import newsflow.enrich.nlp.text.EditDistance;
import newsflow.enrich.nlp.text.SportsReport;
import newsflow.enrich.nlp.text.TitleCase;

/**
 * Merges recognised mentions into one {@link Entity} per real-world referent per article. People:
 * a surname or an honorific form ("Mr. Hegseth") joins the full name seen with it, spelling variants
 * with the same surname and a similar given name merge ("Volodomyr" = "Volodymyr Zelenskyy"), the
 * canonical name is the fullest form; titles come from {@link TitleExtractor}, and definite
 * descriptions ("the Pentagon chief") join the person holding a matching title. Organisations and
 * places merge by normalised name. Stateless and thread-safe.
 */
public final class EntityResolver {
  private final TitleExtractor titles;
  private final Function<String, String> countryOf;
  /** The sex a list of known people records for a full name ("J.D. Vale" listed as James David), else UNKNOWN. */
  private final Function<String, Gender> listedSex;

  /** A resolver without country knowledge (titles stay as written). */
  public EntityResolver() {
    this(null);
  }

  /**
   * @param countryOf the country name a word denotes ("Russian" -> "Russia"), or null; lets titles such as
   *     "Russian President" also be recorded as "President of Russia"
   */
  public EntityResolver(Function<String, String> countryOf) {
    this(countryOf, name -> Gender.UNKNOWN);
  }

  private EntityResolver(Function<String, String> countryOf, Function<String, Gender> listedSex) {
    this.titles = new TitleExtractor(countryOf);
    this.countryOf = countryOf;
    this.listedSex = listedSex;
  }

  /**
   * The same resolver knowing the sex that {@code listedSex} records for a full name (the watched officials):
   * "Vice President TR Mabley ... Mrs. Mabley" names his wife when the list records him as Thomas Roy, although
   * initials show no sex.
   */
  public EntityResolver withListedSexes(Function<String, Gender> listedSex) {
    return new EntityResolver(countryOf, listedSex);
  }

  /** Resolves {@code mentions} (from the recogniser) of {@code doc} into entities, in order of first mention. */
  public List<Entity> resolve(Document doc, List<EntityMention> mentions) {
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(EntityMention::start));
    Map<Integer, List<String>> inverted = boxScoreNames(doc.text(), sorted);
    Map<Integer, Integer> personSpans = new HashMap<>();
    for (EntityMention m : sorted) if (m.type() == EntityType.PERSON) personSpans.put(m.start(), m.end());
    TokenView view = new TokenView(doc);
    List<Person> people = new ArrayList<>();
    Map<String, Entity> others = new LinkedHashMap<>();
    List<Entity> order = new ArrayList<>();
    Map<Entity, Integer> firstSeen = new HashMap<>();
    int[] counter = {0};
    Set<String> thingWords = new HashSet<>();
    Set<String> firmNames = new HashSet<>();
    NameWords named = NameWords.of(sorted);
    Set<String> bothSexes = familiesWithBothHonorifics(view, sorted);
    Map<Integer, String[]> nicknames = new HashMap<>();

    for (int mi = 0; mi < sorted.size(); mi++) {
      EntityMention m = sorted.get(mi);
      Span span = new Span(m.start(), m.end(), m.text());
      if (m.type() != EntityType.PERSON && initialsOfNamedPerson(m, sorted)) {
        m = new EntityMention(m.start(), m.end(), m.text(), EntityType.PERSON, m.score());
      }
      if (m.type() == EntityType.PERSON && countryNotPerson(view, m, named)) {
        m = new EntityMention(m.start(), m.end(), m.text(), EntityType.PLACE, m.score());
      }
      if (m.type() == EntityType.PERSON && !inverted.containsKey(m.start()) && firmNamed(view, m)) {
        // "games developer Quorvex has": the business, an organisation (a statement by it has it as its speaker)
        List<String> words = nameParts(m.text());
        if (words.size() == 1) {
          thingWords.add(lower(words.get(0)));
          thingWords.addAll(firmPartners(doc.text(), sorted, mi));
        } else {
          firmNames.add(lower(String.join(" ", words)));
        }
        m = new EntityMention(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, m.score());
      }
      if (m.type() == EntityType.PERSON && !inverted.containsKey(m.start())) {
        // "Halder Venn Arena", "Ivo Marsh Productions said": a place or a firm named after someone, not that person
        String head = institutionHead(doc.text(), m);
        if (head != null && FACILITY_HEADS.contains(lower(head))) continue;
        if (head != null) {
          int end = m.end() + (m.text().endsWith(head) ? 0 : head.length() + 1);
          m = new EntityMention(m.start(), end, doc.text().substring(m.start(), end), EntityType.ORGANIZATION,
              m.score());
          span = new Span(m.start(), m.end(), m.text());
        }
      }
      if (m.type() == EntityType.PERSON) {
        List<String> parts = inverted.containsKey(m.start()) ? inverted.get(m.start())
            : withoutLeadingModifier(withoutLeadingRoles(nameParts(m.text())));
        if (insideNickname(nicknames, m)) continue;
        if (parts.size() == 1) {
          Matcher nick = NICKNAME_THEN_SURNAME.matcher(doc.text()).region(m.end(), doc.text().length());
          if (GivenNames.isGivenName(parts.get(0)) && nick.lookingAt()) {
            String surname = nameParts(nick.group(2)).get(0);
            parts = List.of(parts.get(0), surname);
            nicknames.put(nick.start(1), new String[] {lower(nick.group(1)), parts.get(0), surname, "" + nick.end(1)});
          } else if (GivenNames.isGivenName(parts.get(0)) && m.text().equals(parts.get(0))) {
            String surname = bracketedSurname(doc.text(), sorted, m);
            if (surname == null) surname = surnameAfterParagraphBreak(doc.text(), sorted, m);
            if (surname != null) parts = List.of(parts.get(0), surname);
          }
        } else if (nicknameOf(nicknames, parts) != null) {
          String[] n = nicknameOf(nicknames, parts);
          parts = List.of(n[1], n[2]);
        }
        if (parts.size() == 1 && nicknameOf(nicknames, List.of(parts.get(0), "")) != null) {
          String[] n = nicknameOf(nicknames, List.of(parts.get(0), ""));
          parts = List.of(n[1], n[2]);
        }
        if (parts.size() == 2 && headingNounAfterSurname(doc.text(), m, parts)) {
          // "Lind Denies Harbour Affair": the surname of someone the story names, else nobody
          String surname = parts.get(0);
          EntityMention self = m;
          if (sorted.stream().noneMatch(o -> o != self && o.type() == EntityType.PERSON
              && nameParts(o.text()).contains(surname))) {
            continue;
          }
          parts = List.of(surname);
          if (m.text().startsWith(surname)) span = new Span(m.start(), m.start() + surname.length(), surname);
        }
        if (parts.size() == 1 && mi + 1 < sorted.size() && !afterTitle(view, m.start())
            && !surnameOfSomeoneNamed(people, parts.get(0))) {
          parts = sharedSurname(doc.text(), m, nextPerson(sorted, mi), parts,
              afterListedPerson(doc.text(), sorted, mi));
        }
        if (parts.isEmpty() || isMasked(doc.text(), m.end()) || isHandle(doc.text(), m.start())
            || isNotAName(parts) && !named.surnames().contains(lower(parts.get(0)))
            || parts.size() == 1 && afterIndefiniteArticle(view, m.start(), m.end())
            || parts.size() == 1 && demonymAfterDeterminer(view, m.start(), parts.get(0))
            || headAfterDefiniteArticle(view, m.start(), m.end()) || parts.size() > 1 && withDigit(parts)) {
          continue;
        }
        if (namesFacility(view, m) || afterThingNoun(view, m)) {
          if (parts.size() == 1) thingWords.add(lower(parts.get(0)));
          else if (parts.size() == 2 && THING_NOUNS.contains(lower(parts.get(0)))) thingWords.add(lower(parts.get(1)));
          else if (!GivenNames.isGivenName(parts.get(0))) thingWords.add(lower(String.join(" ", parts)));
          continue;
        }
        Gender said = honorificGender(view, m.start());
        String generation = generation(m.text());
        Person p = findPerson(sameGeneration(people, parts, generation), parts, said, bothSexes);
        Gender stated = parts.size() == 1 && said == Gender.UNKNOWN ? subjectPronounSex(view, m) : Gender.UNKNOWN;
        if (stated != Gender.UNKNOWN) {
          // "Sarah Connor and her brother Tom Connor ... Connor said she would": the sister
          Person fits = findPerson(sameGeneration(people, parts, generation), parts, stated, bothSexes);
          if (fits != null) p = fits;
        }
        if (parts.size() == 1 && p != null) {
          Person titled = namesakeWithTitle(people, p, parts, titles.titlesOf(view, m.start(), m.end(), personSpans));
          if (titled != null) p = titled;
        }
        if (p == null) {
          p = new Person(new Entity(nextId(counter), EntityType.PERSON, fullName(parts, generation)), parts);
          p.generation = generation;
          p.listed = listedSexOf(parts);
          people.add(p);
          order.add(p.entity);
          firstSeen.put(p.entity, m.start());
        } else if (parts.size() > p.parts.size()
            || parts.size() == p.parts.size() && inCapitals(p.parts) && !inCapitals(parts)) {
          // the fuller name, or the same name as the body writes it after a byline in capitals ("ANN LEE" ... "Ann Lee")
          p.parts = parts;
          p.entity.name(fullName(parts, p.generation));
          p.listed = listedSexOf(parts);
        }
        if (said != Gender.UNKNOWN) p.honorific = said;
        if (parts.size() > 1 && said == Gender.UNKNOWN) {
          Gender g = kinNounSex(view, m);
          if (g == Gender.UNKNOWN) g = fullNamePronounSex(view, m, personSpans);
          if (g == Gender.MALE) p.shownMale = true;
          if (g == Gender.FEMALE) p.shownFemale = true;
        }
        if (said != Gender.UNKNOWN || parts.size() > 1 || !sentenceInitial(view, m.start())) p.evidence = true;
        p.entity.addMention(span);
        p.lastSeen = m.start();
        for (String t : titles.titlesOf(view, m.start(), m.end(), personSpans)) p.entity.addTitle(t);
      } else {
        if (m.text().indexOf(' ') < 0 && !nameParts(m.text()).isEmpty()
            && (afterThingNoun(view, m) || firmApposition(doc.text(), m.end()))) {
          // "Etlaq, the company behind the port" typed as a place: no person at the name's other mentions either
          thingWords.add(lower(nameParts(m.text()).get(0)));
        }
        String key = m.type() + ":" + placeKey(m.type(), m.text());
        Entity e = others.get(key);
        if (e == null) {
          e = new Entity(nextId(counter), m.type(), displayName(m.text()));
          others.put(key, e);
          order.add(e);
          firstSeen.put(e, m.start());
        }
        e.addMention(span);
      }
    }
    mergeDefinedAcronyms(doc.text(), order);
    mergeNationalShortNames(order);
    mergeSpelledOutAcronyms(order);
    mergeInvertedSpeech(people, order);
    mergeSurnameOnlyPeople(people, order, bothSexes);
    mergeGivenNameOnlyPeople(people, order, firstSeen);
    dropNonPeople(doc.text(), people, order);
    dropThings(people, order, thingWords);
    retypeFirmNames(people, order, firmNames);
    dropListedWithOrganisations(doc.text(), sorted, people, order);
    retypeListedWithPlaces(doc.text(), sorted, people, order);
    dropRolesPlayed(doc.text(), sorted, people, order);
    dropEponymIdioms(doc.text(), people, order);
    dropModelNames(doc.text(), people, order);
    dropSequelTitles(doc.text(), people, order);
    dropNamesOfWholeWorks(doc.text(), people, order);
    dropQuotedNames(doc.text(), people, order);
    dropNamesInQuotedTitles(doc.text(), people, order);
    dropPluralSubjects(doc.text(), people, order);
    dropAwardNames(doc.text(), view, people, order);
    dropNamedSettlements(doc.text(), people, order);
    dropTeamHeadings(doc.text(), people, order);
    dropClubNames(doc.text(), people, order);
    dropClubPlaces(doc.text(), order);
    dropFirmAppositions(doc.text(), people, order);
    dropLaunchedProducts(doc.text(), sorted, people, order);
    dropWorkAppositions(doc.text(), people, order);
    dropProductModifiers(doc.text(), view, people, order);
    dropMediaModifiers(doc.text(), view, people, order);
    retypeTradedCompanies(doc.text(), view, people, order);
    retypeNamesReferredToAsIt(view, people, order);
    dropInterjections(view, people, order);
    retypeNamesOfPublications(doc.text(), people, order);
    dropAdjectivesBeforeNouns(view, order);
    titles.resolveDescriptions(view, people.stream().map(p -> p.entity).filter(order::contains).toList());
    return order;
  }

  /**
   * One item of a box score or roster line: "Family, Given" and the player's statistics ("Okafor, Dana 4-7 7-8
   * 17"), after the start of the line or a separator.
   */
  private static final Pattern BOX_SCORE_ITEM = Pattern.compile(
      "(?<=^|[;,:(\\u2014\\u2013.]\\s{0,3}|\\s-\\s)(\\p{Lu}[\\p{L}'\\u2019-]*\\p{L}),\\s(\\p{Lu}[\\p{L}'`\\u2019-]*\\p{Ll})"
          + "(?:\\s+\\d{1,3}(?:[-\\u2013]\\d{1,3})?)+(?=[\\s;,.)]|$)", Pattern.MULTILINE);

  /**
   * Box scores and roster lines write players "Family, Given" before their statistics: "Okafor, Dana 4-7 7-8 17;
   * Lind, Marta 6-6 1-2 13; Berg, Ines 0-2 2-2 2". On a line with at least three such items whose second word is
   * a known given name, each item whose given name is known or tagged as a person becomes one person mention over
   * "Okafor, Dana", read "Dana Okafor" (the parts, by mention start, are returned); the mentions it covers ("Okafor"
   * as a place, "Dana") are dropped from {@code sorted}. A comma list without statistics ("Smith, Jones and Brown",
   * "Paris, France") or of places with scores ("Lowmoor, Westshire 3") is left alone.
   */
  static Map<Integer, List<String>> boxScoreNames(String text, List<EntityMention> sorted) {
    Map<Integer, List<String>> out = new HashMap<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length();
      Matcher mt = BOX_SCORE_ITEM.matcher(text).region(lineStart, lineEnd);
      mt.useTransparentBounds(true).useAnchoringBounds(true);
      List<int[]> items = new ArrayList<>();
      int known = 0;
      while (mt.find()) {
        items.add(new int[] {mt.start(1), mt.end(1), mt.start(2), mt.end(2)});
        if (GivenNames.isGivenName(mt.group(2))) known++;
      }
      if (known >= 3) {
        for (int[] it : items) {
          String given = text.substring(it[2], it[3]);
          List<EntityMention> covered = sorted.stream().filter(x -> x.start() < it[3] && x.end() > it[0]).toList();
          if (!GivenNames.isGivenName(given) && covered.stream().noneMatch(x -> x.type() == EntityType.PERSON)) continue;
          sorted.removeAll(covered);
          EntityMention m = new EntityMention(it[0], it[3], text.substring(it[0], it[3]), EntityType.PERSON, 1);
          int at = 0;
          while (at < sorted.size() && sorted.get(at).start() < it[0]) at++;
          sorted.add(at, m);
          out.put(it[0], List.of(given, text.substring(it[0], it[1])));
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /**
   * A name followed by a facility noun ("the Lindqvist hotel", "Ivo Marsh hospital", "the Ostrow Bridge";
   * ner/facility-suffixes.txt, tagged as a noun, so not "Yao towers over") names the facility after a
   * person, not the person. "town", "area" and the other words for districts are left out: "a Lind town
   * hall", "the Okafor area office" still speak of the person.
   */
  private static boolean namesFacility(TokenView v, EntityMention m) {
    String t = m.text().replace('\u2019', '\'');
    if (t.endsWith("'s") || t.endsWith("'")) return false; // "Lind's farm" is hers
    int k = v.firstAtOrAfter(m.end());
    if (k >= v.size() || k == 0 || !v.sameSentence(k - 1, k) || v.tok[k].start() != m.end() + 1
        || v.text.charAt(m.end()) != ' ') {
      return false;
    }
    String w = lower(v.norm(k));
    if (NOT_FACILITY_HEADS.contains(w) || !NerLexicon.instance().isFacilitySuffix(w)) return false;
    return v.pos(k).startsWith("NN");
  }

  /**
   * The capitalised head noun of a built place or of a firm that ends a person's mention ("Dario Venn Arena",
   * "Orla Pavilion") or follows it ("Jim Arlo Productions could not"), or null: the name is then that place's or
   * that firm's, named after a person, not the person. Only nouns that are not also family names count ("John
   * Hall", "Alex Press" and "Ann Church" are people). Inside the mention the name before the head must have two
   * words, or one word that is no plain name, such as letters joined by "&" or a hyphen ("QX&Z Pavilion"): "Bruno
   * Arena" is a surname; a name with a possessive ending is the person's ("Lind's Arena tour" is hers).
   */
  static String institutionHead(String text, EntityMention m) {
    String t = m.text().replace('\u2019', '\'');
    if (t.endsWith("'s") || t.endsWith("'")) return null;
    List<String> words = withoutLeadingModifier(withoutLeadingRoles(nameParts(t)));
    if (words.isEmpty()) return null;
    String last = words.get(words.size() - 1);
    if (words.size() >= 2 && isHeadWord(last)) {
      String first = words.get(0);
      boolean named = words.size() >= 3 || !GivenNames.isGivenName(first) && !PLAIN_WORD.matcher(first).matches();
      return named ? last : null;
    }
    Matcher after = WORD_AFTER.matcher(text).region(m.end(), text.length());
    if (after.lookingAt() && isHeadWord(after.group(1)) && !FACILITY_HEADS.contains(lower(after.group(1)))) {
      return after.group(1);
    }
    return null;
  }

  /** A capitalised word of letters only, with no capital inside ("Bruno", not "QX&Z" or "Ak-Vel"). */
  private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

  private static boolean isHeadWord(String w) {
    String l = lower(w);
    return Character.isUpperCase(w.charAt(0)) && (FACILITY_HEADS.contains(l) || FIRM_HEADS.contains(l));
  }

  /** A capitalised word right after a name, separated by one space, then no letter ("Productions could"). */
  private static final Pattern WORD_AFTER = Pattern.compile(" (\\p{Lu}\\p{Ll}+)(?![\\p{L}'\u2019-])");
  /** Heads of names of built places that are not family names (not "Hall", "Church", "Park", "Street"). */
  private static final Set<String> FACILITY_HEADS = Set.of("arena", "stadium", "pavilion", "amphitheatre",
      "amphitheater", "airport", "hospital", "infirmary", "cathedral", "mosque", "synagogue", "racecourse",
      "raceway", "speedway", "ballpark", "coliseum", "auditorium", "museum", "theatre", "theater", "boulevard",
      "avenue", "highway", "freeway", "motorway", "expressway", "mall", "campus", "centre", "center");
  /** Heads of names of firms and schools that are not family names. */
  private static final Set<String> FIRM_HEADS = Set.of("productions", "studios", "enterprises", "industries",
      "holdings", "university", "college", "institute", "academy", "foundation");

  /** Facility words that also name districts, or often follow a name as something else. */
  private static final Set<String> NOT_FACILITY_HEADS = Set.of(
      "town", "village", "area", "county", "district", "province", "oblast", "region", "complex", "farm", "farms");

  /**
   * "the band Lumenfall", "the shuttle Corvantis", "her album Glasshouse", "Tropical Storm Marisol": a name right
   * after a noun for a kind of thing (entities/thing-nouns.txt) names that thing, not a person; so does a mention
   * that opens with such a noun ("Typhoon Kelvara"). Not where the thing's own name stands before the noun ("told
   * Harbour Weekly magazine Okafor was"), nor where the name may be the subject of a relative clause: a verb after it
   * without an auxiliary's or an object's evidence ("It was the album Jones recorded in 1990", "the film Ann Lee
   * directed, ...") counts only in a sentence that opens with the thing and has no other finite verb.
   */
  private static boolean afterThingNoun(TokenView v, EntityMention m) {
    List<String> words = nameParts(m.text());
    if (words.size() > 1 && THING_NOUNS.contains(lower(words.get(0))) && !lower(words.get(0)).equals("storm")) return true;
    return afterKindNoun(v, m, THING_NOUNS);
  }

  /**
   * "Games developer Quorvex said", "the law firm Haddow, Birt and Lowe", "manufacturer Tessaly unveiled": a name of
   * one word, not a given name, right after a noun for a kind of business (a firm, a maker, a developer or publisher,
   * a retailer, a record label) names that business, not a person, with the same guards as {@link #afterThingNoun}
   * (a noun, or a word after a determiner; not the subject of a relative clause: "the firm Lind founded in 1990").
   * Names of two or more words stay people ("property developer Ann Lee"), and so does a given name ("developer Tom").
   */
  private static boolean firmNamed(TokenView v, EntityMention m) {
    List<String> words = nameParts(m.text());
    if (words.isEmpty() || GivenNames.isGivenName(words.get(0)) || afterTellingVerb(v, m)) return false;
    return afterKindNoun(v, m, words.size() == 1 ? FIRM_NOUNS : FIRM_ONLY_NOUNS);
  }

  /**
   * "the law firm Haddow, Birt, Lowe", "maker Tessaly and Vond", "the firm Haddow, Birt & Lowe": after a business
   * named by {@link #firmNamed}, the one-word names that the recogniser typed as people and that continue its name
   * as a list (joined by "and", "&" or commas) are the other partners' names in the firm's name, not people of the
   * story. A list of commas only needs three names ("the firm Haddow, Birt said" may be a clause of its own); the
   * list stops at a given name or a name of two words ("maker Tessaly and Ann Lee"), and the partners are returned
   * in lower case.
   */
  static List<String> firmPartners(String text, List<EntityMention> sorted, int firm) {
    List<String> out = new ArrayList<>();
    boolean joined = false;
    int end = sorted.get(firm).end();
    for (int i = firm + 1; i < sorted.size(); i++) {
      EntityMention n = sorted.get(i);
      Matcher sep = FIRM_LIST_SEPARATOR.matcher(text.substring(end, Math.min(n.start(), text.length())));
      if (n.type() != EntityType.PERSON || !sep.matches()) break;
      List<String> words = nameParts(n.text());
      if (words.size() != 1 || !n.text().equals(words.get(0)) || GivenNames.isGivenName(words.get(0))) break;
      out.add(lower(words.get(0)));
      boolean last = sep.group(1) != null;
      joined |= last;
      end = n.end();
      if (last) break;
    }
    return joined || out.size() >= 2 ? out : List.of();
  }

  /** Between two names of a firm's list: a comma, or "and" or "&" (with or without a comma), which ends the list. */
  private static final Pattern FIRM_LIST_SEPARATOR = Pattern.compile(",\\s*|,?\\s+(and|&)\\s+");

  /**
   * Nouns for a kind of business that, right before a one-word name, make it the business's name. Those of
   * {@link #FIRM_ONLY_NOUNS} do so for a name of several words too ("the charity Marlow Kent", "the firm Holloway
   * Birch"): no person is called by them; "developer", "publisher", "maker" ... also stand before people's names
   * ("property developer Ann Lee").
   */
  private static final Set<String> FIRM_ONLY_NOUNS = Set.of(
      "company", "firm", "carmaker", "automaker", "retailer", "startup", "start-up", "label", "charity", "airline",
      "broadcaster", "insurer", "lender", "newspaper", "journal");
  private static final Set<String> FIRM_NOUNS = Lexicon.union(FIRM_ONLY_NOUNS,
      Set.of("maker", "manufacturer", "developer", "publisher", "studio", "outfit"));

  /**
   * "told the newspaper Lind had resigned": a noun for an outlet or a business as the object of a verb of telling
   * is followed by the clause told, whose subject may be a person.
   */
  private static boolean afterTellingVerb(TokenView v, EntityMention m) {
    int k = v.firstAtOrAfter(m.start()) - 3;
    return k >= 0 && v.sameSentence(k, k + 2) && TELLING_VERBS.contains(lower(v.norm(k)));
  }

  private static final Set<String> TELLING_VERBS = Set.of("told", "tell", "tells", "telling", "informed", "assured",
      "warned", "reminded");

  /** Whether the mention stands right after one of {@code nouns} ({@link #afterThingNoun}'s guards). */
  private static boolean afterKindNoun(TokenView v, EntityMention m, Set<String> nouns) {
    int first = v.firstAtOrAfter(m.start());
    int k = first - 1;
    if (k < 0 || !v.sameSentence(k, first) || !nouns.contains(lower(v.norm(k)))
        || !v.pos(k).startsWith("NN") && !(k > 0 && v.sameSentence(k - 1, k) && DETERMINERS.contains(lower(v.norm(k - 1))))) {
      return false; // a noun, or a word after a determiner ("the musical Fennimore"), not "brand Ann a liar"
    }
    String noun = lower(v.norm(k));
    if (noun.equals("band") || noun.equals("bands")) return true; // as before: "the rock band Lumenfall"
    if (k > 0 && v.sameSentence(k - 1, k) && v.capitalised(k - 1) && !v.capitalised(k) && v.pos(k - 1).startsWith("NN")
        && !DETERMINERS.contains(lower(v.norm(k - 1)))) {
      return false; // "told Harbour Weekly magazine Okafor was ...": the thing's name stands before the noun
    }
    int after = v.firstAtOrAfter(m.end());
    if (after >= v.size() || !v.sameSentence(first, after) || !v.pos(after).startsWith("VB")) return true;
    String verb = lower(v.norm(after));
    int next = after + 1;
    String nextPos = next < v.size() && v.sameSentence(after, next) ? v.pos(next) : "";
    if (AUXILIARIES.contains(verb) || OBJECT_TAGS.matcher(nextPos).lookingAt()) return true; // "Corvantis has", "entered the charts"
    // "the album Jones recorded in 1990", "The storm Ana Lind predicted never came": the name may be the subject of a
    // relative clause; only a sentence that opens with the thing and has no other finite verb is about the thing
    // ("The ship Amaranthe sank in 1912.")
    for (int i = k - 1; i >= 0 && v.sameSentence(i, k); i--) {
      if (!DETERMINERS.contains(lower(v.norm(i))) && !v.pos(i).startsWith("JJ")) return false;
    }
    for (int i = next; i < v.size() && v.sameSentence(after, i) && !v.norm(i).equals(","); i++) {
      if (v.pos(i).equals("VBD") || v.pos(i).equals("VBZ") || v.pos(i).equals("VBP")) return false;
    }
    return true;
  }

  private static final Set<String> AUXILIARIES = Set.of(
      "is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "must", "should", "does", "did");
  /** What follows a verb that has its object ("entered the charts", "carries 180 sailors", "lifted off"). */
  private static final Pattern OBJECT_TAGS = Pattern.compile("DT|CD|PRP\\$|RP");

  private static final Set<String> THING_NOUNS = Lexicon.words("/entities/thing-nouns.txt");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that");

  /**
   * A one-word name that the article also uses for a facility or a band ("the Lindqvist hotel ... the Lindqvist
   * said") is that thing at its other mentions too, unless an honorific makes it a person.
   */
  private static void dropThings(List<Person> people, List<Entity> order, Set<String> thingWords) {
    for (Person p : people) {
      if (p.parts.size() == 1 && p.honorific == Gender.UNKNOWN && thingWords.contains(lower(p.parts.get(0)))) {
        order.remove(p.entity);
      } else if (p.parts.size() > 1 && p.honorific == Gender.UNKNOWN && p.entity.titles().isEmpty()
          && thingWords.contains(lower(String.join(" ", p.parts)))) {
        order.remove(p.entity); // "the band Corvid Lane ... Corvid Lane said": the band at its other mentions too
      }
    }
  }

  /**
   * A name of two or more words that the article puts right after a noun for a business ("the charity Marlow
   * Kent", {@link #firmNamed}) is that organisation at its other mentions too ("Marlow Kent said"), unless an
   * honorific or a title makes it a person there.
   */
  private static void retypeFirmNames(List<Person> people, List<Entity> order, Set<String> firmNames) {
    for (Person p : people) {
      if (p.parts.size() > 1 && p.honorific == Gender.UNKNOWN && p.entity.titles().isEmpty()
          && firmNames.contains(lower(String.join(" ", p.parts)))) {
        retypeAsOrganisation(p, order);
      }
    }
  }

  /**
   * "Kestrel, Larkspur Systems and Norvane Dynamics": a one-word name that stands, at every mention, in a list
   * joined by commas, "and", "or" or "&" with at least two names the recogniser typed as organisations (or other
   * things) and with no person, is another firm, band, product or game of that list, not one person. A pair
   * ("Lind and Norvane Corp", "Ruiz, Ana" in a box score) is not enough: a politician is often named with a
   * party ("Corbyn and Labour"); nor is a one-word plural ("Democrats"), which names people; a name with a title
   * or an honorific is kept.
   */
  private static void dropListedWithOrganisations(String text, List<EntityMention> sorted, List<Person> people,
      List<Entity> order) {
    dropOneWordNamesWhere(people, order, s -> listedWithOrganisations(text, sorted, s.start()));
  }

  /**
   * "Trees died between Moab and Pizarro", "Ogden, Halvik and Provo": a one-word name, not a known given
   * name, with no title or honorific, that the gazetteer knows as a place and that stands, at every mention, in a
   * list joined by commas, "and" or "or" whose other members are all places (one or more) is another place of that
   * list, not a person. A list with a person in it ("Lind, Ostrava and Kellan") is left alone, as is a name no
   * gazetteer lists ("talks between Kellan and Ostland": a leader and a country).
   */
  private static void retypeListedWithPlaces(String text, List<EntityMention> sorted, List<Person> people,
      List<Entity> order) {
    for (Person p : people) {
      if (!loneName(p, order) || GivenNames.isGivenName(p.parts.get(0))
          || Gazetteer.shared().lookup(p.parts.get(0)).isEmpty()) {
        continue;
      }
      if (p.entity.mentions().stream().allMatch(s -> listedWithPlacesOnly(text, sorted, s.start()))) {
        retypeAs(p, order, EntityType.PLACE);
      }
    }
  }

  private static boolean listedWithPlacesOnly(String text, List<EntityMention> sorted, int start) {
    List<EntityMention> members = listMembers(text, sorted, start);
    return !members.isEmpty() && members.stream().allMatch(m -> m.type() == EntityType.PLACE);
  }

  /**
   * Drops each person named by one word only, with no honorific or title, whose every mention {@code notPerson}
   * accepts.
   */
  private static void dropOneWordNamesWhere(List<Person> people, List<Entity> order, Predicate<Span> notPerson) {
    for (Person p : people) {
      if (p.parts.size() != 1 || p.honorific != Gender.UNKNOWN || !p.entity.titles().isEmpty()
          || !order.contains(p.entity)) {
        continue;
      }
      if (p.entity.mentions().stream().allMatch(notPerson)) order.remove(p.entity);
    }
  }

  /**
   * Drops, as {@link #dropOneWordNamesWhere} does, each one-word name one of whose mentions shows that it names a
   * thing ("Quillmoor, a heist comedy", "the Corvane 3 mouse"): one such mention is enough.
   */
  private static void dropOneWordNamesWithAny(List<Person> people, List<Entity> order, Predicate<Span> namesThing) {
    for (Person p : people) {
      if (p.entity.mentions().stream().anyMatch(namesThing)) dropOneWordNamesWhere(List.of(p), order, s -> true);
    }
  }

  /**
   * "Continental breakfast is served", "the Federal budget talks", "National news": a one-word
   * organisation or person (no title) that at every mention is a capitalised adjective (tagged as one, or a word
   * for the reach of a government or a body: national, federal, regional, ...) right before lower-case words that
   * end in a noun is that adjective, written with a capital at the start of a sentence or a heading or as a style,
   * not a name. "National won the seat", "Local 90" and an acronym ("NATO troops") keep the name.
   */
  private static void dropAdjectivesBeforeNouns(TokenView v, List<Entity> order) {
    order.removeIf(e -> (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON)
        && e.titles().isEmpty() && e.name().indexOf(' ') < 0 && !e.mentions().isEmpty()
        && e.mentions().stream().allMatch(s -> adjectiveBeforeNoun(v, s)));
  }

  private static boolean adjectiveBeforeNoun(TokenView v, Span s) {
    int k = v.firstAtOrAfter(s.start());
    if (k >= v.size() || v.start(k) != s.start() || v.lastEndingBy(s.end()) != k || !v.capitalised(k)
        || v.norm(k).equals(v.norm(k).toUpperCase(Locale.ROOT))) {
      return false; // an acronym ("NATO troops") is a name
    }
    if (!v.pos(k).equals("JJ") && !SCOPE_ADJECTIVES.contains(lower(v.norm(k)))) return false;
    for (int i = k + 1; i <= k + 3 && i < v.size() && v.sameSentence(k, i); i++) {
      String w = v.norm(i);
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !v.text(k, i).equals(v.text(k, i - 1) + " " + w)) {
        return false; // only lower-case words, one space apart, on the same line
      }
      if (v.pos(i).equals("NN") || v.pos(i).equals("NNS")) return true;
      if (!v.pos(i).equals("JJ") && !v.pos(i).equals("VBN") && !v.pos(i).equals("VBG")) return false;
    }
    return false;
  }

  /** Adjectives for the reach of a government, a body or an event, often capitalised before one. */
  private static final Set<String> SCOPE_ADJECTIVES = Set.of(
      "international", "national", "federal", "regional", "provincial", "municipal", "global", "continental", "local");

  /**
   * "Okafor Denies Harbour Affair", "Lind Deal Row": a two-word name on a title-case heading line whose first word
   * is no known given name and whose last word the article also writes in lower case ("the affair") is a surname
   * before a common noun the heading capitalises, not a full name. The name may stand nowhere but on such lines:
   * a player named in the body ("starters Ann Lee and Tom Battle") keeps his name.
   */
  private static boolean headingNounAfterSurname(String text, EntityMention m, List<String> parts) {
    if (GivenNames.isGivenName(parts.get(0)) || !occursInLowerCase(text, lower(parts.get(1)))) return false;
    for (int i = text.indexOf(m.text()); i >= 0; i = text.indexOf(m.text(), i + 1)) {
      if (!onTitleCaseLine(text, i, i + m.text().length())) return false;
    }
    return true;
  }

  /** Whether [start, end) stands on a line of three to twelve words, each capitalised or a small word, no sentence. */
  private static boolean onTitleCaseLine(String text, int start, int end) {
    int from = text.lastIndexOf('\n', start - 1) + 1;
    int to = text.indexOf('\n', end);
    String line = text.substring(from, to < 0 ? text.length() : to).strip();
    if (line.endsWith(".") || line.endsWith(",") || line.endsWith(":")) return false;
    String[] words = line.split("\\s+");
    if (words.length < 3 || words.length > 12) return false;
    for (String w : words) {
      if (w.isEmpty() || TITLE_SMALL_WORDS.contains(w)) continue;
      if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
    }
    return true;
  }

  /**
   * As {@link #dropOneWordNamesWithAny}, and also for a name of several words whose first word is no known given
   * name ("Corvid Lane, the band from Leeds"); "Ann Lee, a film critic" is left to the noun's own guards.
   */
  private static void dropNamesWithAny(List<Person> people, List<Entity> order, Predicate<Span> namesThing) {
    for (Person p : people) {
      if (p.parts.size() > 1 && !GivenNames.isGivenName(p.parts.get(0)) && p.honorific == Gender.UNKNOWN
          && p.entity.titles().isEmpty() && p.entity.mentions().stream().anyMatch(namesThing)) {
        order.remove(p.entity);
      }
    }
    dropOneWordNamesWithAny(people, order, namesThing);
  }

  /**
   * "Marek (Tobias Lindgren) moves back to his home town", "the landlady Odile (played by Ines Varro)": a one-word
   * name followed at some mention by brackets that hold another person's full name, with nothing before it but
   * lower-case words, is a role that actor plays, not a person. A name the brackets repeat ("Lena (Lena Varro)") and
   * a surname alone in brackets ("Jo (Hallam)") are kept, as is a name with an honorific or a title.
   */
  private static void dropRolesPlayed(String text, List<EntityMention> sorted, List<Person> people, List<Entity> order) {
    for (Person p : people) {
      if (p.parts.size() > 1 && p.honorific == Gender.UNKNOWN && p.entity.titles().isEmpty()
          && order.contains(p.entity) && p.entity.mentions().stream().anyMatch(s -> fullNamedRole(text, s))) {
        order.remove(p.entity);
        continue;
      }
      if (p.parts.size() != 1 || p.honorific != Gender.UNKNOWN || !p.entity.titles().isEmpty()
          || !order.contains(p.entity)) {
        continue;
      }
      String name = lower(p.parts.get(0));
      if (p.entity.mentions().stream().anyMatch(s -> playedBy(text, sorted, s, name) || roleCue(text, s))) {
        order.remove(p.entity);
      }
    }
  }

  /**
   * "her turn as Zelda", "he stars as Bruno", "Greta, deftly played by Ana Ruiz": a name right after a noun or verb
   * of acting and "as", or followed by a comma and "played by" (or "portrayed", "voiced") and a capitalised name,
   * is a role. "known as", "named as" and "referred to as" are not acting words, so a nickname stays a person.
   */
  private static boolean roleCue(String text, Span s) {
    return ROLE_AS_BEFORE.matcher(text.substring(Math.max(0, s.start() - 30), s.start())).find()
        || roleOf(text, s)
        || ROLE_PLAYED_BY_AFTER.matcher(text).region(s.end(), text.length()).lookingAt();
  }

  /**
   * "the title role of Quillan", "she landed the role of Pia Marsh", "his role as Dorian Vell": a name right after
   * "role of" (with a word of acting or casting, or a word for the role's weight, before "role") or after "role as"
   * or "turn as" is the role played. Not where a possessive ending follows ("her role as Ann Lee's deputy", "playing
   * the role of Ann Lee's adviser": the role is a job beside a real person), and "the role of Lind in the affair"
   * (no word of acting) stays a person.
   */
  private static boolean roleOf(String text, Span s) {
    if (POSSESSIVE_AFTER.matcher(text).region(s.end(), text.length()).lookingAt()) return false;
    String before = text.substring(Math.max(0, s.start() - 50), s.start());
    return ROLE_OF_BEFORE.matcher(before).find()
        || nameParts(s.text()).size() > 1 && FULL_ROLE_AS_BEFORE.matcher(before).find();
  }

  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['\u2019](?:s\\b|\\s)");
  private static final Pattern ROLE_OF_BEFORE = Pattern.compile(
      "\\b(?:(?:lead|leading|title|titular|starring|supporting|main|central|recurring|iconic)\\s+role"
          + "|(?:play|plays|played|playing|land|lands|landed|landing|reprise|reprises|reprised|reprising|cast|casting"
          + "|won|win|wins|winning|took|take|takes|taking)\\s+(?:the\\s+|a\\s+)?(?:\\p{Ll}+\\s+)?role)\\s+of\\s+$");
  private static final Pattern FULL_ROLE_AS_BEFORE = Pattern.compile("\\b(?:role|turn)\\s+as\\s+$");

  private static final Pattern ROLE_AS_BEFORE = Pattern.compile(
      "\\b(?:turn|role|part|performance|cast|stars|starred|starring|appears|appeared|appearing|plays|played"
          + "|playing|portrays|portrayed|portraying|voices|voiced|voicing|film|movie|job)\\s+as\\s+$");
  private static final Pattern ROLE_PLAYED_BY_AFTER =
      Pattern.compile(",\\s+(?:\\p{Ll}+ly\\s+)?(?:played|portrayed|voiced)\\s+by\\s+\\p{Lu}");

  /**
   * "her husband Tobin Reeve, played by Carl Denton", "Mara Quill (played by newcomer Ines Varro)", "Lena's character
   * Mara Quill": a mention written with two or more words that "played by" (or "portrayed", "voiced") and a
   * capitalised name follow, perhaps after "the character" and two lower-case words, or that "character" follows
   * a possessive or a determiner before, is a role: a person of a story, not a real one. Only where the mention
   * itself is a full name: a real person a film portrays is named first as such ("Ann Lee ... Lee, played by").
   */
  private static boolean fullNamedRole(String text, Span s) {
    if (nameParts(s.text()).size() < 2) return false;
    return roleOf(text, s) || FULL_ROLE_PLAYED_BY_AFTER.matcher(text).region(s.end(), text.length()).lookingAt()
        || CHARACTER_BEFORE.matcher(text.substring(Math.max(0, s.start() - 40), s.start())).find();
  }

  private static final Pattern FULL_ROLE_PLAYED_BY_AFTER = Pattern.compile(
      "(?:,\\s+|\\s*\\(\\s*|\\s+)(?:the\\s+character\\s+)?(?:\\p{Ll}+ly\\s+)?(?:played|portrayed|voiced)\\s+by\\s+"
          + "(?:\\p{Ll}+\\s+){0,2}\\p{Lu}");
  private static final Pattern CHARACTER_BEFORE = Pattern.compile(
      "(?:['\u2019]s?|\\b(?:his|her|their|the|a|whose))\\s+(?:\\p{Ll}+\\s+)?character\\s+$");

  private static final Pattern BEFORE_ACTOR = Pattern.compile("\\s*\\(\\s*(?:[a-z][a-z-]*\\s+){0,4}");
  private static final Pattern AFTER_ACTOR = Pattern.compile("[^()]{0,80}\\)");

  private static boolean playedBy(String text, List<EntityMention> sorted, Span s, String name) {
    for (EntityMention m : sorted) {
      if (m.start() < s.end()) continue;
      if (m.type() != EntityType.PERSON || !BEFORE_ACTOR.matcher(text.substring(s.end(), m.start())).matches()) {
        return false;
      }
      List<String> actor = nameParts(m.text());
      if (actor.size() < 2 || actor.stream().anyMatch(w -> lower(w).equals(name))) return false;
      return AFTER_ACTOR.matcher(text).region(m.end(), text.length()).lookingAt();
    }
    return false;
  }

  /** A list's separator, after a possessive ending that is part of the name before it ("Hobson's, Kelmar and ..."). */
  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("(?:['\u2019]s)?(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or|&)\\s+)");

  private static boolean listedWithOrganisations(String text, List<EntityMention> sorted, int start) {
    List<EntityMention> members = listMembers(text, sorted, start);
    if (members.stream().anyMatch(m -> m.type() == EntityType.PERSON)) return false;
    return members.stream().filter(EntityResolver::thing).count() >= 2;
  }

  /** The other mentions of the list that the mention at {@code start} stands in ({@link #LIST_SEPARATOR}). */
  private static List<EntityMention> listMembers(String text, List<EntityMention> sorted, int start) {
    int i = -1;
    for (int k = 0; k < sorted.size(); k++) {
      if (sorted.get(k).start() == start) i = k;
    }
    List<EntityMention> members = new ArrayList<>();
    if (i < 0) return members;
    for (int dir = -1; dir <= 1; dir += 2) {
      int j = i;
      while (true) {
        int n = j + dir;
        if (n < 0 || n >= sorted.size()) break;
        EntityMention a = sorted.get(Math.min(j, n)), b = sorted.get(Math.max(j, n));
        if (a.end() > b.start()) break;
        String gap = text.substring(a.end(), b.start());
        if (!LIST_SEPARATOR.matcher(gap).matches()) break;
        EntityMention m = sorted.get(n);
        members.add(m);
        j = n;
      }
    }
    return members;
  }

  /** An organisation or other thing, but not a one-word plural such as "Democrats" or "Greens" (people). */
  private static boolean thing(EntityMention m) {
    if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.OTHER) return false;
    String t = m.text();
    return t.indexOf(' ') >= 0 || !t.endsWith("s") || t.endsWith("ss");
  }

  /**
   * "Murphy's law", "an Achilles heel", "Crohn's disease", a "sword of" Damocles: a one-word name that, at every
   * mention, is the first word of an idiom or of an eponymous disease names the law, the body part or the illness,
   * not a person. The idioms are a small general list (ner/eponym-idioms.txt: the name and the word after it);
   * any name followed by "'s disease" or "'s syndrome" counts.
   */
  private static void dropEponymIdioms(String text, List<Person> people, List<Entity> order) {
    dropOneWordNamesWhere(people, order, s -> inEponymIdiom(text, s.start(), s.end()));
  }

  /**
   * "the 4 Victor", "the Zephyr 12 Sport Victor": a one-word name right after a model number (a word with a digit,
   * then at most one capitalised word, on one line) names the model of a product, not a person, at every mention.
   * A year ("In 2019 Okafor moved") and a rank or list number ("No. 9 Okafor", "#9") are no model numbers.
   */
  private static void dropModelNames(String text, List<Person> people, List<Entity> order) {
    dropOneWordNamesWhere(people, order, s -> afterModelNumber(text, s.start()));
  }

  private static final Pattern MODEL_NUMBER_BEFORE =
      Pattern.compile("(?<![^\\s(])(\\p{L}*\\d[\\p{L}\\d]*) (?:\\p{Lu}\\p{Ll}+ )?$");
  private static final Pattern YEAR = Pattern.compile("1\\d{3}|20\\d{2}");
  private static final Pattern RANK_BEFORE = Pattern.compile("(?i)(?:\\bno\\.?|#|\\bnumber)\\s*$");

  static boolean afterModelNumber(String text, int start) {
    String before = text.substring(Math.max(0, start - 30), start);
    Matcher m = MODEL_NUMBER_BEFORE.matcher(before);
    if (!m.find() || YEAR.matcher(m.group(1)).matches()) return false;
    return !RANK_BEFORE.matcher(before.substring(0, m.start(1))).find();
  }

  /**
   * "Marcus 2 ... Marcus 2 arrives in March", "Galen Quest 3": a name (no title or honorific) followed by the same
   * small number at each of at least two mentions is a sequel's title, a game or a film, not a person. A player in
   * a box score is named once with a score ("Halvorsen 17 points"), or also without one, and is kept; a score
   * such as "6-2" is no such number.
   */
  private static void dropSequelTitles(String text, List<Person> people, List<Entity> order) {
    for (Person p : people) {
      List<Span> ms = p.entity.mentions();
      if (ms.size() < 2 || p.honorific != Gender.UNKNOWN || !p.entity.titles().isEmpty() || !order.contains(p.entity)) {
        continue;
      }
      String number = numberAfter(text, ms.get(0).end());
      if (number != null && ms.stream().allMatch(m -> number.equals(numberAfter(text, m.end())))) order.remove(p.entity);
    }
  }

  /**
   * "the closing scene from Harrowgate", "the first episode of Tidewell", "a sequel to Quarrymoor", "season 3 of
   * Lantern": a one-word name (no title or honorific) that at every mention follows a noun for a part, a season or a
   * new version of a story and "from", "of" or "to" is that story's title (a film, a show, a novel), not a person.
   * A possessive ending after the name keeps it ("a chapter of Lind's life", "the scene of Lind's arrest"), as does
   * any mention elsewhere ("Lind said").
   */
  private static void dropNamesOfWholeWorks(String text, List<Person> people, List<Entity> order) {
    dropOneWordNamesWhere(people, order, s -> !POSSESSIVE_AFTER.matcher(text).region(s.end(), text.length()).lookingAt()
        && WORK_PART_BEFORE.matcher(text.substring(Math.max(0, s.start() - 30), s.start())).find());
  }

  private static final Pattern WORK_PART_BEFORE = Pattern.compile(
      "\\b(?:scenes?|episodes?|chapters?|sequel|prequel|remake|reboot|finale|season\\s+\\d+)\\s+(?:from|of|to)\\s+$");

  /**
   * "for “Corwin Maddox,” and “Tamsin Vale”", "a storm locally called “Kirra”", "the untouchable ‘Brother
   * Marek’": a name (no title or honorific) that at every mention is all a pair of quotation marks holds is the
   * name of a work (a film, a musical, a game, an album), a storm, a code name or a nickname quoted as a term,
   * not a person named in the body; the guidelines count such quoted names as scare quotes. A person who is also
   * named without the marks ("“Tomas Grell,” the crowd chanted ... Tomas Grell said") is kept, as is a name
   * inside a longer quotation ("“Lena Marsh will stay,” her aide added").
   */
  private static void dropQuotedNames(String text, List<Person> people, List<Entity> order) {
    for (Person p : people) {
      if (p.honorific != Gender.UNKNOWN || !p.entity.titles().isEmpty() || !order.contains(p.entity)) continue;
      if (p.entity.mentions().stream().allMatch(m -> quotedWhole(text, m.start(), m.end()))) order.remove(p.entity);
    }
  }

  /**
   * "“Marlowe 2” opens in June ... the first “Marlowe” film", "a podcast called ‘Notes From Tamsin’": a one-word
   * name (no title or honorific) each of whose mentions is all a pair of quotation marks holds ({@link #quotedWhole})
   * or one word of a short title in quotation marks ({@link #inQuotedTitle}), with at least one of the latter, names
   * a work (a film, a song, a show, a game), not a person. A name also written outside such quotation marks is kept,
   * as is a quoted sentence ("“Tell Marlowe we are done,” she said").
   */
  private static void dropNamesInQuotedTitles(String text, List<Person> people, List<Entity> order) {
    for (Person p : people) {
      List<Span> ms = p.entity.mentions();
      if (ms.stream().anyMatch(m -> inQuotedTitle(text, m.start(), m.end()))) {
        dropOneWordNamesWhere(List.of(p), order,
            m -> quotedWhole(text, m.start(), m.end()) || inQuotedTitle(text, m.start(), m.end()));
      }
    }
  }

  /** Opening quotation marks and their closing ones. */
  private static final String OPEN_QUOTES = "\"\u201c\u2018'\u00ab";
  private static final String CLOSE_QUOTES = "\"\u201d\u2019'\u00bb";

  /** Small words a title may keep in lower case ("Notes From the Tide", "Bend it like Marlowe"). */
  private static final Set<String> TITLE_SMALL_WORDS = Set.of(
      "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "from", "with", "it", "like", "my");

  /**
   * Whether [start, end) is one word of a short title in quotation marks of one kind on one line: two to six words,
   * each capitalised, a number or one of {@link #TITLE_SMALL_WORDS}, no punctuation inside but a colon after a word
   * ("‘Tide Hunters: Marlowe’") and a comma or full stop before the closing mark ("“Marlowe the Musical,”").
   */
  static boolean inQuotedTitle(String text, int start, int end) {
    int open = start - 1;
    while (open >= Math.max(0, start - 60) && OPEN_QUOTES.indexOf(text.charAt(open)) < 0) {
      if (text.charAt(open) == '\n' || CLOSE_QUOTES.indexOf(text.charAt(open)) >= 0 && text.charAt(open) != '\'') return false;
      open--;
    }
    if (open < Math.max(0, start - 60) || open > 0 && Character.isLetterOrDigit(text.charAt(open - 1))) return false;
    char closing = CLOSE_QUOTES.charAt(OPEN_QUOTES.indexOf(text.charAt(open)));
    int close = text.indexOf(closing, end);
    while (close > 0 && close + 1 < text.length() && Character.isLetter(text.charAt(close + 1))) {
      close = text.indexOf(closing, close + 1); // an apostrophe inside a word ("Marlowe's") closes nothing
    }
    if (close < 0 || close - open > 70 || text.substring(open + 1, close).indexOf('\n') >= 0) return false;
    String inside = text.substring(open + 1, close).replaceFirst("[,.]$", "");
    String[] words = inside.trim().split("\\s+");
    if (words.length < 2 || words.length > 6 || !inside.equals(inside.trim())) return false;
    for (String w : words) {
      String bare = w.endsWith(":") ? w.substring(0, w.length() - 1) : w;
      if (!TITLE_WORD.matcher(bare).matches() && !TITLE_SMALL_WORDS.contains(bare)) return false;
    }
    return true;
  }

  /** A capitalised word (perhaps with an apostrophe or a hyphen inside) or a number. */
  private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*|\\d+");

  /**
   * True when the text right around [start, end) is a pair of quotation marks of one kind ("…", “…”, ‘…’, '…',
   * «…»), a comma or full stop allowed before the closing mark ("“Corwin Maddox,”").
   */
  static boolean quotedWhole(String text, int start, int end) {
    if (start < 1 || end >= text.length()) return false;
    char open = text.charAt(start - 1);
    int close = end;
    if (text.charAt(close) == ',' || text.charAt(close) == '.') close++;
    if (close >= text.length()) return false;
    char c = text.charAt(close);
    boolean pair = switch (open) {
      case '"' -> c == '"';
      case '\u201c' -> c == '\u201d';
      case '\u2018' -> c == '\u2019';
      case '\'' -> c == '\'';
      case '\u00ab' -> c == '\u00bb';
      default -> false;
    };
    if (!pair) return false;
    // an opening mark starts a word: not an apostrophe inside one ("rock 'n' roll")
    return start - 1 == 0 || !Character.isLetterOrDigit(text.charAt(start - 2));
  }

  /**
   * "After a poor run, Brackwell have dropped to ninth": a one-word name (no title or honorific) that opens a clause
   * (after a sentence start or a comma, not after "and") with a plural verb, "have", "are" or "were", names a club,
   * a band or a firm, as British usage writes them, not one person; unless another mention takes a singular verb
   * ("Teodor has scored"). Names joined by "and" ("Ines and Halvard have") or after a noun ("his wife Mira were")
   * are not at a clause's start.
   */
  private static void dropPluralSubjects(String text, List<Person> people, List<Entity> order) {
    for (Person p : people) {
      List<Span> ms = p.entity.mentions();
      if (ms.stream().anyMatch(m -> PLURAL_VERB_AFTER.matcher(after(text, m.end())).lookingAt() && (m.start() == 0
              || CLAUSE_START_BEFORE.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()))
          && ms.stream().noneMatch(m -> SINGULAR_VERB_AFTER.matcher(after(text, m.end())).lookingAt())) {
        dropOneWordNamesWhere(List.of(p), order, s -> true);
      }
    }
  }

  private static final Pattern PLURAL_VERB_AFTER = Pattern.compile("\\s+(?:have|are|were)\\s+\\p{Ll}");
  private static final Pattern SINGULAR_VERB_AFTER =
      Pattern.compile("(?:\\s+(?:has|is|was|does)|['\u2019]s\\s+(?:been|got))\\b");
  /** A sentence start, a comma, a colon, a dash or an opening quotation mark right before a word. */
  private static final Pattern CLAUSE_START_BEFORE = Pattern.compile("[.!?;:,\"\u201c\u2014\u2013\\n]\\s*$");

  /**
   * "Tony winner Ines Holm", "a Tony contender", "the Tony telecast": a one-word name (no title or honorific)
   * followed by "winner", "contender", "telecast" or "statuette" at one mention, and by a noun at every mention
   * (used only as a modifier, "the Tony ceremony"), names an award, not a person. A name used alone anywhere ("Tony
   * said") stays a person.
   */
  private static void dropAwardNames(String text, TokenView v, List<Person> people, List<Entity> order) {
    for (Person p : people) {
      List<Span> ms = p.entity.mentions();
      if (ms.stream().anyMatch(m -> AWARD_WORD_AFTER.matcher(after(text, m.end())).lookingAt())) {
        dropOneWordNamesWhere(List.of(p), order,
            m -> LOWER_CASE_WORD_AFTER.matcher(after(text, m.end())).lookingAt()
                && nounAt(v, v.firstAtOrAfter(m.end())));
      }
    }
  }

  private static boolean nounAt(TokenView v, int k) {
    return k < v.size() && v.pos(k).startsWith("NN");
  }

  private static final Pattern AWARD_WORD_AFTER =
      Pattern.compile("\\s+(?:winners?|contenders?|telecasts?|statuettes?)\\b");
  private static final Pattern LOWER_CASE_WORD_AFTER = Pattern.compile(" \\p{Ll}");

  /**
   * "the hill town of Mabel", "the community of Garland": a one-word name (no title or honorific) right after a
   * noun for a settlement or district and "of", at every mention, names that place, not a person ("the son of
   * Mabel" is kept).
   */
  private static void dropNamedSettlements(String text, List<Person> people, List<Entity> order) {
    dropOneWordNamesWhere(people, order,
        s -> SETTLEMENT_OF_BEFORE.matcher(text.substring(Math.max(0, s.start() - 30), s.start())).find());
  }

  private static final Pattern SETTLEMENT_OF_BEFORE = Pattern.compile(
      "\\b(?:town|towns|city|village|hamlet|community|district|suburb|borough|neighbou?rhood|county|province"
          + "|municipality|region|island) of $");

  /**
   * "Kendall (2-3): Dario Venn 3 goals.", "Whitaker (NR): Owen Falk 6 saves.": a one-word name (no title or
   * honorific) that opens a line and is followed by a win-loss record or "NR" in brackets and a colon, at any of
   * its mentions, heads a school or club team's line of a results list, not a person ("Halloran (4-2) pitched six
   * innings" is a pitcher's record without the colon).
   */
  private static void dropTeamHeadings(String text, List<Person> people, List<Entity> order) {
    dropOneWordNamesWithAny(people, order, m -> (m.start() == 0 || text.charAt(m.start() - 1) == '\n')
        && TEAM_RECORD_AFTER.matcher(after(text, m.end())).lookingAt());
  }

  private static final Pattern TEAM_RECORD_AFTER = Pattern.compile(" \\((?:\\d{1,3}-\\d{1,3}(?:-\\d{1,3})?|NR)\\):");

  /**
   * In a sports report, a one-word name (no title or honorific) that names a club or team, not a player: the article
   * also tags that name as an organisation, alone or ending a longer name not opened by a given name ("Harwick
   * Rangers ... Rangers", not "Ivo Kask ... Kask"); or some
   * occurrence of the word is followed by a team member's role ({@code role} of {@code team-words.txt}: "Dunmore boss
   * Ivo Kask", "a Dunmore striker"); or follows a score and a result ("a 3-1 win over Dunmore", "their 0-2 defeat
   * to Dunmore"). A player's surname reads otherwise ("Kask scored", "Kask's header") and stays a person; no place is
   * made of the name (teams are no places).
   */
  private static void dropClubNames(String text, List<Person> people, List<Entity> order) {
    if (!SportsReport.of(text)) return;
    Set<String> orgNames = new HashSet<>();
    for (Entity e : order) if (e.type() == EntityType.ORGANIZATION) orgNames.add(e.name());
    for (Person p : people) {
      if (p.parts.size() != 1) continue;
      String name = p.entity.name();
      if (orgNames.stream().anyMatch(o -> o.equals(name) || o.endsWith(" " + name) && !startsWithGivenName(o))
          || clubByWording(text, name)) {
        dropOneWordNamesWhere(List.of(p), order, s -> true);
      }
    }
  }

  /**
   * "Dunmore boss Ivo Kask", "a 2-0 home win over Dunmore": in a sports report, a place name worded as a club
   * (see {@link #clubByWording}) names the team, not a location, so it is no place (the reader's guidelines: sports
   * teams are not places). A place also named as a location, after a preposition of place ("the final in
   * Dunmore", "a welcome to Dunmore", "a game at Dunmore"), stays, and so does a country or world region named for
   * its national side.
   */
  private static void dropClubPlaces(String text, List<Entity> order) {
    if (!SportsReport.of(text)) return;
    order.removeIf(e -> e.type() == EntityType.PLACE && !countryOrRegion(e.name()) && clubByWording(text, e.name())
        && !namedAsLocation(text, e.name()));
  }

  /**
   * A country's or world region's name: its national side stays the place, as the tagger reads it (CoNLL's
   * convention; see PlaceResolver's national sides).
   */
  private static boolean countryOrRegion(String name) {
    return Gazetteer.shared().lookup(name).stream()
        .anyMatch(c -> c.kind() == PlaceKind.COUNTRY || c.kind() == PlaceKind.REGION);
  }

  /**
   * A preposition of place right before a name: "in ", "at the ", "to ". Prepositions only: the recogniser's wider
   * locative words ({@code GazetteerPlaceRecognizer.locativeBefore}: also "visiting", "northern") would read "beat
   * visiting Dunmore" as a place.
   */
  private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
      "\\b(?:in|at|to|from|into|across|near|around|throughout|inside|outside|towards?|via)\\s+(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);

  /** Whether some whole-word occurrence of {@code name} follows a preposition of place. */
  private static boolean namedAsLocation(String text, String name) {
    Matcher m = wholeWord(text, name);
    while (m.find()) {
      if (LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) return true;
    }
    return false;
  }

  /** The occurrences of {@code name} in {@code text} as a whole word (no letter or digit on either side). */
  private static Matcher wholeWord(String text, String name) {
    return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text);
  }

  /**
   * Whether some occurrence of {@code name} as a whole word has a team member's role right after it ("Dunmore
   * coach", "Dunmore skipper-elect"; not "Dunmore's coach", said of a player too) or a score and a result right before
   * it ("a 2-0 home win over Dunmore").
   */
  private static boolean clubByWording(String text, String name) {
    Matcher m = wholeWord(text, name);
    while (m.find()) {
      Matcher r = CLUB_ROLE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
      if (r.lookingAt() && CLUB_ROLES.contains(r.group(1).toLowerCase(Locale.ROOT))) return true;
      if (SCORED_RESULT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 50), m.start())).find()) return true;
    }
    return false;
  }

  /** Whether a name opens with a known given name ("Ivo Kask", a person the tagger may call a firm). */
  private static boolean startsWithGivenName(String name) {
    return GivenNames.isGivenName(name.split(" ", 2)[0]);
  }

  private static final Set<String> CLUB_ROLES =
      Lexicon.kinds("/gazetteer/team-words.txt").getOrDefault("role", Set.of());
  /** A lower-case role word right after a name, perhaps "-elect" after it: " boss", " coach-elect". */
  private static final Pattern CLUB_ROLE_AFTER = Pattern.compile("\\s(\\p{Ll}+(?:-back)?)(?:-elect)?\\b");
  /** A score, a result noun and its preposition right before a name: "a 2-1 win over ", "their 0-3 defeat to ". */
  private static final Pattern SCORED_RESULT_BEFORE = Pattern.compile(
      "\\b\\d{1,3}[-\u2013]\\d{1,3}\\s+(?:(?:home|away|league|cup)\\s+)?(?:win|victory|defeat|loss|draw|thrashing)"
          + "\\s+(?:over|against|to|at|with|by)\\s+(?:the\\s+)?$");

  /**
   * "Tessaly, a bicycle company based in Lyon, ...", "Ostrava is an outdoor brand.": a one-word name (no title or
   * honorific) that at one of its mentions is followed by an apposition or a copula whose noun phrase ends in a
   * noun for a kind of business (company, firm, maker, brand, label, band, ...) names that business, not a person.
   * The noun must end the phrase (a comma, a full stop, or "that", "which", "based", "in", ... after it): "Lind, a
   * company director", "Lind, the firm's founder" and "Lind is a company man" stay people.
   */
  private static void dropFirmAppositions(String text, List<Person> people, List<Entity> order) {
    dropNamesWithAny(people, order, m -> firmApposition(text, m.end()));
  }

  private static boolean firmApposition(String text, int end) {
    return FIRM_APPOSITION_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 70))).lookingAt();
  }

  /**
   * "Quillmoor, a heist comedy starring two unknowns, ...", "Velvra is a podcast about gardening", "the revival of
   * Tangleby, another Harwick musical, ...": a one-word name (no title or honorific) that at one of its mentions is
   * followed by an apposition or a copula whose noun phrase ends in a noun for a work or an event (a film, an album, a
   * novel, a game, a concert, ...) names that work, not a person. The noun must end the phrase, as for
   * {@link #dropFirmAppositions}, and the words before it may be no function words: "Lind, a film critic", "Lind, the
   * film's star" and "Lind, a regular at the festival" stay people.
   */
  private static void dropWorkAppositions(String text, List<Person> people, List<Entity> order) {
    dropNamesWithAny(people, order, m -> WORK_APPOSITION_AFTER.matcher(
        text.substring(m.end(), Math.min(text.length(), m.end() + 70))).lookingAt());
  }

  /** Nouns for a work or an event that, ending an apposition or a copula's phrase, make a name that work's. */
  private static final Pattern WORK_APPOSITION_AFTER = Pattern.compile(
      ",?\\s+(?:is\\s+|was\\s+)?(?:a|an|the|another)\\s+"
          + "(?:(?!(?:at|in|of|on|for|with|to|from|by|and|or|the|a|an|his|her|their|its|our|my|your)\\s)"
          + "[\\p{L}\\d-]+\\s+){0,3}?"
          + "(?:film|movie|comedy|drama|thriller|documentary|album|song|novel|musical|sitcom|videogame|concert|festival"
          + "|podcast|magazine|website|app)s?"
          + "(?:\\s*[,.;:)]|\\s+(?:that|which|starring|about|released|directed|written|organi[sz]ed|set|featuring|whose"
          + "|where|based)\\b)");

  /**
   * "the Corvane 3 ports", "a Tessly wireless keyboard", "two Brisca heated dryers": a one-word name (no title or
   * honorific) that at one of its mentions is followed, perhaps after a model number and at most two adjectives or
   * nouns, by a noun for a device or a piece of kit (a mouse, a charger, a port, a camera, ...) or for its users is the
   * brand or model of that product, not a person. The words between may be no verbs or function words ("Lind used
   * the mouse") and the device word must be a noun ("Lind chips in").
   */
  private static void dropProductModifiers(String text, TokenView v, List<Person> people, List<Entity> order) {
    dropOneWordNamesWithAny(people, order, m -> productModifier(text, v, m.end()));
  }

  /** Whether a product noun follows {@code end} ({@link #dropProductModifiers}), its words checked by their tags. */
  private static boolean productModifier(String text, TokenView v, int end) {
    Matcher m = PRODUCT_NOUN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 50)));
    if (!m.lookingAt()) return false;
    int first = v.firstAtOrAfter(end);
    int noun = v.firstAtOrAfter(end + m.start(1));
    if (noun >= v.size() || !v.sameSentence(first, noun) || !v.pos(noun).startsWith("NN")) return false;
    for (int k = first; k < noun; k++) {
      if (!MODIFIER_TAGS.matcher(v.pos(k)).lookingAt()) return false;
    }
    return true;
  }

  /** A model number, at most two lower-case words, then a noun for a device or a piece of kit. */
  private static final Pattern PRODUCT_NOUN_AFTER = Pattern.compile(
      " (?:\\p{Lu}?\\d[\\p{L}\\d]* )?(?:\\p{Ll}[\\p{Ll}-]* ){0,2}"
          + "((?:mouse|mice|keyboard|charger|laptop|smartphone|handset|tablet|headphone|headset|earbud|console|software"
          + "|port|cable|adapter|dryer|airer|router|vacuum|printer|processor|remote|camera|user|subscriber)s?)\\b");
  /** Tags of the words a product's name may have between it and the device noun: numbers, adjectives, nouns. */
  private static final Pattern MODIFIER_TAGS = Pattern.compile("CD|JJ|NN|VBN|VBG");

  /**
   * "Corvix's newest Lumen", "the studio's upcoming Tidefall": a one-word name (no title or honorific) that at one of
   * its mentions follows a possessive that is no person's name and a word for a product's place in a maker's range
   * (new, newest, latest, upcoming, flagship, cheapest, top-of-the-line ...) is that maker's product, not a person.
   * A person's possessive ("Lind's latest Okafor") and a role word ("Apple's new chief Okafor", a title) keep it.
   */
  private static void dropLaunchedProducts(String text, List<EntityMention> sorted, List<Person> people,
      List<Entity> order) {
    dropOneWordNamesWithAny(people, order, m -> launchedProduct(text, sorted, m));
  }

  private static boolean launchedProduct(String text, List<EntityMention> sorted, Span s) {
    Matcher m = RANGE_WORD_BEFORE.matcher(text.substring(Math.max(0, s.start() - 60), s.start()));
    if (!m.find()) return false;
    int owner = Math.max(0, s.start() - 60) + m.start(1);
    return sorted.stream().noneMatch(o -> o.type() == EntityType.PERSON && o.start() < owner + 1 && o.end() > owner);
  }

  /** A possessive ("Corvix's", "the studio's"), at most one lower-case word, then a word for a product's range. */
  private static final Pattern RANGE_WORD_BEFORE = Pattern.compile(
      "([\\p{L}\\d-]+)['\u2019]s\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?(?:new|newest|latest|upcoming|forthcoming|flagship"
          + "|cheapest|priciest|top-of-the-line|top-of-the-range|high-end|entry-level|best-selling)\\s+$");

  /**
   * "the hit Corvane television drama", "on the Brannigan podcast", "the Haldane app", "the Marlowe role-playing game":
   * a one-word name (no title or honorific) that at every mention is followed by a noun for a programme, a channel, a
   * podcast, an app, a website or a game (a programme's, a channel's or a game's noun after a word for its medium:
   * television, radio, video, board ...) names that thing, not a person. Every mention: a podcast or a show may be
   * named after its host, who is then also named otherwise ("Lind said ... the Lind podcast"); the medium word keeps
   * "the Okafor network" (of contacts) and "the Lind game" (her team's) for people.
   */
  private static void dropMediaModifiers(String text, TokenView v, List<Person> people, List<Entity> order) {
    dropOneWordNamesWhere(people, order, s -> mediaModifier(text, v, s.end()));
  }

  private static boolean mediaModifier(String text, TokenView v, int end) {
    Matcher m = MEDIA_NOUN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    if (!m.lookingAt()) return false;
    int first = v.firstAtOrAfter(end);
    int noun = v.lastEndingBy(end + m.end());
    return noun >= first && v.sameSentence(first, noun) && v.pos(noun).startsWith("NN");
  }

  /** A noun for a programme, a channel, a podcast, an app, a website or a game, after a medium word where needed. */
  private static final Pattern MEDIA_NOUN_AFTER = Pattern.compile(
      " (?:(?:television|TV|radio|streaming) (?:drama|series|show|sitcom|soap|network|channel)s?"
          + "|(?:video|computer|mobile|board|role-playing) games?"
          + "|(?:(?:online|mobile|smartphone) )?(?:podcast|app|website|web site|browser)s?)\\b");

  /**
   * "Brannock shares fell", "shares of Brannock", "Hallett's (HLT) stock", "Hallett's (NYSE: HLT)", "Hallett's posted
   * quarterly earnings": a one-word name (no title or honorific) that at one of its mentions has shares or a stock
   * that trade, a stock exchange's ticker, or earnings it reports is a listed company, an organisation. A person's
   * possessive is not enough ("Okafor's shares in the bank", "Okafor's stock is rising", said of a player): the
   * shares must follow the bare name and a verb must follow them, or a ticker in brackets must stand between.
   */
  private static void retypeTradedCompanies(String text, TokenView v, List<Person> people, List<Entity> order) {
    for (Person p : people) {
      if (loneName(p, order) && p.entity.mentions().stream().anyMatch(s -> traded(text, s))) {
        retypeAsOrganisation(p, order);
      }
    }
  }

  private static boolean traded(String text, Span s) {
    String after = text.substring(s.end(), Math.min(text.length(), s.end() + 60));
    if (SHARES_AFTER.matcher(after).lookingAt() || TICKER_AFTER.matcher(after).lookingAt()
        || EARNINGS_AFTER.matcher(after).lookingAt()) {
      return true;
    }
    return SHARES_OF_BEFORE.matcher(text.substring(Math.max(0, s.start() - 20), s.start())).find()
        && !after.startsWith("'") && !after.startsWith("\u2019");
  }

  private static final Pattern SHARES_AFTER = Pattern.compile(
      " (?:shares|stock) (?:\\p{Ll}+ly )?(?:fell|rose|jumped|dropped|slid|slipped|gained|climbed|tumbled|surged|sank"
          + "|plunged|soared|rallied|closed|ended|traded|opened|are|were|is|was|have|had)\\b");
  private static final Pattern TICKER_AFTER = Pattern.compile(
      "(?:['\u2019]s)? \\((?:(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|ASX) ?: ?[A-Z][A-Z.]{0,5}\\)"
          + "|[A-Z]{1,5}\\) (?:stock|shares)\\b)");
  private static final Pattern EARNINGS_AFTER = Pattern.compile(
      "(?:['\u2019]s)? (?:reports|reported|will report|is to report|posts|posted) (?:its )?"
          + "(?:(?:quarterly|annual|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|half-year) )?"
          + "earnings\\b");
  private static final Pattern SHARES_OF_BEFORE = Pattern.compile("\\b[Ss](?:hares|tock) (?:of|in) $");

  /**
   * "Halberd cut its prices again", "Wexley now ships a cheaper edition of its blender", "Tarsk also sells routers; its
   * newest model costs $80", "Garrow keeps sleepers warm using what it calls smart mesh", "Critics accused Dunmore
   * of greed after it raised prices": a one-word name (no title or honorific, not a known given name) that is the
   * subject or the object of its clause and that "its" in that clause or "it" as the subject of an active verb with
   * an object, in a clause that "after", "because", "what" ... join to it, refers back to, is a company or another
   * organisation, not a person. Nothing else may stand between that the pronoun could mean: no singular noun but
   * one before "of" ("an edition of its") or bare after a preposition ("of greed"), no other name or pronoun, comma,
   * quote mark, verb of saying or thinking ("Brandt said its members would strike": the union's), "that" or "but";
   * nor a singular noun before the name in its sentence ("The board fired Lind over its losses") or in the subject of
   * the sentence before ("The bank collapsed. Lind resigned after it lost the contract"). A name that a personal
   * pronoun follows at any of its mentions ("Okafor changed his mind") or that "who" follows stays a person.
   */
  private static void retypeNamesReferredToAsIt(TokenView v, List<Person> people, List<Entity> order) {
    for (Person p : people) {
      if (!loneName(p, order) || GivenNames.isGivenName(p.parts.get(0))) continue;
      List<Span> ms = p.entity.mentions();
      if (ms.stream().anyMatch(s -> personReference(v, s))) continue;
      if (ms.stream().anyMatch(s -> referredToAsIt(v, s))) retypeAsOrganisation(p, order);
    }
  }

  /**
   * "Ah, and the bus was late again": a one-word name that the tagger reads as an interjection at every mention is
   * that interjection, capitalised at the start of a sentence or a quotation, not a person.
   */
  private static void dropInterjections(TokenView v, List<Person> people, List<Entity> order) {
    dropOneWordNamesWhere(people, order, s -> {
      int k = v.firstAtOrAfter(s.start());
      return k < v.size() && v.start(k) == s.start() && v.pos(k).equals("UH");
    });
  }

  /**
   * "a study in Corvane by two chemists", "an essay published in Halden last spring", "the clip was posted on
   * Tarnwick": a one-word name (no title or honorific) that at one of its mentions is where a paper, a study, an
   * article or the like is published is a journal, a magazine or a website, an organisation. News says a piece
   * is "on" someone when it is about them, so "on" counts only after a verb of publishing; a possessive ("a paper
   * in Lind's name") is no place of publication.
   */
  private static void retypeNamesOfPublications(String text, List<Person> people, List<Entity> order) {
    for (Person p : people) {
      if (loneName(p, order) && p.entity.mentions().stream().anyMatch(s -> publishedIn(text, s))) {
        retypeAsOrganisation(p, order);
      }
    }
  }

  private static boolean publishedIn(String text, Span s) {
    if (s.end() < text.length() && (text.charAt(s.end()) == '\'' || text.charAt(s.end()) == '\u2019')) return false;
    return PUBLISHED_IN_BEFORE.matcher(text.substring(Math.max(0, s.start() - 40), s.start())).find();
  }

  private static final Pattern PUBLISHED_IN_BEFORE = Pattern.compile(
      "\\b(?:(?:published|printed|posted|reprinted) (?:(?:online|today|yesterday|last \\w+|"
          + "this \\w+) )?(?:in|on)|(?:paper|article|study|essay|column|editorial|op-ed|commentary)s? in) (?:the )?$");

  /** A one-word name only, with no honorific or title, still in the article's entities. */
  private static boolean loneName(Person p, List<Entity> order) {
    return p.parts.size() == 1 && p.honorific == Gender.UNKNOWN && p.entity.titles().isEmpty()
        && order.contains(p.entity);
  }

  /** A personal pronoun is the next third-person pronoun of the sentence, or "who" follows the name. */
  private static boolean personReference(TokenView v, Span s) {
    String pronoun = nextPronoun(v, s.end());
    if (pronoun != null && PERSON_PRONOUNS.contains(pronoun)) return true;
    int e = v.firstAtOrAfter(s.end());
    if (e < v.size() && v.norm(e).equals(",")) e++;
    return e < v.size() && Set.of("who", "whom", "whose").contains(lower(v.norm(e)));
  }

  private static boolean referredToAsIt(TokenView v, Span s) {
    int k = v.firstAtOrAfter(s.start());
    int e = v.firstAtOrAfter(s.end());
    if (k >= v.size() || e >= v.size() || !v.sameSentence(k, e) || v.norm(e).startsWith("'")
        || v.norm(e).startsWith("\u2019")) {
      return false; // "Lind's staff ... its" may be the staff's
    }
    int j = e;
    while (j < v.size() && v.sameSentence(e, j) && v.pos(j).startsWith("RB")) j++;
    boolean subject = j < v.size() && v.sameSentence(e, j) && FINITE_TAGS.contains(v.pos(j));
    boolean object = k > 0 && v.sameSentence(k - 1, k) && v.pos(k - 1).startsWith("VB");
    if (!subject && !object) return false;
    for (int i = e; i < v.size() && v.sameSentence(k, i) && i - e < 16; i++) {
      String w = lower(v.norm(i));
      boolean itNext = i + 1 < v.size() && v.sameSentence(i, i + 1) && lower(v.norm(i + 1)).equals("it");
      if (w.equals("its")) return noCandidateBefore(v, k) && noCandidateInPreviousSubject(v, k, s.text());
      if (w.equals("it")) {
        return i > e && IT_LINKS.contains(lower(v.norm(i - 1))) && actingIt(v, i) && noCandidateBefore(v, k)
            && noCandidateInPreviousSubject(v, k, s.text());
      }
      if (w.equals(";") && i + 1 < v.size() && lower(v.norm(i + 1)).equals("its")) continue;
      if (IT_LINKS.contains(w) && itNext) continue;
      String pos = v.pos(i);
      if (pos.startsWith("PRP") || pos.startsWith("W") || v.capitalised(i) || w.isEmpty()
          || !Character.isLetterOrDigit(w.charAt(0)) || SpeechVerbs.isSpeechVerb(w) || THINKING_VERBS.contains(w)
          || CLAUSE_BREAKS.contains(w) || w.equals("but") || w.equals("or")) {
        return false;
      }
      if (pos.equals("NN") && !(i + 1 < v.size() && lower(v.norm(i + 1)).equals("of"))
          && !(i > e && (v.pos(i - 1).equals("IN") || v.pos(i - 1).equals("TO")))) {
        return false; // "Lind bought the farm and its barn": the farm's
      }
    }
    return false;
  }

  /** No singular noun heads a phrase before token {@code k} in its sentence (a noun before a noun is a modifier). */
  private static boolean noCandidateBefore(TokenView v, int k) {
    for (int i = k - 1; i >= 0 && v.sameSentence(i, k); i--) {
      boolean head = i + 1 >= k || !v.pos(i + 1).startsWith("NN");
      if (head && (v.pos(i).equals("NN") || v.pos(i).equals("NNP") && v.sameSentence(i - 1, i))) return false;
    }
    return true;
  }

  /**
   * Whether the subject of the sentence before token {@code k}'s (its words before the first finite or bare verb)
   * holds no singular noun or name but {@code name}, nor "it" or "its": "The bank collapsed in March. Lindqvist
   * resigned after it lost the contract" and "Varrow invaded Ostland. Kellan defended its actions" speak of the bank
   * and of Varrow.
   */
  private static boolean noCandidateInPreviousSubject(TokenView v, int k, String name) {
    int cs = k;
    while (cs > 0 && v.sameSentence(cs - 1, k)) cs--;
    if (cs == 0) return true;
    int ps = cs - 1;
    while (ps > 0 && v.sameSentence(ps - 1, cs - 1)) ps--;
    if (v.pos(ps).isEmpty()) {
      // a sentence with no capitalised word is not tagged: its subject is a common noun or a pronoun when it
      // opens with a determiner or "it" ("The bank collapsed.", "It failed."), after a conjunction
      int i = ps;
      while (i < cs - 1 && OPENING_CONJUNCTIONS.contains(lower(v.norm(i)))) i++;
      return !UNTAGGED_SUBJECT_OPENERS.contains(lower(v.norm(i)));
    }
    for (int i = ps; i < cs && !FINITE_TAGS.contains(v.pos(i)) && !v.pos(i).equals("VB"); i++) {
      String w = lower(v.norm(i));
      if (w.equals("it") || w.equals("its")) return false;
      boolean head = i + 1 >= cs || !v.pos(i + 1).startsWith("NN");
      if (head && (v.pos(i).equals("NN") || v.pos(i).equals("NNP") && !name.contains(v.norm(i)))) return false;
    }
    return true;
  }

  /**
   * Whether "it" at {@code i} is the subject of an active verb that is no verb of being, seeming, happening or the
   * like ("it emerged", "it took years") and that has an object after it ("it raised prices").
   */
  private static boolean actingIt(TokenView v, int i) {
    int j = i + 1;
    while (j < v.size() && v.sameSentence(i, j) && (v.pos(j).startsWith("RB") || v.pos(j).equals("MD")
        || AUXILIARY_HAVE.contains(lower(v.norm(j))) && j + 1 < v.size() && v.pos(j + 1).startsWith("VB"))) {
      j++;
    }
    if (j + 1 >= v.size() || !v.sameSentence(i, j + 1) || !v.pos(j).startsWith("VB")
        || NOT_ACTING_VERBS.contains(lower(v.norm(j)))) {
      return false;
    }
    int o = j + 1;
    if (v.pos(o).equals("RP")) o++;
    return o < v.size() && v.sameSentence(i, o) && OBJECT_START.matcher(v.pos(o)).matches();
  }

  private static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and", "so", "yet", "then", "still", "now");
  private static final Set<String> UNTAGGED_SUBJECT_OPENERS =
      Set.of("it", "its", "the", "this", "that", "a", "an", "one", "each", "every");
  /** Tags of a finite verb or a modal right after a subject. */
  private static final Set<String> FINITE_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");
  /** Words that join a clause whose subject "it" may mean the name before ("after it", "what it calls"). */
  private static final Set<String> IT_LINKS =
      Set.of("after", "because", "when", "since", "until", "before", "once", "while", "what");
  private static final Set<String> AUXILIARY_HAVE = Set.of("has", "have", "had");
  /** Verbs of thinking, knowing and perceiving, whose clause may speak of anything ("Lind knew its history"). */
  private static final Set<String> THINKING_VERBS = Set.of("think", "thinks", "thought", "believe", "believes",
      "believed", "know", "knows", "knew", "feel", "feels", "felt", "hope", "hopes", "hoped", "expect", "expects",
      "expected", "fear", "fears", "feared", "doubt", "doubts", "doubted", "suspect", "suspects", "suspected", "reckon",
      "reckons", "reckoned", "understand", "understands", "understood", "assume", "assumes", "assumed", "realise",
      "realises", "realised", "realize", "realizes", "realized", "wonder", "wonders", "wondered", "worry", "worries",
      "worried", "hear", "hears", "heard", "see", "sees", "saw", "find", "finds", "found", "learn", "learns", "learned");
  /** Verbs "it" is the subject of in an impersonal or a descriptive sentence ("it emerged", "it took years"). */
  private static final Set<String> NOT_ACTING_VERBS = Set.of("is", "was", "be", "been", "are", "were", "'s", "seems",
      "seemed", "appears", "appeared", "emerged", "emerges", "became", "becomes", "become", "remains", "remained",
      "turns", "turned", "happens", "happened", "takes", "took", "taken", "makes", "made", "means", "meant", "matters",
      "mattered", "comes", "came", "goes", "went", "gets", "got", "looks", "looked", "sounds", "sounded", "feels",
      "felt", "depends", "depended", "helps", "helped", "costs", "cost", "follows", "followed", "says", "said", "shows",
      "showed", "hit", "hits", "gave", "gives", "given", "struck", "strikes", "caused", "causes");
  private static final Pattern OBJECT_START = Pattern.compile("DT|PRP\\$|NNS?|NNPS?|JJ[RS]?|CD");

  /**
   * Replaces a one-word person's entity by an organisation with its name and mentions, or adds the mentions to the
   * organisation of that name the article already has.
   */
  private static void retypeAsOrganisation(Person p, List<Entity> order) {
    retypeAs(p, order, EntityType.ORGANIZATION);
  }

  /** Makes the person an entity of {@code type}, joining one of that type with the same name. */
  private static void retypeAs(Person p, List<Entity> order, EntityType type) {
    int at = order.indexOf(p.entity);
    if (at < 0) return;
    order.remove(at);
    for (Entity e : order) {
      if (e.type() == type && e.name().equals(p.entity.name())) {
        for (Span s : p.entity.mentions()) e.addMention(s);
        return;
      }
    }
    Entity org = new Entity(p.entity.id(), type, p.entity.name());
    for (Span s : p.entity.mentions()) org.addMention(s);
    order.add(at, org);
  }

  /** The business nouns before a one-word name ({@link #FIRM_NOUNS}) and those that end an apposition only. */
  private static final Pattern FIRM_APPOSITION_AFTER = Pattern.compile(
      ",?\\s+(?:is\\s+|was\\s+)?(?:a|an|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?"
          + "(?:" + String.join("|", FIRM_NOUNS) + "|brand|band|chain|business)"
          + "(?:\\s*[,.;:)]|\\s+(?:that|which|based|in|with|known|founded|whose|and|from|of|for|behind)\\b)");

  /** The next characters of the text after {@code end} (at most 40). */
  private static String after(String text, int end) {
    return text.substring(end, Math.min(text.length(), end + 40));
  }

  private static final Pattern NUMBER_AFTER = Pattern.compile("^ (\\d{1,2})(?!\\d|[-\u2013/.,:]\\d)");

  /** The one- or two-digit number written right after a name ("Marcus 2"), or null. */
  private static String numberAfter(String text, int end) {
    Matcher m = NUMBER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8)));
    return m.find() ? m.group(1) : null;
  }

  private static final Pattern AFTER_EPONYM =
      Pattern.compile("(?:['\u2019]s?)?\\s+(\\p{L}+)");
  private static final Pattern POSSESSIVE_DISEASE =
      Pattern.compile("['\u2019]s\\s+(?:disease|syndrome)\\b");
  private static final Pattern SWORD_OF = Pattern.compile("sword\\s+of\\s+$");

  static boolean inEponymIdiom(String text, int start, int end) {
    String name = lower(text.substring(start, end));
    String rest = text.substring(end, Math.min(text.length(), end + 40));
    if (POSSESSIVE_DISEASE.matcher(rest).lookingAt()) return true;
    if (SWORD_OF.matcher(lower(text.substring(Math.max(0, start - 12), start))).find()) return true;
    Matcher m = AFTER_EPONYM.matcher(rest);
    return m.lookingAt() && EPONYM_IDIOMS.contains(name + " " + lower(m.group(1)));
  }

  private static final Set<String> EPONYM_IDIOMS = Lexicon.words("/ner/eponym-idioms.txt");

  /** The first and last words of the people the article names with two or more words. */
  private record NameWords(Set<String> given, Set<String> surnames, Set<String> places) {
    static NameWords of(List<EntityMention> mentions) {
      Set<String> given = new HashSet<>();
      Set<String> surnames = new HashSet<>();
      Set<String> places = new HashSet<>();
      for (EntityMention m : mentions) {
        if (m.type() == EntityType.PLACE) places.add(orgKey(m.text()));
        if (m.type() != EntityType.PERSON) continue;
        List<String> parts = withoutLeadingModifier(withoutLeadingRoles(nameParts(m.text())));
        if (parts.size() < 2) continue;
        given.add(lower(parts.get(0)));
        surnames.add(lower(bareSurname(last(parts))));
      }
      return new NameWords(given, surnames, places);
    }
  }

  /**
   * A country's name alone that the recogniser calls a person is the country unless the text makes it the
   * person. Where it is the given name of someone named in full ("Israel Navon ... Israel said it would"),
   * only an honorific or title before it or a personal pronoun as the next pronoun of its sentence ("Jordan
   * said he would") makes it the person, since news names people by surname; where it is someone's surname
   * ("Michael Jordan ... Jordan scored"), it stays the person unless "it" or "its" is that next pronoun
   * and the article names the country as a place elsewhere ("flew to Jordan ... Jordan closed its
   * border"; a team named after its owner, "with Jordan using its engines", stays as it was). Other
   * one-word names are left to the recogniser.
   */
  private boolean countryNotPerson(TokenView v, EntityMention m, NameWords named) {
    if (countryOf == null) return false;
    List<String> parts = nameParts(m.text());
    if (parts.size() != 1) return false;
    String w = parts.get(0);
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || countryOf.apply(w) == null) return false;
    String l = lower(w);
    boolean given = named.given().contains(l);
    boolean surname = named.surnames().contains(l);
    if (!given && !surname) return false;
    int k = v.firstAtOrAfter(m.start()) - 1;
    if (k >= 0 && v.sameSentence(k, k + 1)) {
      String before = strip(lower(v.norm(k)));
      if (NerLexicon.instance().isHonorific(before) || NerLexicon.instance().isTitleWord(before)) return false;
    }
    String pronoun = nextPronoun(v, m.end());
    if (surname) return pronoun != null && COUNTRY_PRONOUNS.contains(pronoun) && named.places().contains(l);
    return pronoun == null || !PERSON_PRONOUNS.contains(pronoun);
  }

  /**
   * The sex a one-word name opening its sentence as the subject states by the first personal pronoun after it
   * ("Connor said she would", "Connor lost his seat"): "he"/"she", a possessive or a reflexive, with no capitalised
   * word, person noun or quote mark between; "him" or an object "her" is someone else. UNKNOWN otherwise.
   */
  private static Gender subjectPronounSex(TokenView v, EntityMention m) {
    int k = v.firstAtOrAfter(m.start());
    int e = v.firstAtOrAfter(m.end());
    if (k >= v.size() || k > 0 && v.sameSentence(k - 1, k) || e >= v.size() || !v.sameSentence(k, e)
        || !Character.isLowerCase(v.norm(e).charAt(0))) {
      return Gender.UNKNOWN;
    }
    for (int i = e; i < v.size() && v.sameSentence(k, i) && i - e < 20; i++) {
      String w = lower(v.norm(i));
      if (w.equals("he") || w.equals("himself")) return Gender.MALE;
      if (w.equals("she") || w.equals("herself")) return Gender.FEMALE;
      // a possessive only in the subject's own clause ("Connor lost his seat", not "Connor said her death ...")
      if (w.equals("his") || w.equals("her")) {
        return "PRP$".equals(v.pos(i)) && ownClause(v, e, i) ? (w.equals("his") ? Gender.MALE : Gender.FEMALE) : Gender.UNKNOWN;
      }
      if (w.equals("him") || w.equals("hers") || w.equals("whom") || w.equals(";") || v.capitalised(i)
          || !w.isEmpty() && "\"“”‘’'«»".indexOf(w.charAt(0)) >= 0 || OTHER_PERSON.matcher(w).matches()) {
        return Gender.UNKNOWN;
      }
    }
    return Gender.UNKNOWN;
  }

  /**
   * The sex the first subject pronoun after a full name that opens its sentence (or a quotation) states ("Ilse Varga
   * was fined before she could appeal"): "he"/"she" or a reflexive, with no other person's name, person noun,
   * possessive or object pronoun or quote mark between ("Ilse Varga is behind her rival's fall", "The court fined Ilse
   * Varga, saying she ...": nothing). UNKNOWN otherwise.
   */
  private static Gender fullNamePronounSex(TokenView v, EntityMention m, Map<Integer, Integer> personSpans) {
    int k = v.firstAtOrAfter(m.start());
    int e = v.firstAtOrAfter(m.end());
    if (k >= v.size() || e >= v.size() || !v.sameSentence(k, e) || !Character.isLowerCase(v.norm(e).charAt(0))) {
      return Gender.UNKNOWN;
    }
    if (k > 0 && v.sameSentence(k - 1, k) && !isQuoteMark(v.norm(k - 1))) return Gender.UNKNOWN;
    for (int i = e; i < v.size() && v.sameSentence(k, i) && i - e < 25; i++) {
      String w = lower(v.norm(i));
      if (w.equals("he") || w.equals("himself")) return Gender.MALE;
      if (w.equals("she") || w.equals("herself")) return Gender.FEMALE;
      if (personSpans.containsKey(v.start(i)) || PERSON_PRONOUNS.contains(w) || w.equals("whom") || w.equals(";")
          || isQuoteMark(w) || OTHER_PERSON.matcher(w).matches()) {
        return Gender.UNKNOWN;
      }
    }
    return Gender.UNKNOWN;
  }

  /**
   * The sex a kinship or role noun ({@link SexNouns}) in apposition states of a full name: right before it, with or
   * without a comma ("his widow, Ilse Varga", "her son Tomas Varga"), or after it and a comma with a possessive
   * before the noun ("Ilse Varga, his widow,"). UNKNOWN otherwise.
   */
  private static Gender kinNounSex(TokenView v, EntityMention m) {
    int k = v.firstAtOrAfter(m.start());
    int j = k - 1;
    if (j >= 0 && v.norm(j).equals(",")) j--;
    if (j >= 0 && v.sameSentence(j, k)) {
      Gender g = kinSex(v.norm(j));
      if (g != Gender.UNKNOWN) return g;
    }
    int e = v.firstAtOrAfter(m.end());
    if (e + 3 < v.size() && v.norm(e).equals(",") && v.sameSentence(k, e + 3)
        && Set.of("his", "her", "their").contains(lower(v.norm(e + 1)))
        && Set.of(",", ".", ";").contains(v.norm(e + 3))) {
      return kinSex(v.norm(e + 2));
    }
    return Gender.UNKNOWN;
  }

  private static Gender kinSex(String w) {
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return Gender.UNKNOWN;
    return SexNouns.of(w);
  }

  private static boolean isQuoteMark(String w) {
    return !w.isEmpty() && "\"“”‘’'«»".indexOf(w.charAt(0)) >= 0;
  }

  /**
   * Whether an honorific of sex {@code said} before a family name alone goes against the sex the article shows for
   * {@code p} by a pronoun after its full name, when neither an honorific nor its given name shows one ("Ilse Varga
   * ... she ... Mr Varga": not her).
   */
  private static boolean shownOtherSex(Person p, Gender said) {
    if (said == Gender.UNKNOWN || sexOf(p) != Gender.UNKNOWN || p.shownMale == p.shownFemale) return false;
    return said == Gender.MALE ? p.shownFemale : p.shownMale;
  }

  /** True when no "that", comma, subordinator or speech verb stands in {@code [from, to)}. */
  private static boolean ownClause(TokenView v, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = lower(v.norm(i));
      if (CLAUSE_BREAKS.contains(w) || SpeechVerbs.isSpeechVerb(w)) return false;
    }
    return true;
  }

  private static final Set<String> CLAUSE_BREAKS = Set.of("that", ",", "after", "before", "when",
      "while", "as", "since", "although", "though", "once", "until", "because", "if");

  /** Words for another person that may stand between a subject and its pronoun ("told the officer he"). */
  private static final Pattern OTHER_PERSON = Pattern.compile(
      "[a-z]{2,}(er|or|ist|man|woman|ian|ess)|boy|girl|child|kid|baby|friend|colleague|partner|neighbou?r|patient"
          + "|client|student|pupil|guest|victim|man|woman|lady|person|wife|husband|mother|father|son|daughter|sister"
          + "|brother|mum|mom|dad|aunt|uncle|niece|nephew|cousin|widow|widower|spouse|coach|chief|judge|aide|official");

  private static final Set<String> PERSON_PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
  private static final Set<String> COUNTRY_PRONOUNS = Set.of("it", "its", "itself");

  /** The first third-person singular pronoun after {@code end} in the same sentence, in lower case, or null. */
  private static String nextPronoun(TokenView v, int end) {
    int k = v.firstAtOrAfter(end);
    for (int i = k; i < v.size() && v.sameSentence(k, i); i++) {
      String w = lower(v.norm(i));
      if (PERSON_PRONOUNS.contains(w) || COUNTRY_PRONOUNS.contains(w)) return w;
    }
    return null;
  }

  /**
   * An acronym the article defines ("the Harbour Safety Authority (HSA)") is a mention of the entity it
   * abbreviates, which keeps the full name: the acronym's letters, in order, are initials of the name's
   * words, starting with the first. Digits and "&" in the acronym are ignored ("D4C").
   */
  private static void mergeDefinedAcronyms(String text, List<Entity> order) {
    for (Entity acronym : new ArrayList<>(order)) {
      if (acronym.type() == EntityType.PERSON || !isAcronym(acronym.name())) continue;
      for (Entity full : order) {
        if (full == acronym || full.type() != acronym.type() || !abbreviates(acronym.name(), full.name())) continue;
        boolean defined = full.mentions().stream().anyMatch(m -> {
          String after = text.substring(m.end(), Math.min(text.length(), m.end() + acronym.name().length() + 4));
          return after.startsWith(" (" + acronym.name() + ")") || after.startsWith(" (" + acronym.name() + ",");
        });
        if (!defined) continue;
        for (Span m : acronym.mentions()) full.addMention(m);
        order.remove(acronym);
        break;
      }
    }
  }

  /**
   * An acronym the article does not define but whose letters are exactly the initials of the capitalised
   * words of one organisation it names ("the Eastland Water Authority said ... the EWA added") is that
   * organisation, which keeps the full name. Three letters or more, every capitalised word counted ("of",
   * "for", "and" are skipped), and no second organisation of the article fits: "the EWA" beside both an
   * "Eastland Water Authority" and an "Eastern Wildlife Association" stays apart. The initials of the leading
   * words fit too ({@link #spellsLeadingWords}): "the Institute for Alpine Glacier Studies and Mapping ... the
   * IAG said", unless a second organisation fits either way ("Space Survey Office Annex" is the same name, kept).
   * An untyped acronym counts as well; one that names a place ("UAE"), or that spells the initials of
   * a person of the article ("Lena Ruth Hale ... LRH"), is left alone. A name that opens with a national
   * adjective fits without it too ("the Freedonian Water Safety Authority ... the WSA").
   */
  private static void mergeSpelledOutAcronyms(List<Entity> order) {
    for (Entity acronym : new ArrayList<>(order)) {
      if (acronym.type() != EntityType.ORGANIZATION && acronym.type() != EntityType.OTHER
          || !isAcronym(acronym.name())) continue;
      String letters = acronym.name().replaceAll("[0-9&]", "");
      if (letters.length() < 3) continue;
      Entity target = spelledOutBy(letters, acronym, order, false);
      Entity leading = spellsPersonInitials(letters, order) || namesPlace(acronym.name())
          ? null : spelledOutBy(letters, acronym, order, true);
      if (target != null && leading != null && !leading.name().startsWith(target.name())) continue; // two fit
      if (target == null) target = leading;
      if (target == null) continue;
      for (Span m : acronym.mentions()) target.addMention(m);
      order.remove(acronym);
    }
  }

  /**
   * The one organisation of the article whose capitalised words' initials are {@code letters} (all of them, or
   * with {@code leading} the leading ones only, {@link #spellsLeadingWords}), or null when none or two fit:
   * "EWA" finds "Eastland Water Authority"; "IAG" with {@code leading} finds "Institute for Alpine Glacier
   * Studies and Mapping".
   */
  private static Entity spelledOutBy(String letters, Entity acronym, List<Entity> order, boolean leading) {
    Entity target = null;
    int fits = 0;
    for (Entity full : order) {
      if (full == acronym || full.type() != EntityType.ORGANIZATION) continue;
      String initials = capitalInitials(full.name());
      String national = withoutNationalAdjective(full.name());
      String rest = national == null ? "" : capitalInitials(national);
      if (!spells(letters, initials, leading) && (rest.isEmpty() || !spells(letters, rest, leading))) continue;
      target = full;
      fits++;
    }
    return fits == 1 ? target : null;
  }

  /**
   * An organisation named with and without a national adjective ("the Freedonian Senate" ... "the Senate", "the
   * Freedonian Labour Party" ... "the Labour Party") is one organisation, which keeps the fuller name; any name
   * that opens with a national adjective counts (the institution nouns of {@code OrganisationNameFixes} only decide
   * whether the adjective is joined to a name the recogniser cut), and only when one organisation of the article
   * has that name after its adjective (a "Freedonian Senate" and a "Ruritanian Senate" leave "Senate" alone).
   */
  private static void mergeNationalShortNames(List<Entity> order) {
    Map<String, List<Entity>> byShortName = new HashMap<>();
    for (Entity e : order) {
      if (e.type() != EntityType.ORGANIZATION) continue;
      String rest = withoutNationalAdjective(e.name());
      if (rest != null) byShortName.computeIfAbsent(rest, k -> new ArrayList<>()).add(e);
    }
    if (byShortName.isEmpty()) return;
    for (Entity shorter : new ArrayList<>(order)) {
      if (shorter.type() != EntityType.ORGANIZATION) continue;
      List<Entity> fuller = byShortName.get(shorter.name());
      if (fuller == null || fuller.size() != 1) continue;
      for (Span m : shorter.mentions()) fuller.get(0).addMention(m);
      order.remove(shorter);
    }
  }

  private static boolean spells(String letters, String initials, boolean leading) {
    return leading ? spellsLeadingWords(letters, initials) : letters.equals(initials);
  }

  /**
   * A national institution's name without its country's adjective ("Freedonian Water Safety Authority" -> "Water
   * Safety Authority"), whose short form often leaves the adjective out ("the WSA"); null when the name does not open
   * with a national adjective.
   */
  private static String withoutNationalAdjective(String name) {
    int sp = name.indexOf(' ');
    if (sp < 0 || Gazetteer.shared().demonymCountry(name.substring(0, sp)) == null) return null;
    return name.substring(sp + 1);
  }

  /** True when a person of the article has these initials ("LRH" for "Lena Ruth Hale"). */
  private static boolean spellsPersonInitials(String letters, List<Entity> order) {
    return order.stream().anyMatch(e -> e.type() == EntityType.PERSON && letters.equals(capitalInitials(e.name())));
  }

  /**
   * True when an acronym's letters are the initials of the leading capitalised words of a name, dropping
   * trailing ones, while keeping at least three words and at least half of them: "IAG" for the initials "IAGSM"
   * of "Institute for Alpine Glacier Studies and Mapping", but not "IA" (two words), nor "IAG" for the initials
   * "IAGSMPR" of a seven-word name (less than half).
   */
  static boolean spellsLeadingWords(String letters, String initials) {
    return letters.length() >= 3 && letters.length() < initials.length()
        && 2 * letters.length() >= initials.length() && initials.startsWith(letters);
  }

  /**
   * True when an all-capitals name is also a place the gazetteer knows ("UAE", "NSW"), so it is not read as
   * the short form of an organisation of the article.
   */
  private static boolean namesPlace(String acronym) {
    Gazetteer g = Gazetteer.shared();
    return !g.lookup(acronym).isEmpty() || g.stateAbbreviation(acronym) != null;
  }

  /** The initials of a name's capitalised words, in order ("Bureau of Land Management" -> "BLM"); "" for one word. */
  static String capitalInitials(String name) {
    String[] words = name.trim().split("[\\s\\-]+");
    if (words.length < 2) return "";
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) continue;
      if (!Character.isUpperCase(w.codePointAt(0))) {
        if (FUNCTION_WORDS.contains(w)) continue;
        return ""; // "the", a lower-case content word: not a spelled-out name
      }
      b.append(w.charAt(0));
    }
    return b.toString();
  }

  private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "and", "on", "in", "to");

  private static boolean isAcronym(String name) {
    String letters = name.replaceAll("[0-9&]", "");
    return letters.length() >= 2 && letters.length() <= 8 && letters.chars().allMatch(Character::isUpperCase);
  }

  static boolean abbreviates(String acronym, String name) {
    String letters = acronym.replaceAll("[0-9&]", "");
    String[] words = name.split("[\\s\\-]+");
    if (words.length < letters.length() || words[0].isEmpty()
        || Character.toUpperCase(words[0].charAt(0)) != letters.charAt(0)) {
      return false;
    }
    int k = 0;
    for (String w : words) {
      if (k < letters.length() && !w.isEmpty() && Character.toUpperCase(w.charAt(0)) == letters.charAt(k)) k++;
    }
    return k == letters.length();
  }

  private static String nextId(int[] counter) {
    return "e" + (++counter[0]);
  }

  /**
   * "Said Ames: ..." inverts "Ames said": a two-word "name" whose first word is "said" or "says" is the
   * surname of the one person the article names in full with it ("Tom Ames"); without such a person it is
   * left alone ("Said" is also a given name).
   */
  private static void mergeInvertedSpeech(List<Person> people, List<Entity> order) {
    for (Person p : people) {
      if (p.parts.size() != 2 || !order.contains(p.entity)) continue;
      String first = lower(p.parts.get(0));
      if (!first.equals("said") && !first.equals("says")) continue;
      Person target = null;
      int count = 0;
      for (Person full : people) {
        if (full == p || full.parts.size() < 2 || !order.contains(full.entity)) continue;
        if (sameSurname(last(full.parts), last(p.parts)) && !lower(full.parts.get(0)).equals(first)) {
          target = full;
          count++;
        }
      }
      if (count == 1) merge(p, target, order);
    }
  }

  /** A person seen only by surname before (or without) the full name joins the one full name with it. */
  private static void mergeSurnameOnlyPeople(List<Person> people, List<Entity> order, Set<String> bothSexes) {
    for (Person single : people) {
      if (single.parts.size() != 1 || !order.contains(single.entity)) continue;
      // "Mr Lind" beside "Mrs Lind": only a full name of a shown sex, the same, takes it
      boolean strict = single.honorific != Gender.UNKNOWN && bothSexes.contains(lower(single.parts.get(0)));
      Person target = null;
      int count = 0;
      for (Person full : people) {
        if (full == single || full.parts.size() < 2 || !order.contains(full.entity)) continue;
        if (strict && !sexFits(full, single.honorific, single.parts.get(0), people)) continue;
        if (shownOtherSex(full, single.honorific)) continue;
        if (sameSurname(last(full.parts), single.parts.get(0)) && sameSex(full, single.honorific)) {
          target = full;
          count++;
        }
      }
      if (count == 1) merge(single, target, order);
    }
  }

  /**
   * A person named only by a given name ("Sir Alan", "Priya" after "Priya Natarajan", "Mr. Wen" after
   * "Wen Jiabao", whose family name comes first) joins the full name that starts with it: the nearest
   * one named before, else the first named after. A word that is also someone's surname is left to
   * {@link #mergeSurnameOnlyPeople}.
   */
  private static void mergeGivenNameOnlyPeople(List<Person> people, List<Entity> order, Map<Entity, Integer> firstSeen) {
    for (Person single : people) {
      if (single.parts.size() != 1 || !order.contains(single.entity)) continue;
      String w = single.parts.get(0);
      boolean surname = people.stream().anyMatch(p -> p != single && p.parts.size() > 1 && order.contains(p.entity)
          && sameSurname(last(p.parts), w));
      if (surname) continue;
      int at = firstSeen.getOrDefault(single.entity, 0);
      Person before = null;
      Person after = null;
      for (Person full : people) {
        if (full == single || full.parts.size() < 2 || !order.contains(full.entity)) continue;
        if (!sameWord(full.parts.get(0), w) || !sameSex(full, single.honorific)) continue;
        int f = firstSeen.getOrDefault(full.entity, 0);
        if (f < at && (before == null || f > firstSeen.getOrDefault(before.entity, 0))) before = full;
        if (f > at && after == null) after = full;
      }
      Person target = before != null ? before : after;
      if (target != null) merge(single, target, order);
    }
  }

  private static void merge(Person from, Person into, List<Entity> order) {
    for (Span s : from.entity.mentions()) into.entity.addMention(s);
    for (String t : from.entity.titles()) into.entity.addTitle(t);
    if (into.honorific == Gender.UNKNOWN) into.honorific = from.honorific;
    into.evidence |= from.evidence;
    into.shownMale |= from.shownMale;
    into.shownFemale |= from.shownFemale;
    order.remove(from.entity);
  }

  /**
   * One-word "people" that are not people: a family ("the Okafors", when an Okafor is named) or a word made
   * from a named person's surname ("Thatcherite", "Orwellian"), "Black" or "White" alone (the adjective of
   * race, when no one named in full has that surname), a month
   * ("in June"), a common word written with a capital only where a sentence or heading starts it
   * ("Teachers gathered ...", when the article also writes "teachers") and never otherwise.
   */
  private static void dropNonPeople(String text, List<Person> people, List<Entity> order) {
    for (Person single : people) {
      if (single.parts.size() != 1 || !order.contains(single.entity) || single.honorific != Gender.UNKNOWN) continue;
      String w = single.parts.get(0);
      String l = lower(w);
      boolean family = false;
      for (Person p : people) {
        if (p == single || !order.contains(p.entity)) continue;
        String sur = lower(last(p.parts));
        if (l.equals(sur + "s") || l.equals(sur + "es")) family = true;
        // "Thatcherite", "Orwellian", "Kafkaesque": an adjective or a movement made from a named person's surname
        for (String suffix : NAME_DERIVED_SUFFIXES) family |= l.equals(sur + suffix);
      }
      boolean month = MONTHS.contains(l);
      // "Black voters", "a Black judge": the capitalised adjective of race; a surname so spelt is merged
      // with the full name before this (mergeSurnameOnlyPeople), so what is left alone is the adjective
      boolean identity = IDENTITY_ADJECTIVES.contains(l);
      // a digit ("Model7") or a lower-case last part after a hyphen ("Plan-free", "Ex-nay") is no one-word name
      boolean shape = w.chars().anyMatch(Character::isDigit) || LOWER_AFTER_HYPHEN.matcher(w).find()
          || brandCapitals(w);
      // A one-word "name" the article also writes in lower case is a common word ("the plague", "people"),
      // wherever it stands; a listed given name is kept ("Guy", "Rose").
      boolean commonWord = !GivenNames.isGivenName(w) && occursInLowerCase(text, l);
      boolean inTitle = single.entity.mentions().stream().allMatch(m -> insideQuotedTitle(text, m.start(), m.end()));
      if (family || month || commonWord || inTitle || shape || identity) order.remove(single.entity);
    }
  }

  /**
   * A word written with a capital inside it after a run of lower-case letters ("HelioStack", "PayWell") or a run of
   * three capitals glued to a lower-case word ("KWNPosted"), the way brands, apps and sites are spelt and names are
   * not: a person's surname with a capital inside follows a short prefix ("McAdam", "MacLeod", "DeWitt", "LaRue")
   * or a particle ("FitzRoy", "VanderVeen"), and two given names may be run together ("MaryBeth").
   */
  static boolean brandCapitals(String w) {
    Matcher m = BRAND_CAPITALS.matcher(w);
    if (m.find()) {
      String head = w.substring(0, m.start(2));
      return !GivenNames.isGivenName(head) && !NAME_PREFIXES_BEFORE_CAPITAL.matcher(head).matches();
    }
    return ALLCAPS_GLUED.matcher(w).matches();
  }

  /** A capital after at least three lower-case letters (group 2 starts at the inner capital). */
  private static final Pattern BRAND_CAPITALS = Pattern.compile("^(\\p{Lu}\\p{Ll}{3,})(\\p{Lu})\\p{Ll}");
  /** Particles and prefixes that a family name's inner capital follows. */
  private static final Pattern NAME_PREFIXES_BEFORE_CAPITAL = Pattern.compile(
      "(?:Fitz|Vander|Vanden|Della|Delle|Dello|Dela|Santa|Saint)",
      Pattern.CASE_INSENSITIVE);
  /** Three capitals or more, then a capitalised lower-case word of at least three letters ("KWNPosted"). */
  private static final Pattern ALLCAPS_GLUED = Pattern.compile("\\p{Lu}{3,}\\p{Ll}{3,}");

  /** Adjectives of racial identity that style guides capitalise ("Black", "White"). */
  private static final Set<String> IDENTITY_ADJECTIVES = Set.of("black", "white");

  private static final List<String> NAME_DERIVED_SUFFIXES = List.of("ian", "ite", "ites", "esque", "ism", "ist", "ists");

  /** The last part after a hyphen in lower case ("Plan-free"; not "Qadir-ul-Baqi", whose last part is a name). */
  private static final Pattern LOWER_AFTER_HYPHEN = Pattern.compile("-\\p{Ll}[^-]*$");

  /**
   * A compound adjective before a name ("Top-seeded Ruiz", "Award-winning Ann Lee") is not part of it: a
   * first word whose part after the hyphen is a lower-case participle of five letters or more ("-seeded",
   * "-winning"; not a syllable of a given name such as "Ji-ming").
   */
  static List<String> withoutLeadingModifier(List<String> parts) {
    if (parts.size() < 2 || !COMPOUND_ADJECTIVE.matcher(parts.get(0)).matches()) return parts;
    return new ArrayList<>(parts.subList(1, parts.size()));
  }

  private static final Pattern COMPOUND_ADJECTIVE =
      Pattern.compile("\\p{L}+-\\p{Ll}{3,}(?:ed|ing)");

  /**
   * "a Gripmaster we took", "an Ostrava and two others": a one-word name that an indefinite article makes the
   * head of a noun phrase is a thing of that name or a member of a family, not a reference to one person.
   * Where the name only modifies the noun after it ("a Lindqvist fan club") the article belongs to that noun
   * and the name may be the person's.
   */
  private static boolean afterIndefiniteArticle(TokenView v, int start, int end) {
    int k = v.firstAtOrAfter(start) - 1;
    if (k < 0 || !v.sameSentence(k, k + 1)) return false;
    String w = v.norm(k);
    boolean article = w.equals("a") || w.equals("an")
        || (w.equals("A") || w.equals("An")) && (k == 0 || !v.sameSentence(k - 1, k)); // not an initial "A"
    if (!article) return false;
    int n = v.firstAtOrAfter(end);
    if (n < v.size() && v.sameSentence(k, n)) {
      String pos = v.pos(n);
      if (pos != null && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("CD"))) return false;
    }
    return true;
  }

  /**
   * "the Lindqvist said", "we tested the Corvo, which ...", "the Harbour Kings won": a name that "the" makes
   * the head of a noun phrase is a product, a hotel, a team or a nationality, not one person, whom news
   * names without an article. Where the name modifies the noun after it ("the Okafor family", "the Lind
   * administration"), also over "and" ("the Lind and Okafor reports"), or owns it ("the Lind's record"),
   * the article belongs to that noun and the name may be the person's.
   */
  private static boolean headAfterDefiniteArticle(TokenView v, int start, int end) {
    int k = v.firstAtOrAfter(start) - 1;
    if (k < 0 || !v.sameSentence(k, k + 1) || !v.norm(k).equalsIgnoreCase("the")) return false;
    int n = v.firstAtOrAfter(end);
    if (n < v.size() && v.sameSentence(k, n)) {
      String pos = v.pos(n);
      if (pos.isEmpty() || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("CD")) return false;
      // "the Lind and Okafor reports": a modifier shared over "and"; "the Lind's record": an owner
      if (pos.equals("CC") || pos.equals("POS") || v.norm(n).equals("'s") || v.norm(n).equals("'")) return false;
    }
    return true;
  }

  /**
   * "The Swede's first season", "a Brazilian hit the post", "fellow Dane": a word for the people of a place
   * ({@link Demonyms}) after a determiner names someone by origin, not by name, also where it owns the noun after
   * it. "Finn Lowe said" and "Berliner said" (a surname) have no determiner and stay names; before a noun only a
   * nation's word counts ("the Berliner family" may be a surname's).
   */
  private static boolean demonymAfterDeterminer(TokenView v, int start, String word) {
    int k = v.firstAtOrAfter(start) - 1;
    if (k < 0 || !v.sameSentence(k, k + 1) || !DEMONYM_DETERMINERS.contains(lower(v.norm(k)))) return false;
    int n = v.firstAtOrAfter(start) + 1;
    boolean beforeNoun = n < v.size() && v.sameSentence(k, n) && v.pos(n).startsWith("NN");
    // "the Berliner family" may be a surname's; "the Brazilian striker" is a nationality's
    return beforeNoun ? Demonyms.isNational(word) : Demonyms.isDemonym(word);
  }

  private static final Set<String> DEMONYM_DETERMINERS = Set.of("the", "a", "an", "fellow", "this", "that");

  /** "@TomReyes": a social-media handle, not a person's name as the text writes it. */
  private static boolean isHandle(String text, int start) {
    return start > 0 && text.charAt(start - 1) == '@';
  }

  /** Months and weekdays, but not "may", which is also a given name. */
  private static final Set<String> MONTHS = Lexicon.union(Lexicon.without(Lexicon.months(), "may"),
      Lexicon.weekdays());

  /**
   * True when [start, end) lies inside a quoted span on one line that {@link TitleCase#looksLikeTitle looks
   * like a title}: a song, book or chant ("“We Won't Back Down”"), not a person named in it.
   */
  static boolean insideQuotedTitle(String text, int start, int end) {
    int open = -1;
    for (int i = start - 1; i >= 0 && start - i < 80; i--) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '”') return false;
      if (ch == '“' || ch == '"') {
        open = i;
        break;
      }
    }
    if (open < 0) return false;
    for (int i = end; i < text.length() && i - end < 80; i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '“') return false;
      if (ch == '”' || ch == '"') return TitleCase.looksLikeTitle(text.substring(open + 1, i));
    }
    return false;
  }

  private static boolean occursInLowerCase(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int e = i + word.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (e >= text.length() || !Character.isLetter(text.charAt(e)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Varga, Tomas and ...": the mention at {@code mi} follows a comma and a person named by one word, an item of a
   * list of people known by one name. After a full name ("Ida Berg, Tomas and Edin Kovalik") the given name may
   * still share the surname that follows.
   */
  private static boolean afterListedPerson(String text, List<EntityMention> sorted, int mi) {
    if (mi == 0) return false;
    EntityMention prev = sorted.get(mi - 1);
    int start = sorted.get(mi).start();
    return prev.type() == EntityType.PERSON && prev.end() <= start && nameParts(prev.text()).size() == 1
        && text.substring(prev.end(), start).strip().equals(",");
  }

  /** The first person mention after mention {@code mi} (a quoted nickname may be tagged as something else), else the next mention. */
  private static EntityMention nextPerson(List<EntityMention> sorted, int mi) {
    for (int k = mi + 1; k < sorted.size() && k <= mi + 3; k++) {
      if (sorted.get(k).type() == EntityType.PERSON) return sorted.get(k);
    }
    return sorted.get(mi + 1);
  }

  /**
   * After a listed given name, a nickname of one or two capitalised words in quotation marks or brackets, then a
   * capitalised surname: "Robert “Bobby” Tane", "Elizabeth (Liz) Tarrow". Group 1 is the nickname, 2 the surname.
   */
  private static final Pattern NICKNAME_THEN_SURNAME = Pattern.compile(
      " [\"“‘'(](\\p{Lu}\\p{L}*\\p{Ll}(?: \\p{Lu}\\p{Ll}+)?)[\"”’')] (\\p{Lu}[\\p{L}'’-]*\\p{L})\\b");

  /**
   * "Dana [Okafor] and I", "with Tom (Reyes) and Ann": a listed given name that a writer or an editor completes with
   * the surname in brackets right after it is that one person, "Dana Okafor" (the surname's own mention then joins
   * the same person as a surname). Only one capitalised word that the recogniser typed as a person may stand in the
   * brackets: "Jordan (Amman)" or "Tom (a neighbour)" stay as they are.
   */
  private static String bracketedSurname(String text, List<EntityMention> sorted, EntityMention m) {
    Matcher b = BRACKETED_SURNAME.matcher(text).region(m.end(), text.length());
    if (!b.lookingAt()) return null;
    boolean person = sorted.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.start() == b.start(1)
        && o.end() == b.end(1));
    return person ? b.group(1) : null;
  }

  /**
   * "... signed by the club's new goalkeeper, Tom" and "Reyes, who ..." as two paragraphs: a page's paragraph
   * break cut into the name. A listed given name that ends a paragraph in mid-sentence (a lower-case word
   * before it on the line) is that one person with the surname that opens the next paragraph: one capitalised
   * word, no given name, that the recogniser typed as a person, the sentence going on after it (a lower-case
   * word or a comma). A credits or list line ("Starring Ann Lee") and a heading ("Reyes Wins Again") stay as
   * they are.
   */
  private static String surnameAfterParagraphBreak(String text, List<EntityMention> sorted, EntityMention m) {
    Matcher b = SURNAME_AFTER_BREAK.matcher(text).region(m.end(), text.length());
    if (!b.lookingAt() || GivenNames.isGivenName(b.group(1))) return null;
    String line = text.substring(text.lastIndexOf('\n', m.start()) + 1, m.start());
    if (!LOWER_CASE_WORD.matcher(line).find()) return null;
    boolean person = sorted.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.start() == b.start(1)
        && o.end() == b.end(1));
    return person ? b.group(1) : null;
  }

  /** A paragraph break, one capitalised word with a lower-case letter, then a comma or a lower-case word. */
  private static final Pattern SURNAME_AFTER_BREAK =
      Pattern.compile("[ \\t]*\\n\\s*(\\p{Lu}[\\p{L}'’-]*\\p{Ll})(?=,| \\p{Ll})");

  /** A word of lower-case letters between spaces or at the start of a line ("the", "here"). */
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?:^| )\\p{Ll}+(?= )");

  /** A space, "[" or "(", one capitalised word, the matching bracket. Group 1 is the word. */
  private static final Pattern BRACKETED_SURNAME =
      Pattern.compile(" (?=\\[[^\\]]*\\]|\\([^)]*\\))[\\[(](\\p{Lu}[\\p{L}'’-]*\\p{Ll})[\\])]");

  /** Whether {@code m} is a nickname read inside a full name ("Bobby" of "Robert “Bobby” Tane"). */
  private static boolean insideNickname(Map<Integer, String[]> nicknames, EntityMention m) {
    for (Map.Entry<Integer, String[]> e : nicknames.entrySet()) {
      if (m.start() >= e.getKey() && m.end() <= Integer.parseInt(e.getValue()[3])) return true;
    }
    return false;
  }

  /**
   * The full name whose nickname {@code parts} use ("Bobby Tane" or "Bobby" after "Robert “Bobby” Tane"): entries
   * {nickname, given name, surname, end}; a two-word name must have the same surname.
   */
  private static String[] nicknameOf(Map<Integer, String[]> nicknames, List<String> parts) {
    if (parts.size() != 2) return null;
    for (String[] n : nicknames.values()) {
      if (n[0].equals(lower(parts.get(0))) && (parts.get(1).isEmpty() || sameSurname(parts.get(1), n[2]))) return n;
    }
    return null;
  }

  /** A nickname in quotation marks between a given name and a surname: "“Ace”", "'Big Tom'". */
  private static final Pattern QUOTED_NICKNAME =
      Pattern.compile("[\"“‘']\\p{Lu}[^\"“”‘’'\n.,;:!?()]{0,30}[\"”’']");

  /**
   * "Anna and Ben Okafor": a listed given name joined by "and" to a full name shares its surname, unless it is
   * an item of a longer list of people ({@code listed}: "Varga, Tomas and Edin Kovalik" names three players); a
   * given name followed by a quoted nickname and a surname ("James “Ace” Mole") is one name with that surname.
   */
  private static List<String> sharedSurname(String text, EntityMention m, EntityMention next, List<String> parts,
      boolean listed) {
    if (next.type() != EntityType.PERSON || next.start() < m.end()) return parts;
    String between = text.substring(m.end(), next.start()).strip();
    if (QUOTED_NICKNAME.matcher(between).matches() && text.charAt(m.end()) == ' ' && text.charAt(next.start() - 1) == ' '
        && Character.isUpperCase(next.text().charAt(0))) {
      List<String> out = new ArrayList<>(parts); // James "Ace" Mole: the nickname sits inside one name
      out.add(last(nameParts(next.text())));
      return out;
    }
    if (listed || !between.equals("and") && !between.equals("&")) return parts;
    List<String> full = nameParts(next.text());
    if (full.size() < 2 || !GivenNames.isGivenName(parts.get(0))) return parts;
    List<String> out = new ArrayList<>(parts);
    out.add(last(full));
    return out;
  }

  /**
   * "Ross Graham resigned ... Graham and Tobias Fenn agreed": a one-word name that is the surname of a person
   * already named in full is that person again, even when it is also a given name; it does not share the surname
   * of the full name after "and" (no "Graham Fenn").
   */
  private static boolean surnameOfSomeoneNamed(List<Person> people, String word) {
    String w = lower(word);
    for (Person p : people) {
      if (p.parts.size() > 1 && lower(last(p.parts)).equals(w)) return true;
    }
    return false;
  }

  /**
   * A title or honorific right before a one-word name ("Prince Arlo and Dana Voss"): the name is how that
   * person is known with the title, so it does not share the surname of the full name after "and".
   */
  private static boolean afterTitle(TokenView v, int start) {
    int k = v.firstAtOrAfter(start) - 1;
    if (k < 0 || !v.sameSentence(k, k + 1)) return false;
    String w = strip(lower(v.norm(k)));
    return NerLexicon.instance().isTitleHead(w) || NerLexicon.instance().isHonorific(w);
  }

  /** "Corvo X4", "Halvard 3-season": a model or product code, not a person's name (one-word names: {@link #dropNonPeople}). */
  /** Every word of the name written in capitals ("ANN LEE"). */
  private static boolean inCapitals(List<String> parts) {
    return parts.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
  }

  private static boolean withDigit(List<String> parts) {
    return parts.stream().anyMatch(p -> p.chars().anyMatch(Character::isDigit));
  }

  /** A name followed by masking asterisks ("Sam**") is anonymised, not a name. */
  private static boolean isMasked(String text, int end) {
    return end < text.length() && text.charAt(end) == '*';
  }

  /**
   * A title or role word alone ("President", "Insider"), or a word in "-ology", is not a person's name (unless it is the surname of
   * someone the article names in full: "Mara Lise King ... said King", checked by the caller).
   */
  private static boolean isNotAName(List<String> parts) {
    if (parts.size() != 1) return false;
    String l = strip(lower(parts.get(0)));
    return NerLexicon.instance().isTitleWord(l) || ROLE_NOUNS.contains(l) || isDoctrineWord(l);
  }

  /** "Scientology", "Voxology": a word ending in "-ology" names a doctrine, a science or a brand, never a person. */
  private static boolean isDoctrineWord(String lower) {
    return lower.length() >= 7 && lower.endsWith("ology");
  }

  /**
   * Words of a role that may stand before a name in a run of capitals ("NFL Insider Jo Reyes", "Army Staff
   * General Ana Ruiz", "QB Sam Ode"): titles, role nouns and upper-case abbreviations are cut from the
   * front as long as two words of the name remain. In a name written wholly in capitals ("LIZA ANN ROE") a
   * short given name looks like an abbreviation, so no word is cut for its case alone.
   */
  static List<String> withoutLeadingRoles(List<String> parts) {
    int from = 0;
    int lastTitle = -1;
    for (int i = 0; i < parts.size() - 2; i++) {
      String l = strip(lower(parts.get(i)));
      if (NerLexicon.instance().isTitleWord(l) || ROLE_NOUNS.contains(l)) lastTitle = i;
    }
    if (lastTitle >= 0) from = lastTitle + 1;
    boolean allCaps = inCapitals(parts);
    while (!allCaps && parts.size() - from > 2 && isAbbreviation(parts.get(from)) && !isAbbreviation(parts.get(from + 1))) {
      from++;
    }
    return from == 0 ? parts : new ArrayList<>(parts.subList(from, parts.size()));
  }

  private static boolean isAbbreviation(String w) {
    if (w.length() < 2 || w.length() > 4) return false;
    for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
    return true;
  }

  /** Role nouns that the title lexicon does not list but that stand before names like titles. */
  private static final Set<String> ROLE_NOUNS = Lexicon.words("/entities/role-nouns.txt");

  private static String strip(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** An honorific before a mention that states a sex ("Mr.", "Sir"; "Ms.", "Dame"; lexicon/honorifics.txt). */
  private static Gender honorificGender(TokenView v, int start) {
    int k = v.firstAtOrAfter(start) - 1;
    if (k < 0) return Gender.UNKNOWN;
    String h = strip(lower(v.norm(k)));
    if (Lexicon.honorificsStating("male").contains(h)) return Gender.MALE;
    if (Lexicon.honorificsStating("female").contains(h)) return Gender.FEMALE;
    return Gender.UNKNOWN;
  }

  private static boolean sentenceInitial(TokenView v, int start) {
    int k = v.firstAtOrAfter(start);
    return k == 0 || k >= v.size() || !v.sameSentence(k - 1, k) || !Character.isLetterOrDigit(v.norm(k - 1).charAt(0))
        && !v.norm(k - 1).equals(",");
  }

  /**
   * Whether {@code p} may be the person a family name after an honorific of sex {@code said} names, in an article
   * that writes the family name after honorifics of both sexes ("Mr Lind", "Mrs Lind": two people): {@code p} is
   * of that sex, or of unknown sex while the family's other sex is already someone else's and this one is nobody's
   * ("Tom Lind and Oona Lind ... Mr Lind ... Mrs Lind": Mrs Lind is Oona).
   */
  private static boolean sexFits(Person p, Gender said, String family, List<Person> people) {
    Gender s = sexOf(p);
    if (s == said) return true;
    if (s != Gender.UNKNOWN) return false;
    Gender other = said == Gender.MALE ? Gender.FEMALE : Gender.MALE;
    boolean otherTaken = false;
    for (Person q : people) {
      if (q == p || !sameSurname(last(q.parts), family)) continue;
      Gender qs = sexOf(q);
      if (qs == said) return false;
      if (qs == other) otherTaken = true;
    }
    return otherTaken;
  }

  /** Family names (lower case) that the article writes alone after honorifics of both sexes ("Mr Lind", "Mrs Lind"). */
  private static Set<String> familiesWithBothHonorifics(TokenView view, List<EntityMention> mentions) {
    Map<String, EnumSet<Gender>> seen = new HashMap<>();
    for (EntityMention m : mentions) {
      if (m.type() != EntityType.PERSON) continue;
      List<String> parts = nameParts(m.text());
      Gender g = honorificGender(view, m.start());
      if (parts.size() != 1 || g == Gender.UNKNOWN) continue;
      seen.computeIfAbsent(lower(parts.get(0)), k -> EnumSet.noneOf(Gender.class)).add(g);
    }
    Set<String> out = new HashSet<>();
    seen.forEach((family, sexes) -> {
      if (sexes.size() > 1) out.add(family);
    });
    return out;
  }

  /** The person's sex as its honorifics, else a clearly gendered given name, else the list of known people shows it. */
  private static Gender sexOf(Person p) {
    if (p.honorific != Gender.UNKNOWN) return p.honorific;
    Gender named = p.parts.size() > 1 ? GivenNames.clearGender(p.parts.get(0)) : Gender.UNKNOWN;
    return named != Gender.UNKNOWN ? named : p.listed;
  }

  /** The sex {@link #listedSex} records for a full name, UNKNOWN for a one-word name. */
  private Gender listedSexOf(List<String> parts) {
    return parts.size() > 1 ? listedSex.apply(String.join(" ", parts)) : Gender.UNKNOWN;
  }

  private static boolean sameSex(Person p, Gender g) {
    Gender s = sexOf(p);
    return g == Gender.UNKNOWN || s == Gender.UNKNOWN || s == g;
  }

  /**
   * "Judge Ida Marsh ... her son, the mayor Paul Marsh ... Judge Marsh": a surname alone that two or more
   * people named in full share, written with a title that exactly one of them already holds, is that one,
   * not merely the namesake seen last. Null when the title settles nothing.
   */
  private static Person namesakeWithTitle(List<Person> people, Person chosen, List<String> parts, List<String> said) {
    if (said.isEmpty()) return null;
    Person holder = null;
    for (Person q : people) {
      if (q.parts.size() < 2 || !compatible(q.parts, parts)) continue;
      boolean holds = false;
      for (String t : q.entity.titles()) {
        for (String w : said) holds |= t.equalsIgnoreCase(w);
      }
      if (!holds) continue;
      if (holder != null) return null;
      holder = q;
    }
    return holder == chosen ? null : holder;
  }

  /**
   * The person a mention continues: the most recently seen compatible one; but a surname alone that
   * several people share ("Harris" after "Ann Harris" and her mother "Mae Harris") goes to the one the
   * article names far more often (at least twice as many mentions), since writers give the secondary
   * namesake the full name.
   */
  private static Person findPerson(List<Person> people, List<String> parts, Gender said, Set<String> bothSexes) {
    if (parts.size() == 1 && said != Gender.UNKNOWN && bothSexes.contains(lower(parts.get(0)))) {
      List<Person> all = people;
      people = people.stream().filter(p -> sexFits(p, said, parts.get(0), all)).toList();
    }
    Person best = null;
    Person most = null;
    Gender named = parts.size() > 1 ? GivenNames.clearGender(parts.get(0)) : Gender.UNKNOWN;
    if (parts.size() > 1) {
      // a full name joins the person already named with that given name ("Lady Voss" in between does not take a
      // later "Arne Voss" from "Sir Arne Voss")
      Person same = null;
      for (Person p : people) {
        if (p.parts.size() > 1 && sameWord(p.parts.get(0), parts.get(0)) && compatible(p.parts, parts)
            && sameSex(p, said) && (same == null || p.lastSeen > same.lastSeen)) {
          same = p;
        }
      }
      if (same != null) return same;
    }
    for (Person p : people) {
      if (!compatible(p.parts, parts) || !sameSex(p, said) || !sameSex(p, named)) continue;
      if (parts.size() == 1 && shownOtherSex(p, said)) continue;
      if (best == null || p.lastSeen > best.lastSeen) best = p;
      if (most == null || p.entity.mentions().size() > most.entity.mentions().size()) most = p;
    }
    if (parts.size() == 1 && best != null && most != best
        && most.entity.mentions().size() >= 2 * best.entity.mentions().size()) {
      return most;
    }
    return best;
  }

  /**
   * The people a mention with generational suffix {@code generation} (or null) may be: "Ann Lee Jr." and "Lee
   * Jr." only someone named with that suffix; a full name without one ("Ann Lee") only someone named without one,
   * as the parent and the child are two people; a surname alone ("Lee") someone without one when any such fits,
   * else the one with a suffix.
   */
  private static List<Person> sameGeneration(List<Person> people, List<String> parts, String generation) {
    if (generation != null) return people.stream().filter(p -> generation.equals(p.generation)).toList();
    List<Person> plain = people.stream().filter(p -> p.generation == null).toList();
    if (parts.size() > 1 || plain.size() == people.size()) return plain;
    boolean plainFits = plain.stream().anyMatch(p -> compatible(p.parts, parts));
    return plainFits ? plain : people;
  }

  /** "Jr." or "Sr." when the name ends with it ("Ann Lee Jr.", "Ann Lee, Sr."), else null. */
  static String generation(String text) {
    String[] words = text.replace('\u2019', '\'').trim().split("\\s+");
    if (words.length < 2) return null;
    return generationWord(words[words.length - 1]);
  }

  /** "Jr." for "Jr."/"jr", "Sr." for "Sr."/"sr", else null. */
  private static String generationWord(String word) {
    String l = word.toLowerCase(Locale.ROOT);
    if (l.equals("jr.") || l.equals("jr")) return "Jr.";
    if (l.equals("sr.") || l.equals("sr")) return "Sr.";
    return null;
  }

  private static String fullName(List<String> parts, String generation) {
    String name = String.join(" ", parts);
    return generation == null ? name : name + " " + generation;
  }

  private static final Pattern INITIALS_AND_SURNAME = Pattern.compile("(\\p{Lu}\\.?\\s?){2,3}\\s\\p{Lu}\\p{Ll}[\\p{L}'-]*");

  /**
   * "JR Pell" beside "J.R. Pell" or "J. R. Pell": initials written without points look like an abbreviation,
   * and the recogniser may call the name an organisation; where the article names a person with the same
   * initials and surname, it is that person.
   */
  private static boolean initialsOfNamedPerson(EntityMention m, List<EntityMention> sorted) {
    if (!INITIALS_AND_SURNAME.matcher(m.text().strip()).matches()) return false;
    List<String> parts = nameParts(m.text());
    for (EntityMention o : sorted) {
      if (o.type() != EntityType.PERSON || o == m) continue;
      List<String> other = nameParts(o.text());
      if (other.size() >= 2 && sameWord(last(other), last(parts)) && sameInitials(parts, other)) return true;
    }
    return false;
  }

  /** The given names of both are the same two or three initials, with or without points ("J.R." = "JR" = "J. R."). */
  private static boolean sameInitials(List<String> a, List<String> b) {
    String ia = initials(a);
    return ia != null && ia.equals(initials(b));
  }

  private static String initials(List<String> parts) {
    String s = String.join("", parts.subList(0, parts.size() - 1)).replace(".", "");
    if (s.length() < 2 || s.length() > 3) return null;
    for (int i = 0; i < s.length(); i++) if (!Character.isUpperCase(s.charAt(i))) return null;
    return s;
  }

  /** Same surname (or a one-letter variant of a long one) and compatible given names. */
  static boolean compatible(List<String> a, List<String> b) {
    if (a.size() > 1 && b.size() > 1 && sameWord(last(a), last(b)) && sameInitials(a, b)) return true;
    // "Van Horne", "von Lindt" after "Mike van Horne": a surname with its particle, not a given name
    if (a.size() > 1 && b.size() < a.size() && isParticle(b.get(0))) return isSuffix(b, a) || isSuffix(b, splitParticles(a));
    if (b.size() > 1 && a.size() < b.size() && isParticle(a.get(0))) return isSuffix(a, b) || isSuffix(a, splitParticles(b));
    // "Vesterlund Haugen" after "Tor Vesterlund Haugen": the last words of a full name, the first of them no
    // given name, are a surname of two words ("Ann Holt" after "Mary Ann Holt" is not)
    if (a.size() > b.size() && b.size() > 1 && !GivenNames.isGivenName(b.get(0)) && isSuffix(b, a)) return true;
    if (b.size() > a.size() && a.size() > 1 && !GivenNames.isGivenName(a.get(0)) && isSuffix(a, b)) return true;
    String la = last(a);
    String lb = last(b);
    boolean sameSurname = sameSurname(la, lb)
        || la.length() >= 6 && lb.length() >= 6 && EditDistance.between(lower(la), lower(lb)) <= 1;
    if (!sameSurname) return false;
    // a family name alone in another transliteration ("Kovalenkyy" after "Ivan Kovalenky"): one edit in a long name
    if (a.size() == 1 || b.size() == 1) {
      return sameSurname(la, lb) || la.length() >= 7 && lb.length() >= 7 && Character.toLowerCase(la.charAt(0))
          == Character.toLowerCase(lb.charAt(0)) && EditDistance.between(lower(la), lower(lb)) <= 1;
    }
    String fa = a.get(0);
    String fb = b.get(0);
    if (sameWord(fa, fb)) return true;
    if (isInitial(fa) || isInitial(fb)) return Character.toLowerCase(fa.charAt(0)) == Character.toLowerCase(fb.charAt(0));
    int d = EditDistance.between(lower(fa), lower(fb));
    return d <= Math.max(1, Math.min(fa.length(), fb.length()) / 4) && sameWord(la, lb)
        || d <= 1;
  }

  /** A name particle ("van", "Di", "al"), in either case. */
  private static boolean isParticle(String w) {
    return NerLexicon.instance().isNameParticle(lower(w));
  }

  /** The words with a particle joined by a hyphen written apart ("al-Hashemi" -> "al", "Hashemi"), for "Al Hashemi". */
  private static List<String> splitParticles(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (String w : parts) {
      String bare = bareSurname(w);
      if (bare.length() < w.length()) {
        out.add(w.substring(0, w.length() - bare.length() - 1));
        out.add(bare);
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether {@code shorter}'s words end {@code longer}, ignoring case. */
  private static boolean isSuffix(List<String> shorter, List<String> longer) {
    int off = longer.size() - shorter.size();
    if (off < 1) return false;
    for (int i = 0; i < shorter.size(); i++) if (!sameWord(shorter.get(i), longer.get(off + i))) return false;
    return true;
  }

  /** Same surname, with or without a particle joined by a hyphen ("al-Rashid" = "Rashid"). */
  static boolean sameSurname(String a, String b) {
    return sameWord(bareSurname(a), bareSurname(b));
  }

  private static String bareSurname(String w) {
    int h = w.indexOf('-');
    if (h > 0 && h + 1 < w.length() && Character.isUpperCase(w.charAt(h + 1)) && isParticle(w.substring(0, h))) {
      return w.substring(h + 1);
    }
    return w;
  }

  private static boolean isInitial(String w) {
    return w.length() <= 2 && (w.length() == 1 || w.charAt(1) == '.');
  }

  private static boolean sameWord(String a, String b) {
    return a.equalsIgnoreCase(b);
  }

  private static String last(List<String> parts) {
    return parts.get(parts.size() - 1);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The words of a person's name without possessive endings or suffixes like "Jr.". */
  static List<String> nameParts(String text) {
    List<String> out = new ArrayList<>();
    String[] words = text.replace('\u2019', '\'').trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) continue;
      if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
      else if (w.endsWith("'")) w = w.substring(0, w.length() - 1);
      if (w.equals("'s") || w.isEmpty()) continue;
      String l = w.toLowerCase(Locale.ROOT);
      // "JR Pell": initials before a surname, not the suffix "Jr."
      if (generationWord(l) != null && (!out.isEmpty() || i == words.length - 1 || l.endsWith(".")) || l.equals(",")) continue;
      out.add(w);
    }
    return out;
  }

  /** Organisation/place key: case-insensitive, without a leading "the", possessive or surrounding spaces. */
  static String orgKey(String text) {
    String s = text.replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
    if (s.endsWith("'s")) s = s.substring(0, s.length() - 2);
    String l = s.toLowerCase(Locale.ROOT);
    if (l.startsWith("the ")) l = l.substring(4);
    return l;
  }

  /**
   * Places that name the same country merge ("U.S.", "United States", "America" are one place): their
   * key is the country's name; other names key by {@link #orgKey}.
   */
  private String placeKey(EntityType type, String text) {
    String key = orgKey(text);
    if (type != EntityType.PLACE || countryOf == null) return key;
    String country = countryOf.apply(displayName(text));
    String shown = displayName(text);
    if (country == null || shown.isEmpty() || !Character.isUpperCase(shown.charAt(0))) return key;
    return "country:" + country.toLowerCase(Locale.ROOT);
  }

  private static String displayName(String text) {
    String s = text.replaceAll("\\s+", " ").trim();
    if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2).trim();
    return s;
  }

  /** A person being resolved: the entity and its fullest name so far. */
  static final class Person {
    final Entity entity;
    List<String> parts;
    int lastSeen;
    /** The sex its honorifics show ("Ms. Okafor"), or UNKNOWN. */
    Gender honorific = Gender.UNKNOWN;
    /** The sex a list of known people records for its full name (a watched official), or UNKNOWN. */
    Gender listed = Gender.UNKNOWN;
    /** A pronoun after its full name showed it male, female ({@link #fullNamePronounSex}). */
    boolean shownMale;
    boolean shownFemale;
    /** Named with more than one word, an honorific or mid-sentence: not a capitalised common word. */
    boolean evidence;
    /** The generational suffix named with it ("Jr.", "Sr."), or null: a parent and a child are two people. */
    String generation;

    Person(Entity entity, List<String> parts) {
      this.entity = entity;
      this.parts = parts;
    }
  }
}
