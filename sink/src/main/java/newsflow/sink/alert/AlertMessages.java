package newsflow.sink.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import newsflow.schemas.json.PlainJson;
import newsflow.v1.AlertKind;
import newsflow.v1.OfficialAlert;
import newsflow.v1.OfficialEvidence;

/**
 * Renders an alert for people: one line of text (naming the words that matched the official), and the
 * webhook payload that carries the text in a Slack-compatible {@code text} field beside the full alert as
 * plain JSON (with every matched span in {@code alert.evidence}).
 */
public final class AlertMessages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_QUOTE = 280;
  private static final int MAX_EVIDENCE = 3;

  private AlertMessages() {}

  /**
   * One line, e.g. {@code Jane Roe (Senator) was quoted by Example News: "We will vote no" — matched "Sen. Jane Roe"
   * at 10-23 (full name), "Roe" at 140-143 (family name after full name) — Title <url>}: who, how, the quote,
   * the words that named the official with their offsets and rule (the first {@value #MAX_EVIDENCE}), the
   * article.
   */
  public static String text(OfficialAlert a) {
    StringBuilder sb = new StringBuilder();
    sb.append(a.getOfficialName());
    if (a.getOfficialTitle() != null && !a.getOfficialTitle().isBlank()) {
      sb.append(" (").append(a.getOfficialTitle()).append(')');
    }
    boolean quoted = a.getKind() == AlertKind.QUOTED;
    sb.append(quoted ? " was quoted" : " was mentioned");
    if (!quoted && a.getMentionCount() > 1) sb.append(' ').append(a.getMentionCount()).append(" times");
    if (a.getPublisher() != null && !a.getPublisher().isBlank()) {
      sb.append(quoted ? " by " : " in ").append(a.getPublisher());
    }
    if (quoted && !a.getQuotes().isEmpty()) {
      sb.append(": \"").append(shorten(a.getQuotes().get(0))).append('"');
      if (a.getQuotes().size() > 1) sb.append(" (+").append(a.getQuotes().size() - 1).append(" more)");
    }
    String matched = matched(a);
    if (!matched.isEmpty()) sb.append(" — ").append(matched);
    if (a.getTitle() != null && !a.getTitle().isBlank()) sb.append(" — ").append(a.getTitle());
    if (a.getUrl() != null && !a.getUrl().isBlank()) sb.append(" <").append(a.getUrl()).append('>');
    return sb.toString();
  }

  /**
   * The words that named the official, e.g. {@code matched "Sen. Jane Roe" at 10-23 (full name), "Roe" at
   * 140-143 (family name after full name), +2 more}; empty for an alert without evidence.
   */
  public static String matched(OfficialAlert a) {
    List<OfficialEvidence> evidence = a.getEvidence();
    if (evidence == null || evidence.isEmpty()) return "";
    StringBuilder sb = new StringBuilder("matched ");
    for (int i = 0; i < Math.min(MAX_EVIDENCE, evidence.size()); i++) {
      OfficialEvidence e = evidence.get(i);
      if (i > 0) sb.append(", ");
      sb.append('"').append(e.getText()).append("\" at ").append(e.getStart()).append('-').append(e.getEnd())
          .append(" (").append(rule(e.getRule())).append(')');
    }
    if (evidence.size() > MAX_EVIDENCE) sb.append(", +").append(evidence.size() - MAX_EVIDENCE).append(" more");
    return sb.toString();
  }

  /** The webhook body: {@code {"text": ..., "alert": {...}}}. */
  public static String webhookPayload(OfficialAlert a) {
    ObjectNode body = JSON.createObjectNode();
    body.put("text", slackEscape(text(a)));
    body.set("alert", PlainJson.toNode(a));
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Slack's mrkdwn escapes &amp;, &lt; and &gt;, except in the trailing {@code <url>} link. */
  static String slackEscape(String text) {
    int link = text.lastIndexOf(" <");
    String body = link >= 0 && text.endsWith(">") ? text.substring(0, link) : text;
    String tail = link >= 0 && text.endsWith(">") ? text.substring(link) : "";
    return body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + tail;
  }

  /** "TITLE_AND_FAMILY_NAME" -> "title and family name". */
  private static String rule(String rule) {
    return rule == null ? "unknown rule" : rule.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String shorten(String quote) {
    String q = quote.strip().replaceAll("\\s+", " ");
    return q.length() <= MAX_QUOTE ? q : q.substring(0, MAX_QUOTE - 1) + "…";
  }
}
