package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static String resource(String name) throws Exception {
    return Path.of(ExtractCommandTest.class.getResource("/articles/" + name).toURI()).toString();
  }

  @Test
  void printsOneRawArticlePerInputInInputOrderWithInputField() throws Exception {
    String seed = resource("hegseth-nato.txt");
    String page = resource("page.html");
    Cli.Result r = Cli.run("extract", "--jsonl", page, seed);
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().strip().lines().toList();
    assertEquals(2, lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    JsonNode second = JSON.readTree(lines.get(1));
    assertEquals(page, first.get("input").asText());
    assertEquals(seed, second.get("input").asText());
    assertTrue(first.get("text").asText().contains("Halden Bay"), first.toString());
    assertTrue(second.get("text").asText().contains("Defense Secretary Pete Hegseth"), second.get("text").asText());
    assertTrue(second.get("publishedAt").isTextual() || second.get("publishedAt").isNull());
    assertTrue(second.get("source").get("feedUrl").isNull(), "plain JSON, not Avro's union encoding");
  }

  @Test
  void printsASingleIndentedObjectForOneInput() throws Exception {
    Cli.Result r = Cli.run("extract", resource("page.html"));
    assertEquals(0, r.exit(), r.err());
    JsonNode node = JSON.readTree(r.out());
    assertTrue(node.isObject());
    assertTrue(r.out().contains("\n  \"id\""), "indented: " + r.out());
  }

  @Test
  void printsAnArrayForSeveralInputsWithoutJsonl() throws Exception {
    Cli.Result r = Cli.run("extract", resource("page.html"), resource("hegseth-nato.txt"));
    assertEquals(0, r.exit(), r.err());
    JsonNode node = JSON.readTree(r.out());
    assertTrue(node.isArray());
    assertEquals(2, node.size());
  }

  @Test
  void aMissingFileIsAUsageMistakeFoundBeforeAnyInputIsRead() throws Exception {
    Cli.Result r = Cli.run("extract", "--jsonl", resource("page.html"), "/no/such/file.txt");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals("newsflow: /no/such/file.txt: no such file", r.err().strip());
    assertEquals("", r.out(), "nothing is printed for the other inputs either");
  }

  @Test
  void urlWithSeveralPathsIsAUsageError() throws Exception {
    Cli.Result r = Cli.run("extract", "--url", "https://x.example/a", resource("page.html"), resource("page.html"));
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals(1, r.err().strip().lines().count());
  }
}
