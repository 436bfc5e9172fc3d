package newsflow.enrich.nlp.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.lexicon.GivenNames;
import newsflow.enrich.nlp.lexicon.Lexicon;

/**
 * Evidence that a name tagged as a place is something else a reader would not put on a map: an
 * institution named after a place ("Bank of Eastland", "Storm Research Center", a court's "Eastern
 * District"), a month, a party-and-state tag after a politician, or a word of the author's
 * biography at the end of the article. Stateless.
 */
final class PlaceVetoes {
  /** Words that make a name an institution, not a location, wherever they stand in it. */
  private static final Set<String> INSTITUTION_WORDS = Set.of(
      "bank", "reserve", "university", "college", "institute", "ministry", "department", "agency", "commission",
      "committee", "council", "court", "administration", "authority", "association", "foundation", "corporation",
      "company", "inc", "corp", "ltd", "llc", "plc", "group", "party", "board", "bureau", "league", "society",
      "fund", "trust", "network", "organisation", "organization", "directorate", "secretariat",
      "tribunal", "service", "services", "campaign", "coalition", "alliance", "movement");
  /** Words before "Center"/"Centre" that make it an office or agency, not a building or a venue. */
  private static final Set<String> AGENCY_CENTRE_WORDS = Set.of(
      "management", "prediction", "research", "control", "operations", "coordination", "information", "command",
      "data", "policy", "studies", "training", "resource", "resources", "response", "emergency", "support",
      "analysis", "monitoring", "intelligence", "security", "disaster", "hurricane", "forecast", "crisis",
      "counterterrorism", "fusion", "dispatch", "communications", "legal", "rights", "justice", "advocacy");
  private static final Set<String> MONTHS_AND_DAYS = Lexicon.union(Lexicon.months(), Lexicon.weekdays());
  /** "X District" followed by these is a court's district ("the Eastern District of ...", "District Judge"). */
  private static final Pattern COURT_AFTER_DISTRICT = Pattern.compile("^\\s+(?:of\\b|Court|Judge|Attorney)");
  /** The start of an author's biography: "Jane Roe is a producer ...", "John Doe is the paper's correspondent". */
  private static final Pattern BIO = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}.'\u2019-]+\\s){1,3}is (?:a|an|the)\\b[^.\\n]{0,80}?\\b(?:reporter|correspondent|journalist|"
          + "producer|editor|writer|columnist|videographer|photographer|photojournalist|contributor|freelancer|"
          + "anchor|presenter|bureau chief|author of)\\b");
  /** Heads of names of water bodies: such a name never stands for another place named inside it. */
  private static final Pattern WATER = Pattern.compile(
      "(?i)(?:the\\s+)?(?:(?:gulf|bay|sea|strait|straits|lake|sound|channel|firth|bight|river)\\s+of\\s+\\S.*"
          + "|.*\\s(?:sea|ocean|gulf|bay|strait|straits|channel|sound|lake|river|lagoon|estuary|firth|bight)"
          + "|lake\\s+\\S.*)");

  /** A lake or river (not a sea, gulf, bay or strait, which often border several countries). */
  private static final Pattern INLAND_WATER = Pattern.compile(
      "(?i)(?:the\\s+)?(?:lake|river)\\s+of\\s+\\S.*|.*\\s(?:lake|river|lagoon|estuary)|lake\\s+\\S.*");

  private PlaceVetoes() {}

  /** A name made of institution words, an agency's "Center", or a court's "District" at {@code mention}. */
  static boolean institutionName(String name, String text, Span mention) {
    String[] words = name.toLowerCase(Locale.ROOT).split("[\\s,]+");
    if (words.length < 2) return false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("[^\\p{L}]", "");
      if (INSTITUTION_WORDS.contains(w)) return true;
      if ((w.equals("center") || w.equals("centre")) && i > 0
          && AGENCY_CENTRE_WORDS.contains(words[i - 1].replaceAll("[^\\p{L}]", ""))) {
        return true;
      }
    }
    String last = words[words.length - 1];
    return last.equals("district") && mention != null
        && COURT_AFTER_DISTRICT.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 12))).find();
  }

  /** "in its capital ", "at the Eastlandic capital ": a locative, a determiner, at most one word, "capital" or "city". */
  private static final Pattern LOCATIVE_CAPITAL_BEFORE = Pattern.compile(
      "\\b(?:in|at|to|from|near|outside)\\s+(?:the|its|their)\\s+(?:\\p{L}+\\s+)?(?:capital|city)\\s+$");

  /**
   * Whether every mention uses the name as a government rather than a location: the subject of a verb
   * ("Ankara said", "Ankara had rejected", "Ankara is concerned") or the one a government is accused,
   * urged or told ("accused Ankara of"), and none stands after a spatial preposition ("in Ankara"),
   * before "-based", or as a modifier. Used for capitals, which news names for their governments.
   */
  static boolean governmentUse(newsflow.enrich.nlp.Document doc, List<Span> mentions) {
    if (doc == null || doc.sentences().isEmpty()) return false;
    String text = doc.text();
    for (Span m : mentions) {
      // "rents in its capital Riverton have doubled": the city named after a locative and "capital" is where
      // something happens; the verb after it belongs to the phrase before
      if (LOCATIVE_CAPITAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()) return false;
      if (GazetteerPlaceRecognizer.locativeBefore(text, m.start()) && !AGENT_PREPOSITIONS.contains(wordBefore(text, m.start()))) {
        return false;
      }
      if (m.end() < text.length() && (text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '’')
          && GOVERNMENT_POSSESSION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find()) {
        continue; // "Riverland's nuclear programme", "Riverland's refusal": what a government has or does
      }
      if (m.end() < text.length() && (text.charAt(m.end()) == '-' || text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '’')) {
        return false;
      }
      if ("by".equals(wordBefore(text, m.start())) && AGENT_BY.contains(wordBefore(text, wordStart(text, m.start())))) {
        continue; // "gestures by Ankara", "sanctions imposed by Ankara": the one who acts
      }
      if (AGENT_PREPOSITIONS.contains(wordBefore(text, m.start())) && ATTITUDES.contains(wordBefore(text, wordStart(text, m.start())))) {
        continue; // "caving to Ankara", "warmth toward Ankara"
      }
      // "a flight to Ankara was cancelled": the name is the object of "to", so the verb after it is not its verb
      if (AGENT_PREPOSITIONS.contains(wordBefore(text, m.start()))) return false;
      newsflow.enrich.nlp.Token next = tokenAfter(doc, m.end());
      boolean subject = next != null && next.pos() != null && (next.pos().startsWith("VB") || next.pos().equals("MD"))
          && !hostsOrIsHome(text, m.end());
      boolean addressee = PRESSURE_VERBS.contains(wordBefore(text, m.start()));
      // "Ankara and the Wardens signed a truce": one of two parties that act together
      if (!subject && !addressee && sentenceStartOrComma(text, m.start()) && jointSubjectAfter(text, m.end())) continue;
      if (!subject && !addressee) return false;
    }
    return !mentions.isEmpty();
  }

  /**
   * A subject's verb that says what happens at the place, not what its government does: a city hosts a final,
   * a summit or the games, and is home to things ("Dublin will host the final", "Riverton is home to").
   */
  private static final Pattern HOST_OR_HOME_AFTER = Pattern.compile(
      "^\\s+(?:(?:will|would|could|can|may|might|shall|should|is|are|was|were|has|have|had|also|again|once|then|now|"
          + "still|already|not|soon|be|been|to|set|due|expected|hoping)\\s+){0,4}"
          + "(?:(?:co-)?host(?:s|ed|ing)?|play(?:s|ed|ing)?\\s+host|home)\\b");

  /** Whether the words after {@code end} make the name the place where something is hosted or at home. */
  static boolean hostsOrIsHome(String text, int end) {
    return HOST_OR_HOME_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80))).find();
  }

  /**
   * After a capital's possessive, what only its government has or does: "Ankara's nuclear programme",
   * "Ankara's refusal", "Ankara's envoy" (not "Ankara's streets", "Ankara's mayor").
   */
  private static final Pattern GOVERNMENT_POSSESSION = Pattern.compile(
      "^['’]s?\\s+(?:(?:nuclear|missile|weapons|atomic|foreign|military|defen[cs]e|trade)\\s+)?"
          + "(?:programmes?|programs?|policy|policies|stance|refusal|demands?|ambitions|arsenal|regime|envoys?|"
          + "diplomats|negotiators|intentions|concessions|overtures|sanctions)\\b");

  /** Before "by Ankara": an act whose agent follows ("gestures by Ankara", "sanctions imposed by Ankara"). */
  private static final Set<String> AGENT_BY = Set.of(
      "gestures", "gesture", "overtures", "overture", "concessions", "proposals", "proposal", "demands", "threats",
      "sanctions", "imposed", "rejected", "proposed", "demanded", "condemned", "criticised", "criticized",
      "pressured", "sanctioned", "vetoed", "snubbed", "rebuffed");

  /**
   * After a name that starts its sentence or clause: "and the" with a capitalised party, then a verb of
   * {@link #JOINT_VERBS} ("Ankara and the Wardens signed a truce").
   */
  private static final Pattern JOINT_SUBJECT_AFTER = Pattern.compile(
      "^\\s+and\\s+the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(\\p{Ll}+)\\b");

  /** Auxiliaries and verbs of a joint act that make "X and the Y" the subject. */
  private static final Set<String> JOINT_VERBS = Set.of(
      "have", "has", "had", "are", "were", "will", "would", "agreed", "signed", "reached", "began", "held", "met",
      "remain", "remained");

  private static boolean jointSubjectAfter(String text, int end) {
    var m = JOINT_SUBJECT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80)));
    return m.find() && JOINT_VERBS.contains(m.group(1));
  }

  /** Whether {@code pos} starts a sentence or follows a comma or semicolon. */
  private static boolean sentenceStartOrComma(String text, int pos) {
    int k = pos - 1;
    while (k >= 0 && text.charAt(k) == ' ') k--;
    return GazetteerPlaceRecognizer.sentenceStart(text, pos) || (k >= 0 && (text.charAt(k) == ',' || text.charAt(k) == ';'));
  }

  /** Verbs whose object is an agent: "accused Ankara of", "urged Ankara to". */
  private static final Set<String> PRESSURE_VERBS = Set.of(
      "accused", "accuses", "accuse", "urged", "urges", "urge", "pressed", "presses", "press", "warned", "warns",
      "told", "tells", "asked", "asks", "criticised", "criticized", "blamed", "blames", "condemned", "condemns",
      "praised", "thanked", "sanctioned", "persuade", "persuaded", "convince", "convinced", "lobbied");
  /** Words of a stance towards an agent before "to"/"toward": "caving to Ankara", "hostility toward Ankara". */
  private static final Set<String> ATTITUDES = Set.of(
      "caving", "cave", "caved", "bowing", "bowed", "kowtowing", "kowtow", "warmth", "hostility", "anger",
      "overtures", "overture", "concessions", "deference", "loyalty", "opposition", "softer", "tougher", "soft",
      "tough", "hawkish", "conciliatory", "friendly", "hostile", "belligerence");

  /** The start of the word that ends right before {@code start} (spaces skipped). */
  private static int wordStart(String text, int start) {
    int e = start - 1;
    while (e >= 0 && text.charAt(e) == ' ') e--;
    while (e >= 0 && Character.isLetter(text.charAt(e))) e--;
    return e + 1;
  }

  /** Prepositions that, after a verb like "caving" or "pressure", name an agent, not a location. */
  private static final Set<String> AGENT_PREPOSITIONS = Set.of("to", "toward", "towards");

  private static String wordBefore(String text, int start) {
    int e = start - 1;
    while (e >= 0 && text.charAt(e) == ' ') e--;
    int s = e;
    while (s >= 0 && Character.isLetter(text.charAt(s))) s--;
    return e > s ? text.substring(s + 1, e + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static newsflow.enrich.nlp.Token tokenAfter(newsflow.enrich.nlp.Document doc, int end) {
    for (newsflow.enrich.nlp.Sentence s : doc.sentences()) {
      if (s.end() < end) continue;
      for (newsflow.enrich.nlp.Token t : s.tokens()) {
        if (t.start() >= end) return t;
      }
      return null;
    }
    return null;
  }

  /** "1994's Harbour Lights": a name after a year's possessive is a work (an album, a film), not a place. */
  private static final Pattern YEAR_POSSESSIVE = Pattern.compile("\\b(?:1[89]|20)\\d\\d['\u2019]s\\s+(?:the\\s+)?$");
  /** "according to X", "a report in the X": X is the source of a report. */
  private static final Pattern ACCORDING_TO = Pattern.compile(
      "(?i)\\b(?:according\\s+to|(?:report|story|article|interview|editorial|column|op-ed)\\s+(?:in|by))\\s+(?:the\\s+)?$");
  /** Kinds of organisation written before an organisation's name: "think tank Elm House", "the broadcaster Vale One". */
  private static final Set<String> ORGANISATION_KINDS = Set.of(
      "think-tank", "tank", "firm", "company", "newspaper", "paper", "tabloid", "broadcaster", "network", "magazine",
      "website", "outlet", "publisher", "charity", "nonprofit", "non-profit", "insurer", "lender", "carmaker",
      "automaker", "retailer", "airline", "brokerage", "consultancy", "startup", "start-up", "conglomerate",
      "watchdog", "regulator", "agency", "studio", "label", "club", "band");
  /** Verbs of a report or a statement: "the Eastland Beacon reported", "Elm House said". */
  private static final Pattern REPORT_VERB_AFTER = Pattern.compile(
      "^['\u2019]?s?\\s*,?\\s*(?:reported|reports|said|says|wrote|writes|announced|announces|published|found|estimated)\\b");
  /** Roles held at an employer or a school: "a professor at X", "an economist at X", "a graduate of X". */
  private static final Pattern ROLE_AT = Pattern.compile(
      "(?i)\\b(?:(?:graduate|graduates|alumnus|alumna|alumni|alumnae)\\s+of"
          + "|(?:professor|lecturer|researcher|economist|analyst|scientist|student|fellow|dean|instructor|"
          + "strategist|scholar|historian|expert|chemist|physicist|sociologist|epidemiologist|engineer|executive|"
          + "director|graduate|alumnus|alumna|coach|quarterback|player)\\s+(?:at|with))\\s+(?:the\\s+)?$");

  /** Opening quotation marks (straight, curly, guillemets). */
  private static final String OPENING_QUOTES = "\"\u201C\u201E\u00AB'\u2018";
  /** Closing quotation marks. */
  private static final String CLOSING_QUOTES = "\"\u201D\u00BB'\u2019";

  /** "(formerly ", "(previously ": a former name in parentheses after the current one. */
  private static final Pattern FORMER_NAME_BEFORE = Pattern.compile("\\(\\s*(?:formerly|previously)\\s+$", Pattern.CASE_INSENSITIVE);
  /** "(": a parenthesis right before the mention, whose own first word is "Formerly" or "Previously". */
  private static final Pattern PARENTHESIS_BEFORE = Pattern.compile("\\(\\s*$");
  private static final Pattern FORMER_WORD = Pattern.compile("^(?:formerly|previously)\\s", Pattern.CASE_INSENSITIVE);

  /**
   * Whether {@code m} is a former name written in parentheses after the current one ("the Elm Bank Arena
   * (formerly Riverside Arena)", "the Ardvale Centre (Formerly Oak Hall)"): the same place again, not a second one.
   */
  static boolean formerName(String text, Span m) {
    String before = text.substring(Math.max(0, m.start() - 20), m.start());
    return FORMER_NAME_BEFORE.matcher(before).find()
        || PARENTHESIS_BEFORE.matcher(before).find() && FORMER_WORD.matcher(m.text()).find();
  }

  /**
   * Whether {@code m} is all that stands between quotation marks ({@code her single "Riverton"}, {@code the
   * film 'Eastport,'}): a place name quoted on its own is a title of a work, a nickname or a word talked
   * about, not a location. A comma or full stop inside the closing mark counts as the quote's end.
   */
  static boolean wholeQuote(String text, Span m) {
    if (m.start() < 1 || OPENING_QUOTES.indexOf(text.charAt(m.start() - 1)) < 0) return false;
    int e = m.end();
    if (e < text.length() && ",.!?".indexOf(text.charAt(e)) >= 0) e++;
    if (e >= text.length() || CLOSING_QUOTES.indexOf(text.charAt(e)) < 0) return false;
    // an apostrophe closing a possessive ("the Riverton' ...") is no quotation mark: the opening one must pair
    char open = text.charAt(m.start() - 1);
    char close = text.charAt(e);
    boolean single = open == '\'' || open == '\u2018';
    boolean singleClose = close == '\'' || close == '\u2019';
    if (single != singleClose) return false;
    // an apostrophe opening a word ('Riverton') must not be the end of the word before ("Jones' Riverton")
    return !(single && m.start() >= 2 && Character.isLetter(text.charAt(m.start() - 2)));
  }

  /** Words that name a storm with the name after them: "Hurricane Odile", "Tropical Storm Ana", "Storm Ciara". */
  private static final String STORM_WORDS =
      "(?:Hurricane|Typhoon|Cyclone|Superstorm|Super Typhoon|(?:Tropical|Winter|Post-Tropical|Subtropical)\\s+Storm|"
          + "Storm|Tropical\\s+(?:Depression|Cyclone))";

  /** A storm word at the start of a name: "Hurricane Odile" is the storm Odile. */
  private static final Pattern STORM_WORDS_BEFORE = Pattern.compile("^" + STORM_WORDS + "\\s+");

  /**
   * A word in every match of {@link #STORM_WORDS}: a text with none of them names no storm, and the name's own
   * pattern (compiled per name) need not be run over it. Most articles mention no storm, and the check is
   * made for every place-like name.
   */
  private static final List<String> STORM_KEYS =
      List.of("Hurricane", "Typhoon", "Cyclone", "Superstorm", "Storm", "Depression");

  private static boolean hasStormKey(String text) {
    for (String k : STORM_KEYS) if (text.contains(k)) return true;
    return false;
  }

  /**
   * Whether {@code name} is a storm's name in the text ("Hurricane Riverton made landfall ... Riverton weakened"):
   * some mention, or the same name anywhere in the text, follows a storm word, and no mention stands after a
   * locative ("made landfall near Riverton" keeps the town). Storms are named after people and, in some
   * basins, after places; the storm is no location.
   */
  static boolean stormName(String text, String name, List<Span> mentions) {
    String bare = STORM_WORDS_BEFORE.matcher(name).replaceFirst("");
    if (bare.isBlank()) return false;
    boolean storm = !bare.equals(name) || (hasStormKey(text)
        && Pattern.compile("\\b" + STORM_WORDS + "\\s+" + Pattern.quote(bare) + "\\b").matcher(text).find());
    if (!storm) return false;
    for (Span m : mentions) {
      if (GazetteerPlaceRecognizer.locativeBefore(text, m.start())) return false;
    }
    return true;
  }

  /** Nouns of a craft written right before its name: "the shuttle Eastwind", "USS Riverton", "the probe Ardent". */
  private static final Pattern CRAFT_BEFORE = Pattern.compile(
      "(?:\\b(?:shuttle|spacecraft|orbiter|rover|probe|lander|capsule|warship|submarine|frigate|destroyer|cruiser|"
          + "freighter|tanker|yacht|liner)|\\b(?:USS|HMS|HMAS|HMCS|RMS|MV|SS))\\s+$");

  /** Whether {@code m} is the name of a craft: a spacecraft or ship after its kind ("the shuttle Eastwind"). */
  static boolean craftName(String text, Span m) {
    return CRAFT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find();
  }

  /** "the Rivers administration", "Rivers's administration": a leader's government, not a place. */
  private static final Pattern ADMINISTRATION_AFTER = Pattern.compile("^(?:['\u2019]s?)?\\s+administration\\b");

  /**
   * A role or office and "of" at the start of a name ("Deputy Director of the Riverton Rowing Centre", "Minister of
   * Works", "Head of Eastland Studies"): up to two capitalised words of the title, the role word, then "of". Such a
   * phrase names a person's post, never a place; a place inside it is a place of its own where the tagger found it.
   */
  private static final Pattern ROLE_OF = Pattern.compile(
      "^(?:(?:the|The)\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?i:director|minister|head|chairman|chairwoman|chairperson|"
          + "chair|president|vice[- ]president|secretary|secretary[- ]general|governor|mayor|chief|ceo|commissioner|"
          + "ambassador|envoy|manager|dean|chancellor|treasurer|spokesman|spokeswoman|spokesperson|deputy|founder|"
          + "officer|superintendent|principal|rector|provost|coordinator|administrator|registrar|trustee|professor)"
          + "\\s+of\\s+\\S");

  /** Whether {@code name} starts with a role or office and "of" ("Executive Director of ..."): a post, no place. */
  static boolean rolePhrase(String name) {
    return ROLE_OF.matcher(name.trim()).find();
  }

  /**
   * Lower-case head nouns of English names of kinds that take a place name before them: trees and plants ("Norway
   * spruce", "Aleppo pine"), dog, cattle and pony breeds ("Yorkshire terrier", "Jersey cows", "Shetland pony") and
   * foods named after a place of origin ("Brussels sprouts", "Dijon mustard", "Parma ham"). A small general list
   * from common English usage; words that also follow a real location ("Iceland ash", "Texas cattle ranchers",
   * "Wisconsin cheese") are left out.
   */
  private static final Set<String> KIND_HEADS = Set.of(
      "pine", "pines", "fir", "firs", "spruce", "spruces", "oak", "oaks", "maple", "maples", "elm", "elms",
      "cedar", "cedars", "cypress", "cypresses", "birch", "birches", "larch", "larches", "hemlock", "hemlocks",
      "juniper", "junipers", "poplar", "poplars", "willow", "willows", "ivy", "laurel", "laurels",
      "terrier", "terriers", "spaniel", "spaniels", "retriever", "retrievers", "mastiff", "mastiffs", "setter",
      "setters", "hound", "hounds", "bulldog", "bulldogs", "sheepdog", "sheepdogs", "collie", "collies",
      "cow", "cows", "heifer", "heifers", "pony", "ponies",
      "mustard", "sprouts", "sausage", "sausages", "ham");
  private static final Pattern WORD_AFTER_NAME = Pattern.compile("^\\s+(\\p{Ll}+)\\b(?!['\u2019-])");

  /**
   * Whether {@code m} is a place name written before the lower-case head noun of a kind's name ({@link #KIND_HEADS}:
   * "a Virginia-style" is no such use, nor "Eastland's pines"): part of the name of a species, breed or food.
   */
  static boolean kindModifier(String text, Span m) {
    Matcher x = WORD_AFTER_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
    return x.find() && KIND_HEADS.contains(x.group(1));
  }

  /** Whether {@code m} is followed by "administration": a person's (or a capital's) government. */
  static boolean beforeAdministration(String text, Span m) {
    return ADMINISTRATION_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find();
  }

  /** "the X said": an article before a town's name and a verb of saying after it make it a firm or a body. */
  private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:the|The)\\s+$");
  private static final Pattern SAYING_AFTER = Pattern.compile(
      "^\\s+(?:said|says|reported|reports|announced|announces|added|warned|confirmed|stated|insisted|denied|"
          + "declined|told)\\b");

  /** Whether {@code m} reads "the X said": a town's name with an article, speaking (a bank, a firm, a body). */
  static boolean organisationSpeaking(String text, Span m) {
    return THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()
        && SAYING_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 14))).find();
  }

  /** The planets other than Earth: names of towns too, but in a story about space they are the planets. */
  private static final Set<String> PLANETS = Set.of("mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto");
  /** Words of a story about space around a planet's name. */
  private static final Pattern SPACE_WORDS = Pattern.compile(
      "(?i)\\b(?:planets?|moons?|orbit\\w*|spacecraft|space\\s+probe|probe|solar\\s+system|astronom\\w+|telescope|"
          + "NASA|rover|asteroid|comet|flyby|atmosphere)\\b");

  /** Whether {@code m} names a planet in a passage about space ("Jupiter's icy moon", "flew past Venus"). */
  static boolean planet(String text, Span m) {
    if (!PLANETS.contains(m.text().trim().toLowerCase(Locale.ROOT))) return false;
    return SPACE_WORDS.matcher(text.substring(Math.max(0, m.start() - 200), Math.min(text.length(), m.end() + 200))).find();
  }

  /** Whether {@code m} is a work's title after a year's possessive ("1994's Harbour Lights"). */
  static boolean workTitle(String text, Span m) {
    return YEAR_POSSESSIVE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
  }

  /** Nouns of a work that name no other thing: "the novel X", "X, the debut album". */
  private static final String WORK_NOUNS = "albums?|novels?|novellas?|songs?|films?|movies?|sitcoms?|soaps?|soap\\s+operas?|"
      + "miniseries|musicals?|documentar(?:y|ies)|operas?|EPs?|LPs?|poems?|epics?|video\\s+games?|"
      + "(?:TV|television|radio)\\s+(?:series|shows?|dramas?|comed(?:y|ies))";
  /** Nouns of a work that are also other words ("a single county", "to book", "violence that hit"). */
  private static final String OWNED_WORK_NOUNS = "singles?|hits?|books?|series|shows?|plays?|dramas?|comed(?:y|ies)|tracks?";
  /** A work noun right before a name ("the album X", "its albums X", "his hit X"), not used as a verb. */
  private static final Pattern WORK_BEFORE = Pattern.compile(
      "(?:(?<!\\b(?:to|will|would|can|could|should|may|might|must|did)\\s)\\b(?:" + WORK_NOUNS + ")"
          + "|\\b(?i:his|her|its|their|whose|my|our|your|hit|new|latest|debut)\\s+(?:" + OWNED_WORK_NOUNS + "))"
          + "\\s+$");
  /** Words that cannot stand between an article and a work noun of the same phrase. */
  private static final String NOT_MODIFIER = "(?:in|of|at|on|for|from|with|by|to|the|a|an|and|or|where|which|that|who)\\b";
  /**
   * A work noun in apposition or as predicate after a name: "X, the first novel in ...", "made X a soap with
   * a twist", "X is a 1999 film by ..."; the noun ends its phrase (not "X, the film's setting").
   */
  private static final Pattern WORK_AFTER = Pattern.compile(
      "^(?:\\s*,|\\s+(?:is|was|as))?\\s+(?:the|an?|his|her|its|their)\\s+(?:(?!" + NOT_MODIFIER + ")[\\p{L}\\d-]+\\s+){0,3}"
          + "(?:" + WORK_NOUNS + "|" + OWNED_WORK_NOUNS + ")"
          + "(?:\\s*[,.;:)\u2014]|\\s+(?:by|in|of|from|about|that|which|with|starring|set|released|written|directed|featuring)\\b)");
  /** "starred in X", "co-starring in X": the name is a film, a show or a play. */
  private static final Pattern STARRED_IN = Pattern.compile("\\b(?:co-?)?star(?:red|ring|s)\\s+in\\s+$");
  /** A noun right after a name: the name modifies it ("the hit Broadway show"), it is no title. */
  private static final Pattern NOUN_AFTER = Pattern.compile("^(?:['\u2019]s?|\\s+(?:" + WORK_NOUNS + "|" + OWNED_WORK_NOUNS + ")\\b)");

  /**
   * Whether {@code m} is the title of a work by the words around it: a work noun right before it ("the
   * album Riverton Road", "his hit Eastmoor"), a work noun in apposition or as predicate after it
   * ("Eastmoor, the debut novel by ...", "made Riverton Bay a soap with a twist"), or "starred in" before it.
   * A possessive or a work noun right after the name makes it a modifier ("the film's Riverton scenes").
   */
  static boolean workByContext(String text, Span m) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
    if (NOUN_AFTER.matcher(after).find()) return false;
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    if (WORK_BEFORE.matcher(before).find() || STARRED_IN.matcher(before).find()) return true;
    // "X, the novel ...": not where a place stands ("filmed in X, the ..." keeps X a place)
    return WORK_AFTER.matcher(after).find() && !GazetteerPlaceRecognizer.locativeBefore(text, m.start());
  }

  /**
   * Whether the mentions name a work: one of them is a title by its context ({@link #workByContext}) and none
   * stands after a word of location ("in", "at", "from", ...) the way a place does ("shot in Riverton").
   */
  static boolean work(String text, List<Span> mentions) {
    boolean titled = false;
    for (Span m : mentions) {
      if (workByContext(text, m)) titled = true;
      else if (GazetteerPlaceRecognizer.locativeBefore(text, m.start())) return false;
    }
    return titled;
  }

  /**
   * Whether {@code m} stands right after a capitalised institution word and "of" ("the Grain Bank of
   * Eastland", "University of Westland"): part of the institution's name.
   */
  static boolean afterInstitutionOf(String text, Span m) {
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    java.util.regex.Matcher x = Pattern.compile("(\\p{Lu}\\p{L}+)\\s+of\\s+(?:the\\s+)?$").matcher(before);
    return x.find() && INSTITUTION_WORDS.contains(x.group(1).toLowerCase(Locale.ROOT));
  }

  /** Heads of institutions' names that may also take "of X and Y" ("the Bar Federation of Eastland and Westland"). */
  private static final Set<String> COORDINATED_HEADS = Set.of(
      "federation", "confederation", "church", "chamber", "academy", "office", "assembly", "union", "conference");
  /** A capitalised head, "of", one or two capitalised words and "and" right before a mention. */
  private static final Pattern INSTITUTION_OF_AND_BEFORE = Pattern.compile(
      "(\\p{Lu}\\p{L}+)\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+and\\s+$");

  /**
   * Whether {@code m} is the second place of an institution's "of X and Y" ("the Bar Federation of Eastland and
   * Westland", "the Grain Council of Norland and Suderland"): part of the institution's name, not a location. Not
   * before a possessive ("the Bank of Eastland and Westland's central bank" names Westland's bank) nor after a
   * lower-case noun ("the coast of Eastland and Westland").
   */
  static boolean secondPlaceOfInstitution(String text, Span m) {
    Matcher x = INSTITUTION_OF_AND_BEFORE.matcher(text.substring(Math.max(0, m.start() - 70), m.start()));
    if (!x.find()) return false;
    String head = x.group(1).toLowerCase(Locale.ROOT);
    if (!INSTITUTION_WORDS.contains(head) && !COORDINATED_HEADS.contains(head)) return false;
    return !text.startsWith("'s", m.end()) && !text.startsWith("\u2019s", m.end());
  }

  /** A combining form and a hyphen right before a mention: "Afro-", "Euro-", "Anglo-". */
  private static final Pattern COMBINING_FORM_BEFORE = Pattern.compile("(?:^|[^\\p{L}-])(\\p{Lu}\\p{Ll}+o)-$");

  /**
   * The combining form ("Afro", "Euro") when {@code m} is the second half of an adjective compound
   * ("Afro-Caribbean food", "the Euro-Atlantic partners"): a one-word name that is also an adjective (ending in
   * "-ean" or "-ic"); null otherwise. The caller checks that the first half names no place ("Mexico-Pacific").
   */
  static String combiningFormBefore(String text, Span m) {
    String name = m.text();
    if (name.contains(" ") || !(name.endsWith("ean") || name.endsWith("ic"))) return null;
    Matcher x = COMBINING_FORM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
    return x.find() ? x.group(1) : null;
  }

  /** A team's win-loss record right after its name: "Riverton (15-2, 3-1)", "Eastfield (3-2-1):". */
  private static final Pattern RECORD_AFTER = Pattern.compile("^\\s*\\(\\d{1,3}[-\u2013]\\d{1,3}(?:[-\u2013]\\d{1,3})?\\s*[,;:)(]");
  /**
   * A rank in a league right before a name: "first-place Riverton", "league-leading Riverton", "NHL-leading
   * Riverton". Towns hold no such rank; their sides do.
   */
  private static final Pattern STANDING_BEFORE = Pattern.compile(
      "\\b(?:(?:first|second|third"
          + "|fourth|fifth|last"
          + "|\\d{1,2}(?:st|nd|rd|th))-place"
          + "|(?:league|conference"
          + "|division|[A-Z]{2,4})-leading)\\s+$");

  /** Whether {@code m} follows its side's rank in a league ("first-place Riverton", "league-leading Riverton"). */
  static boolean standingBefore(String text, Span m) {
    return STANDING_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find();
  }

  /** A poll ranking right before a team's name: "No. 7 Riverton", "#12 Riverton". */
  private static final Pattern RANK_BEFORE = Pattern.compile("(?:\\bNo\\.\\s?|#)\\d{1,2}\\s+$");

  /**
   * Whether {@code m} is a team by its record or ranking: a win-loss record in parentheses right after it
   * ("led Riverton (15-2, 3-1) with 13") or a poll ranking right before it ("visits No. 7 Riverton").
   */
  static boolean teamRecordOrRank(String text, Span m) {
    return RECORD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find()
        || RANK_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find();
  }

  /**
   * A player's or manager's time at a club, or a transfer, right before a name: "his move from", "a loan spell
   * at", "taking charge at", "a good job at", "signed for", "played for", "joined"; also the later names
   * of a list after such words ("played for Riverton, Lakeside and Eastfield"). Not "a season at": a venue.
   */
  private static final Pattern TENURE_BEFORE = Pattern.compile(
      "\\b(?:(?:move|moves|transfer|switch|loan)\\s+(?:from|to)|(?:spell|spells|stint|stints|career|success"
          + "|tenure|charge|loan|job)\\s+(?:at|with)|seasons?\\s+with|signed\\s+(?:for|from)|signing\\s+from"
          + "|(?:play|plays|played|playing)\\s+for|(?:re)?joined|(?:re)?joining)\\s+"
          // the later names of a list after it: "played for Riverton, Lakeside and Eastfield"
          + "(?:\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?(?:,\\s+|\\s+(?:and|or)\\s+))*$");

  /**
   * Whether {@code m} follows a player's or manager's time at a club or a transfer ("after his move from
   * Riverton", "a loan spell at Riverton", "since taking charge at Riverton"): in a sports report the name is
   * the club's, not its town.
   */
  static boolean tenureBefore(String text, Span m) {
    return TENURE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 120), m.start())).find();
  }

  /** A verb form that agrees only with a plural subject, right after a name: "Riverton have", "Riverton were". */
  private static final Pattern PLURAL_VERB_AFTER = Pattern.compile(
      "^ (?:have|are|were|haven['\u2019]t|aren['\u2019]t|weren['\u2019]t)\\b");
  /** Words that open a clause whose subject follows them: "while Riverton are fifth", "I think Riverton are". */
  private static final Set<String> CLAUSE_OPENERS = Set.of(
      "while", "whilst", "although", "though", "but", "that", "think", "because", "if", "when", "whether", "since",
      "now", "so", "yet");
  /** A lower-case word or a number and a comma before a name: "On Saturday, Riverton were ..." is no list. */
  private static final Pattern CLAUSE_COMMA_BEFORE = Pattern.compile("(?:\\b\\p{Ll}+|\\d),\\s*$");

  /**
   * Whether the single name {@code m} is the subject of a plural verb: British usage for a club named after
   * its town or a national side ("Riverton have made an offer for the striker", "while Riverton are fifth").
   * A town on its own takes a singular verb ("Riverton has"), so only a name that opens its clause counts:
   * at the start of a sentence, line or quote, after a dash or a clause opener ("while", "although", "I
   * think"), or after a comma that ends no list. Not after "and" ("Riverton and Eastfield have": two places),
   * a locative or an article ("in Riverton have been", "the Netherlands have").
   */
  static boolean pluralVerbSubject(String text, Span m) {
    if (!PLURAL_VERB_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 10))).find()) return false;
    if (GazetteerPlaceRecognizer.sentenceStart(text, m.start())) return true;
    if (CLAUSE_OPENERS.contains(wordBefore(text, m.start()))) return true;
    return CLAUSE_COMMA_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
  }

  /** Whether {@code m} follows a role held at an employer or a school ("a professor at Eastbrook", "a graduate of Eastbrook"). */
  static boolean employerAfterRole(String text, Span m) {
    return ROLE_AT.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
  }

  /**
   * Whether a name the gazetteer does not know is, at {@code m}, the source of a report ("according to
   * Eastland Cogov", "the Eastland Beacon reported") or an organisation after its kind ("think tank Elm
   * House").
   */
  static boolean sourceOrOrganisation(String text, Span m) {
    if (ACCORDING_TO.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) return true;
    if (m.text().trim().indexOf(' ') > 0
        && REPORT_VERB_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find()) {
      return true;
    }
    return ORGANISATION_KINDS.contains(wordBefore(text, m.start()));
  }

  /** Titles of a saint written before the saint's name: "St Mary", "St. Jude", "Saint Agnes", "Ste Anne". */
  private static final Set<String> SAINT_TITLES = Set.of("st", "st.", "saint", "ste", "ste.", "sainte");
  /** A saint's title right before a name: "St" of "St Mary". */
  private static final Pattern SAINT_BEFORE = Pattern.compile("\\b(?:St|ST|Ste|Saint|SAINT|Sainte)\\.?\\s+$");

  /** Whether {@code word} is a saint's title ("St", "St.", "Saint"): the name after it is the saint's. */
  static boolean saintTitle(String word) {
    return SAINT_TITLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code start} follows a saint's title ("St Mary", "Saint Agnes"): the name is the saint's, no place. */
  static boolean afterSaintTitle(String text, int start) {
    return SAINT_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
  }

  /** A title of nobility and "of" right before a name: "the Duchess of ", "Prince of ". */
  private static final Pattern PEERAGE_BEFORE = Pattern.compile(
      "\\b(?:Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|Baroness)"
          + "\\s+of\\s+(?:the\\s+)?$");

  /**
   * Whether {@code start} follows a title of nobility and "of" ("the Duchess of Ardshire", "Prince of Eastmark"):
   * the name is part of a person's title there, not a location.
   */
  static boolean afterPeerageTitle(String text, int start) {
    return PEERAGE_BEFORE.matcher(text.substring(Math.max(0, start - 24), start)).find();
  }

  /** Whether {@code word} is a given name in the possessive ("Mary's" of "Mary's church"): a person's, no place. */
  static boolean possessiveGivenName(String word) {
    String w = word.trim();
    if (!w.endsWith("'s") && !w.endsWith("\u2019s")) return false;
    String bare = w.substring(0, w.length() - 2);
    return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0))
        && GivenNames.isGivenName(bare);
  }

  /** A month or weekday name ("September"): never a place, whatever a tagger says. */
  private static final Pattern SHARES_BEFORE = Pattern.compile("(?i)\\b(?:shares|stock)\\s+(?:of|in)\\s+$");
  private static final Pattern FIRM_AFTER = Pattern.compile(
      "^(?:['\u2019]s\\s+(?:shares|stock|share\\s+price|quarterly|annual\\s+(?:sales|profits?|revenues?|earnings))\\b"
      + "|\\s+(?:reported|posted|forecast|booked)\\s+(?:(?:a|an|its|higher|lower|record|strong|weak|quarterly|annual|net|"
      + "first|second|third|fourth|full-year|bigger|smaller|surprise)[\\s-]+){0,3}"
      + "(?:sales|profits?|earnings|revenues?|losses|loss|income|results)\\b)");
  /**
   * A company suffix after a firm's name ("Kenosha Inc.", "Varna Motor Co.", "Bilbao plc"), with its dot if any;
   * shared with {@code PlaceResolver}'s firm names.
   */
  static final String COMPANY_SUFFIX =
      "(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|LLC|plc|PLC|AG|NV|SE|SpA|GmbH)\\b\\.?";
  private static final Pattern COMPANY_SUFFIX_AFTER = Pattern.compile("^,?\\s+" + COMPANY_SUFFIX);
  private static final Pattern PRICING_AFTER = Pattern.compile(
      "^\\s+(?:raised|cut|lowered|increased)\\s+its\\s+(?:\\p{Ll}+\\s+)?(?:rates|prices|dividend|guidance|forecast|outlook)\\b");

  /**
   * Whether a name is a firm's by a business cue at some mention and no mention reads as a location:
   * "shares of Winnebago", "Winnebago's shares", "Winnebago reported higher sales", "Winnebago plc" (a
   * company suffix the tagger left out of the name), "Eastbrook raised its
   * rates" (the last only for a name the tagger read as an organisation: a town's council sets rates too).
   * "In Winnebago" keeps the town.
   */
  static boolean firm(String text, List<Span> mentions, boolean organisation) {
    boolean cue = false;
    for (Span m : mentions) {
      if (GazetteerPlaceRecognizer.locativeBefore(text, m.start())) return false;
      if (SHARES_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()
          || FIRM_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
          || COMPANY_SUFFIX_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
          || organisation && PRICING_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
        cue = true;
      }
    }
    return cue;
  }

  private static final Pattern CARRIER_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the|on|aboard|by)\\s+$");
  private static final Pattern CARRIER_AFTER = Pattern.compile(
      "^\\s+(?:flights?|jets?|airliners?|planes?|aircraft|crew|pilots?|cabin\\s+crew)(?![-\\p{L}])");

  /**
   * Whether a mention names an airline by one of its aircraft, flights or crews: "the Eastlandia flight",
   * "an Eastlandia jet", "aboard an Eastlandia airliner" (a carrier named after its country; the caller asks this
   * only of names whose readings are countries or regions, so "the Riverton flight" of a town stays a place;
   * "the Eastlandian plane-maker" is a compound, no aircraft).
   */
  static boolean carrier(String text, Span m) {
    return CARRIER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
        && CARRIER_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
  }

  /** Words of an industry's trade by the place name that stands for the industry ({@code gazetteer/industry-names.txt}). */
  private static final Map<String, Set<String>> INDUSTRY_WORDS = industryWords();
  /** The first word right after a name, after one space: "Hollywood actress" (not "Hollywood-based"). */
  private static final Pattern TRADE_WORD_AFTER = Pattern.compile("^ (\\p{Ll}[\\p{Ll}-]*)");
  /** Up to three lower-case words after a name's possessive: "Hollywood's biggest talent agencies". */
  private static final Pattern POSSESSIVE_WORDS_AFTER = Pattern.compile(
      "^['\u2019]s((?: (?:\\p{Ll}[\\p{Ll}-]*|&)){1,3})");
  /** Words that end the noun phrase after a possessive before a trade word could be reached. */
  private static final Set<String> PHRASE_ENDS = Set.of(
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "with", "in",
      "on", "at", "of", "for", "to", "from", "by", "that", "which", "who", "said", "says", "than", "as");
  /** A line's first word followed by a dateline's comma, dash or bracket ("HOLLYWOOD (Wire) -"). */
  private static final Pattern DATELINE_AFTER = Pattern.compile("^(?:,|\\s+[-\u2013\u2014(])");

  private static Map<String, Set<String>> industryWords() {
    Map<String, Set<String>> out = new HashMap<>();
    Lexicon.kinds("/gazetteer/industry-names.txt").forEach((name, words) -> out.put(Gazetteer.key(name), Set.copyOf(words)));
    return Map.copyOf(out);
  }

  /**
   * Whether a place name that news also uses for an industry stands for the industry here: some mention has a
   * word of the trade right after it ("a Hollywood actress", "two Hollywood studios") or after its possessive
   * ("Hollywood's biggest talent agencies"), and no mention is located: after a locative ("moved to Hollywood", "a
   * premiere in Hollywood"), before "-based" or as a dateline. The names and their trade words are in
   * {@code gazetteer/industry-names.txt}; any other place name before "actress" is where she is from.
   */
  static boolean industry(String text, String name, List<Span> mentions) {
    Set<String> trade = INDUSTRY_WORDS.get(Gazetteer.key(name));
    if (trade == null || mentions.isEmpty()) return false;
    boolean cue = false;
    for (Span m : mentions) {
      // "talks between Hollywood's studios and ...": a preposition before a possessive governs the possessed noun
      boolean possessive = text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end());
      if (GazetteerPlaceRecognizer.locativeBefore(text, m.start()) && !possessive || text.startsWith("-based", m.end())) {
        return false;
      }
      if ((m.start() == 0 || text.charAt(m.start() - 1) == '\n')
          && DATELINE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
        return false;
      }
      if (!cue) cue = tradeWordAfter(text, m, trade);
    }
    return cue;
  }

  private static boolean tradeWordAfter(String text, Span m, Set<String> trade) {
    Matcher w = TRADE_WORD_AFTER.matcher(text).region(m.end(), text.length());
    if (w.lookingAt()) return trade.contains(w.group(1));
    Matcher p = POSSESSIVE_WORDS_AFTER.matcher(text).region(m.end(), text.length());
    if (!p.lookingAt()) return false;
    for (String word : p.group(1).trim().split(" ")) {
      if (PHRASE_ENDS.contains(word)) return false;
      if (trade.contains(word)) return true;
    }
    return false;
  }

  /** Prepositions after which a name before a person's name is a place of the person ("ambassador to Eastland Jo Ames"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "of", "from", "near", "for", "into",
      "across", "outside", "around", "toward", "towards", "via", "within", "inside", "throughout");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
  private static final Pattern SURNAME_ALONE = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019-]+)(?![\\p{L}.])(?!\\s+\\p{Lu})");

  /**
   * Whether one capitalised word of a place's name stands right before (one space) the start of a person's
   * mention ({@code personStarts}), not after a preposition: "Ireland Threlkeld spoke", "a late goal by Chad Pellow"
   * (the tagger kept only the surname as the person; the place word is the given name). "The ambassador to
   * Eastland Jo Ames", an upper-case word ("USA Jo Ames", a headline) and a name with a title or given name
   * after the place ("Eastland Gov. Jo Ames", "Eastland Governor Jo Ames") keep the place.
   */
  static boolean givenNameBefore(String text, Span m, Set<Integer> personStarts) {
    String w = m.text();
    if (!w.matches("\\p{Lu}\\p{Ll}+") || m.end() >= text.length() || text.charAt(m.end()) != ' '
        || !personStarts.contains(m.end() + 1)) {
      return false;
    }
    // the person's mention is the surname alone: one capitalised word, no title ("Gov.") and no given name after it
    Matcher next = SURNAME_ALONE.matcher(text).region(m.end() + 1, text.length());
    if (!next.lookingAt() || GivenNames.isGivenName(next.group(1))) return false;
    Matcher prev = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
    return !(prev.find() && PLACE_PREPOSITIONS.contains(prev.group(1).toLowerCase(Locale.ROOT)));
  }

  static boolean monthOrDay(String name) {
    return MONTHS_AND_DAYS.contains(name.trim().toLowerCase(Locale.ROOT));
  }

  /** Whether the name is that of a sea, gulf, bay, strait, lake or river ("Gulf of Riga", "Irish Sea"). */
  static boolean waterBody(String name) {
    return WATER.matcher(name.trim()).matches();
  }

  /** Whether {@code name} is a lake or river by its form ("Lake Ardmere", "Ardmere River"). */
  static boolean inlandWater(String name) {
    return INLAND_WATER.matcher(name.trim()).matches();
  }

  /**
   * The spans of the paragraphs that are an author's biography ("Jane Roe is a reporter ..."): one of
   * the last two paragraphs of the article, short, never its first.
   */
  static List<int[]> biographies(String text) {
    List<int[]> paragraphs = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      if (!text.substring(start, end).isBlank()) paragraphs.add(new int[] {start, end});
      start = end + 1;
    }
    List<int[]> out = new ArrayList<>();
    for (int k = Math.max(1, paragraphs.size() - 2); k < paragraphs.size(); k++) {
      int[] p = paragraphs.get(k);
      if (p[1] - p[0] <= 600 && BIO.matcher(text).region(p[0], p[1]).lookingAt()) out.add(p);
    }
    return out;
  }

  /** Whether {@code m} lies in one of {@code ranges}. */
  static boolean inside(List<int[]> ranges, Span m) {
    for (int[] r : ranges) {
      if (r[0] <= m.start() && m.end() <= r[1]) return true;
    }
    return false;
  }
}
