package newsflow.sink.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import newsflow.v1.AlertKind;
import newsflow.v1.OfficialAlert;
import newsflow.v1.OfficialEvidence;
import org.junit.jupiter.api.Test;

/** The console line and the webhook payload show which words matched the official, where, and by which rule. */
class AlertMessagesTest {
  private static OfficialEvidence evidence(int start, String text, String rule) {
    return OfficialEvidence.newBuilder().setStart(start).setEnd(start + text.length()).setText(text).setRule(rule).build();
  }

  private static OfficialAlert alert(List<OfficialEvidence> evidence) {
    return OfficialAlert.newBuilder()
        .setId("a1").setArticleId("art1").setOfficialId("roe").setOfficialName("Jane Roe").setOfficialTitle("Senator")
        .setKind(AlertKind.MENTIONED).setMentionCount(5).setQuotes(List.of()).setTitle("Budget vote delayed")
        .setUrl("https://news.example/budget").setPublisher("Example News")
        .setDetectedAt(Instant.parse("2026-11-26T10:00:00Z")).setEvidence(evidence).build();
  }

  @Test
  void consoleLineNamesTheMatchedWordsWithOffsetsAndRule() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ConsoleNotifier(new PrintStream(bytes, true, StandardCharsets.UTF_8)).deliver(alert(List.of(
        evidence(10, "Sen. Jane Roe", "FULL_NAME"), evidence(140, "Roe", "FAMILY_NAME_AFTER_FULL_NAME"))));
    assertEquals("ALERT Jane Roe (Senator) was mentioned 5 times in Example News — matched \"Sen. Jane Roe\" at 10-23"
        + " (full name), \"Roe\" at 140-143 (family name after full name) — Budget vote delayed"
        + " <https://news.example/budget>", bytes.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void longEvidenceListsAreCutAfterThreeInTheTextButKeptWholeInTheWebhookJson() throws Exception {
    List<OfficialEvidence> many = List.of(evidence(0, "Jane Roe", "FULL_NAME"), evidence(50, "Roe", "FAMILY_NAME_AFTER_FULL_NAME"),
        evidence(90, "Roe", "FAMILY_NAME_AFTER_FULL_NAME"), evidence(130, "Sen. Roe", "TITLE_AND_FAMILY_NAME"),
        evidence(170, "Roe", "FAMILY_NAME_AFTER_FULL_NAME"));
    String text = AlertMessages.text(alert(many));
    assertTrue(text.contains("\"Roe\" at 90-93 (family name after full name), +2 more — "), text);
    assertFalse(text.contains("130"), text);
    JsonNode body = new ObjectMapper().readTree(AlertMessages.webhookPayload(alert(many)));
    assertEquals(text, body.get("text").asText());
    assertEquals(5, body.get("alert").get("evidence").size());
    JsonNode fourth = body.get("alert").get("evidence").get(3);
    assertEquals("Sen. Roe", fourth.get("text").asText());
    assertEquals(130, fourth.get("start").asInt());
    assertEquals(138, fourth.get("end").asInt());
    assertEquals("TITLE_AND_FAMILY_NAME", fourth.get("rule").asText());
  }

  @Test
  void anAlertWithoutEvidenceKeepsTheShortLine() {
    assertEquals("Jane Roe (Senator) was mentioned 5 times in Example News — Budget vote delayed"
        + " <https://news.example/budget>", AlertMessages.text(alert(List.of())));
  }
}
