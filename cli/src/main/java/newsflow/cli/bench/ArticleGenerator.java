package newsflow.cli.bench;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import newsflow.enrich.nlp.officials.Official;

/**
 * Made-up news articles for benchmarks, from templates and a seed: the same seed and index give the
 * same page, every index a distinct one (its own URL, title and text). Lengths vary from a short brief
 * to a long report (3 to about 30 paragraphs), most articles carry direct quotes with named speakers,
 * and about two in three mention or quote watched officials taken from the watchlist given, so the
 * pipeline does the work a real feed asks of it (NER, quote attribution, places, alerts). Every
 * sentence pattern and word list here was written for this generator; none comes from evaluation data.
 */
public final class ArticleGenerator {
  /** Titles whose holders read naturally before the name in a news sentence. */
  static final Set<String> TITLES = Set.of("President", "Prime Minister", "Senator", "Representative", "Governor",
      "Premier", "Vice President", "Chief Minister");

  private static final String[] PUBLISHERS = {"The Harbour Courier", "Valley Evening Post", "Northgate Tribune",
      "The Lakeside Herald", "Capital Wire Daily", "Riverside Gazette", "The Morning Ledger", "Eastfield Record"};
  private static final String[] FIRST = {"Anna", "David", "Maria", "James", "Sofia", "Peter", "Laura", "Daniel",
      "Elena", "Thomas", "Grace", "Samuel", "Nadia", "Oliver", "Ruth", "Marco", "Helen", "Victor", "Amara", "Lucas",
      "Irene", "Joseph", "Clara", "Felix", "Hannah", "Omar", "Julia", "Martin", "Leila", "Paul"};
  private static final String[] LAST = {"Hartley", "Okafor", "Lindqvist", "Moreno", "Brennan", "Kowalski", "Fischer",
      "Duarte", "Whitfield", "Nakamura", "Osei", "Varga", "Castellano", "Holm", "Pereira", "Sutton", "Novak", "Adeyemi",
      "Keller", "Rasmussen", "Ferreira", "Ashworth", "Mbeki", "Sorensen", "Lambert", "Quinn", "Petrov", "Dalton"};
  /** City, then the region or country a dateline names. */
  private static final String[][] PLACES = {{"Lyon", "France"}, {"Porto", "Portugal"}, {"Denver", "Colorado"},
      {"Osaka", "Japan"}, {"Nairobi", "Kenya"}, {"Lima", "Peru"}, {"Leeds", "England"}, {"Krakow", "Poland"},
      {"Adelaide", "Australia"}, {"Winnipeg", "Manitoba"}, {"Valencia", "Spain"}, {"Accra", "Ghana"},
      {"Gothenburg", "Sweden"}, {"Cork", "Ireland"}, {"Tucson", "Arizona"}, {"Bergen", "Norway"},
      {"Curitiba", "Brazil"}, {"Hamburg", "Germany"}, {"Dunedin", "New Zealand"}, {"Pittsburgh", "Pennsylvania"}};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  /** A policy area: what is planned, who it touches, what it costs. */
  private record Topic(String thing, String people, String measure, String section) {}
  private static final Topic[] TOPICS = {
      new Topic("the new rail line", "commuters", "track repairs", "transport"),
      new Topic("the water treatment plant", "households", "pipe replacements", "environment"),
      new Topic("the school building programme", "parents", "classroom repairs", "education"),
      new Topic("the housing plan", "renters", "new flats", "housing"),
      new Topic("the port expansion", "dock workers", "dredging work", "business"),
      new Topic("the wind farm", "farmers", "grid connections", "energy"),
      new Topic("the hospital budget", "nurses", "extra beds", "health"),
      new Topic("the flood defences", "riverside residents", "new embankments", "environment"),
      new Topic("the bus network", "students", "late-night routes", "transport"),
      new Topic("the fisheries agreement", "fishing crews", "catch limits", "business")};
  private static final String[] ACTIONS = {"delay", "expand", "review", "fund", "scale back", "speed up"};
  private static final String[] ORGS = {"the city council", "the regional government", "the transport authority",
      "the national treasury", "a parliamentary committee", "the planning board"};
  private static final String[] ROLES = {"a teacher", "a union organiser", "an economist at a local university",
      "a shop owner", "a spokeswoman for the operator", "an engineer on the project", "a community organiser",
      "a retired nurse", "a spokesman for the opposition", "the head of a residents' association"};
  private static final String[] OPENERS = {"We are not going to give up on", "Nobody expected this much trouble with",
      "This is about whether people can rely on", "I have asked for a full account of",
      "Our first job is to finish", "There is no quick fix for", "People deserve straight answers about",
      "We cannot keep postponing", "It would be a mistake to rush", "I am confident we can deliver"};
  private static final String[] CLOSERS = {"before the winter", "without more money from the capital",
      "for the families who depend on it", "in the next budget", "on time and on budget", "this year",
      "while costs keep rising", "after years of promises"};
  private static final String[] CUES = {"said", "told reporters", "said in a statement", "added", "said on " };
  private static final String[] FILLER = {
      "%d %s were counted in %s, according to figures published by %s.",
      "The work on %s has been debated for %d years, and %s have asked for a firm timetable.",
      "Officials said about %d people attended a public meeting on %s in %s last month.",
      "A report by %s found that %d percent of %s had been affected by the delays."};

  private final long seed;
  private final List<Official> officials;

  /** {@code officials}: who may be mentioned (only those with a family name and a title that precedes a name). */
  public ArticleGenerator(long seed, List<Official> officials) {
    this.seed = seed;
    List<Official> usable = new ArrayList<>();
    for (Official o : officials) {
      if (o.title() != null && TITLES.contains(o.title()) && !o.family().isEmpty() && !o.family().get(0).isBlank()) {
        usable.add(o);
      }
    }
    this.officials = List.copyOf(usable);
  }

  /** One generated page. {@code officials} are the ids of the watched officials it names. */
  public record Article(int index, String path, String title, String publisher, Instant publishedAt, String html,
      List<String> officials, int quotes) {}

  /** Article {@code index} as served under {@code baseUrl} (its canonical URL is {@code baseUrl + path}). */
  public Article article(int index, String baseUrl, Instant publishedAt) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
    Topic topic = TOPICS[r.nextInt(TOPICS.length)];
    String[] place = PLACES[r.nextInt(PLACES.length)];
    String publisher = PUBLISHERS[r.nextInt(PUBLISHERS.length)];
    String author = pick(r, FIRST) + " " + pick(r, LAST);
    String org = pick(r, ORGS);
    String action = pick(r, ACTIONS);
    String day = pick(r, DAYS);
    String path = "/news/" + topic.section() + "/" + index + "-" + slug(place[0] + " " + action + " " + topic.thing()) + ".html";

    List<Official> named = new ArrayList<>();
    int k = officials.isEmpty() ? 0 : r.nextInt(100) < 35 ? 0 : r.nextInt(100) < 70 ? 1 : 2;
    while (named.size() < k) {
      Official o = officials.get(r.nextInt(officials.size()));
      if (!named.contains(o)) named.add(o);
    }

    List<String> paragraphs = new ArrayList<>();
    String speaker = pick(r, FIRST) + " " + pick(r, LAST);
    String role = pick(r, ROLES);
    paragraphs.add(place[0].toUpperCase(Locale.ROOT) + ", " + place[1] + " \u2014 " + capital(org) + " will " + action + " "
        + topic.thing() + " in " + place[0] + " after months of complaints from " + topic.people() + ", "
        + speaker + ", " + role + ", said on " + day + ".");
    int quotes = 0;
    paragraphs.add(quote(r, topic) + " " + lastName(speaker) + " said. " + statement(r, topic));
    quotes += 2;
    for (Official o : named) {
      String family = o.family().get(0);
      paragraphs.add(o.title() + " " + o.name() + " said the decision on " + topic.measure() + " would be reviewed "
          + pick(r, CLOSERS) + ".");
      if (r.nextInt(100) < 65) {
        paragraphs.add(quote(r, topic) + " " + o.name() + " " + pick(r, CUES).replace("said on ", "said on " + day) + ".");
        quotes++;
        if (r.nextInt(2) == 0) {
          paragraphs.add(quote(r, topic) + " " + family + " said.");
          quotes++;
        }
      }
    }
    int extra = 1 + r.nextInt(6) + (r.nextInt(100) < 20 ? 8 + r.nextInt(18) : 0);
    for (int p = 0; p < extra; p++) {
      switch (r.nextInt(3)) {
        case 0 -> paragraphs.add(filler(r, topic, place));
        case 1 -> {
          String other = pick(r, FIRST) + " " + pick(r, LAST);
          paragraphs.add(other + ", " + pick(r, ROLES) + " in " + place[0] + ", was less sure. " + quote(r, topic)
              + " " + (r.nextBoolean() ? "she" : "he") + " said.");
          quotes++;
        }
        default -> paragraphs.add(filler(r, topic, place) + " " + filler(r, topic, place));
      }
    }
    String title = capital(org) + " to " + action + " " + topic.thing() + " in " + place[0];
    return new Article(index, path, title, publisher, publishedAt,
        html(baseUrl + path, title, publisher, author, publishedAt, paragraphs),
        named.stream().map(Official::id).toList(), quotes);
  }

  private static String quote(SplittableRandom r, Topic t) {
    return "\u201C" + pick(r, OPENERS) + " " + t.thing() + " " + pick(r, CLOSERS) + ",\u201D";
  }

  private static String statement(SplittableRandom r, Topic t) {
    return "\u201C" + pick(r, OPENERS) + " " + t.thing() + " " + pick(r, CLOSERS) + ".\u201D";
  }

  private static String filler(SplittableRandom r, Topic t, String[] place) {
    String f = pick(r, FILLER);
    int n = 3 + r.nextInt(400);
    return switch (f.indexOf("%d")) {
      case 0 -> String.format(Locale.ROOT, f, n, t.people(), pick(r, new String[] {"March", "June", "October"}), pick(r, ORGS));
      default -> f.startsWith("The work")
          ? String.format(Locale.ROOT, f, t.thing(), 2 + r.nextInt(20), t.people())
          : f.startsWith("Officials")
              ? String.format(Locale.ROOT, f, n, t.measure(), place[0])
              : String.format(Locale.ROOT, f, pick(r, ORGS), 5 + r.nextInt(60), t.people());
    };
  }

  private static String html(String url, String title, String publisher, String author, Instant publishedAt,
      List<String> paragraphs) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
        .append(" | ").append(esc(publisher)).append("</title>\n<meta property=\"og:title\" content=\"").append(esc(title))
        .append("\">\n<meta property=\"og:site_name\" content=\"").append(esc(publisher))
        .append("\">\n<meta name=\"author\" content=\"").append(esc(author))
        .append("\">\n<meta property=\"article:published_time\" content=\"")
        .append(DateTimeFormatter.ISO_INSTANT.format(publishedAt)).append("\">\n<link rel=\"canonical\" href=\"")
        .append(esc(url)).append("\">\n</head>\n<body>\n<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n")
        .append("<article>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"byline\">By ").append(esc(author))
        .append("</p>\n");
    for (String p : paragraphs) sb.append("<p>").append(esc(p)).append("</p>\n");
    sb.append("</article>\n<footer>").append(esc(publisher))
        .append(" is a fictional newspaper of the newsflow benchmark.</footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String lastName(String fullName) {
    return fullName.substring(fullName.lastIndexOf(' ') + 1);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
