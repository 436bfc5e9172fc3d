package newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear pre-pass over raw HTML before Jsoup parses it: drops scripts, styles, comments, SVG and
 * other non-content blocks (often most of a page's bytes) and keeps the JSON-LD blocks aside.
 */
final class HtmlPreprocessor {
    /** Result of the pre-pass: the reduced HTML and the raw JSON-LD texts found. */
    record Stripped(String html, List<String> jsonLd, java.util.Set<String> hiddenClasses, java.util.Set<String> hiddenIds) {
        Stripped(String html, List<String> jsonLd) {
            this(html, jsonLd, java.util.Set.of(), java.util.Set.of());
        }
    }

    /** Blocks dropped with their content; navigation and page footers never hold the article body. */
    private static final String[] DROP_BLOCKS = {"script", "style", "svg", "noscript", "template", "math", "nav",
            "footer", "iframe", "select"};

    private HtmlPreprocessor() {
    }

    static Stripped strip(String html, int maxChars) {
        int n = html.length();
        char[] out = new char[Math.min(n, maxChars)];
        int len = 0;
        List<String> jsonLd = new ArrayList<>();
        StringBuilder styles = new StringBuilder();
        int i = 0;
        while (i < n && len < out.length) {
            int lt = html.indexOf('<', i);
            int copyEnd = lt < 0 ? n : lt;
            int copy = Math.min(copyEnd - i, out.length - len);
            html.getChars(i, i + copy, out, len);
            len += copy;
            if (lt < 0 || len >= out.length) {
                break;
            }
            i = lt;
            char next = lt + 1 < n ? html.charAt(lt + 1) : ' ';
            if (next == '!' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            String block = maybeDropBlock(next) ? dropBlockAt(html, i) : null;
            if (block != null) {
                int tagEnd = html.indexOf('>', i);
                if (tagEnd < 0) {
                    break;
                }
                int close = indexOfIgnoreCase(html, "</" + block, tagEnd + 1);
                if (block.equals("style")) {
                    styles.append(html, tagEnd + 1, close < 0 ? n : close).append('\n');
                }
                if (block.equals("script")) {
                    String openTag = html.substring(i, tagEnd + 1);
                    if (indexOfIgnoreCase(openTag, "ld+json", 0) >= 0) {
                        jsonLd.add(html.substring(tagEnd + 1, close < 0 ? n : close));
                    }
                }
                if (close < 0) {
                    i = n;
                } else {
                    int closeEnd = html.indexOf('>', close);
                    i = closeEnd < 0 ? n : closeEnd + 1;
                }
                continue;
            }
            out[len++] = '<';
            i++;
        }
        java.util.Set<String> hiddenClasses = new java.util.HashSet<>();
        java.util.Set<String> hiddenIds = new java.util.HashSet<>();
        if (styles.length() > 0) {
            hiddenSelectors(styles, hiddenClasses, hiddenIds);
        }
        return new Stripped(new String(out, 0, len), jsonLd, hiddenClasses, hiddenIds);
    }

    /**
     * Classes and ids that the page's own CSS hides on screen: rules outside {@code @media}/{@code @supports}
     * blocks whose declarations say {@code display:none} or {@code visibility:hidden} and whose selector is one
     * simple class or id ({@code .print-copy}, {@code div#x}). A name that any other rule shows again (a
     * {@code display} other than none, e.g. {@code .tab.active} or {@code @media print}) is left out.
     */
    static void hiddenSelectors(CharSequence cssText, java.util.Set<String> classes, java.util.Set<String> ids) {
        String css = cssText.toString();
        List<String> shownBy = new ArrayList<>(); // selectors of rules that set a display other than none
        int depth = 0;
        int atDepth = Integer.MAX_VALUE; // depth of the outermost at-rule block we are in
        boolean print = false; // that block is @media print
        int selStart = 0;
        int n = css.length();
        for (int i = 0; i < n; i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                selStart = i + 1;
            } else if (c == '{') {
                int close = i + 1;
                while (close < n && css.charAt(close) != '{' && css.charAt(close) != '}') {
                    close++;
                }
                boolean atRule = css.charAt(skipSpace(css, selStart, i)) == '@';
                if (atRule || close < n && css.charAt(close) == '{') {
                    depth++;
                    if (atDepth == Integer.MAX_VALUE) {
                        atDepth = depth;
                        print = css.substring(selStart, i).toLowerCase(java.util.Locale.ROOT)
                                .matches("\\s*@media\\s+(?:only\\s+)?print\\b.*");
                    }
                    selStart = i + 1;
                    continue;
                }
                int display = find(css, "display", i + 1, close);
                int visibility = find(css, "visibility", i + 1, close);
                boolean hides = display >= 0 && valueIs(css, display + 7, close, "none")
                        || visibility >= 0 && valueIs(css, visibility + 10, close, "hidden");
                boolean conditional = depth >= atDepth;
                if (hides && !conditional) {
                    for (String sel : css.substring(selStart, i).split(",")) {
                        String simple = sel.strip();
                        if (SIMPLE_SELECTOR.matcher(simple).matches()) {
                            int dot = simple.indexOf('.');
                            int hash = simple.indexOf('#');
                            if (dot >= 0) {
                                classes.add(simple.substring(dot + 1));
                            } else {
                                ids.add(simple.substring(hash + 1));
                            }
                        }
                    }
                } else if (!hides && display >= 0 && !(conditional && print)) {
                    shownBy.add(css.substring(selStart, i)); // shown again on some screen
                }
                i = close;
                selStart = i + 1;
            } else if (c == '}') {
                if (depth > 0) {
                    if (depth == atDepth) {
                        atDepth = Integer.MAX_VALUE;
                    }
                    depth--;
                }
                selStart = i + 1;
            }
        }
        if (!classes.isEmpty() || !ids.isEmpty()) {
            classes.removeIf(name -> namedIn(shownBy, '.' + name));
            ids.removeIf(name -> namedIn(shownBy, '#' + name));
        }
    }

    private static int skipSpace(String s, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return Math.min(i, s.length() - 1);
    }

    /** Index of {@code word} (lower case) in {@code s[from, to)} ignoring case, or -1; scans only that range. */
    private static int find(String s, String word, int from, int to) {
        char first = word.charAt(0);
        for (int i = from; i + word.length() <= to; i++) {
            if ((s.charAt(i) | 0x20) == first && s.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    /** After a property name: optional spaces, ':', optional spaces, then {@code value} as a whole word. */
    private static boolean valueIs(String s, int at, int to, String value) {
        int i = at;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= to || s.charAt(i) != ':') {
            return false;
        }
        i++;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int end = i + value.length();
        return end <= to && s.regionMatches(true, i, value, 0, value.length())
                && (end == to || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '-');
    }

    /** A selector of the list names {@code name} (".tab" in ".tab.active", "div .tab:hover"), not a longer name. */
    private static boolean namedIn(List<String> selectors, String name) {
        for (String sel : selectors) {
            for (int i = sel.indexOf(name); i >= 0; i = sel.indexOf(name, i + 1)) {
                int end = i + name.length();
                if (end == sel.length() || !(Character.isLetterOrDigit(sel.charAt(end)) || sel.charAt(end) == '-'
                        || sel.charAt(end) == '_')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SIMPLE_SELECTOR = java.util.regex.Pattern.compile("[a-z0-9]*[.#][A-Za-z_][\\w-]*");



    private static boolean maybeDropBlock(char c) {
        char l = (char) (c | 0x20);
        return l == 's' || l == 'n' || l == 't' || l == 'm' || l == 'f' || l == 'i';
    }

    private static String dropBlockAt(String html, int lt) {
        for (String tag : DROP_BLOCKS) {
            int len = tag.length();
            if (html.regionMatches(true, lt + 1, tag, 0, len) && lt + 1 + len < html.length()) {
                char after = html.charAt(lt + 1 + len);
                if (after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '\r' || after == '/') {
                    return tag;
                }
            }
        }
        return null;
    }

    /** Index of {@code needle} (which starts with '<') ignoring case, scanning with a fast indexOf on '<'. */
    static int indexOfIgnoreCase(String s, String needle, int from) {
        char first = needle.charAt(0);
        if (first == '<') {
            int i = Math.max(0, from);
            while ((i = s.indexOf('<', i)) >= 0) {
                if (s.regionMatches(true, i, needle, 0, needle.length())) {
                    return i;
                }
                i++;
            }
            return -1;
        }
        int max = s.length() - needle.length();
        char lower = Character.toLowerCase(first);
        for (int i = Math.max(0, from); i <= max; i++) {
            char c = s.charAt(i);
            if ((c == lower || Character.toLowerCase(c) == lower) && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
