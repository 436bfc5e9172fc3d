package newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear pre-pass over raw HTML before Jsoup parses it: drops scripts, styles, comments, SVG and
 * other non-content blocks (often most of a page's bytes) and keeps the JSON-LD blocks aside.
 */
final class HtmlPreprocessor {
    /** Result of the pre-pass: the reduced HTML and the raw JSON-LD texts found. */
    record Stripped(String html, List<String> jsonLd) {
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
        return new Stripped(new String(out, 0, len), jsonLd);
    }

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
