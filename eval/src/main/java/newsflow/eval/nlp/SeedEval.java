package newsflow.eval.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.officials.Official;
import newsflow.enrich.nlp.officials.OfficialMatcher;
import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.enrich.nlp.text.TextPipeline;

/**
 * The seed-article checks of the evaluation README: every scored quote span found, speakers right,
 * the people with their canonical names (and first gold title), no "Uncle Sam" person, every place
 * found with its gold country, and, with the gold's example watchlist, exactly the alerts it describes.
 */
public final class SeedEval {
  private SeedEval() {}

  /** The outcome: counts per check and one line per failure. */
  public record Result(int quotes, int quotesFound, int speakersScored, int speakersRight, int people,
      int peopleFound, int titlesFound, int notPeopleFound, int places, int placesRight, int alerts,
      int alertsRight, int unexpectedAlerts, List<String> failures) {

    public boolean peopleOk() {
      return peopleFound == people && notPeopleFound == 0;
    }

    public String summary() {
      return String.format(Locale.ROOT,
          "Seed quotes %d/%d speakers %d/%d people %d/%d titles %d/%d not-people %d places %d/%d alerts %d/%d"
              + " (unexpected %d)",
          quotesFound, quotes, speakersRight, speakersScored, peopleFound, people, titlesFound, people,
          notPeopleFound, placesRight, places, alertsRight, alerts, unexpectedAlerts);
    }
  }

  /** The seed article and gold under {@code dir} ({@code hegseth-nato.txt}, {@code hegseth-nato.gold.json}). */
  public static Result evaluate(Path dir, ArticleAnalyzer analyzer) {
    try {
      String text = Files.readString(dir.resolve("hegseth-nato.txt"), StandardCharsets.UTF_8);
      JsonNode gold = new ObjectMapper().readTree(dir.resolve("hegseth-nato.gold.json").toFile());
      return evaluate(text, gold, analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed article under " + dir, e);
    }
  }

  /** Scores the analyzer on one seed article and its gold annotation. */
  public static Result evaluate(String text, JsonNode gold, ArticleAnalyzer analyzer) {
    ArticleAnalysis a = analyzer.analyze(text, "en");
    List<String> failures = new ArrayList<>();

    int quotes = 0;
    int found = 0;
    int scored = 0;
    int right = 0;
    for (JsonNode q : gold.path("quotes")) {
      if (q.path("speaker").isNull()) continue;
      quotes++;
      String want = norm(q.path("text").asText());
      Quote match = null;
      for (Quote p : a.quotes()) if (norm(p.text()).equals(want)) match = p;
      if (match == null) {
        failures.add("quote " + q.path("n").asInt() + " not found: " + abbreviate(want));
        continue;
      }
      found++;
      scored++;
      if (q.path("speaker").asText().equals(match.speaker())) right++;
      else failures.add("quote " + q.path("n").asInt() + " speaker " + match.speaker() + " != " + q.path("speaker").asText());
    }

    int people = 0;
    int peopleFound = 0;
    int titles = 0;
    for (JsonNode p : gold.path("people")) {
      people++;
      String name = p.path("name").asText();
      Entity e = person(a, name);
      if (e == null) {
        failures.add("person missing: " + name);
        continue;
      }
      peopleFound++;
      String title = p.path("titles").path(0).asText("");
      if (e.titles().stream().anyMatch(t -> t.equalsIgnoreCase(title))) titles++;
      else failures.add("title of " + name + ": " + e.titles() + " lacks " + title);
    }
    int notPeople = 0;
    for (JsonNode n : gold.path("not_people")) {
      for (Entity e : a.entities()) {
        if (e.type() == EntityType.PERSON && (e.name().equalsIgnoreCase(n.asText())
            || e.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(n.asText())))) {
          notPeople++;
          failures.add("not a person: " + e.name());
        }
      }
    }

    int places = 0;
    int placesRight = 0;
    for (JsonNode g : gold.path("places")) {
      places++;
      List<String> names = new ArrayList<>();
      names.add(g.path("name").asText());
      for (JsonNode m : g.path("mentions")) names.add(m.asText());
      String country = g.hasNonNull("country") ? g.path("country").asText() : null;
      ResolvedPlace hit = null;
      for (ResolvedPlace rp : a.places()) {
        Entity e = byId(a, rp.entityId());
        boolean nameOk = names.stream().anyMatch(n -> n.equalsIgnoreCase(rp.name())
            || e != null && (n.equalsIgnoreCase(e.name()) || e.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(n))));
        if (nameOk && (hit == null || country != null && country.equals(rp.countryCode()))) hit = rp;
      }
      if (hit == null) failures.add("place missing: " + names.get(0));
      else if (country != null && !country.equals(hit.countryCode())) {
        failures.add("place " + names.get(0) + " country " + hit.countryCode() + " != " + country);
      } else placesRight++;
    }

    int[] alerts = alerts(text, gold, a, failures);
    return new Result(quotes, found, scored, right, people, peopleFound, titles, notPeople, places, placesRight,
        alerts[0], alerts[1], alerts[2], List.copyOf(failures));
  }

  private static final Pattern EXPECTED = Pattern.compile("([\\p{L} .'-]+?): (\\d+)");

  /** Applies the gold's example watchlist to the analysed entities: {expected, right, unexpected}. */
  private static int[] alerts(String text, JsonNode gold, ArticleAnalysis a, List<String> failures) {
    JsonNode example = gold.path("alerts_example");
    List<Official> officials = new ArrayList<>();
    for (JsonNode n : example.path("watchlist")) {
      String name = n.asText();
      officials.add(new Official(name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, List.of(), null, null));
    }
    if (officials.isEmpty()) return new int[3];
    Map<String, Integer> expectedQuotes = new HashMap<>();
    Matcher m = EXPECTED.matcher(example.path("expected").asText().replaceAll(".*\\(", ""));
    while (m.find()) expectedQuotes.put(m.group(1).trim().replaceAll("^[;,] *", ""), Integer.parseInt(m.group(2)));
    List<Entity> entities = new ArrayList<>(a.entities());
    for (Entity e : entities) e.officialId(null);
    new OfficialMatcher(Watchlist.of(officials)).match(TextPipeline.instance().process(text), entities);
    int right = 0;
    int unexpected = 0;
    for (Official o : officials) {
      List<Entity> matched = entities.stream().filter(e -> o.id().equals(e.officialId())).toList();
      if (matched.size() != 1) {
        failures.add("alert " + o.name() + ": " + matched.size() + " matching entities");
        continue;
      }
      Entity e = matched.get(0);
      long q = a.quotes().stream().filter(x -> e.id().equals(x.speakerEntityId())).count();
      Integer want = expectedQuotes.get(o.name());
      if (want == null || want == q) right++;
      else failures.add("alert " + o.name() + ": " + q + " quotes, expected " + want);
    }
    for (Entity e : entities) {
      if (e.officialId() != null && officials.stream().noneMatch(o -> o.id().equals(e.officialId()))) unexpected++;
    }
    long distinct = entities.stream().map(Entity::officialId).filter(x -> x != null).distinct().count();
    if (distinct > officials.size()) unexpected += (int) (distinct - officials.size());
    return new int[] {officials.size(), right, unexpected};
  }

  private static Entity person(ArticleAnalysis a, String name) {
    for (Entity e : a.entities()) if (e.type() == EntityType.PERSON && e.name().equals(name)) return e;
    return null;
  }

  private static Entity byId(ArticleAnalysis a, String id) {
    for (Entity e : a.entities()) if (e.id().equals(id)) return e;
    return null;
  }

  private static String norm(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").trim();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** Span text helper for reports. */
  static String text(Span s) {
    return s.text();
  }

  /** {@code SeedEval --seed DIR}: prints the seed checks. */
  public static void main(String[] args) {
    Path dir = Path.of("../shared/seed");
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals("--seed")) dir = Path.of(args[i + 1]);
    Result r = evaluate(dir, ArticleAnalyzer.load(Watchlist.empty()));
    System.out.println(r.summary());
    r.failures().forEach(f -> System.out.println("  " + f));
  }
}
