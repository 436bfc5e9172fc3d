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

    private static final String[] DROP_BLOCKS = {"script", "style", "svg", "noscript", "template", "math"};

    private HtmlPreprocessor() {
    }

    static Stripped strip(String html, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), maxChars));
        List<String> jsonLd = new ArrayList<>();
        int n = html.length();
        int i = 0;
        while (i < n && out.length() < maxChars) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                out.append(html, i, n);
                break;
            }
            out.append(html, i, lt);
            i = lt;
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            String block = dropBlockAt(html, i);
            if (block != null) {
                int tagEnd = html.indexOf('>', i);
                if (tagEnd < 0) {
                    i = n;
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
            out.append('<');
            i++;
        }
        return new Stripped(out.toString(), jsonLd);
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

    static int indexOfIgnoreCase(String s, String needle, int from) {
        int max = s.length() - needle.length();
        char first = Character.toLowerCase(needle.charAt(0));
        for (int i = Math.max(0, from); i <= max; i++) {
            char c = s.charAt(i);
            if ((c == first || Character.toLowerCase(c) == first) && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
