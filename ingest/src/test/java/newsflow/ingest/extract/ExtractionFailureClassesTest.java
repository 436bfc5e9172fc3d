package newsflow.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One made-up page per class of whole-page failure (docs/extraction.md, "Choosing the article"): the extractor
 * must return the article, never a caption, a footer, an advert, comments, a gallery or a hidden second copy.
 */
class ExtractionFailureClassesTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(false);

    private static final String TITLE = "Harbour town votes to rebuild its flooded ferry terminal";
    private static final String P1 = "Residents of the small harbour town voted on Sunday to rebuild the ferry terminal that "
            + "was flooded last winter, ending a year of argument over the cost of the work.";
    private static final String P2 = "The council said the new terminal would stand two metres higher than the old one, "
            + "and that the ferry service to the islands would resume by the end of next summer.";
    private static final String P3 = "Opponents had argued that the money should go to the school and the clinic instead, "
            + "but turnout was high and the margin was wide, according to the returning officer.";
    private static final String P4 = "Work is expected to begin in the spring, once the contracts have been signed and the "
            + "temporary landing stage has been moved to the northern quay.";

    private static String head() {
        return "<title>" + TITLE + " | Coast Courier</title><meta property=\"og:title\" content=\"" + TITLE + "\">"
                + "<meta property=\"og:description\" content=\"Residents voted to rebuild the flooded ferry terminal, "
                + "ending a year of argument over the cost of the work.\">";
    }

    private static String page(String head, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
    }

    private static String text(String head, String body) {
        return EXTRACTOR.extract(page(head, body), "https://news.example.org/story").text();
    }

    private static void assertArticleOnly(String text, String... absent) {
        for (String p : new String[] {P1, P2, P3, P4}) {
            assertTrue(text.contains(p), "article paragraph missing: " + p + "\n--- got:\n" + text);
        }
        for (String a : absent) {
            assertFalse(text.contains(a), "not article text: " + a + "\n--- got:\n" + text);
        }
    }

    /** One long run of comma-rich text in a block of its own: it outscores an article written as short paragraphs. */
    private static String longRun(String start) {
        return start + ", with offices in three cities, open from nine to five on weekdays, closed on public holidays, "
                + "reachable by telephone, by letter, by e-mail and through the online form, for subscriptions, billing, "
                + "delivery problems, archive requests, reprints, licensing, syndication, advertising, classified notices, "
                + "events, competitions, reader offers, corrections, complaints and any other question about the service, "
                + "the newspaper, the website, the apps, the newsletters and the puzzles, seven days a week all year long.";
    }

    @Test
    void aServiceFooterThatOutscoresTheArticleIsPassedOver() {
        String footer = longRun("Customer service for all our readers and subscribers");
        String body = "<div class=\"page\"><h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>" + P4 + "</p></div></div><div class=\"bottom\"><div>" + footer + "</div></div>";
        assertArticleOnly(text(head(), body), "Customer service");
    }

    @Test
    void aPromotionBoxThatOutscoresAShortArticleButMissesItsSummaryIsPassedOver() {
        // the box shares a word with the headline, so only the description speaks against it: a block that nothing
        // speaks against and that scores at least half as well is the article
        String promo = "<div id=\"box\"><p>Must watch: the harbour regatta, live all afternoon, with commentary, interviews, "
                + "results, pictures, maps, timings, weather and tides, from the start line to the prize giving, "
                + "all on our live page, with highlights, replays, analysis, reactions and a gallery.</p><p>Also live: "
                + "the county fair, with stalls, rides, music, food, dancing, games and fireworks, from noon to midnight, "
                + "with our reporters, photographers, presenters and guests, all day, every day, all week long.</p></div>";
        String body = "<div class=\"main\"><h1>" + TITLE + "</h1><div id=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>" + P4 + "</p></div></div><div class=\"side\">" + promo + "</div>";
        assertArticleOnly(text(head(), body), "regatta", "county fair");
    }

    @Test
    void blocksBeforeTheHeadlineRepeatedInsideTheContainerAreThePages() {
        // a promoted story, section labels and tools above the headline inside the article's own container
        String promo = "A reporter went out to the old lighthouse on the point to watch the new lamp being fitted by the "
                + "keepers and their helpers from the mainland. Click here for the slideshow";
        String body = "<div class=\"wrap\"><div>EDITOR'S PICK</div><div>EVENTS</div><div><b>Lamp lit again</b></div><div>" + promo
                + "</div><div>POLL</div><div>GET OUR NEWS BY E-MAIL</div><div><a href=\"/\">Back to index</a></div><div class=\"x\">"
                + TITLE + "</div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div>";
        String head = "<title>" + TITLE + " (from Coast Courier)</title>";
        assertArticleOnly(text(head, body), "lighthouse", "EDITOR", "POLL", "E-MAIL", "Lamp lit");
        // the page's title drops the apostrophe that the shown headline has
        String shown = "Harbour town's vote to rebuild the flooded ferry terminal";
        String bodyApostrophe = body.replace("<div class=\"x\">" + TITLE, "<div class=\"x\">" + shown);
        String headNoApostrophe = "<title>Harbour Towns Vote To Rebuild The Flooded Ferry Terminal (from Coast Courier)</title>";
        assertArticleOnly(text(headNoApostrophe, bodyApostrophe), "lighthouse", "EDITOR", "POLL", "E-MAIL", "Lamp lit");
        // a title that merely opens with a name the text also shows keeps what precedes that name
        String named = "Harbour Festival";
        String body2 = "<div class=\"wrap\"><p>Every summer the quay fills with boats and stalls.</p><p>The music starts at noon.</p><p>"
                + named + "</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div>";
        String head2 = "<title>" + named + ": the town votes to rebuild its ferry terminal in time for the boats next year</title>";
        String t2 = text(head2, body2);
        assertTrue(t2.contains("The music starts at noon."), t2);
    }

    @Test
    void datedListsOfOtherStoriesAfterTheArticleAreDropped() {
        // one entry per block, each ending with its source's date and time
        String lines = "<p>Ferry fares - Operators review winter prices by Coast Wire Tue, Mar 3 2031, 07:45 GMT</p>"
                + "<p>Market report - Fish prices steady at the quay by Harbour Desk Tue, Mar 3 2031, 07:20 GMT</p>"
                + "<p>Weather outlook - Gales expected along the coast by Met Notes Tue, Mar 3 2031, 06:54 GMT</p>";
        // one block, entries split by line breaks, each a link followed by its date and section
        String runs = "<div><a href=\"/a\">Lighthouse keepers honoured</a> <span>(2 Mar 31 | Local)</span><br>"
                + "<a href=\"/b\">New bakery opens on the quay</a> <span>(1 Mar 31 | Business)</span><br>"
                + "<a href=\"/c\">Rowing club wins again</a> <span>(28 Feb 31 | Sport)</span><br></div>";
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4
                + "</p>" + lines + runs + "</div>";
        assertArticleOnly(text(head(), body), "Ferry fares", "Market report", "Weather outlook", "Lighthouse keepers",
                "bakery", "Rowing club");
    }

    @Test
    void articleSentencesThatEndWithDatesStay() {
        String a = "The first ferry left the new landing stage on March 3, 2031.";
        String b = "The second followed a week later, on March 10, 2031.";
        String c = "The old terminal closed for good on March 17, 2031.";
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + a + "</p><p>" + b
                + "</p><p>" + c + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div>";
        String t = text(head(), body);
        assertArticleOnly(t);
        assertTrue(t.contains(a) && t.contains(b) && t.contains(c), t);
    }

    @Test
    void anArticleInsideAFormThatWrapsThePageIsKept() {
        // some frameworks wrap the whole content area in one form; the sidebar of teasers outside it is not the article
        StringBuilder side = new StringBuilder("<td class=\"col\">");
        for (int i = 1; i <= 8; i++) {
            side.append("<h3><a href=\"/s").append(i).append("\">Other story number ").append(i).append("</a></h3><p>A short summary of ")
                    .append("another story, number ").append(i).append(", about the county, its roads, its schools and its ")
                    .append("weather, written to make readers click through to the full text.</p>");
        }
        side.append("</td>");
        StringBuilder menu = new StringBuilder("<ul>");
        for (int i = 1; i <= 12; i++) {
            menu.append("<li><a href=\"/m").append(i).append("\">Section page ").append(i).append("</a></li>");
        }
        menu.append("</ul>");
        StringBuilder links = new StringBuilder("<div class=\"sitemap\">");
        for (int i = 1; i <= 120; i++) {
            links.append("<a href=\"/t").append(i).append("\">Topic index page ").append(i).append("</a> ");
        }
        links.append("</div>");
        String body = links + "<table><tr><td><form id=\"page\" method=\"post\">" + menu + "<span>" + TITLE + "</span><br><div class=\"text\"><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div><input type=\"submit\" value=\"Vote\"></form></td>"
                + side + "</tr></table>";
        assertArticleOnly(text(head(), body), "Other story", "another story");
    }

    @Test
    void anArticleSplitOverSiblingBlocksWithACardInsideIsTakenWhole() {
        // the first part holds a card linking to another story; an advert separates it from the (longer) second part
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            more.append("<p>Later in the evening, speaker number ").append(i).append(" told the meeting that the ferry, the harbour ")
                    .append("and the quay had shaped the town for two centuries, and that the vote would shape the next one.</p>");
        }
        String card = "<div class=\"card\"><h3><a href=\"/other\">Lighthouse keepers honoured at the quay</a></h3></div>";
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><div class=\"part first\"><p>" + P1 + "</p><p>" + P2 + "</p>" + card
                + "<p>" + P3 + "</p><p>" + P4 + "</p></div><div class=\"ad\">Advertisement</div><div class=\"part\">" + more + "</div></div>";
        String t = text(head(), body);
        assertArticleOnly(t, "Lighthouse keepers");
        assertTrue(t.contains("speaker number 6"), t);
    }

    private static String liveBlogHead(String... updates) {
        StringBuilder ld = new StringBuilder("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"LiveBlogPosting\",\"headline\":\"" + TITLE + "\",\"liveBlogUpdate\":[");
        for (int i = 0; i < updates.length; i += 2) {
            ld.append(i == 0 ? "" : ",").append("{\"@type\":\"BlogPosting\",\"headline\":\"").append(updates[i])
                    .append("\",\"articleBody\":\"").append(updates[i + 1]).append("\"}");
        }
        return head() + ld + "]}</script>";
    }

    private static final String U1 = "Ferry operators say the first crossings will be timed to match the morning trains";
    private static final String U1_BODY = "The operators told the meeting that the first crossings of the day would leave the "
            + "new terminal ten minutes after the morning trains arrive, so that commuters can make the connection.";
    private static final String U2 = "Council leader thanks voters after the count at the town hall";
    private static final String U2_BODY = "Speaking after the count, the council leader thanked everyone who had voted and "
            + "promised regular reports on the cost of the work as the rebuilding goes on through the year.";

    @Test
    void liveBlogUpdatesOutsideTheChosenBlockComeFromTheMarkup() {
        // the updates sit in small blocks of their own, apart from the introduction, and are not reached by the DOM pass
        String body = "<h1>" + TITLE + "</h1><div class=\"intro\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4
                + "</p></div><div class=\"side\"><ul><li><a href=\"/a\">Weather</a></li><li><a href=\"/b\">Tides</a></li></ul></div>"
                + "<div class=\"feed\" data-loaded=\"later\"></div>";
        String t = text(liveBlogHead(U1, U1_BODY, U2, U2_BODY), body);
        assertArticleOnly(t);
        assertTrue(t.contains(U1) && t.contains(U1_BODY) && t.contains(U2) && t.contains(U2_BODY), t);
        assertTrue(t.indexOf(U1_BODY) < t.indexOf(U2_BODY), "updates keep the page's order:\n" + t);
    }

    @Test
    void liveBlogUpdatesTheDomPassTookAreNotAddedAgain() {
        // the page shows one update; the markup lists two: the page's text is kept as shown, nothing is doubled
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4
                + "</p><h3>" + U1 + "</h3><p>" + U1_BODY + "</p></div>";
        String t = text(liveBlogHead(U1, U1_BODY, U2, U2_BODY), body);
        assertArticleOnly(t, U2_BODY);
        assertEquals(t.indexOf(U1_BODY), t.lastIndexOf(U1_BODY), t);
    }

    @Test
    void anArticleSplitIntoTwoWrappersOfSectionsIsTakenWhole() {
        // each half of the story is a wrapper of one-paragraph sections; an advert stands between the halves
        StringBuilder second = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            second.append("<section class=\"grp\"><p>Later in the evening, speaker number ").append(i).append(" told the meeting that ")
                    .append("the ferry, the harbour and the quay had shaped the town for two centuries.</p></section>");
        }
        StringBuilder offers = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            offers.append("<a href=\"/o").append(i).append("\">Offer number ").append(i).append(" from our partners</a> ");
        }
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><div class=\"half\"><div class=\"inner\"><section class=\"grp\"><p>"
                + P1 + "</p></section><section class=\"grp\"><p>" + P2 + "</p></section><section class=\"grp\"><p>" + P3
                + "</p></section><section class=\"grp\"><p>" + P4 + "</p></section></div></div><div class=\"ad\">" + offers + "</div>"
                + "<div class=\"half\"><div class=\"inner\">" + second + "</div></div></div>";
        String t = text(head(), body);
        assertArticleOnly(t, "Offer number");
        assertTrue(t.contains("speaker number 1") && t.contains("speaker number 5"), t);
    }

    @Test
    void aPhotoCaptionBeforeTheArticleIsNotTheArticle() {
        String caption = longRun("A crowd gathers by the water in an earlier picture of the old quay");
        String body = "<div class=\"pic\"><img src=\"/q.jpg\"><div class=\"words\">" + caption + "</div></div>"
                + "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div>";
        assertArticleOnly(text(head(), body), "A crowd gathers");
    }

    @Test
    void aShortSidebarAdvertBesideABrSeparatedTableCellArticle() {
        String body = "<table><tr><td width=\"150\"><div><b>Cheap flights to the islands, book today!</b></div></td>"
                + "<td><b>" + TITLE + "</b><br><br>" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "<br><br>" + P4
                + "</td></tr></table>";
        assertArticleOnly(text(head(), body), "Cheap flights");
    }

    @Test
    void aResultsPageSplitIntoSeveralBlocksIsTakenWhole() {
        StringBuilder blocks = new StringBuilder();
        for (int b = 0; b < 5; b++) {
            blocks.append("<div class=\"results\"><b>Heat ").append(b + 1).append("</b><br>");
            for (int i = 1; i <= 8; i++) {
                blocks.append(i).append(". Rower ").append(b * 8 + i).append(" (Harbour Club), ").append(20 + i).append(":0")
                        .append(i).append("<br>");
            }
            blocks.append("</div>");
        }
        String body = "<h1>" + TITLE + "</h1><div class=\"page\"><p>" + P1 + "</p>" + blocks + "</div>";
        String text = text(head(), body);
        for (int r = 1; r <= 40; r++) {
            assertTrue(text.contains("Rower " + r + " (Harbour Club)"), "result " + r + " missing:\n" + text);
        }
    }

    @Test
    void aResultsTableInsideTheArticleIsKeptWhole() {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            rows.append("<tr><td>").append(i).append("</td><td>Rower number ").append(i).append(" of the harbour club</td><td>")
                    .append(20 + i).append(":0").append(i % 10).append("</td></tr>");
        }
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><table>" + rows
                + "</table><p>" + P3 + "</p><p>" + P4 + "</p></div>";
        String text = text(head(), body);
        assertArticleOnly(text);
        for (int i = 1; i <= 12; i++) {
            assertTrue(text.contains("Rower number " + i + " of the harbour club"), "row " + i + " missing:\n" + text);
        }
    }

    @Test
    void aPrintCopyHiddenByThePagesOwnStyleIsKeptOnce() {
        String style = "<style>.print-version{display:none} @media print{.print-version{display:block}.screen{display:none}}</style>";
        String article = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p>";
        String body = "<article><h1>" + TITLE + "</h1><div class=\"story\">" + article + "</div>"
                + "<div class=\"print-version\"><div class=\"story\">" + article + "</div></div></article>";
        String text = text(head() + style, body);
        assertArticleOnly(text);
        for (String p : new String[] {P1, P2, P3, P4}) {
            assertEquals(text.indexOf(p), text.lastIndexOf(p), "twice: " + p + "\n" + text);
        }
    }

    @Test
    void readsWhichNamesThePagesCssHides() {
        Set<String> classes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        HtmlPreprocessor.hiddenSelectors(".a{display:none} div.b { visibility : hidden } #c{color:red;display:none}"
                + " .tab{display:none} .tab.active{display:block} @media (max-width:600px){.wide{display:none}}"
                + " @media print{.copy{display:block}} .copy{display:none} .x .nested{display:none} /* .d{display:none} */",
                classes, ids);
        assertEquals(Set.of("a", "b", "copy"), classes);
        assertEquals(Set.of("c"), ids);
    }

    @Test
    void galleryCaptionsAreNotArticleTextEvenWhenTheyAreLong() {
        StringBuilder gallery = new StringBuilder("<div class=\"photo-gallery\">");
        for (int i = 1; i <= 8; i++) {
            gallery.append("<div class=\"slide\"><img src=\"/g").append(i).append(".jpg\"><p>Slide ").append(i)
                    .append(": boats wait at the temporary landing stage, where passengers queue in the rain, "
                            + "holding umbrellas, bags and tickets, while the crew loads the cars.</p></div>");
        }
        gallery.append("</div>");
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p></div>" + gallery
                + "<div class=\"story\"><p>" + P3 + "</p><p>" + P4 + "</p></div>";
        assertArticleOnly(text(head(), body), "Slide 3", "boats wait");
    }

    @Test
    void readerCommentsLongerThanTheArticleAreNotArticleText() {
        StringBuilder comments = new StringBuilder("<div id=\"comments\"><h4>Comments</h4>");
        for (int i = 1; i <= 10; i++) {
            comments.append("<div class=\"item\"><p>Reader view ").append(i).append(": I have taken that ferry for years, "
                    + "and frankly the council should have fixed the terminal long ago, before the storm, not after it.</p>"
                    + "<p class=\"by\">Posted by reader").append(i).append("</p></div>");
        }
        comments.append("</div>");
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4
                + "</p></div>" + comments;
        assertArticleOnly(text(head(), body), "Reader view", "taken that ferry");
    }

    @Test
    void anOpinionPieceNamedCommentaryIsNotTakenForComments() {
        String body = "<div class=\"commentary-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4
                + "</p></div><h1>" + TITLE + "</h1>";
        assertArticleOnly(text(head(), body));
    }

    @Test
    void commentsAfterACommentsAnchorOrHeaderEndTheArticle() {
        String comment = "<p class=\"story\">Good news at last, the old terminal was a disgrace and everybody knew it, "
                + "so I am glad the vote went this way.<br><b>Posted by Sam on Monday 10:02</b></p>";
        String anchored = "<h1>" + TITLE + "</h1><div><p class=\"story\">" + P1 + "</p><p class=\"story\">" + P2
                + "</p><p class=\"story\">" + P3 + "</p><p class=\"story\">" + P4 + "</p><a name=\"comments\"></a>"
                + "<div class=\"hd\">Comments</div>" + comment.repeat(6) + "</div>";
        assertArticleOnly(text(head(), anchored), "Good news at last");
        String headed = anchored.replace("<a name=\"comments\"></a>", "").replace(">Comments<", ">12 Comments<");
        assertArticleOnly(text(head(), headed), "Good news at last");
    }

    @Test
    void hoverCardsAndHiddenLabelsDoNotGlueToNames() {
        String name = "<a href=\"/p/jd\" class=\"person\">Jane Doe</a>";
        String[] cards = {
            "<span class=\"hover-card\"><span>Jane Doe</span><span>Member of the harbour board</span></span>",
            "<span class=\"popover-content\">Jane Doe, Member of the harbour board</span>",
            "<span role=\"tooltip\">Jane Doe, Member of the harbour board</span>",
            "<span aria-hidden=\"true\">Jane Doe</span>",
            "<span hidden>Jane Doe</span>",
            "<span class=\"pcard\">Jane Doe, Member of the harbour board</span>",
        };
        String style = "<style>.pcard{display:none}</style>";
        for (String card : cards) {
            String p = "<p>The chair of the board, " + name + card + ", said the vote settled the matter for a generation, "
                    + "and that the work would start as soon as the contracts were signed.</p>";
            String body = "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p>" + p + "<p>" + P2 + "</p><p>" + P3
                    + "</p><p>" + P4 + "</p></div>";
            String text = text(head() + style, body);
            assertTrue(text.contains("The chair of the board, Jane Doe, said the vote"), card + " ->\n" + text);
            assertFalse(text.contains("Member of the harbour board"), card + " ->\n" + text);
        }
    }

    @Test
    void titleTypographyFollowsTheSourcesWhereTheyDisagree() {
        String visible = "Mayor’s ‘bold’ flood plan – what it means";
        String straight = "Mayor's 'bold' flood plan - what it means";
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + straight + "\"}</script>";
        String body = "<h1>" + visible + "</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        // two sources against the heading: their spelling wins
        ExtractedArticle two = EXTRACTOR.extract(page("<meta property=\"og:title\" content=\"" + straight + "\">" + ld, body), null);
        assertEquals(straight, two.title());
        // one against one: the visible heading is kept
        ExtractedArticle one = EXTRACTOR.extract(page("<meta property=\"og:title\" content=\"" + straight + "\">", body), null);
        assertEquals(visible, one.title());
        // sources that agree with the heading: returned as shown
        ExtractedArticle same = EXTRACTOR.extract(page("<meta property=\"og:title\" content=\"" + visible + "\">", body), null);
        assertEquals(visible, same.title());
    }

    @Test
    void pageFurnitureBeforeTheArticleAndLegalLinesAfterItAreDropped() {
        // a table layout without <h1>: the headline is repeated in a bold cell, then byline, credit and tools
        String body = "<table><tr><td><div class=\"headline\"><b>" + TITLE + "</b></div>"
                + "<div>By JANE ROE</div><div>Harbour News Service</div><div>Text size</div><div>\u00c2</div>"
                + "<div>A | A | A</div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p>"
                + "<p>Copyright 2031 The Example Wire. All rights reserved. This material may not be published, "
                + "broadcast, rewritten or redistributed.</p>"
                + "<p>News: Home | Region | Sport | Business | Weather | Opinion</p></td></tr></table>";
        String text = text(head(), body);
        assertArticleOnly(text, "JANE ROE", "News Service", "Text size", "\u00c2", "A | A", "All rights reserved", "Weather");
        assertTrue(text.startsWith(P1), text);
        // the headline in a cell of its own row, above the article's cell
        String cells = "<table><tr><td>" + TITLE + "</td></tr><tr><td><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>"
                + P4 + "</p></td></tr></table>";
        String text2 = text("<title>Coast Courier - news, weather and sport - " + TITLE + "</title>", cells);
        assertTrue(text2.startsWith(P1), text2);
    }

    @Test
    void shortItemsOfTablesAndNumberedListsBeforeTheArticleAreKept() {
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><table><tr><th>Quay</th><th>Berths</th></tr>"
                + "<tr><td>North</td><td>12</td></tr></table><p>1. North quay</p><p>2. South quay</p>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div>";
        String text = text(head(), body);
        assertArticleOnly(text);
        for (String kept : new String[] {"Quay", "Berths", "North", "12", "1. North quay", "2. South quay"}) {
            assertTrue(text.contains(kept), kept + " missing:\n" + text);
        }
    }

    @Test
    void teasersOfOtherStoriesAfterTheArticleAreDropped() {
        // each teaser opens with a linked headline, then a summary; they sit in the article's own cell
        String teasers = "<div><a href=\"/a\">Lighthouse keeper retires after forty years</a><br>Inland, March 3: The last "
                + "keeper of the point light handed over the keys on Monday after four decades on the rock.</div>"
                + "<div><a href=\"/b\">School roof repaired before the storms</a><br>Inland, March 3: Builders finished the "
                + "new roof of the primary school a week before the gales arrived.</div>"
                + "<div><a href=\"/c\">Fishing quotas cut for the second year running</a> Coast Wire | Tue, Mar 3</div>";
        String links = "<p>" + "<a href=\"/d\">Bridge toll to rise in the autumn</a> <a href=\"/e\">Market hall reopens "
                + "after repairs</a> <a href=\"/f\">Harbour master warns of winter swells</a> <a href=\"/g\">Ferry timetable "
                + "changes from next week</a> <a href=\"/h\">Museum opens a new gallery of old maps</a> <a href=\"/i\">Council "
                + "elects a new chair for the coming year</a> <a href=\"/j\">Volunteers clean the north beach</a> More...</p>";
        String body = "<table><tr><td><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4
                + "</p>" + links + teasers + "</td></tr></table>";
        assertArticleOnly(text(head(), body), "Lighthouse keeper", "School roof", "Fishing quotas", "Bridge toll", "Volunteers");
    }

    @Test
    void articleParagraphsThatOpenWithALinkStay() {
        String a = "<p><a href=\"/p\">The harbour board</a> announced after its meeting that the vote settled the matter for a generation "
                + "and that the work would start as soon as the contracts were signed.</p>";
        String b = "<p><a href=\"/q\">Island ferry users</a> welcomed the decision, saying the service had been unreliable "
                + "since the flood and that the temporary landing stage was too small.</p>";
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p>" + a + b + "<p>" + P2 + "</p><p>" + P3
                + "</p><p>" + P4 + "</p></div>";
        String text = text(head(), body);
        assertArticleOnly(text);
        assertTrue(text.contains("The harbour board announced after its meeting"), text);
        assertTrue(text.contains("Island ferry users welcomed"), text);
    }

    @Test
    void captionsThatEndWithAPhotoCreditAreDropped() {
        String[] credits = {" (Example Press Photo/Jane Roe)", " (Photo by Jane Roe)", " Photo: Jane Roe", " Photograph: Coast Courier"};
        for (String credit : credits) {
            String caption = "<div>The old ferry terminal under water after the storm last winter." + credit + "</div>";
            String body = "<h1>" + TITLE + "</h1><div class=\"story\">" + caption + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                    + "</p><p>" + P4 + "</p></div>";
            assertArticleOnly(text(head(), body), "under water");
        }
        // a sentence about a photograph is article text
        String p = "<p>The council showed a photograph by a local fisherman of the flooded quay, and the room fell silent.</p>";
        String body = "<h1>" + TITLE + "</h1><div class=\"story\"><p>" + P1 + "</p>" + p + "<p>" + P2 + "</p><p>" + P3
                + "</p><p>" + P4 + "</p></div>";
        assertTrue(text(head(), body).contains("photograph by a local fisherman"));
    }
}
