package newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main content of a page and turns it into paragraphs: drops hidden, navigational and
 * boilerplate blocks, scores containers by the paragraphs they hold (text length, commas, link
 * density), merges related siblings, and emits paragraphs, headings and images with captions.
 */
final class ContentExtractor {
    /** The extracted body. */
    record Body(List<String> paragraphs, List<String> headings, List<ExtractedImage> images, Element container) {
    }

    private static final Set<String> REMOVE_TAGS = Set.of("nav", "aside", "footer", "button", "select", "input",
            "textarea", "iframe", "object", "embed", "canvas", "video", "audio", "dialog", "menu", "map", "link",
            "meta", "label", "source", "track", "head");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd",
            "header", "form", "fieldset", "address", "hr", "center", "details", "summary", "body", "caption", "tbody",
            "thead", "tfoot");
    /** Elements whose own text (text nodes and inline children, often split by {@code <br>}) can be the article. */
    private static final Set<String> TEXT_RUN_HOLDERS = Set.of("div", "section", "span", "td", "th", "dd", "font",
            "center", "article", "main");
    private static final Set<String> SKIP_IN_BODY = Set.of("figure", "figcaption", "picture", "img", "noscript", "h1",
            "header", "sup");
    /** Class/id words (split at spaces, '-' and '_') that mark boilerplate blocks. */
    private static final Set<String> NEGATIVE_WORDS = Set.of("comment", "comments", "disqus", "share", "sharing",
            "social", "related", "recommend", "recommended", "recommendations", "promo", "promotion", "advert",
            "advertisement", "advertising", "ad", "ads", "adv", "sponsor", "sponsored", "newsletter", "newsletters",
            "subscribe", "subscription", "signup", "sidebar", "widget", "footer", "masthead", "breadcrumb",
            "breadcrumbs", "cookie", "cookies", "consent", "popup", "modal", "banner", "outbrain", "taboola",
            "moretories", "trending", "popular", "tag", "tags", "topics", "pagination", "pager", "bio", "toolbar",
            "print", "skip", "jump", "player", "gallery", "slideshow", "caption", "captions", "credit", "credits",
            "byline", "dateline", "timestamp", "rating", "login", "menu", "nav", "navbar", "navigation", "header",
            "dfp", "teaser", "rail", "carousel", "feedback", "survey", "donate", "membership", "lightbox", "overlay",
            "toc", "signin", "follow", "episode", "podcast", "embed", "tooltip", "disclaimer", "affiliate",
            "mostread", "headlines", "breaking", "ticker", "alert", "notification", "paid", "offer", "cta", "upsell",
            "copyright", "legal", "privacy", "readmore", "alsoread", "morestories", "authorbio", "authorinfo",
            "sronly", "storylist", "articlelist", "appdownload", "tableofcontents", "visuallyhidden",
            "screenreadertext", "excerpt", "popover", "hovercard", "tippy", "flyout");
    /** Boilerplate words that also mark a block inside compound class names ("imageCaption", "socialShare"). */
    private static final String[] NEGATIVE_INFIXES = {"caption", "credit", "byline", "newsletter", "advert", "promo",
            "related", "sharing", "social", "breadcrumb", "sidebar", "outbrain", "taboola", "subscri", "signup",
            "disclaimer", "recirc", "comment", "privacy", "hovercard", "popover", "tooltip"};
    private static final Set<String> POSITIVE_WORDS = Set.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "blog", "prose", "richtext", "paragraph", "articlebody", "storybody", "postcontent",
            "entrycontent");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(?:advertisement|advert|adverts|ad|ads|sponsored|sponsored content|story continues below(?: advertisement)?|"
                    + "continue reading(?: below)?|read more(?: here)?|read more:?.*|related:?.*|see also:?.*|"
                    + "click here.*|share this.*|share( on)? (?:facebook|twitter|x)|follow us.*|sign up.*|subscribe.*|"
                    + "watch:?.*|listen:?.*|more:.*|photo:?.*|image:?.*|getty images?|ap photo.*|reuters photo.*|"
                    + "loading.*|please enable javascript.*|this content is not available.*|log ?in|sign in|"
                    + "recommended(?: videos| stories)?|trending|most popular|top stories|"
                    + "copyright.*|©.*|all rights reserved.*|scroll to continue.*|skip (?:to )?(?:main )?content|"
                    + "article continues (?:below|after).*|story continues.*|report an error.*|"
                    + "we want to hear from you.*|reporting by .*|editing by .*|additional reporting by .*)$");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContentExtractor.class);

    private final Map<Node, int[]> stats = new IdentityHashMap<>();
    /** Hidden blocks kept for their size: their paragraphs are dropped where a visible copy exists. */
    private final Set<Element> hiddenKept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Classes and ids that the page's own CSS hides ({@link HtmlPreprocessor#hiddenSelectors}). */
    private final Set<String> cssHiddenClasses;
    private final Set<String> cssHiddenIds;

    ContentExtractor() {
        this(Set.of(), Set.of());
    }

    ContentExtractor(Set<String> cssHiddenClasses, Set<String> cssHiddenIds) {
        this.cssHiddenClasses = cssHiddenClasses;
        this.cssHiddenIds = cssHiddenIds;
    }
    /** Running text of the whole page; a block is only "substantial" when it holds a good share of it. */
    private int pageGoodText;

    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int GOOD = 2;
    /** Teaser markers: headings that are links, and nested article elements (cards of other stories). */
    private static final int TEASERS = 3;
    /** Commas in the text (a sign of sentences, not lists of links). */
    private static final int COMMAS = 4;
    /** Headings in the subtree (a link wrapping a heading is a story card). */
    private static final int HEADS = 5;
    private static final int STATS = 6;

    /**
     * What the page says about its article apart from the DOM's shape: the title, the JSON-LD
     * {@code articleBody} and the description (JSON-LD or meta); each may be null.
     */
    record Signals(String title, String articleBody, String description) {
        static final Signals NONE = new Signals(null, null, null);
    }

    Body extract(Element body, String articleBodyHint) {
        return extract(body, new Signals(null, articleBodyHint, null));
    }

    Body extract(Element body, Signals signals) {
        String articleBodyHint = signals.articleBody();
        computeStats(body);
        clean(body);
        List<Candidate> ranked = rankCandidates(body);
        Element top = choose(ranked, body, signals);
        List<Element> parts = top == null ? List.of(body) : mergeSiblings(top);
        if (LOG.isTraceEnabled()) {
            for (Element p : parts) {
                LOG.trace("content part {}.{}#{} text={}", p.normalName(), p.className(), p.id(), text(p));
            }
        }
        Emitter emitter = new Emitter();
        for (Element part : parts) {
            NodeTraversor.traverse(emitter, part);
            emitter.flush();
        }
        List<Block> emitted = emitter.commentsStart >= 0 ? emitter.blocks.subList(0, emitter.commentsStart) : emitter.blocks;
        List<Block> blocks = filter(emitted, articleBodyHint, signals.title());
        List<String> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Block b : blocks) {
            if (b.heading) {
                headings.add(b.text);
            }
            paragraphs.add(b.text);
        }
        return new Body(paragraphs, headings, emitter.images, top);
    }

    // --- statistics: text and link-text length per element, computed bottom-up in one pass ---

    private void computeStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int[] own;
                if (node instanceof TextNode t) {
                    int len = visibleLength(t.getWholeText());
                    own = new int[] {len, 0, len > 60 ? len : 0, 0, countCommas(t.getWholeText()), 0};
                } else if (node instanceof Element e) {
                    own = stats.computeIfAbsent(e, k -> new int[STATS]);
                    if (e.nameIs("a")) {
                        own[LINK] = own[TEXT];
                        own[GOOD] = 0;
                        if (own[HEADS] > 0) {
                            own[TEASERS]++;
                        }
                    } else if (isHeading(e)) {
                        own[HEADS]++;
                        if (own[LINK] > own[TEXT] / 2) {
                            own[TEASERS]++;
                        }
                    }
                    if (e.nameIs("article")) {
                        own[TEASERS]++;
                    }
                    if (e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote") || e.nameIs("li")) {
                        // running text: a paragraph of some length with few links
                        own[GOOD] = own[TEXT] > 50 && own[LINK] < own[TEXT] * 0.3 ? own[TEXT] : 0;
                    }
                } else {
                    return;
                }
                Node parent = node.parentNode();
                if (parent instanceof Element p && node != root) {
                    int[] ps = stats.computeIfAbsent(p, k -> new int[STATS]);
                    ps[TEXT] += own[TEXT];
                    ps[LINK] += own[LINK];
                    ps[GOOD] += own[GOOD];
                    ps[TEASERS] += own[TEASERS];
                    ps[COMMAS] += own[COMMAS];
                    ps[HEADS] += own[HEADS];
                }
            }
        }, root);
    }

    private int teasersInside(Element e) {
        int[] st = stats.get(e);
        return st == null ? 0 : st[TEASERS] - (e.nameIs("article") ? 1 : 0);
    }

    private static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    private static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    private int text(Element e) {
        int[] s = stats.get(e);
        return s == null ? 0 : s[TEXT];
    }

    private double linkDensity(Element e) {
        int[] s = stats.get(e);
        return s == null || s[TEXT] == 0 ? 0 : (double) s[LINK] / s[TEXT];
    }

    // --- cleaning ---

    private void clean(Element body) {
        List<Element> remove = new ArrayList<>();
        int bodyText = text(body);
        int[] bs = stats.get(body);
        pageGoodText = bs == null ? 0 : bs[GOOD];
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (REMOVE_TAGS.contains(tag)) {
                if (!(tag.equals("aside") || tag.equals("footer")) || !isSubstantial(e)) {
                    remove.add(e);
                }
                continue;
            }
            if ("true".equals(e.attr("aria-modal")) || isConsentNotice(e)) {
                remove.add(e); // cookie/consent dialogs: removed whatever their size
                continue;
            }
            boolean large = text(e) >= bodyText * 0.3;
            String role = e.attr("role");
            // a form that is mostly running text wraps the page or the article (some frameworks put everything in
            // one form); a search box or a sign-up form is labels and fields
            if (tag.equals("form") && !large && !isSubstantial(e) && !isMostlyRunningText(e)) {
                remove.add(e);
                continue;
            }
            // hidden by attributes or by the page's own style sheet (a print copy, a collapsed card); a large block
            // of running text stays (pages that hide the article until a script has run), and a second copy of it
            // is dropped later (identical paragraphs are kept once)
            if (isHidden(e) || isCssHidden(e)) {
                if (!large && !isSubstantial(e)) {
                    remove.add(e);
                    continue;
                }
                hiddenKept.add(e);
            }
            if (role.equals("tooltip")) {
                remove.add(e);
                continue;
            }
            if ((role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                    || role.equals("banner") || role.equals("dialog") || role.equals("alert")) && !large && !isSubstantial(e)) {
                remove.add(e);
                continue;
            }
            if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")) {
                continue;
            }
            String attrs = classAndId(e);
            // reader comments and galleries are never the article, whatever their size, unless they hold its headline
            if (!attrs.isEmpty() && isCommentsOrGallery(attrs) && !holdsArticle(e)) {
                remove.add(e);
                continue;
            }
            // a class name alone never removes a block holding a large share of the page's text
            if (!attrs.isEmpty() && isNegative(attrs) && !large && !isSubstantial(e) && !isQuotedPost(e, attrs)
                    && !(isPositive(attrs) && text(e) > 200 && linkDensity(e) < 0.2)) {
                remove.add(e);
            }
        }
        Set<Element> removed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : remove) {
            if (LOG.isTraceEnabled() && text(e) > 200) {
                LOG.trace("removed {}.{}#{} text={}", e.normalName(), e.className(), e.id(), text(e));
            }
            boolean insideRemoved = false;
            for (Element a = e.parent(); a != null; a = a.parent()) {
                if (removed.contains(a)) {
                    insideRemoved = true;
                    break;
                }
            }
            if (insideRemoved || e.parent() == null) {
                continue;
            }
            // keep the statistics of the ancestors exact without a second pass over the tree
            int[] st = stats.get(e);
            if (st != null) {
                for (Element a = e.parent(); a != null; a = a.parent()) {
                    int[] as = stats.get(a);
                    if (as != null) {
                        for (int k = 0; k < STATS; k++) {
                            as[k] -= st[k];
                        }
                    }
                    if (a == body) {
                        break;
                    }
                }
            }
            removed.add(e);
            e.remove();
        }
    }

    /**
     * A block whose text is mostly real paragraphs (at least three, long, with few links) is kept even
     * when its tag or class looks like boilerplate: some sites wrap the whole article in a form or a "hidden" div.
     */
    private boolean isSubstantial(Element e) {
        int[] st = stats.get(e);
        if (st == null || st[TEXT] < 400 || st[GOOD] < st[TEXT] * 0.35 || teasersInside(e) >= 2
                || st[GOOD] < pageGoodText * 0.4) {
            return false;
        }
        int paragraphs = 0;
        int paragraphText = 0;
        for (Element p : e.getElementsByTag("p")) {
            int len = text(p);
            if (len > 80 && linkDensity(p) < 0.3) {
                paragraphs++;
                paragraphText += len;
            }
        }
        return paragraphs >= 3 && paragraphText >= st[TEXT] * 0.35;
    }

    /** At least 500 characters of good text (paragraphs with few links) that make most of the element's text. */
    private boolean isMostlyRunningText(Element e) {
        int[] st = stats.get(e);
        return st != null && st[GOOD] >= 500 && st[GOOD] >= st[TEXT] * 0.6;
    }

    private static boolean isConsentNotice(Element e) {
        String id = e.id().toLowerCase(Locale.ROOT);
        String c = e.className().toLowerCase(Locale.ROOT);
        return id.contains("onetrust") || id.contains("cookie") || id.contains("consent") || id.contains("gdpr")
                || c.contains("onetrust") || c.contains("cookie-") || c.contains("consent") || c.contains("gdpr");
    }

    /** An embedded post (a tweet, a quoted message) in the article: a blockquote inside an embed wrapper. */
    private static boolean isQuotedPost(Element e, String attrs) {
        return !attrs.contains("comment") && !attrs.contains("share") && !e.getElementsByTag("blockquote").isEmpty();
    }

    /** A list whose every item (at least three) carries a link and a good share of link text: related stories. */
    private boolean isLinkList(Element list) {
        int items = 0;
        for (Element li : list.children()) {
            if (!li.nameIs("li")) {
                continue;
            }
            int[] st = stats.get(li);
            if (st == null || st[LINK] == 0 || st[LINK] < st[TEXT] * 0.3) {
                return false;
            }
            items++;
        }
        return items >= 3;
    }

    /** Words of a class/id string, with each adjacent pair also joined ("read-more" gives "readmore"). */
    private static boolean anyWord(String attrs, Set<String> words) {
        String prev = null;
        int i = 0;
        int n = attrs.length();
        while (i < n) {
            while (i < n && isSeparator(attrs.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(attrs.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String w = attrs.substring(start, i);
            if (words.contains(w) || prev != null && words.contains(prev + w)) {
                return true;
            }
            prev = w;
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
    }

    static boolean isNegative(String attrs) {
        if (anyWord(attrs, NEGATIVE_WORDS)) {
            return true;
        }
        for (String infix : NEGATIVE_INFIXES) {
            if (attrs.contains(infix)) {
                return true;
            }
        }
        return false;
    }

    /** Class/id (lower-cased) of reader comments or of a picture gallery, also inside compound names ("photoGallery"). */
    static boolean isCommentsOrGallery(String attrs) {
        return hasCommentWord(attrs) || attrs.contains("disqus")
                || attrs.contains("galler") || attrs.contains("slideshow") || attrs.contains("carousel")
                || attrs.contains("lightbox");
    }

    /** "comment" in a class/id, but not "commentary"/"commentator" (opinion pieces) nor "nocomment". */
    private static boolean hasCommentWord(String attrs) {
        for (int i = attrs.indexOf("comment"); i >= 0; i = attrs.indexOf("comment", i + 1)) {
            boolean opinion = attrs.startsWith("commentar", i) || attrs.startsWith("commentat", i);
            boolean negated = i >= 2 && attrs.startsWith("no", i - 2);
            if (!opinion && !negated) {
                return true;
            }
        }
        return false;
    }

    /** The block holds the page's headline or is marked up as the article's body. */
    private static boolean holdsArticle(Element e) {
        return e.selectFirst("h1, [itemprop=articleBody], [itemprop=articlebody]") != null;
    }

    static boolean isPositive(String attrs) {
        return anyWord(attrs, POSITIVE_WORDS);
    }

    private boolean isCssHidden(Element e) {
        if (!cssHiddenIds.isEmpty() && !e.id().isEmpty() && cssHiddenIds.contains(e.id())) {
            return true;
        }
        if (!cssHiddenClasses.isEmpty() && !e.className().isEmpty()) {
            for (String c : e.classNames()) {
                if (cssHiddenClasses.contains(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    // --- scoring ---

    /** A scored container: the best-scoring element and the container it expands to. */
    private record Candidate(Element element, double score) {
    }

    /** Up to this many distinct containers are checked against the page's other signals. */
    private static final int MAX_CANDIDATES = 5;

    /**
     * Containers ranked by score, each expanded upward (see {@link #expand}); distinct, best first.
     */
    private List<Candidate> rankCandidates(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            // an element holding running text of its own (often split by <br>) stands for its paragraphs
            boolean textBlock = TEXT_RUN_HOLDERS.contains(tag) && ownTextLength(e) > 80;
            boolean para = tag.equals("p") || tag.equals("pre") || tag.equals("blockquote") && e.getElementsByTag("p").isEmpty()
                    || textBlock;
            if (!para) {
                continue;
            }
            int len = textBlock ? ownTextLength(e) : text(e);
            if (len < 25) {
                continue;
            }
            // a block of running text (often split by <br>) stands for several paragraphs
            double score = textBlock ? Math.min(40, 1 + len / 70.0) + commas(e) : 1 + Math.min(3, len / 100) + commas(e);
            score *= 1 - Math.min(0.9, linkDensity(e));
            // a block holding running text is itself a container (it acts as the paragraph's parent)
            Element parent = textBlock ? e : e.parent();
            int level = 0;
            while (parent != null && level < 3) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 0.25;
                scores.merge(parent, score * share, Double::sum);
                parent = parent.parent();
                level++;
            }
        }
        Element h1 = body.selectFirst("h1");
        Set<Element> h1Ancestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (h1 != null) {
            h1Ancestors.addAll(h1.parents());
        }
        List<Candidate> all = new ArrayList<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            Element e = en.getKey();
            double s = en.getValue() * (1 - linkDensity(e));
            String attrs = classAndId(e);
            if (!attrs.isEmpty() && isPositive(attrs)) {
                s *= 1.1;
            }
            if (e.normalName().equals("article")) {
                s *= 1.1;
            }
            // lists of story cards (linked headlines, nested articles) are not an article
            s /= 1 + 0.5 * teasersInside(e);
            if (markedAsArticle(e)) {
                s *= 1.3;
            }
            if (h1Ancestors.contains(e) || e.parent() != null && h1Ancestors.contains(e.parent())) {
                s *= 1.2;
            }
            if (s > 0) {
                all.add(new Candidate(e, s));
            }
        }
        all.sort((a, b) -> Double.compare(b.score(), a.score()));
        List<Candidate> out = new ArrayList<>();
        Set<Element> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : all) {
            if (out.size() >= MAX_CANDIDATES) {
                break;
            }
            Element top = expand(c.element(), body);
            if (seen.add(top)) {
                out.add(new Candidate(top, c.score()));
            }
        }
        return out;
    }

    /** Signals a candidate can contradict: thin, before the headline, no headline word, off the articleBody/description. */
    private static final int THIN = 0;
    private static final int BEFORE_H1 = 1;
    private static final int NO_TITLE = 2;
    private static final int OFF_BODY = 3;
    private static final int OFF_DESCRIPTION = 4;

    /**
     * The first candidate (in score order) that the page's independent signals do not contradict. Disagreements
     * are: a thin block (under two runs of running text and under 500 characters); a block that lies before the
     * page's headline ({@code <h1>} sharing words with the title) without containing it; no word of the title;
     * little of the JSON-LD {@code articleBody} (counts twice); little of the description. A signal that no
     * candidate agrees with says nothing about this page (a site-wide description or title) and is ignored. A
     * candidate with two or more disagreements is passed over for the next; when every candidate has, the one with
     * the fewest wins (the best-scored among equals). When the best-scored block has one word or position
     * disagreement (not thinness), a separate block that nothing speaks against and that scores at least half as
     * well is taken instead.
     */
    private Element choose(List<Candidate> ranked, Element body, Signals signals) {
        if (ranked.isEmpty()) {
            return null;
        }
        Set<String> titleWords = contentWords(signals.title());
        Element h1 = null;
        for (Element e : body.getElementsByTag("h1")) {
            Set<String> hw = contentWords(e.text());
            if (!hw.isEmpty() && titleWords.size() >= 2 && share(hw, titleWords) >= 0.5) {
                h1 = e;
                break;
            }
        }
        Set<String> ldWords = signals.articleBody() == null ? Set.of() : contentWords(signals.articleBody());
        Set<String> descWords = contentWords(signals.description());
        boolean[][] flags = new boolean[ranked.size()][];
        boolean[] informative = new boolean[5];
        informative[THIN] = true;
        informative[BEFORE_H1] = true;
        flags[0] = disagreements(ranked.get(0).element(), h1, titleWords, ldWords, descWords, informative);
        boolean anyFlag = false;
        for (boolean f : flags[0]) {
            anyFlag |= f;
        }
        if (!anyFlag) {
            return ranked.get(0).element(); // nothing speaks against the best-scored block: the usual case, checked cheaply
        }
        for (int i = 1; i < ranked.size(); i++) {
            flags[i] = disagreements(ranked.get(i).element(), h1, titleWords, ldWords, descWords, informative);
        }
        Element best = null;
        int bestBad = Integer.MAX_VALUE;
        int[] bads = new int[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
            for (int k = 0; k < 5; k++) {
                if (flags[i][k] && informative[k]) {
                    bads[i] += k == OFF_BODY ? 2 : 1;
                }
            }
        }
        if (bads[0] == 1 && !flags[0][THIN]) {
            // the best block has one thing against it: a block that nothing speaks against and that scores at least
            // half as well is the article (a teaser box of other stories outscoring a short article)
            for (int i = 1; i < ranked.size(); i++) {
                if (bads[i] == 0 && ranked.get(i).score() >= 0.5 * ranked.get(0).score()
                        && !isAncestorOrSelf(ranked.get(i).element(), ranked.get(0).element())
                        && !isAncestorOrSelf(ranked.get(0).element(), ranked.get(i).element())) {
                    return ranked.get(i).element();
                }
            }
        }
        for (int i = 0; i < ranked.size(); i++) {
            int bad = bads[i];
            if (bad < 2) {
                return ranked.get(i).element();
            }
            if (bad < bestBad) {
                bestBad = bad;
                best = ranked.get(i).element();
            }
        }
        return best;
    }

    /**
     * The disagreements of one candidate; {@code informative} records, per word signal, whether some candidate
     * clearly agrees with it (at least half of its words), without which the signal cannot reject anything.
     */
    private boolean[] disagreements(Element c, Element h1, Set<String> titleWords, Set<String> ldWords,
                                    Set<String> descWords, boolean[] informative) {
        boolean[] f = new boolean[5];
        f[THIN] = text(c) < 500 && textRuns(c, 60) < 2;
        f[BEFORE_H1] = h1 != null && !isAncestorOrSelf(c, h1) && precedes(c, h1);
        if (titleWords.size() >= 3 || ldWords.size() >= 40 || descWords.size() >= 6) {
            Set<String> words = contentWords(c.text());
            if (titleWords.size() >= 3) {
                double t = share(titleWords, words);
                f[NO_TITLE] = t == 0;
                informative[NO_TITLE] |= t >= 0.5;
            }
            if (ldWords.size() >= 40) {
                double b = share(ldWords, words);
                f[OFF_BODY] = b < 0.25;
                informative[OFF_BODY] |= b >= 0.5;
            } else if (descWords.size() >= 6) {
                double d = share(descWords, words);
                f[OFF_DESCRIPTION] = d < 0.2;
                informative[OFF_DESCRIPTION] |= d >= 0.5;
            }
        }
        return f;
    }

    /** Share of {@code of} found in {@code in}. */
    private static double share(Set<String> of, Set<String> in) {
        if (of.isEmpty()) {
            return 1;
        }
        int n = 0;
        for (String w : of) {
            if (in.contains(w)) {
                n++;
            }
        }
        return (double) n / of.size();
    }

    /** Lower-cased words of four or more letters or digits. */
    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        var m = WORD.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() >= 4) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean isAncestorOrSelf(Element a, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    /** {@code a} starts before {@code b} in document order (neither contains the other). */
    private static boolean precedes(Element a, Element b) {
        List<Element> pa = new ArrayList<>();
        for (Element x = a; x != null; x = x.parent()) {
            pa.add(0, x);
        }
        List<Element> pb = new ArrayList<>();
        for (Element x = b; x != null; x = x.parent()) {
            pb.add(0, x);
        }
        int i = 0;
        while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
            i++;
        }
        if (i >= pa.size() || i >= pb.size()) {
            return false;
        }
        return pa.get(i).elementSiblingIndex() < pb.get(i).elementSiblingIndex();
    }

    /**
     * Runs of text of at least {@code minChars} visible characters, split at block elements and at {@code <br>}:
     * paragraphs whether the page writes them as {@code <p>} or as text separated by line breaks.
     */
    static int textRuns(Element root, int minChars) {
        int[] state = new int[2]; // current run length, runs counted
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    state[0] += visibleLength(t.getWholeText());
                } else if (node instanceof Element e && (e.nameIs("br") || BLOCK_TAGS.contains(e.normalName()))) {
                    endRun();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    endRun();
                }
            }

            private void endRun() {
                if (state[0] >= minChars) {
                    state[1]++;
                }
                state[0] = 0;
            }
        }, root);
        return state[1] + (state[0] >= minChars ? 1 : 0);
    }

    /**
     * Climbs from the best container while what a parent adds is mostly running text with few links:
     * articles split over several sibling blocks (one per paragraph or per section) are taken whole.
     */
    private Element expand(Element best, Element body) {
        Element cur = best;
        while (cur.parent() != null && cur.parent() != body && !cur.parent().normalName().equals("html")) {
            Element parent = cur.parent();
            int[] ps = stats.get(parent);
            int[] cs = stats.get(cur);
            if (ps == null || cs == null) {
                break;
            }
            int addedText = ps[TEXT] - cs[TEXT];
            int addedGood = ps[GOOD] - cs[GOOD];
            int addedLink = ps[LINK] - cs[LINK];
            int parentSelf = parent.nameIs("article") ? 1 : 0;
            if (ps[TEASERS] - parentSelf > cs[TEASERS]) {
                break; // the parent adds cards of other stories
            }
            if (addedText <= 20) {
                cur = parent;
            } else if ((cur.nameIs("td") || cur.nameIs("th")) && parent.nameIs("tr")) {
                break; // the other cells of a layout row are columns beside the article (menus, adverts)
            } else if (addedGood > 0 && addedGood >= addedText * 0.6 && addedLink < addedText * 0.3) {
                cur = parent;
            } else {
                break;
            }
        }
        return cur;
    }

    /** The element or one of its two nearest ancestors is marked up as the article (schema.org microdata). */
    private static boolean markedAsArticle(Element e) {
        Element cur = e;
        for (int i = 0; i < 3 && cur != null; i++, cur = cur.parent()) {
            String itemprop = cur.attr("itemprop");
            String itemtype = cur.attr("itemtype");
            if (itemprop.equalsIgnoreCase("articleBody") || itemtype.endsWith("Article") || itemtype.endsWith("BlogPosting")) {
                return true;
            }
        }
        return false;
    }

    private int commas(Element e) {
        int[] st = stats.get(e);
        return st == null ? 0 : Math.min(st[COMMAS], 10);
    }

    private static int countCommas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    private int ownTextLength(Element e) {
        int n = 0;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                n += visibleLength(t.getWholeText());
            } else if (c instanceof Element ce && !BLOCK_TAGS.contains(ce.normalName())) {
                n += text(ce);
            }
        }
        return n;
    }

    private List<Element> mergeSiblings(Element top) {
        // an article split at a higher level: the block that holds the chosen one (up to two levels up) has a sibling
        // of its own kind that continues the article (halves of the story in two wrappers with an advert between)
        Element anc = top.parent();
        for (int level = 0; level < 2 && anc != null && anc.parent() != null && !anc.nameIs("body"); level++, anc = anc.parent()) {
            for (Element sib : anc.parent().children()) {
                if (sib != anc && sameFamily(anc, sib) && continuesArticle(sib, text(anc))) {
                    return mergeSiblingsAt(anc);
                }
            }
        }
        return mergeSiblingsAt(top);
    }

    /** A block of the article's kind that continues it: long, few links, paragraphs, no cards (or mostly paragraphs). */
    private boolean continuesArticle(Element sib, int topText) {
        int len = text(sib);
        return len > Math.max(200, topText * 0.15) && linkDensity(sib) < 0.2 && countParagraphs(sib) >= 2
                && (teasersInside(sib) == 0 || mostlyParagraphs(sib));
    }

    private List<Element> mergeSiblingsAt(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        List<Element> out = new ArrayList<>();
        int topText = text(top);
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            int len = text(sib);
            double ld = linkDensity(sib);
            String tag = sib.normalName();
            boolean keep = false;
            if (tag.equals("p") || tag.equals("blockquote")) {
                keep = len > 80 && ld < 0.25 || len > 0 && ld == 0 && sib.text().matches(".*\\.( |$).*");
            } else if (len > Math.max(200, topText * 0.15) && ld < 0.2 && countParagraphs(sib) >= 2
                    && sameFamily(top, sib) && (teasersInside(sib) == 0 || mostlyParagraphs(sib))) {
                keep = true; // the article continues in the next block of its kind (a card or two inside it are filtered later)
            } else if (sameFamily(top, sib) && len > 60 && ld < 0.3 && teasersInside(sib) == 0
                    && stats.get(sib) != null && stats.get(sib)[GOOD] >= len * 0.6) {
                keep = true; // one paragraph per wrapper: the article continues in the next block of its kind
            }
            if (keep) {
                out.add(sib);
            }
        }
        return out;
    }

    /** Most of the element's text is good paragraphs, in at least four of them: an article part with a card inside. */
    private boolean mostlyParagraphs(Element e) {
        int[] st = stats.get(e);
        if (st == null || e.nameIs("article") || st[GOOD] < st[TEXT] * 0.6 || countParagraphs(e) < 4) {
            return false; // an <article> is a story of its own
        }
        // a story of its own opens with its linked headline (a list of posts); a part of the article opens with text
        for (Element x : e.select("h1, h2, h3, h4, h5, h6, p")) {
            if (x.nameIs("p")) {
                if (text(x) > 60) {
                    return true;
                }
            } else if (text(x) > 0) {
                return x.selectFirst("a[href]") == null && x.closest("a[href]") == null;
            }
        }
        return false;
    }

    private static boolean sameFamily(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && !a.className().isEmpty()
                && firstClass(a).equals(firstClass(b));
    }

    private static String firstClass(Element e) {
        String c = e.className().strip();
        int sp = c.indexOf(' ');
        return sp < 0 ? c : c.substring(0, sp);
    }

    private int countParagraphs(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (text(p) > 60) {
                n++;
            }
        }
        return n;
    }

    // --- emission ---

    /** {@code leadLink}: characters of the link the block opens with (a linked headline), 0 when it opens with plain text. */
    private record Block(String text, String tag, int linkChars, boolean heading, boolean hidden, int leadLink) {
    }

    private final class Emitter implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final List<ExtractedImage> images = new ArrayList<>();
        private final Set<String> imageUrls = new HashSet<>();
        private final StringBuilder current = new StringBuilder();
        private int linkChars;
        /** The block opened with a link that is still running; where that link ended (-1: not yet, -2: no link). */
        private boolean leadLinkOpen;
        private int leadLinkEnd = -1;
        private String blockTag = "p";
        private Node skipUntil;
        private int linkDepth;
        /** Index of the first block of the reader comments, when a marker says where they start; else -1. */
        int commentsStart = -1;
        private int hiddenDepth;

        private boolean articleStarted() {
            for (Block b : blocks) {
                if (!b.heading && b.text.length() >= 150) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipUntil != null) {
                return;
            }
            if (node instanceof TextNode t) {
                appendText(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (!hiddenKept.isEmpty() && hiddenKept.contains(e)) {
                flush();
                hiddenDepth++;
            }
            if ((tag.equals("ul") || tag.equals("ol")) && isLinkList(e)) {
                skipUntil = node; // related stories: every item a link
                return;
            }
            if (SKIP_IN_BODY.contains(tag)) {
                if (tag.equals("figure") || tag.equals("img") || tag.equals("picture")) {
                    harvestImage(e);
                }
                skipUntil = node;
                return;
            }
            if (tag.equals("a")) {
                linkDepth++;
                if (commentsStart < 0 && e.childNodeSize() == 0 && isCommentsAnchor(e.attr("name")) && articleStarted()) {
                    flush();
                    commentsStart = blocks.size(); // <a name="comments">: the readers' part of the page starts here
                }
            }
            if (tag.equals("br")) {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
                if (e.nextElementSibling() != null && e.nextElementSibling().nameIs("br")) {
                    flush();
                }
                return;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                blockTag = tag;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipUntil != null) {
                if (node == skipUntil) {
                    skipUntil = null;
                }
                return;
            }
            if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    linkDepth--;
                }
                if (!hiddenKept.isEmpty() && hiddenKept.contains(e)) {
                    flush();
                    hiddenDepth--;
                }
                if (BLOCK_TAGS.contains(e.normalName())) {
                    blockTag = e.normalName();
                    flush();
                    blockTag = "p";
                }
            }
        }

        private void appendText(String s) {
            int before = current.length();
            if (before == 0) {
                if (!s.isBlank()) {
                    leadLinkOpen = linkDepth > 0; // the block's first words are a link
                    leadLinkEnd = linkDepth > 0 ? -1 : -2;
                }
            } else if (leadLinkOpen && linkDepth == 0 && !s.isBlank()) {
                leadLinkOpen = false;
                leadLinkEnd = before; // plain text follows the opening link
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                    if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                        current.append(' ');
                    }
                } else {
                    current.append(c);
                }
            }
            if (linkDepth > 0) {
                linkChars += current.length() - before;
            }
        }

        void flush() {
            String t = current.toString().strip();
            if (!t.isEmpty()) {
                boolean heading = blockTag.length() == 2 && blockTag.charAt(0) == 'h' && Character.isDigit(blockTag.charAt(1));
                if (commentsStart < 0 && t.length() < 40 && linkChars < t.length() / 2 && COMMENTS_HEADER.matcher(t).matches()
                        && articleStarted()) {
                    commentsStart = blocks.size(); // a "Comments" / "12 comments" header after the article
                }
                blocks.add(new Block(t, blockTag, Math.min(linkChars, t.length()), heading, hiddenDepth > 0,
                        leadLinkOpen || leadLinkEnd < 0 ? 0 : Math.min(leadLinkEnd, t.length())));
            }
            current.setLength(0);
            linkChars = 0;
            leadLinkOpen = false;
            leadLinkEnd = -1;
        }

        private void harvestImage(Element e) {
            Element img = e.nameIs("img") ? e : e.selectFirst("img");
            if (img == null) {
                return;
            }
            String src = img.absUrl("src");
            if (src.isEmpty() || src.startsWith("data:")) {
                src = firstSrcset(img);
            }
            if (src.isEmpty() || src.startsWith("data:") || !imageUrls.add(src)) {
                return;
            }
            String caption = null;
            Element fig = e.nameIs("figure") ? e : e.closest("figure");
            if (fig != null) {
                Element cap = fig.selectFirst("figcaption");
                if (cap != null && !cap.text().isBlank()) {
                    caption = cap.text().strip();
                }
            }
            if (caption == null && !img.attr("alt").isBlank()) {
                caption = img.attr("alt").strip();
            }
            images.add(new ExtractedImage(src, caption));
        }

        private String firstSrcset(Element img) {
            for (String attr : new String[] {"data-src", "data-original", "data-lazy-src", "srcset", "data-srcset"}) {
                String v = img.attr(attr).strip();
                if (!v.isEmpty()) {
                    String first = v.split("[\\s,]+")[0];
                    String abs = img.absUrl(attr).isEmpty() ? first : first;
                    if (!img.baseUri().isEmpty() && !first.startsWith("http")) {
                        try {
                            abs = java.net.URI.create(img.baseUri()).resolve(first).toString();
                        } catch (IllegalArgumentException ex) {
                            abs = first;
                        }
                    }
                    return abs;
                }
            }
            return "";
        }
    }

    // --- block filtering ---

    /** A header that opens the readers' comments: "Comments", "12 Comments", "Reader comments (3)", "Have your say". */
    private static final Pattern COMMENTS_HEADER = Pattern.compile(
            "(?i)(?:\\d+\\s+)?(?:reader(?:s'?)?\\s+|user\\s+|your\\s+|latest\\s+)?(?:comments?|responses|replies)"
                    + "(?:\\s*\\(\\d+\\))?:?|have your say|join the (?:discussion|conversation)|(?:leave|post|add) a (?:comment|reply)");

    static boolean isCommentsAnchor(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("comments") || n.equals("comment") || n.equals("respond") || n.equals("replies");
    }

    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            "(?i)\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b|"
                    + "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:de\\s+)?"
                    + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|set|dic|janv|févr|avr|mai|juin|juil|août|sept|déc|"
                    + "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)[a-zçé]*\\.?,?\\s+(?:de\\s+)?\\d{4}");

    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}:\\d{2}");

    private static final Pattern DATA_LINE = Pattern.compile(
            "^(?:\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|https?://\\S+|\\S+@\\S+\\.\\w+)$");

    /** A WordPress-style shortcode that was not rendered: "[button link=...]Send us[/button]". */
    private static final Pattern SHORTCODE = Pattern.compile("^\\[[a-z_]+(?:\\s[^\\]]*)?\\].*\\[/[a-z_]+\\]$");

    /** Machine data that leaked into the page text: timestamps, bare URLs, keyword lists without spaces. */
    static boolean looksLikeData(String t) {
        if (DATA_LINE.matcher(t).matches() || SHORTCODE.matcher(t).find()) {
            return true;
        }
        int urls = 0;
        for (int i = t.indexOf("http"); i >= 0; i = t.indexOf("http", i + 4)) {
            urls++;
        }
        if (urls >= 2 && urls * 12 > t.split("\\s+").length) {
            return true;
        }
        int tightCommas = 0;
        for (int i = 0; i + 1 < t.length(); i++) {
            if (t.charAt(i) == ',' && Character.isLetter(t.charAt(i + 1))) {
                tightCommas++;
            }
        }
        return tightCommas >= 4;
    }

    /**
     * A short line that ends with a date or a time, without a sentence's end: an entry of a list of other stories
     * ("Harbour reopens - by Coast Wire Tue, Mar 3 2031, 07:45 GMT", "Quay works (3 Mar 31 | Local)").
     */
    static boolean isDatedItem(Block b) {
        String t = b.text.strip();
        int len = t.length();
        if (b.heading || len > 250 || len < 12 || t.matches(".*[.!?\"”’:;,]$")) {
            return false;
        }
        var m = DATE_IN_TEXT.matcher(t);
        int lastEnd = -1;
        while (m.find()) {
            if (!TIME_OF_DAY.matcher(m.group()).matches()) {
                lastEnd = m.end(); // a date; a time alone ("21:04") also ends race results and scores
            }
        }
        return lastEnd >= 0 && len - lastEnd <= 25 && !t.substring(lastEnd).matches(".*\\p{Ll}{3,}.*");
    }

    /**
     * One block that lists three or more dated entries and is mostly link text: the other stories of a section
     * written one per line ("Quay works (3 Mar 31 | Local) Ferry fares rise (2 Mar 31 | Business) ...").
     */
    static boolean isDatedLinkList(Block b) {
        if (b.linkChars < b.text.length() * 0.4) {
            return false;
        }
        var m = DATE_IN_TEXT.matcher(b.text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n >= 3;
    }

    /** A short line that states when (and maybe by whom) the article was published, not article text. */
    static boolean isDateline(String t) {
        if (!DATE_IN_TEXT.matcher(t).find()) {
            return false;
        }
        String[] words = t.split("\\s+");
        return words.length <= 14 && !t.matches(".*[a-z]{3,}\\.$");
    }

    private static List<Block> filter(List<Block> blocks, String articleBodyHint, String title) {
        List<Block> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block b : blocks) {
            if (!b.hidden) {
                seen.add(b.text);
            }
        }
        for (Block b : blocks) {
            String t = b.text;
            int len = t.length();
            // a hidden copy of the article (a print version) is kept once: its paragraphs that are also visible go
            if (b.hidden && !seen.add(t)) {
                continue;
            }
            // a block that is essentially a link (a related story, "Read more: ...")
            if (len < 300 && b.linkChars > len * 0.5 && (len - b.linkChars < 40 || b.tag.equals("li"))) {
                continue;
            }
            // a long run of links with hardly any plain text between them: headlines of other stories
            if (len >= 300 && b.linkChars > len * 0.85) {
                continue;
            }
            if (len < 80 && BOILERPLATE_LINE.matcher(t).matches()) {
                continue;
            }
            if (b.heading && len > 200) {
                continue;
            }
            if (len < 400 && looksLikeData(t)) {
                continue;
            }
            if (!isTableOrListItem(b) && !hasWord(t) || len < 400 && (isLegalNotice(t) || isMenuLine(t) || isCaption(t))) {
                continue;
            }
            out.add(b);
        }
        // the page's furniture before the first real paragraph: the headline again, bylines and credit lines,
        // one- to three-word labels and tools ("Text size", "Print", a section name)
        Set<String> titleWords = contentWords(title);
        boolean hasRealParagraph = false;
        for (Block b : out) {
            hasRealParagraph |= isRealParagraph(b);
        }
        // teasers of other stories after the article began: two or more blocks in a row that each open with a linked
        // headline of three or more words followed by a summary or a source line
        int firstReal = -1;
        for (int i = 0; i < out.size(); i++) {
            if (isRealParagraph(out.get(i))) {
                firstReal = i;
                break;
            }
        }
        if (firstReal >= 0) {
            List<Block> kept = new ArrayList<>(out.subList(0, firstReal + 1));
            for (int i = firstReal + 1; i < out.size(); ) {
                int j = i;
                while (j < out.size() && isTeaser(out.get(j))) {
                    j++;
                }
                int k = i;
                while (k < out.size() && isDatedItem(out.get(k))) {
                    k++;
                }
                if (j - i >= 2) {
                    i = j;
                } else if (k - i >= 3) {
                    i = k; // three or more short lines in a row that each end with a date: a list of other stories
                } else if (isDatedLinkList(out.get(i))) {
                    i++;
                } else {
                    kept.add(out.get(i));
                    i++;
                }
            }
            out = kept;
        }
        // the headline repeated inside the container after other blocks: the article starts there, and what comes
        // before it (section labels, a promoted story, voting and e-mail tools) belongs to the page
        out = startAtRepeatedHeadline(out, title);
        for (int i = 0; hasRealParagraph && i < out.size() && !isRealParagraph(out.get(i)); ) {
            if (isLeadFurniture(out.get(i).text, titleWords, isTableOrListItem(out.get(i)))) {
                out.remove(i);
            } else {
                i++;
            }
        }
        // datelines and bylines ("05/10/2018 - Published by ...") before the first real paragraph
        for (int i = 0; i < out.size() && out.get(i).text.length() < 150; ) {
            if (isDateline(out.get(i).text)) {
                out.remove(i);
            } else {
                i++;
            }
        }
        // Drop trailing short fragments (tags, share prompts, author blurbs) that follow the last real paragraph.
        while (!out.isEmpty()) {
            Block last = out.get(out.size() - 1);
            if (last.heading || last.text.length() < 30 && !last.text.matches(".*[.!?\"”]$")) {
                out.remove(out.size() - 1);
            } else {
                break;
            }
        }
        if (articleBodyHint != null) {
            out = filterByHint(out, articleBodyHint);
        }
        return out;
    }

    /**
     * When a short block that reads as the title (the title is that block, maybe followed by a site name no longer
     * than the block) comes after other blocks, the article starts there: the blocks before it are dropped when they hold under a
     * quarter of the text. The headline itself then goes with the page furniture.
     */
    static List<Block> startAtRepeatedHeadline(List<Block> out, String title) {
        String folded = foldWords(title);
        if (folded.isEmpty() || out.size() < 3) {
            return out;
        }
        int total = 0;
        for (Block b : out) {
            total += b.text.length();
        }
        int before = 0;
        for (int i = 0; i < out.size() && before < total / 4; i++) {
            Block b = out.get(i);
            if (i > 0 && b.text.length() <= 200 && contentWords(b.text).size() >= 3) {
                String fb = foldWords(b.text);
                if (folded.equals(fb) || folded.startsWith(fb + " ") && fb.length() * 2 >= folded.length()) {
                    return new ArrayList<>(out.subList(i, out.size()));
                }
            }
            before += b.text.length();
        }
        return out;
    }

    /** Lower-cased words of letters and digits, apostrophes removed, joined by single spaces. */
    private static String foldWords(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        // apostrophes vanish ("Saj's" and "Sajs" are one word: titles often drop them)
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""));
        while (m.find()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(m.group());
        }
        return sb.toString();
    }

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The first paragraph of the article proper: a sentence-like block of some length that is not a heading. */
    private static boolean isRealParagraph(Block b) {
        return !b.heading && b.text.length() >= 150;
    }

    /** A block that opens with a linked headline (three or more words) and goes on in plain text: a story teaser. */
    private static boolean isTeaser(Block b) {
        if (b.leadLink < 15 || b.leadLink >= b.text.length() - 10 || b.linkChars > b.text.length() * 0.8) {
            return false;
        }
        // the headline stands alone: what follows starts anew ("Inland, March 3: ...", "Coast Wire | Tue"), whereas an
        // article sentence that opens with a link goes on in lower case ("The harbour board said ...")
        int k = b.leadLink;
        while (k < b.text.length() && !Character.isLetterOrDigit(b.text.charAt(k))) {
            k++;
        }
        if (k >= b.text.length() || Character.isLowerCase(b.text.charAt(k))) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < b.leadLink; i++) {
            if (b.text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces >= 2;
    }

    /** A picture's credit at the end of a block: "(Example Press Photo/Jane Roe)", "(Photo by Jane Roe)", "Photo: Jane Roe". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:\\((?:[\\p{L}.]+ ){0,3}(?:photo|photograph|picture)(?:s)?\\s*(?:by\\b|/|:)[^()]{1,80}\\)"
                    + "|\\b(?:photo|photograph|picture)(?:s)?\\s*(?:by\\b|:)\\s*\\p{Lu}[^.!?]{0,60})\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A picture caption that reached the text: a short block that ends with the photographer's credit. */
    static boolean isCaption(String t) {
        return PHOTO_CREDIT.matcher(t).find();
    }

    /** A table cell or a list item: short items there are data (a statistics table, a ranked list), not furniture. */
    private static boolean isTableOrListItem(Block b) {
        return b.tag.equals("td") || b.tag.equals("th") || b.tag.equals("li") || b.tag.equals("dt") || b.tag.equals("dd");
    }

    /** At least one word of two letters, digits or underscores (not "Â" or "A | A | A"). */
    static boolean hasWord(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (++run >= 2) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static final Pattern LEGAL_NOTICE = Pattern.compile(
            "(?i)^\\(?\\s*(?:©|\\(c\\)\\s*\\d{4}|copyright\\b).*|.*\\ball rights reserved\\b.*");

    /** A copyright or rights notice ("Copyright 2031 Example Wire. All rights reserved. This material may not ..."). */
    static boolean isLegalNotice(String t) {
        return LEGAL_NOTICE.matcher(t).matches();
    }

    /** A line of short items separated by bars, bullets or arrows: a menu or a list of sections, not prose. */
    static boolean isMenuLine(String t) {
        int seps = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '•' || c == '»' || c == '>' && i + 1 < t.length() && t.charAt(i + 1) == '>') {
                seps++;
            }
        }
        if (seps < 3) {
            return false;
        }
        int words = t.split("\\s+").length;
        return words <= (seps + 1) * 4;
    }

    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\d{1,3}[.)]\\s");

    /**
     * A short block before the article's first paragraph that is page furniture: the headline repeated (all its
     * words in the title), a byline ("By Jane Roe, Staff Writer"), a credit line of names and news organisations
     * ("Jane Roe, The Coast Courier"), or a label of at most three words without a sentence's end ("Text size",
     * "Sport", "Print article"). In a table cell or list item ({@code item}) only the headline (three or more of its
     * words) and a byline count: short cells and items there are data.
     */
    static boolean isLeadFurniture(String t, Set<String> titleWords, boolean item) {
        if (t.length() > 150) {
            return false;
        }
        String[] words = t.strip().split("\\s+");
        if (NUMBERED_ITEM.matcher(t).lookingAt()) {
            return false; // "3. Harbour Town": an entry of a numbered list
        }
        boolean sentenceEnd = t.matches(".*[.!?\"”’。！？、]$");
        if (!item && words.length <= 3 && t.length() <= 30 && !sentenceEnd) {
            return true;
        }
        if (titleWords.size() >= 2) {
            Set<String> w = contentWords(t);
            if (w.size() >= (item ? 3 : 2) && share(w, titleWords) >= 0.9) {
                return true;
            }
        }
        if (words.length <= 16 && BylineParser.looksLikeByline(t)) {
            return true;
        }
        return !item && words.length <= 8 && !sentenceEnd && BylineParser.isCreditLine(t);
    }

    /** When the page's schema.org articleBody agrees with the extraction, drop blocks it does not contain. */
    private static List<Block> filterByHint(List<Block> blocks, String hint) {
        Set<String> hintWords = new HashSet<>();
        var m = WORD.matcher(hint.toLowerCase(Locale.ROOT));
        while (m.find()) {
            hintWords.add(m.group());
        }
        if (hintWords.size() < 40) {
            return blocks;
        }
        int total = 0;
        int covered = 0;
        List<double[]> perBlock = new ArrayList<>();
        for (Block b : blocks) {
            int n = 0;
            int in = 0;
            var bm = WORD.matcher(b.text.toLowerCase(Locale.ROOT));
            while (bm.find()) {
                n++;
                if (hintWords.contains(bm.group())) {
                    in++;
                }
            }
            perBlock.add(new double[] {n, in});
            total += n;
            covered += in;
        }
        if (total == 0 || covered < total * 0.6) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            double[] c = perBlock.get(i);
            if (c[0] < 4 || c[1] / c[0] >= 0.5) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }
}
