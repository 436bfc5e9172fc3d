package newsflow.ingest.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads XML sitemaps, sitemap indexes and Google News sitemaps with crawler-commons (DOCTYPEs not
 * allowed, so no external entities), and tells sitemaps from feeds by their root element.
 */
public final class SitemapReader {

  /** Whether a fetched XML document is a sitemap ({@code <urlset>} or {@code <sitemapindex>}) rather than a feed. */
  public static boolean isSitemap(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int i = 0;
    // skip the XML declaration, comments and processing instructions to find the root element
    while ((i = head.indexOf('<', i)) >= 0) {
      if (head.startsWith("<?", i) || head.startsWith("<!", i)) {
        i++;
        continue;
      }
      String rest = head.substring(i + 1);
      int colon = rest.indexOf(':');
      int end = rest.indexOf(' ');
      if (colon >= 0 && (end < 0 || colon < end)) rest = rest.substring(colon + 1); // prefixed root
      return rest.startsWith("urlset") || rest.startsWith("sitemapindex");
    }
    return false;
  }

  /** Parses one sitemap document. */
  public ParsedSitemap parse(byte[] body, String contentType, String url) throws FeedParseException {
    SiteMapParser parser = new SiteMapParser(false, true);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, new URL(url));
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      throw new FeedParseException(url, "unreadable sitemap: " + e.getMessage(), e);
    }
    List<SitemapEntry> entries = new ArrayList<>();
    List<String> children = new ArrayList<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) children.add(child.getUrl().toString());
    } else if (map instanceof SiteMap sitemap) {
      for (SiteMapURL u : sitemap.getSiteMapUrls()) {
        if (!u.isValid()) continue;
        String title = null;
        Instant published = null;
        String publisher = null;
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
          for (ExtensionMetadata m : news) {
            if (m instanceof NewsAttributes n) {
              title = n.getTitle();
              published = n.getPublicationDateTime() == null ? null : n.getPublicationDateTime().toInstant();
              publisher = n.getName();
            }
          }
        }
        Instant lastmod = u.getLastModified() == null ? null : u.getLastModified().toInstant();
        entries.add(new SitemapEntry(u.getUrl().toString(), lastmod, title, published, publisher));
      }
    }
    return new ParsedSitemap(url, map.isIndex(), entries, children);
  }

}
