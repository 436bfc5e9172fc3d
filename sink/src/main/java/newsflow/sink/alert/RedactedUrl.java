package newsflow.sink.alert;

import java.net.URI;

/**
 * A URL as logs and messages may show it: scheme, host and port kept; user info, path, query and
 * fragment replaced by {@code ***}, since a webhook's path or query is often its secret (a Slack or
 * Teams hook is a bearer credential).
 */
public final class RedactedUrl {
  private RedactedUrl() {}

  /** E.g. {@code https://hooks.example.com/***}; {@code none} for null. */
  public static String of(URI url) {
    if (url == null) return "none";
    if (url.getScheme() == null || url.getHost() == null) return "(a URL, hidden)";
    StringBuilder sb = new StringBuilder(url.getScheme()).append("://").append(url.getHost());
    if (url.getPort() >= 0) sb.append(':').append(url.getPort());
    String path = url.getRawPath();
    boolean secret = url.getRawUserInfo() != null || path != null && !path.isEmpty() && !path.equals("/")
        || url.getRawQuery() != null || url.getRawFragment() != null;
    return sb.append(secret ? "/***" : "/").toString();
  }

  /** {@code text} with the URL, and its path and query wherever they occur alone, replaced by the redacted form. */
  public static String scrub(String text, URI url) {
    if (text == null || url == null) return text;
    String out = text.replace(url.toString(), of(url));
    for (String part : new String[] {url.getRawPath(), url.getPath(), url.getRawQuery(), url.getQuery()}) {
      if (part != null && part.length() > 1) out = out.replace(part, "/***");
    }
    return out;
  }
}
