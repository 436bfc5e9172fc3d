package newsflow.ingest.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts an article from plain text or Markdown: a byline line ("By Mike Glenn The Washington Times
 * Thursday, February 13, 2025") gives authors, publisher and date; Markdown image lines become images
 * (not text); {@code #} lines and short title-like lines become headings; every other non-blank line
 * (or blank-line-separated block) is a paragraph. Thread-safe and stateless.
 */
public final class TextArticleExtractor {
    private static final Pattern MD_IMAGE = Pattern.compile("^!\\[([^\\]]*)]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"([^\"]*)\")?\\s*\\)$");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
    private static final Pattern MD_TITLE_UNDERLINE = Pattern.compile("^(=+|-+)$");
    private static final Pattern MD_INLINE = Pattern.compile("\\*\\*|__|(?<!\\w)[*_](?=\\S)|(?<=\\S)[*_](?!\\w)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]+)\\)");
    private static final int MAX_HEADING_WORDS = 8;
    private static final int MAX_HEADING_CHARS = 70;

    private final boolean detectLanguage;

    /** An extractor that detects the language of each text. */
    public TextArticleExtractor() {
        this(true);
    }

    /** An extractor; {@code detectLanguage=false} leaves {@code language} null. */
    public TextArticleExtractor(boolean detectLanguage) {
        this.detectLanguage = detectLanguage;
    }

    /** Extracts the article from text; {@code sourceName} (nullable) names the input in errors. */
    public ExtractedArticle extract(String text, String sourceName) {
        if (text == null || text.isBlank()) {
            throw new ExtractionException(sourceName, "empty text");
        }
        HtmlDecoder.rejectBinary(text, sourceName);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = logicalLines(body);

        String title = null;
        List<String> authors = List.of();
        String publisher = null;
        Instant published = null;
        List<String> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<ExtractedImage> images = new ArrayList<>();
        boolean bylineSeen = false;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher img = MD_IMAGE.matcher(line);
            if (img.matches()) {
                String caption = img.group(1).isBlank() ? img.group(3) : img.group(1).strip();
                images.add(new ExtractedImage(img.group(2), caption == null || caption.isBlank() ? null : caption));
                continue;
            }
            if (!bylineSeen && paragraphs.size() <= 1 && BylineParser.looksLikeByline(line)) {
                BylineParser.Byline b = BylineParser.parse(line);
                if (!b.authors().isEmpty()) {
                    bylineSeen = true;
                    authors = b.authors();
                    publisher = b.publisher();
                    published = b.date();
                    if (paragraphs.size() == 1 && title == null && isHeadingShape(paragraphs.get(0), 20)) {
                        title = paragraphs.remove(0); // a short first line before the byline is the title
                    }
                    continue;
                }
            }
            Matcher h = MD_HEADING.matcher(line);
            if (h.matches()) {
                String heading = cleanInline(h.group(1));
                if (title == null && paragraphs.isEmpty() && line.startsWith("# ")) {
                    title = heading;
                } else {
                    headings.add(heading);
                    paragraphs.add(heading);
                }
                continue;
            }
            if (i + 1 < lines.size() && MD_TITLE_UNDERLINE.matcher(lines.get(i + 1)).matches()) {
                String heading = cleanInline(line);
                if (title == null && paragraphs.isEmpty() && lines.get(i + 1).startsWith("=")) {
                    title = heading;
                } else {
                    headings.add(heading);
                    paragraphs.add(heading);
                }
                i++;
                continue;
            }
            String clean = cleanInline(line);
            if (clean.isEmpty()) {
                continue;
            }
            if (!paragraphs.isEmpty() && isHeadingShape(clean, MAX_HEADING_WORDS) && followedByParagraph(lines, i)) {
                headings.add(clean);
            }
            paragraphs.add(clean);
        }
        String language = detectLanguage ? LanguageIdentifier.detect(String.join(" ", paragraphs)) : null;
        return new ExtractedArticle(null, null, title, authors, published, language, publisher, paragraphs, headings, images);
    }

    /**
     * Logical lines: one per line when the text has one paragraph per line (like the seed article); when
     * blank lines separate blocks of several wrapped lines, the lines of a block are joined into one
     * paragraph (headings, images, list items and underlines stay lines of their own).
     */
    private static List<String> logicalLines(String text) {
        String[] raw = text.split("\\R", -1);
        boolean wrapped = false;
        int run = 0;
        for (String r : raw) {
            if (r.isBlank()) {
                run = 0;
            } else if (!isSpecialLine(r.strip()) && ++run >= 2) {
                wrapped = true;
            }
        }
        boolean hasBlank = false;
        for (String r : raw) {
            hasBlank |= r.isBlank();
        }
        wrapped &= hasBlank && !mostlyLongLines(raw);
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String r : raw) {
            String line = r.strip();
            if (line.isEmpty() || !wrapped || isSpecialLine(line)) {
                if (block.length() > 0) {
                    out.add(block.toString());
                    block.setLength(0);
                }
                if (!line.isEmpty()) {
                    out.add(line);
                }
                continue;
            }
            if (block.length() > 0) {
                block.append(' ');
            }
            block.append(line);
        }
        if (block.length() > 0) {
            out.add(block.toString());
        }
        return out;
    }

    private static boolean isSpecialLine(String line) {
        return line.startsWith("#") || line.startsWith("![") || line.startsWith("- ") || line.startsWith("* ")
                || line.startsWith("> ") || MD_TITLE_UNDERLINE.matcher(line).matches() || line.matches("^\\d+[.)]\\s.*");
    }

    /** One paragraph per line: most lines are long (hard wrapping keeps lines under about 100 characters). */
    private static boolean mostlyLongLines(String[] raw) {
        int lines = 0;
        int longLines = 0;
        for (String r : raw) {
            if (!r.isBlank()) {
                lines++;
                if (r.strip().length() > 120) {
                    longLines++;
                }
            }
        }
        return longLines * 2 > lines;
    }

    /**
     * A section heading in plain text: short, starts with a capital letter, does not end like a sentence
     * and is not a quotation or a list item.
     */
    static boolean isHeadingShape(String line, int maxWords) {
        if (line.length() > MAX_HEADING_CHARS || line.length() < 3) {
            return false;
        }
        int first = line.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".,;:!?\"”’'»)…".indexOf(last) >= 0 && last != '?') {
            return false;
        }
        if (last == '?' && line.split("\\s+").length > 6) {
            return false;
        }
        String[] words = line.split("\\s+");
        return words.length <= maxWords && !line.contains("“") && !line.contains("\"");
    }

    private static boolean followedByParagraph(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String next = lines.get(j);
            if (MD_IMAGE.matcher(next).matches()) {
                continue;
            }
            return next.length() > MAX_HEADING_CHARS || next.matches(".*[.!?\"”’]$");
        }
        return false;
    }

    private static String cleanInline(String s) {
        String t = MD_LINK.matcher(s).replaceAll("$1");
        t = MD_INLINE.matcher(t).replaceAll("");
        return t.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
