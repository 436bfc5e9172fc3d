package newsflow.ingest.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.DateParser;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses RSS and Atom feeds with ROME, but on a DOM built by {@link SafeXml} so no external entity
 * or DTD is ever fetched and entity expansion stays bounded. The charset comes from the BOM, the
 * HTTP Content-Type and the XML declaration, in that order (RFC 7303); HTML entities that feeds use
 * without declaring them are repaired first. Thread-safe.
 */
public final class FeedParser {
  /** Feeds larger than this are refused before parsing. */
  public static final int MAX_FEED_BYTES = 16 << 20;
  private static final String DCTERMS = "http://purl.org/dc/terms/";
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");

  /**
   * Parses a feed document.
   *
   * @param body the raw bytes as fetched (already decompressed)
   * @param contentType the HTTP Content-Type header, or null
   * @param url where the feed came from, for relative links and messages
   */
  public ParsedFeed parse(byte[] body, String contentType, String url) throws FeedParseException {
    if (body.length > MAX_FEED_BYTES) {
      throw new FeedParseException(url, "feed larger than " + MAX_FEED_BYTES + " bytes", null);
    }
    Charset charset = xmlCharset(body, contentType);
    String encoding = charsetLabel(body, contentType, charset);
    Document dom;
    try (Reader fixed = new XmlFixerReader(new InputStreamReader(
        new ByteArrayInputStream(body, bomLength(body), body.length), decoderFor(charset)))) {
      InputSource source = new InputSource(fixed);
      source.setSystemId(url);
      dom = SafeXml.threadBuilder().parse(source);
    } catch (SAXException e) {
      throw new FeedParseException(url, "malformed or unsafe XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new FeedParseException(url, "unreadable feed: " + e.getMessage(), e);
    }
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(dom);
    } catch (FeedException | IllegalArgumentException e) {
      throw new FeedParseException(url, "not an RSS or Atom feed: " + e.getMessage(), e);
    }
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      DCModule dc = e.getModule(DCModule.URI) instanceof DCModule m ? m : null;
      String title = clean(e.getTitle());
      if (title == null && dc != null) title = clean(dc.getTitle());
      Instant published = instant(e.getPublishedDate());
      if (published == null) published = dcTerms(e, "issued", "created", "date");
      Instant updated = instant(e.getUpdatedDate());
      if (updated == null) updated = dcTerms(e, "modified");
      if (updated == null && dc != null) updated = instant(dc.getDate());
      entries.add(new FeedEntry(
          blankToNull(e.getUri()),
          resolve(url, entryLink(e)),
          title,
          published,
          updated,
          blankToNull(e.getAuthor()),
          summary(e)));
    }
    String feedTitle = clean(feed.getTitle());
    if (feedTitle == null && feed.getModule(DCModule.URI) instanceof DCModule dc) feedTitle = clean(dc.getTitle());
    return new ParsedFeed(url, feed.getFeedType(), encoding, feedTitle, resolve(url, feedLink(feed)),
        blankToNull(feed.getLanguage()), entries);
  }

  /**
   * The charset of an XML document per RFC 7303: byte-order mark, then the charset parameter of
   * the Content-Type, then the XML declaration, else UTF-8. GB2312 is read as its superset GB18030
   * and ISO-8859-1 as windows-1252, as browsers do.
   */
  static Charset xmlCharset(byte[] body, String contentType) {
    if (startsWith(body, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
    if (startsWith(body, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
    if (startsWith(body, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
    String label = declaredLabel(body, contentType);
    if (label == null) return StandardCharsets.UTF_8;
    try {
      Charset cs = Charset.forName(superset(label));
      return cs;
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8; // unknown or bogus label
    }
  }

  private static String charsetLabel(byte[] body, String contentType, Charset used) {
    if (bomLength(body) > 0) return used.name().toLowerCase(Locale.ROOT);
    String label = declaredLabel(body, contentType);
    if (label == null) return "utf-8";
    String sup = superset(label);
    try {
      Charset.forName(sup);
      return sup.equals("windows-1252") ? label.toLowerCase(Locale.ROOT) : sup;
    } catch (IllegalArgumentException e) {
      return "utf-8";
    }
  }

  private static String declaredLabel(byte[] body, String contentType) {
    if (contentType != null) {
      Matcher m = HEADER_CHARSET.matcher(contentType);
      if (m.find()) return m.group(1);
    }
    String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static String superset(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return switch (l) {
      case "gb2312", "gbk", "x-gbk" -> "gb18030";
      case "iso-8859-1", "latin1", "iso8859-1", "l1" -> "windows-1252";
      default -> l;
    };
  }

  private static java.nio.charset.CharsetDecoder decoderFor(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  private static int bomLength(byte[] b) {
    return startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE) ? 2 : 0;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
    return true;
  }

  // ROME's Dublin Core module reads dc:*, not the dcterms:* dates some publishers use
  private static Instant dcTerms(SyndEntry e, String... names) {
    for (String name : names) {
      for (Element el : e.getForeignMarkup()) {
        if (DCTERMS.equals(el.getNamespaceURI()) && name.equals(el.getName())) {
          Date d = DateParser.parseDate(el.getTextTrim(), Locale.ROOT);
          if (d != null) return d.toInstant();
        }
      }
    }
    return null;
  }

  private static String entryLink(SyndEntry e) {
    if (e.getLink() != null && !e.getLink().isBlank()) return e.getLink().strip();
    for (SyndLink l : e.getLinks()) {
      if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) return l.getHref().strip();
    }
    // RSS items often only have a permalink guid
    String uri = e.getUri();
    if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) return uri.strip();
    return null;
  }

  private static String feedLink(SyndFeed f) {
    if (f.getLink() != null && !f.getLink().isBlank()) return f.getLink().strip();
    for (SyndLink l : f.getLinks()) {
      if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) return l.getHref().strip();
    }
    return null;
  }

  private static String summary(SyndEntry e) {
    SyndContent d = e.getDescription();
    if (d != null && d.getValue() != null && !d.getValue().isBlank()) return d.getValue();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) return c.getValue();
    }
    return null;
  }

  private static String resolve(String base, String link) {
    if (link == null) return null;
    try {
      URI u = new URI(link);
      if (u.isAbsolute() || base == null) return link;
      URI b = new URI(base);
      return b.isAbsolute() && !b.isOpaque() ? b.resolve(u).toString() : link;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return link;
    }
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }

  private static String clean(String s) {
    return s == null ? null : s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
