package newsflow.sink.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import newsflow.schemas.json.PlainJson;
import newsflow.v1.AlertKind;
import newsflow.v1.OfficialAlert;

/**
 * Renders an alert for people: one line of text, and the webhook payload that carries the text in a
 * Slack-compatible {@code text} field beside the full alert as plain JSON.
 */
public final class AlertMessages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_QUOTE = 280;

  private AlertMessages() {}

  /** E.g. {@code Pete Hegseth (Defense Secretary) was quoted by Washington Times: "There is no betrayal there" — Title <url>}. */
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
    if (a.getTitle() != null && !a.getTitle().isBlank()) sb.append(" — ").append(a.getTitle());
    if (a.getUrl() != null && !a.getUrl().isBlank()) sb.append(" <").append(a.getUrl()).append('>');
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

  private static String shorten(String quote) {
    String q = quote.strip().replaceAll("\\s+", " ");
    return q.length() <= MAX_QUOTE ? q : q.substring(0, MAX_QUOTE - 1) + "…";
  }
}
