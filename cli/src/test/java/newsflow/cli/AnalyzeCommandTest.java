package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Uses the real NLP (loaded once for this JVM by the first test). */
class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void verbatimOffsetsIndexTheFileItselfAndEveryObjectNamesItsInput() throws Exception {
    String seed = ExtractCommandTest.resource("hegseth-nato.txt");
    String fileText = new String(Files.readAllBytes(Path.of(seed)), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("analyze", "--jsonl", "--verbatim", seed);
    assertEquals(0, r.exit(), r.err());
    JsonNode a = JSON.readTree(r.out().strip());
    assertEquals(seed, a.get("input").asText());
    assertEquals(fileText, a.get("text").asText(), "--verbatim keeps the file's characters");
    assertTrue(a.get("quotes").size() >= 20, "the seed has 28 quotes, found " + a.get("quotes").size());
    int checked = 0;
    for (JsonNode q : a.get("quotes")) {
      assertEquals(q.get("text").asText(), fileText.substring(q.get("start").asInt(), q.get("end").asInt()));
      checked++;
    }
    for (JsonNode e : a.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        assertEquals(m.get("text").asText(), fileText.substring(m.get("start").asInt(), m.get("end").asInt()));
        checked++;
      }
    }
    assertTrue(checked > 50, "checked " + checked + " spans");
    boolean hegseth = false;
    for (JsonNode e : a.get("entities")) hegseth |= e.get("name").asText().equals("Pete Hegseth");
    assertTrue(hegseth, "Pete Hegseth among the entities");
  }

  @Test
  void aPageWithAPublicationDateAlertsOnAnOfficialNamedByTheOfficeAlone(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    String body = "<p>Farm ministers from across the region met in the capital on Tuesday to discuss drought relief "
        + "and the price of grain, which has risen for six months in a row.</p>"
        + "<p>Talks were later held with the Hungarian prime minister, whose office said an aid package would be "
        + "announced within weeks. Growers' unions welcomed the news but asked for details.</p>"
        + "<p>A second round of talks is planned for the spring, when the next harvest figures are due.</p>";
    String page = "<html><head><title>Drought talks</title>"
        + "<meta property=\"article:published_time\" content=\"%s\"></head><body><article><h1>Drought talks</h1>"
        + body + "</article></body></html>";
    Path watchlist = Files.writeString(dir.resolve("watch.yaml"),
        "- {id: varga, name: Ilse Varga, title: Prime Minister, country: HU, since: 2024-03-02}\n");
    Path recent = Files.writeString(dir.resolve("recent.html"), String.format(page, "2025-02-10T08:00:00Z"));
    Path old = Files.writeString(dir.resolve("old.html"), String.format(page, "2021-02-10T08:00:00Z"));
    Cli.Result r = Cli.run("analyze", "--jsonl", "--watchlist", watchlist.toString(), recent.toString(), old.toString());
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    JsonNode alerts = JSON.readTree(lines[0]).get("alerts");
    assertEquals(1, alerts.size(), alerts.toString());
    assertEquals("varga", alerts.get(0).get("officialId").asText());
    JsonNode ev = alerts.get(0).get("evidence").get(0);
    assertEquals("TITLE_OF_OFFICE", ev.get("rule").asText());
    assertEquals("the Hungarian prime minister", ev.get("text").asText());
    for (JsonNode e : JSON.readTree(lines[0]).get("entities")) {
      assertTrue(!e.get("name").asText().equals("Ilse Varga") || e.get("type").asText().equals("OTHER"),
          "not named, so not one of the article's people: " + e);
    }
    assertEquals(0, JSON.readTree(lines[1]).get("alerts").size(), "published before she took office");
  }

  @Test
  void extractedArticleKeepsItsBylineAuthorInTheMetadataNotAmongItsPeople() throws Exception {
    Cli.Result r = Cli.run("analyze", "--jsonl", ExtractCommandTest.resource("hegseth-nato.txt"));
    assertEquals(0, r.exit(), r.err());
    JsonNode a = JSON.readTree(r.out().strip());
    assertEquals("Mike Glenn", a.get("authors").get(0).asText());
    assertTrue(!a.get("text").asText().contains("By Mike Glenn"), "the byline is metadata, not body text");
    for (JsonNode e : a.get("entities")) {
      assertTrue(!e.get("name").asText().equals("Mike Glenn"), "an author the body does not name is not one of its people");
    }
  }

  @Test
  void theJsonCarriesTheAlertsWithTheMatchedWordsAndRule(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String text = "Senator Dana Whitcombe visited a dairy farm near Dayton, Ohio, on Friday.\n\n"
        + "\"Farmers need rain and fair prices,\" Whitcombe said after the visit.\n\n"
        + "Dana Whitcombe Jr., her son, runs the farm.\n";
    Path article = Files.writeString(dir.resolve("farm.txt"), text);
    Path watchlist = Files.writeString(dir.resolve("watch.yaml"),
        "- {id: whitcombe, name: Dana Whitcombe, title: Senator, country: US}\n");
    Cli.Result r = Cli.run("analyze", "--jsonl", "--verbatim", "--watchlist", watchlist.toString(), article.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode a = JSON.readTree(r.out().strip());
    JsonNode alerts = a.get("alerts");
    assertEquals(1, alerts.size(), alerts.toString());
    JsonNode alert = alerts.get(0);
    assertEquals("whitcombe", alert.get("officialId").asText());
    assertEquals("Dana Whitcombe", alert.get("officialName").asText());
    JsonNode first = alert.get("evidence").get(0);
    assertEquals("FULL_NAME", first.get("rule").asText());
    assertEquals("Dana Whitcombe", first.get("text").asText());
    assertEquals(text.indexOf("Dana Whitcombe"), first.get("start").asInt());
    for (JsonNode ev : alert.get("evidence")) {
      assertEquals(ev.get("text").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()));
      assertTrue(ev.get("start").asInt() < text.indexOf("Jr."), "the son is not the senator: " + ev);
    }
  }

  @Test
  void verbatimOnAnHtmlFileIsReportedAndOtherInputsGoOn() throws Exception {
    Cli.Result r = Cli.run("analyze", "--jsonl", "--verbatim", ExtractCommandTest.resource("page.html"),
        ExtractCommandTest.resource("hegseth-nato.txt"));
    assertEquals(Newsflow.EXIT_FAILURE, r.exit());
    assertTrue(r.err().contains("--verbatim applies to text files"), r.err());
    assertEquals(1, r.out().strip().lines().count());
  }

  @Test
  void aMissingFileFailsInOneLineWithExitTwoBeforeTheNlpLoads() {
    Cli.Result r = Cli.run("analyze", "nosuchfile.html");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals("newsflow: nosuchfile.html: no such file", r.err().strip());
    assertEquals("", r.out());
  }

  @Test
  void aMissingWatchlistFailsInOneLineNamingTheFlag() throws Exception {
    Cli.Result r = Cli.run("analyze", "--watchlist", "/no/such/watchlist.yaml", ExtractCommandTest.resource("page.html"));
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals("newsflow: --watchlist /no/such/watchlist.yaml: no such file", r.err().strip());
  }
}
