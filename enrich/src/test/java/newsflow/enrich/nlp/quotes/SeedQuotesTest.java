package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.SharedAnalyzer;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's bars: all 28 scored quote spans exact, at least 27 speakers right. */
class SeedQuotesTest {

  private static String text;
  private static JsonNode gold;

  @BeforeAll
  static void load() throws IOException {
    text = resource("/seed/hegseth-nato.txt");
    gold = new ObjectMapper().readTree(resource("/seed/hegseth-nato.gold.json"));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = SeedQuotesTest.class.getResourceAsStream(name)) {
      if (in == null) throw new IOException("missing test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Entities as a perfect NER + resolution would give them: the gold people with every mention. */
  private static List<Entity> goldPeople() {
    List<Entity> out = new ArrayList<>();
    for (JsonNode p : gold.get("people")) {
      Entity e = new Entity("p" + out.size(), EntityType.PERSON, p.get("name").asText());
      p.get("titles").forEach(t -> e.addTitle(t.asText()));
      for (JsonNode m : p.get("mentions")) {
        String form = m.asText();
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
          e.addMention(Span.of(text, i, i + form.length()));
        }
      }
      out.add(e);
    }
    return out;
  }

  /** Spans found exactly and speakers right, out of the scored gold quotes. */
  static int[] score(List<Quote> quotes, List<String> problems) {
    int spans = 0;
    int speakers = 0;
    int scored = 0;
    for (JsonNode g : gold.get("quotes")) {
      if (g.get("speaker").isNull()) continue;
      scored++;
      String want = g.get("text").asText();
      Quote q = quotes.stream().filter(x -> x.text().equals(want)).findFirst().orElse(null);
      if (q == null) {
        problems.add("missing span: " + want);
        continue;
      }
      spans++;
      if (g.path("partial").asBoolean(false) != q.partial()) problems.add("partial flag wrong: " + want);
      if (g.get("speaker").asText().equals(q.speaker())) {
        speakers++;
      } else {
        problems.add("speaker " + q.speaker() + " instead of " + g.get("speaker").asText() + ": " + want);
      }
      assertEquals(want, text.substring(q.start(), q.end()));
    }
    return new int[] {spans, speakers, scored};
  }

  @Test
  void findsAllScoredQuoteSpansExactlyWithSpeakersFromGoldPeople() {
    List<Entity> entities = goldPeople();
    List<Quote> quotes = new QuoteAttributor().attribute(TextPipeline.instance().process(text), entities);
    List<String> problems = new ArrayList<>();
    int[] s = score(quotes, problems);
    assertEquals(28, s[2]);
    assertEquals(28, s[0], String.join("\n", problems));
    assertTrue(s[1] >= 27, s[1] + "/28 speakers:\n" + String.join("\n", problems));
    assertTrue(problems.stream().noneMatch(p -> p.startsWith("partial")), String.join("\n", problems));
  }

  @Test
  void attributesTheKyivPostQuotesToANewOrganizationEntity() {
    List<Entity> entities = goldPeople();
    int before = entities.size();
    List<Quote> quotes = new QuoteAttributor().attribute(TextPipeline.instance().process(text), entities);
    Quote kyiv = quotes.stream().filter(q -> q.text().startsWith("During a phone call")).findFirst().orElseThrow();
    assertEquals("Kyiv Post", kyiv.speaker());
    Entity added = entities.stream().filter(e -> e.id().equals(kyiv.speakerEntityId())).findFirst().orElseThrow();
    assertEquals(EntityType.ORGANIZATION, added.type());
    assertTrue(entities.size() > before);
  }

  @Test
  void findsQuoteSpansWithoutAnyEntities() {
    List<Quote> quotes = new QuoteAttributor().attribute(TextPipeline.instance().process(text), new ArrayList<>());
    List<String> problems = new ArrayList<>();
    int[] s = score(quotes, problems);
    assertEquals(28, s[0], String.join("\n", problems));
  }

  @Test
  void seedBarsHoldThroughTheArticleAnalyzer() {
    ArticleAnalysis analysis = SharedAnalyzer.get().analyze(text, "en");
    List<String> problems = new ArrayList<>();
    int[] s = score(analysis.quotes(), problems);
    assertEquals(28, s[0], String.join("\n", problems));
    assertTrue(s[1] >= 27, s[1] + "/28 speakers:\n" + String.join("\n", problems));
    for (Quote q : analysis.quotes()) {
      if (q.speakerEntityId() != null) {
        assertTrue(analysis.entities().stream().anyMatch(e -> e.id().equals(q.speakerEntityId())),
            "speaker entity " + q.speakerEntityId() + " is among the analysis entities");
      }
    }
  }
}
