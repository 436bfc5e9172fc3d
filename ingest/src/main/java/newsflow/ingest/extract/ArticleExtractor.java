package newsflow.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from an HTML page with Jsoup: the body as clean paragraphs (boilerplate,
 * navigation, related links, comments, captions and ads removed), title, authors, publication date,
 * language, publisher, canonical URL, section headings and images with captions. Thread-safe.
 */
public final class ArticleExtractor {
    /** Characters of HTML kept after scripts and styles are dropped; the rest of a huge page is ignored. */
    public static final int MAX_HTML_CHARS = 3_000_000;

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by|from|written by|words by|posted by)[:\\s]+");
    private static final Set<String> NOT_AUTHORS = Set.of("staff", "admin", "editor", "editors", "newsroom", "news desk",
            "web desk", "desk", "guest", "contributor", "unknown", "anonymous", "null");

    private final boolean detectLanguage;

    /** An extractor that also detects the language of each article. */
    public ArticleExtractor() {
        this(true);
    }

    /** An extractor; {@code detectLanguage=false} leaves {@code language} from page markup only. */
    public ArticleExtractor(boolean detectLanguage) {
        this.detectLanguage = detectLanguage;
    }

    /** Extracts the article from decoded HTML; {@code url} (nullable) resolves relative links. */
    public ExtractedArticle extract(String html, String url) {
        if (html == null || html.isBlank()) {
            throw new ExtractionException(url, "empty content");
        }
        HtmlDecoder.rejectBinary(html, url);
        HtmlPreprocessor.Stripped stripped = HtmlPreprocessor.strip(html, MAX_HTML_CHARS);
        Document doc;
        try {
            doc = Jsoup.parse(stripped.html(), url == null ? "" : url, Parser.htmlParser());
        } catch (RuntimeException e) {
            throw new ExtractionException(url, "unparseable HTML: " + e.getMessage(), e);
        }
        PageMetadata meta = new PageMetadata(doc, stripped.jsonLd());
        JsonNode ld = meta.article();
        String hint = ld == null ? null : PageMetadata.text(ld.get("articleBody"));

        String publisher = publisher(meta, ld);
        String title = title(doc, meta, ld, publisher);
        List<String> authors = authors(doc, meta, ld);
        Instant published = published(doc, meta, ld);
        String canonical = canonical(doc, meta);

        String description = ld == null ? null : PageMetadata.text(ld.get("description"));
        if (description == null) {
            description = meta.meta("og:description", "description", "twitter:description");
        }
        ContentExtractor.Body body = new ContentExtractor(stripped.hiddenClasses(), stripped.hiddenIds()).extract(doc.body(),
                new ContentExtractor.Signals(title, hint, description));
        List<String> paragraphs = body.paragraphs();
        if (hint != null && hint.length() > 200 && textLength(paragraphs) < hint.length() * 0.3) {
            // the page states its body in schema.org and the DOM gave (almost) nothing: trust the markup
            paragraphs = splitParagraphs(org.jsoup.parser.Parser.unescapeEntities(hint, false));
        }
        List<String> headings = body.headings();
        List<String[]> updates = liveBlogUpdates(meta);
        if (!updates.isEmpty()) {
            // a live blog lists its updates in schema.org: when the DOM pass reached none of them (they sit in blocks
            // of their own beside the introduction), they are added after it, each under its headline; when it took
            // any of them, it took what the page shows (the markup may list more updates than the page does)
            String have = normalizeSpace(String.join(" ", paragraphs));
            List<String> more = new ArrayList<>(paragraphs);
            List<String> moreHeadings = new ArrayList<>(headings);
            boolean taken = false;
            for (String[] u : updates) {
                String h = u[0] == null ? null : normalizeSpace(org.jsoup.parser.Parser.unescapeEntities(u[0], false));
                String b = normalizeSpace(org.jsoup.parser.Parser.unescapeEntities(u[1], false));
                taken |= h != null && h.length() >= 20 && have.contains(h) || have.contains(b.substring(0, Math.min(60, b.length())));
            }
            for (String[] u : taken ? List.<String[]>of() : updates) {
                List<String> ps = splitParagraphs(org.jsoup.parser.Parser.unescapeEntities(u[1], false));
                if (ps.isEmpty()) {
                    continue;
                }
                if (u[0] != null) {
                    String h = normalizeSpace(org.jsoup.parser.Parser.unescapeEntities(u[0], false));
                    more.add(h);
                    moreHeadings.add(h);
                }
                more.addAll(ps);
            }
            paragraphs = more;
            headings = moreHeadings;
        }
        if (!paragraphs.isEmpty() && title != null && paragraphs.get(0).equals(title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        List<ExtractedImage> images = new ArrayList<>();
        String ogImage = meta.meta("og:image", "og:image:url", "twitter:image");
        if (ogImage != null) {
            images.add(new ExtractedImage(absolute(doc, ogImage), meta.meta("og:image:alt", "twitter:image:alt")));
        }
        for (ExtractedImage img : body.images()) {
            if (images.stream().noneMatch(i -> i.url().equals(img.url()))) {
                images.add(img);
            }
        }
        String language = null;
        if (detectLanguage) {
            language = LanguageIdentifier.detect(String.join(" ", paragraphs));
        }
        if (language == null) {
            language = declaredLanguage(doc, meta);
        }
        return new ExtractedArticle(url, canonical, title, authors, published, language, publisher,
                paragraphs, headings, images);
    }

    /** Headline and body of each update of a schema.org {@code LiveBlogPosting} ({@code liveBlogUpdate}), in page order. */
    private static List<String[]> liveBlogUpdates(PageMetadata meta) {
        List<String[]> out = new ArrayList<>();
        for (JsonNode n : meta.jsonLd()) {
            if (!PageMetadata.types(n).contains("liveblogposting") || !n.has("liveBlogUpdate")) {
                continue;
            }
            JsonNode ups = n.get("liveBlogUpdate");
            for (JsonNode u : ups.isArray() ? ups : List.of(ups)) {
                String b = PageMetadata.text(u.get("articleBody"));
                if (b != null && b.length() > 40) {
                    out.add(new String[] {PageMetadata.text(u.get("headline")), b});
                }
            }
            break;
        }
        return out;
    }

    private static int textLength(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static List<String> splitParagraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text.contains("<p") || text.contains("<br")) {
            for (Element p : Jsoup.parseBodyFragment(text).select("p")) {
                String t = normalizeSpace(p.text());
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        for (String p : text.split("\\s*\\n\\s*")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    // --- metadata ---

    private static String publisher(PageMetadata meta, JsonNode ld) {
        String p = meta.meta("og:site_name");
        if (p == null && ld != null) {
            p = PageMetadata.text(ld.get("publisher"));
        }
        if (p == null) {
            p = meta.meta("application-name", "twitter:site");
            if (p != null && p.startsWith("@")) {
                p = null;
            }
        }
        return p == null ? null : normalizeSpace(p);
    }

    /**
     * Chooses the article's headline among the page's title sources. A live blog (schema.org
     * {@code LiveBlogPosting}) takes its share title (og:title), because its visible headline is the rolling
     * banner of the latest update; otherwise the first {@code <h1>} that agrees with og:title, the JSON-LD
     * headline or {@code <title>} (compared with case, quotes, dashes and spaces folded), then the headline,
     * then og:title / {@code <title>} without the site name.
     */
    static String title(Document doc, PageMetadata meta, JsonNode ld, String publisher) {
        String og = cleanTitle(meta.meta("og:title", "twitter:title"));
        String headline = cleanTitle(ld == null ? null : PageMetadata.text(ld.get("headline")));
        String htmlTitle = cleanTitle(doc.title());
        List<String> candidates = new ArrayList<>();
        for (String c : new String[] {og, headline, htmlTitle}) {
            if (c != null) {
                candidates.add(c);
            }
        }
        if (og != null && ld != null && PageMetadata.types(ld).contains("liveblogposting")) {
            String share = stripSiteName(og, publisher);
            if (share.length() >= 10) {
                return share;
            }
        }
        Element firstH1 = null;
        for (Element e : doc.getElementsByTag("h1")) {
            String t = normalizeSpace(e.text());
            if (t.length() < 10 || t.length() >= 300) {
                continue;
            }
            if (firstH1 == null) {
                firstH1 = e;
            }
            for (String c : candidates) {
                if (agrees(t, c, publisher)) {
                    return voteTypography(t, candidates, publisher);
                }
            }
        }
        if (headline != null) {
            String h = stripSiteName(headline, publisher);
            if (og == null || !stripSiteName(og, publisher).startsWith(h) || h.length() >= stripSiteName(og, publisher).length()) {
                return h;
            }
        }
        if (!candidates.isEmpty()) {
            return stripSiteName(candidates.get(0), publisher);
        }
        return firstH1 == null ? null : normalizeSpace(firstH1.text());
    }

    private static final String TYPOGRAPHY = "'\"\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u00B4`\u2010\u2011\u2012\u2013\u2014\u2015\u2212-";

    /**
     * The visible heading with its quote and dash characters as most of the page's title sources spell them. Only
     * sources that say the same words (equal once typography is folded, same length) vote, and only where they
     * differ from the heading; a tie keeps the heading's character. A heading whose sources agree is returned as is.
     */
    static String voteTypography(String heading, List<String> candidates, String publisher) {
        String folded = foldTitle(heading);
        List<String> voters = new ArrayList<>();
        for (String c : candidates) {
            for (String v : new String[] {c, stripSiteName(c, publisher)}) {
                if (v.length() == heading.length() && !v.equals(heading) && foldTitle(v).equals(folded)) {
                    voters.add(v);
                    break;
                }
            }
        }
        if (voters.isEmpty()) {
            return heading;
        }
        StringBuilder out = new StringBuilder(heading);
        for (int i = 0; i < heading.length(); i++) {
            char h = heading.charAt(i);
            if (TYPOGRAPHY.indexOf(h) < 0) {
                continue;
            }
            java.util.Map<Character, Integer> votes = new java.util.HashMap<>();
            votes.put(h, 1);
            for (String v : voters) {
                votes.merge(v.charAt(i), 1, Integer::sum);
            }
            char best = h;
            for (var e : votes.entrySet()) {
                if (e.getValue() > votes.get(best)) {
                    best = e.getKey();
                }
            }
            out.setCharAt(i, best);
        }
        return out.toString();
    }

    /** A metadata title with HTML entities decoded and whitespace normalised, or null when blank. */
    private static String cleanTitle(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = normalizeSpace(org.jsoup.parser.Parser.unescapeEntities(raw, false).replaceAll("[\u200B-\u200D\uFEFF]", ""));
        return t.isEmpty() ? null : t;
    }

    /**
     * True when a visible heading and a metadata title name the same article: equal, the metadata title is the
     * heading plus a suffix (" | Site"), or the heading extends the metadata title without its site name.
     */
    static boolean agrees(String heading, String candidate, String publisher) {
        String h = foldTitle(heading);
        String c = foldTitle(candidate);
        return c.equals(h) || c.startsWith(h) || h.startsWith(foldTitle(stripSiteName(candidate, publisher)));
    }

    /** Case, typographic quotes, dashes and spaces folded, so that sources differing only in typography agree. */
    static String foldTitle(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032\u00B4`]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("[\u200B-\u200D\uFEFF]", "");
        return normalizeSpace(t);
    }

    /** Removes a trailing " | Site Name", else a leading "Site Name | ", when the part looks like the site's name. */
    static String stripSiteName(String title, String publisher) {
        String t = title.strip();
        var m = TITLE_SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0) {
            String tail = t.substring(lastEnd).strip();
            String head = t.substring(0, lastStart).strip();
            boolean tailIsSite = publisher != null && similarName(tail, publisher)
                    || isDomain(tail)
                    || tail.split("\\s+").length <= 4 && head.length() > tail.length() * 2 && looksLikeSiteName(tail);
            if (tailIsSite && head.length() >= 10) {
                return head;
            }
        }
        m = TITLE_SEPARATOR.matcher(t);
        if (m.find() && m.start() > 0) {
            String lead = t.substring(0, m.start()).strip();
            String rest = t.substring(m.end()).strip();
            if ((publisher != null && similarName(lead, publisher) || isDomain(lead)) && rest.length() >= 10) {
                return rest;
            }
        }
        return t;
    }

    /**
     * A short title segment that can be a site's name: a domain ("example.co.uk") or a proper name whose words
     * of more than three letters are capitalised ("Mirror Online", "Times of India"), not a tag like "updates".
     */
    static boolean looksLikeSiteName(String segment) {
        if (isDomain(segment)) {
            return true;
        }
        for (String w : segment.split("\\s+")) {
            if (w.length() > 3 && Character.isLowerCase(w.codePointAt(0))) {
                return false;
            }
        }
        return !segment.isEmpty() && !Character.isLowerCase(segment.codePointAt(0));
    }

    private static boolean isDomain(String segment) {
        return segment.matches("(?i)[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}");
    }

    private static boolean similarName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !x.isEmpty() && (x.contains(y) || y.contains(x));
    }

    static List<String> authors(Document doc, PageMetadata meta, JsonNode ld) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (ld != null && ld.has("author")) {
            addLdAuthors(meta.resolve(ld.get("author")), out);
        }
        if (out.isEmpty()) {
            for (JsonNode n : meta.jsonLd()) {
                if (n.has("author") && n.has("datePublished")) {
                    addLdAuthors(n.get("author"), out);
                    if (!out.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (out.isEmpty()) {
            for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "dcterms.creator", "byl", "cxenseparse:author"}) {
                String v = meta.meta(key);
                if (v != null && !v.startsWith("http")) {
                    addAuthorString(v, out);
                    if (!out.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (out.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author, [class*=byline], [class*=author-name]")) {
                String t = normalizeSpace(e.text());
                if (t.isEmpty() || t.length() > 120) {
                    continue;
                }
                if (e.hasAttr("itemprop")) {
                    Element name = e.selectFirst("[itemprop=name]");
                    if (name != null) {
                        t = normalizeSpace(name.text().isEmpty() ? name.attr("content") : name.text());
                    }
                }
                BylineParser.Byline b = BylineParser.parse(t);
                out.addAll(b.authors());
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private static void addLdAuthors(JsonNode a, Set<String> out) {
        if (a == null) {
            return;
        }
        if (a.isArray()) {
            for (JsonNode x : a) {
                addLdAuthors(x, out);
            }
            return;
        }
        String name = PageMetadata.text(a);
        if (name != null && !name.startsWith("http")) {
            addAuthorString(name, out);
        }
    }

    private static void addAuthorString(String raw, Set<String> out) {
        String s = normalizeSpace(org.jsoup.parser.Parser.unescapeEntities(raw, false));
        s = BY_PREFIX.matcher(s).replaceFirst("");
        for (String name : BylineParser.splitNames(s)) {
            String n = name.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
            if (n.isEmpty() || n.length() > 80 || NOT_AUTHORS.contains(n.toLowerCase(Locale.ROOT)) || n.contains("@")
                    || isSlug(n)) {
                continue;
            }
            out.add(n);
        }
    }

    /** "chuck-ross": a URL slug, not a display name. */
    private static boolean isSlug(String n) {
        return n.indexOf(' ') < 0 && (n.indexOf('-') > 0 || n.indexOf('_') > 0) && n.equals(n.toLowerCase(Locale.ROOT));
    }

    static Instant published(Document doc, PageMetadata meta, JsonNode ld) {
        if (ld != null) {
            Instant i = DateParser.parse(PageMetadata.text(ld.get("datePublished")));
            if (i == null) {
                i = DateParser.parse(PageMetadata.text(ld.get("dateCreated")));
            }
            if (i != null) {
                return i;
            }
        }
        for (JsonNode n : meta.jsonLd()) {
            Instant i = DateParser.parse(PageMetadata.text(n.get("datePublished")));
            if (i != null) {
                return i;
            }
        }
        Instant i = DateParser.parse(meta.meta("article:published_time", "og:published_time", "og:article:published_time",
                "published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publication_date",
                "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
                "date", "article.published", "cxenseparse:recs:publishtime", "article:published"));
        if (i != null) {
            return i;
        }
        for (Element e : doc.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            i = DateParser.parse(v);
            if (i != null) {
                return i;
            }
        }
        for (Element e : doc.select("[class*=date], [class*=byline], [class*=timestamp], [class*=published]")) {
            String t = e.text();
            if (t.length() < 120) {
                i = DateParser.parseProse(t);
                if (i != null) {
                    return i;
                }
            }
        }
        return null;
    }

    private static String canonical(Document doc, PageMetadata meta) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            String abs = link.absUrl("href");
            return abs.isEmpty() ? link.attr("href") : abs;
        }
        String og = meta.meta("og:url");
        return og == null ? null : absolute(doc, og);
    }

    private static String declaredLanguage(Document doc, PageMetadata meta) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            lang = meta.meta("og:locale", "content-language", "language");
        }
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String code = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return code.length() == 2 ? code : null;
    }

    private static String absolute(Document doc, String href) {
        if (href.startsWith("http://") || href.startsWith("https://") || doc.location().isEmpty()) {
            return href;
        }
        try {
            return java.net.URI.create(doc.location()).resolve(href.strip()).toString();
        } catch (IllegalArgumentException e) {
            return href;
        }
    }

    static String normalizeSpace(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
