package newsflow.schemas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import newsflow.v1.AlertKind;
import newsflow.v1.Image;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;
import org.junit.jupiter.api.Test;

class PlainJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static RawArticle article(Instant publishedAt) {
    return RawArticle.newBuilder()
        .setId("a1")
        .setUrl("https://example.org/news/1")
        .setCanonicalUrl(null)
        .setSource(Source.newBuilder().setFeedUrl(null).setPublisher("Example Times").setDomain("example.org").build())
        .setTitle("Title")
        .setAuthors(List.of("Jane Roe", "John Doe"))
        .setPublishedAt(publishedAt)
        .setFetchedAt(Instant.parse("2025-02-13T10:15:30Z"))
        .setLanguage("en")
        .setText("First paragraph.\n\nSecond.")
        .setHeadings(List.of())
        .setImages(List.of(Image.newBuilder().setUrl("https://example.org/a.jpg").setCaption(null).build()))
        .setContentHash("abc")
        .build();
  }

  @Test
  void writesNullableFieldsAsPlainValuesNotUnionObjects() throws Exception {
    JsonNode json = MAPPER.readTree(PlainJson.toJson(article(null)));
    assertTrue(json.get("canonicalUrl").isNull());
    assertTrue(json.get("publishedAt").isNull());
    assertEquals("https://example.org/news/1", json.get("url").asText());
    assertTrue(json.get("url").isTextual(), "a union value must be the bare string");
    assertEquals("Example Times", json.get("source").get("publisher").asText());
    assertTrue(json.get("source").get("feedUrl").isNull());
    assertTrue(json.get("images").get(0).get("caption").isNull());
  }

  @Test
  void writesTimestampsAsIso8601Strings() throws Exception {
    JsonNode json = MAPPER.readTree(PlainJson.toJson(article(Instant.parse("2025-02-13T00:00:00Z"))));
    assertEquals("2025-02-13T00:00:00Z", json.get("publishedAt").asText());
    assertEquals("2025-02-13T10:15:30Z", json.get("fetchedAt").asText());
  }

  @Test
  void putsInputFirstAndKeepsSchemaFieldOrder() throws Exception {
    JsonNode json = MAPPER.readTree(PlainJson.toJson(article(null), "articles/one.txt"));
    List<String> names = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertEquals("input", names.get(0));
    assertEquals("articles/one.txt", json.get("input").asText());
    assertEquals(List.of("input", "id", "url", "canonicalUrl", "source", "title", "authors", "publishedAt",
        "fetchedAt", "language", "text", "headings", "images", "contentHash"), names);
    assertEquals(2, json.get("authors").size());
    assertEquals("First paragraph.\n\nSecond.", json.get("text").asText());
  }

  @Test
  void writesEnumsAsTheirSymbol() throws Exception {
    OfficialAlert alert = OfficialAlert.newBuilder()
        .setId("x").setArticleId("a1").setOfficialId("us-hegseth").setOfficialName("Pete Hegseth")
        .setOfficialTitle("Secretary of Defense").setKind(AlertKind.QUOTED).setMentionCount(3)
        .setQuotes(List.of("There is no betrayal there")).setTitle(null).setUrl(null).setPublisher(null)
        .setPublishedAt(null).setDetectedAt(Instant.parse("2025-02-13T12:00:00Z")).build();
    JsonNode json = MAPPER.readTree(PlainJson.toJson(alert));
    assertEquals("QUOTED", json.get("kind").asText());
    assertEquals(3, json.get("mentionCount").asInt());
    assertTrue(json.get("mentionCount").isInt());
    assertEquals("There is no betrayal there", json.get("quotes").get(0).asText());
    assertEquals("2025-02-13T12:00:00Z", json.get("detectedAt").asText());
  }
}
