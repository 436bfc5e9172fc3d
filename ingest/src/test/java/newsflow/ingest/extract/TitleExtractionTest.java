package newsflow.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Choice of the headline among {@code <h1>}, og:title, the JSON-LD headline and {@code <title>}. */
class TitleExtractionTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(false);

    private static final String BODY = "<p>The river rose by two metres overnight, and the council closed the coastal road "
            + "to all traffic while engineers inspected the old bridge near the harbour.</p>"
            + "<p>Residents of the lower town were asked to move their cars to higher ground, and the school "
            + "stayed closed for a second day, the mayor told reporters on Wednesday morning.</p>";

    private static String page(String head, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body><main><article>"
                + body + BODY + "</article></main></body></html>";
    }

    private static String jsonLd(String type, String headline) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"" + type
                + "\",\"headline\":\"" + headline + "\",\"datePublished\":\"2024-08-05T10:00:00Z\"}</script>";
    }

    private static String og(String title) {
        return "<meta property=\"og:site_name\" content=\"Example News\"><meta property=\"og:title\" content=\"" + title + "\">";
    }

    @Test
    void liveBlogTakesItsShareTitleOverTheRollingBanner() {
        String banner = "Floods LIVE: council shuts coastal road as river rises two metres";
        String head = og("River rises two metres as coastal road shut - updates") + jsonLd("LiveBlogPosting", banner)
                + "<title>" + banner + " - Example News</title>";
        ExtractedArticle a = EXTRACTOR.extract(page(head, "<h1>" + banner + "</h1>"), null);
        assertEquals("River rises two metres as coastal road shut - updates", a.title());
    }

    @Test
    void regularArticleKeepsTheHeadingWhenOgTitleIsAShortVariant() {
        String headline = "Council shuts coastal road as river rises two metres overnight";
        String head = og("Coastal road shut") + jsonLd("NewsArticle", headline) + "<title>" + headline + " | Example News</title>";
        ExtractedArticle a = EXTRACTOR.extract(page(head, "<h1>" + headline + "</h1>"), null);
        assertEquals(headline, a.title());
    }

    @Test
    void skipsHeadingsThatNameNoSourceAndTakesTheOneThatAgrees() {
        String heading = "Council shuts coastal road as river rises two metres overnight";
        String head = og("Council shuts coastal road as river rises | Example News");
        String body = "<h1>Sign up for our morning briefing</h1><h1>" + heading + "</h1>";
        ExtractedArticle a = EXTRACTOR.extract(page(head, body), null);
        assertEquals(heading, a.title());
    }

    @Test
    void headingAgreesWithMetadataThatDiffersOnlyInQuotesAndDashes() {
        String heading = "Mayor’s ‘bold’ flood plan — what it means for the harbour";
        String head = og("Mayor's 'bold' flood plan - what it means for the harbour | Example News");
        ExtractedArticle a = EXTRACTOR.extract(page(head, "<h1>" + heading + "</h1>"), null);
        assertEquals(heading, a.title());
    }

    @Test
    void decodesHtmlEntitiesInTheJsonLdHeadline() {
        String head = jsonLd("NewsArticle", "Mayor&#039;s flood plan &amp; the harbour budget");
        ExtractedArticle a = EXTRACTOR.extract(page(head, ""), null);
        assertEquals("Mayor's flood plan & the harbour budget", a.title());
    }

    @Test
    void keepsADescriptiveTailThatIsNoSiteName() {
        ExtractedArticle a = EXTRACTOR.extract(page("<title>River rises as coastal road shut - updates</title>", ""), null);
        assertEquals("River rises as coastal road shut - updates", a.title());
    }

    @Test
    void stripsASiteNameOrDomainTail() {
        ExtractedArticle named = EXTRACTOR.extract(page("<title>River rises as coastal road shut | Harbour Daily</title>", ""), null);
        assertEquals("River rises as coastal road shut", named.title());
        ExtractedArticle domain = EXTRACTOR.extract(page("<title>River rises as coastal road shut - harbourdaily.co.uk</title>", ""), null);
        assertEquals("River rises as coastal road shut", domain.title());
    }

    @Test
    void stripsALeadingSiteNameKnownFromTheSiteNameMeta() {
        String head = "<meta property=\"og:site_name\" content=\"Harbour Daily\"><title>Harbour Daily | River rises as coastal road shut</title>";
        ExtractedArticle a = EXTRACTOR.extract(page(head, ""), null);
        assertEquals("River rises as coastal road shut", a.title());
    }

    @Test
    void siteNamesAreProperNamesOrDomains() {
        assertTrue(ArticleExtractor.looksLikeSiteName("Times of India"));
        assertTrue(ArticleExtractor.looksLikeSiteName("example.co.uk"));
        assertFalse(ArticleExtractor.looksLikeSiteName("updates"));
        assertFalse(ArticleExtractor.looksLikeSiteName("Live updates"));
    }

    @Test
    void foldsTypographyButKeepsWords() {
        assertEquals(ArticleExtractor.foldTitle("Mayor’s “plan” – \u00A0Explained"), ArticleExtractor.foldTitle("mayor's \"plan\" - explained"));
        assertFalse(ArticleExtractor.foldTitle("Mayor’s plan").equals(ArticleExtractor.foldTitle("Mayor’s plans")));
    }
}
