package newsflow.ingest.dedup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises article URLs for deduplication: lower-case scheme and host, no default port, no
 * fragment, no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}...), an empty path
 * as {@code /}. Two URLs that normalise alike name the same article.
 */
public final class UrlNormalizer {
  private static final Set<String> TRACKING = Set.of(
      "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ocid", "cmpid");

  private UrlNormalizer() {}

  /** The normal form, or the trimmed input when it is not a parseable absolute URL. */
  public static String normalize(String url) {
    if (url == null) return null;
    String trimmed = url.strip();
    try {
      URI u = new URI(trimmed);
      if (!u.isAbsolute() || u.isOpaque() || u.getHost() == null) return trimmed;
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      String host = u.getHost().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      String query = stripTracking(u.getRawQuery());
      StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
      if (port != -1) sb.append(':').append(port);
      sb.append(path);
      if (query != null && !query.isEmpty()) sb.append('?').append(query);
      return sb.toString();
    } catch (URISyntaxException e) {
      return trimmed;
    }
  }

  private static String stripTracking(String rawQuery) {
    if (rawQuery == null) return null;
    List<String> kept = new ArrayList<>();
    for (String param : rawQuery.split("&")) {
      if (param.isEmpty()) continue;
      String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || TRACKING.contains(name)) continue;
      kept.add(param);
    }
    return String.join("&", kept);
  }
}
