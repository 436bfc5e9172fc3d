package newsflow.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static final String P1 = "The city council voted on Tuesday to approve a new budget for public transport, "
            + "after months of debate between the mayor, the unions and several neighbourhood groups.";
    private static final String P2 = "Under the plan, bus fares will fall by ten percent next year, while the number of "
            + "night services will double, according to documents seen by reporters.";
    private static final String P3 = "Critics said the spending was not sustainable, and warned that the cost of "
            + "maintenance, staff and new vehicles had been underestimated by the administration.";

    private static String page(String head, String article) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> "
                + "<a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather</a></nav></header>"
                + "<div class=\"layout\"><main>" + article + "</main>"
                + "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Celebrity chef opens a new restaurant downtown</a></li>"
                + "<li><a href=\"/b\">Ten things to do this weekend in the city centre</a></li></ul></aside></div>"
                + "<footer><p>Copyright 2025 Example Media. All rights reserved. Contact us for licensing.</p></footer>"
                + "<script>var tracking = 'this script must never appear in the text';</script></body></html>";
    }

    @Test
    void removesNavigationSidebarFooterRelatedLinksAndComments() {
        String article = "<article><h1>Council approves transport budget</h1>"
                + "<p>" + P1 + "</p><div class=\"ad-slot\">Advertisement</div><p>" + P2 + "</p>"
                + "<figure><img src=\"/img/bus.jpg\" alt=\"A bus\"><figcaption>A city bus at dawn. Photo: J. Doe</figcaption></figure>"
                + "<p>" + P3 + "</p>"
                + "<div class=\"related-articles\"><h4>Related</h4><ul><li><a href=\"/x\">Mayor unveils cycling strategy for the coming decade</a></li>"
                + "<li><a href=\"/y\">Bus drivers threaten strike over pay and conditions</a></li></ul></div>"
                + "<section class=\"comments\"><p>Great news, finally cheaper buses! I hope they also fix the trams soon.</p></section>"
                + "</article>";
        ExtractedArticle a = EXTRACTOR.extract(page("<title>Council approves transport budget | Example News</title>", article),
                "https://news.example.com/2025/01/budget.html");
        assertEquals(List.of(P1, P2, P3), a.paragraphs());
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.text());
        assertEquals("Council approves transport budget", a.title());
        assertEquals("en", a.language());
        assertTrue(a.images().contains(new ExtractedImage("https://news.example.com/img/bus.jpg", "A city bus at dawn. Photo: J. Doe")),
                a.images().toString());
    }

    @Test
    void readsMetadataFromJsonLd() {
        String head = "<title>Budget approved</title><link rel=\"canonical\" href=\"https://news.example.com/budget\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Council approves transport budget\","
                + "\"datePublished\":\"2025-02-13T09:30:00-05:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
                + "{\"@type\":\"Person\",\"name\":\"John Roe\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}]}</script>";
        ExtractedArticle a = EXTRACTOR.extract(page(head, "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>"), null);
        assertEquals(Instant.parse("2025-02-13T14:30:00Z"), a.publishedAt());
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
        assertEquals("Example News", a.publisher());
        assertEquals("https://news.example.com/budget", a.canonicalUrl());
        assertEquals("Council approves transport budget", a.title());
    }

    @Test
    void fallsBackToOpenGraphMetaAndTimeElementForDate() {
        String head = "<meta property=\"og:site_name\" content=\"Example News\"><meta property=\"og:title\" content=\"Budget approved\">";
        String article = "<article><h1>Budget approved</h1><time datetime=\"2024-11-05T18:00:00Z\">Nov 5</time>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p></article>";
        ExtractedArticle a = EXTRACTOR.extract(page(head, article), null);
        assertEquals(Instant.parse("2024-11-05T18:00:00Z"), a.publishedAt());
        assertEquals("Example News", a.publisher());
    }

    @Test
    void takesAuthorsFromTheBylineText() {
        String article = "<article><h1>Council approves transport budget</h1>"
                + "<div class=\"byline\">By Jane Doe and John Roe, Associated Press</div>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p></article>";
        ExtractedArticle a = EXTRACTOR.extract(page("", article), null);
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
        assertFalse(a.text().contains("Jane Doe"), "the byline is not body text");
    }

    @Test
    void keepsSectionHeadingsInsideTheArticle() {
        String article = "<article><p>" + P1 + "</p><h2>What happens next</h2><p>" + P2 + "</p><p>" + P3 + "</p></article>";
        ExtractedArticle a = EXTRACTOR.extract(page("", article), null);
        assertEquals(List.of("What happens next"), a.headings());
    }

    @Test
    void decodesCharsetDeclaredInMeta() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
                + "<body><article><p>Der Bürgermeister äußerte sich am Dienstag zur Lage, während die Gäste im Café warteten, "
                + "und sagte, die Straße werde im Frühling erneuert.</p></article></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        String decoded = HtmlDecoder.decode(bytes, null, "test");
        assertTrue(decoded.contains("Bürgermeister äußerte"), decoded);
        ExtractedArticle a = EXTRACTOR.extract(decoded, null);
        assertTrue(a.text().startsWith("Der Bürgermeister äußerte"), a.text());
    }

    @Test
    void prefersValidUtf8OverAWrongHeaderCharset() {
        String html = "<html><body><p>Café society in Zürich — “quoted” text that is long enough to be kept as a paragraph.</p></body></html>";
        String decoded = HtmlDecoder.decode(html.getBytes(StandardCharsets.UTF_8), "iso-8859-1", "test");
        assertTrue(decoded.contains("Café society in Zürich — “quoted”"), decoded);
    }

    @Test
    void decodesWithoutAnyCharsetDeclaration() {
        byte[] latin = "<p>Fran\u00e7ois na\u00efve caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(HtmlDecoder.decode(latin, null, "t").contains("François naïve café"));
    }

    @Test
    void rejectsBinaryContentServedAsHtml() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ExtractionException e = assertThrows(ExtractionException.class, () -> HtmlDecoder.decode(png, "utf-8", "https://x.test/a"));
        assertEquals("https://x.test/a", e.source());
        byte[] noise = new byte[5000];
        new java.util.Random(7).nextBytes(noise);
        assertThrows(ExtractionException.class, () -> HtmlDecoder.decode(noise, null, "noise"));
        String asText = new String(noise, StandardCharsets.ISO_8859_1);
        ExtractionException e2 = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(asText, "https://x.test/b"));
        assertTrue(e2.reason().contains("binary"), e2.reason());
    }

    @Test
    void boundsHugePages() {
        StringBuilder sb = new StringBuilder("<html><body><article>");
        sb.append("<p>").append(P1).append("</p>");
        String filler = "<div class=\"x\"><span>filler text block</span></div>";
        while (sb.length() < 12_000_000) {
            sb.append(filler);
        }
        sb.append("<p>unreachable paragraph at the very end of a twelve megabyte page</p></article></body></html>");
        ExtractedArticle a = EXTRACTOR.extract(sb.toString(), null);
        assertFalse(a.text().contains("unreachable paragraph"), "input beyond the cap is ignored");
    }

    @Test
    void survivesDeeplyNestedMarkup() {
        String html = "<div>".repeat(5000) + "<p>" + P1 + "</p>" + "</div>".repeat(5000);
        ExtractedArticle a = EXTRACTOR.extract(html, null);
        assertNull(a.title());
        assertTrue(a.text().contains("city council"), a.text());
    }

    @Test
    void keepsEmbeddedPostsButSkipsRelatedLinkLists() {
        String article = "<article><p>" + P1 + "</p>"
                + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>The new fares are a big win for "
                + "riders across the whole city, said the transit users group.</p></blockquote></div>"
                + "<p>" + P2 + "</p><div class=\"heading\">More stories</div><ul>"
                + "<li>Opinion: <a href=\"/1\">why the bus network needs a rethink</a></li>"
                + "<li>Explainer: <a href=\"/2\">what the new budget means for commuters</a></li>"
                + "<li>Video: <a href=\"/3\">a day in the life of a night bus driver</a></li></ul></article>";
        ExtractedArticle a = EXTRACTOR.extract(page("", article), null);
        assertTrue(a.text().contains("big win for riders"), a.text());
        assertFalse(a.text().contains("rethink"), a.text());
        assertFalse(a.text().contains("More stories"), a.text());
    }

    @Test
    void dropsDatelinesBeforeTheFirstParagraph() {
        String article = "<article><div class=\"meta\">05/10/2018 - Published by Clara Borba</div><p>" + P1 + "</p><p>" + P2
                + "</p></article>";
        ExtractedArticle a = EXTRACTOR.extract(page("", article), null);
        assertEquals(List.of(P1, P2), a.paragraphs());
    }

    @Test
    void fallsBackToSchemaOrgArticleBodyWhenThePageRendersWithScript() {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget approved\","
                + "\"articleBody\":\"" + P1 + "\\n" + P2 + "\"}</script>";
        String html = "<html><head>" + head + "</head><body><div id=\"app\"></div><script>render()</script></body></html>";
        ExtractedArticle a = EXTRACTOR.extract(html, null);
        assertEquals(List.of(P1, P2), a.paragraphs());
    }

    @Test
    void rejectsEmptyInput() {
        assertThrows(ExtractionException.class, () -> EXTRACTOR.extract("   ", "u"));
    }
}
