package newsflow.ingest.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a news byline such as "By Mike Glenn The Washington Times Thursday, February 13, 2025" into
 * authors, publisher and date. The publisher is recognised by its shape (a "The ..." phrase, a
 * capitalised phrase ending in a news-organisation word, or a segment after a comma or bar), not by a
 * list of outlets.
 */
public final class BylineParser {
    /** What a byline says; fields are empty/null when the byline does not say them. */
    public record Byline(List<String> authors, String publisher, Instant date) {
    }

    private static final Pattern BY_PREFIX = Pattern.compile("^(?:written\\s+)?by[:\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_START = Pattern.compile(
            "(?:\\b(?:published|updated|posted)\\b[:\\s]*)?(?:\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
                    + "(?:\\b" + DateParser.MONTHS + "\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+" + DateParser.MONTHS + "|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4})",
            Pattern.CASE_INSENSITIVE);
    /** Last words that make a capitalised phrase look like a news organisation. */
    private static final Set<String> ORG_WORDS = Set.of("times", "post", "news", "press", "journal", "herald",
            "tribune", "gazette", "telegraph", "guardian", "independent", "observer", "chronicle", "standard",
            "mail", "express", "mirror", "star", "sun", "daily", "weekly", "magazine", "review", "reporter",
            "examiner", "inquirer", "courier", "dispatch", "record", "register", "bulletin", "monitor",
            "globe", "wire", "agency", "network", "networks", "media", "radio", "television", "tv", "broadcasting",
            "service", "services", "bureau", "online", "today", "insider", "report", "staff", "writer", "correspondent",
            "editor", "editors", "reuters", "afp", "ap", "upi", "bloomberg", "cnn", "bbc", "npr", "abc", "nbc", "cbs");
    /** Organisation words that are not also common surnames (unlike Post, Star, Sun or Mail). */
    private static final Set<String> STRONG_ORG_WORDS = Set.of("times", "news", "press", "journal", "herald", "tribune",
            "gazette", "telegraph", "guardian", "chronicle", "magazine", "agency", "network", "networks", "media",
            "radio", "television", "tv", "service", "services", "bureau", "online", "insider", "staff", "writer",
            "correspondent", "editor", "editors", "reuters", "afp", "ap", "upi", "bloomberg", "cnn", "bbc", "npr",
            "daily", "weekly", "report", "reporter", "wire", "broadcasting", "desk");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "del",
            "la", "le", "bin", "al", "el", "du", "dos", "das", "ter", "st.", "jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    private BylineParser() {
    }

    /** True when a line looks like a byline (starts with "By " and has a capitalised name). */
    public static boolean looksLikeByline(String line) {
        String s = line.strip();
        return s.length() < 250 && BY_PREFIX.matcher(s).find()
                && s.replaceFirst("(?i)^(?:written\\s+)?by[:\\s]+", "").matches("^\\p{Lu}.*");
    }

    /** Parses a byline; a line without "By" is parsed as a name list with an optional publisher and date. */
    public static Byline parse(String line) {
        String s = BY_PREFIX.matcher(line.strip()).replaceFirst("").strip();
        Instant date = null;
        Matcher dm = DATE_START.matcher(s);
        if (dm.find()) {
            String datePart = s.substring(dm.start());
            date = DateParser.parse(datePart);
            if (date == null) {
                date = DateParser.parseProse(datePart);
            }
            s = s.substring(0, dm.start());
            s = WEEKDAY.matcher(s.strip()).replaceFirst("");
        }
        s = s.replaceAll("[\\s,|•·–—-]+$", "").strip();
        String publisher = null;
        List<String> segments = splitSegments(s);
        List<String> authors = new ArrayList<>();
        for (int idx = 0; idx < segments.size(); idx++) {
            String seg = segments.get(idx);
            if (seg.isEmpty()) {
                continue;
            }
            if (idx > 0 && publisher == null && looksLikeOrganisation(seg)) {
                publisher = seg;
                continue;
            }
            String[] split = splitTrailingOrganisation(seg);
            for (String name : splitNames(split[0])) {
                if (isPersonName(name)) {
                    authors.add(name);
                } else if (publisher == null && looksLikeOrganisation(name) && idx > 0) {
                    publisher = name;
                }
            }
            if (split[1] != null && publisher == null) {
                publisher = split[1];
            }
        }
        return new Byline(List.copyOf(new LinkedHashSet<>(authors)), publisher, date);
    }

    /** Splits "Jane Doe and John Roe" / "Jane Doe, John Roe & Ann Poe" into names. */
    static List<String> splitNames(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> splitSegments(String s) {
        List<String> out = new ArrayList<>();
        for (String seg : s.split("\\s*[|•·]\\s*|\\s+[–—-]\\s+")) {
            out.add(seg.strip());
        }
        // "Jane Doe, Reuters": a last comma segment that is an organisation is the publisher
        if (out.size() == 1 && s.contains(",")) {
            int comma = s.lastIndexOf(',');
            String tail = s.substring(comma + 1).strip();
            if (looksLikeOrganisation(tail) && !isPersonName(tail)) {
                return List.of(s.substring(0, comma).strip(), tail);
            }
        }
        return out;
    }

    /** Splits "Mike Glenn The Washington Times" into {"Mike Glenn", "The Washington Times"}. */
    static String[] splitTrailingOrganisation(String s) {
        String[] words = s.split("\\s+");
        for (int i = 2; i < words.length; i++) {
            if (words[i].equals("The") && allCapitalised(words, i + 1, words.length) && i + 1 < words.length) {
                return new String[] {String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)),
                        String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length))};
            }
        }
        // a capitalised tail ending in an organisation word, after a two-or-three-word name;
        // the longest name that leaves an organisation of at least two words wins
        if (words.length >= 3 && ORG_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            for (int nameLen = Math.min(3, words.length - 1); nameLen >= 2; nameLen--) {
                int orgLen = words.length - nameLen;
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, nameLen));
                String org = String.join(" ", java.util.Arrays.copyOfRange(words, nameLen, words.length));
                if (isPersonName(name) && allCapitalised(words, nameLen, words.length) && orgLen <= 4
                        && (orgLen >= 2 || nameLen == 2)) {
                    return new String[] {name, org};
                }
            }
        }
        return new String[] {s, null};
    }

    static boolean looksLikeOrganisation(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length == 0 || words.length > 6 || !allCapitalised(words, 0, words.length)) {
            return false;
        }
        if (words[0].equals("The") && words.length >= 2) {
            return true;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (ORG_WORDS.contains(last)) {
            return true;
        }
        // acronyms such as "AFP" or "NPR"
        return words.length == 1 && words[0].length() >= 2 && words[0].equals(words[0].toUpperCase(Locale.ROOT))
                && words[0].chars().allMatch(Character::isLetter);
    }

    /**
     * A credit line without "By": names and news organisations separated by commas, semicolons or "and"
     * ("Jane Roe, The Coast Courier", "Harbour News Service", "Jane Roe and John Doe, Staff Writers"). Each part is a
     * person's name or has the shape of an organisation; at least one part names an organisation or a newsroom role.
     */
    static boolean isCreditLine(String s) {
        String[] parts = s.strip().split("\\s*(?:[,;]|\\band\\b|&)\\s*");
        boolean org = false;
        int n = 0;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            n++;
            String[] words = p.split("\\s+");
            String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            boolean role = STRONG_ORG_WORDS.contains(last) || last.endsWith("s") && STRONG_ORG_WORDS.contains(last.substring(0, last.length() - 1));
            if (looksLikeOrganisation(p) || role && allCapitalisedOrRoles(words)) {
                org = true;
            } else if (!isPersonName(p)) {
                return false;
            }
        }
        return n > 0 && org;
    }

    private static boolean allCapitalisedOrRoles(String[] words) {
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (!(Character.isUpperCase(w.codePointAt(0)) || STRONG_ORG_WORDS.contains(lw)
                    || lw.endsWith("s") && STRONG_ORG_WORDS.contains(lw.substring(0, lw.length() - 1)) || lw.equals("of"))) {
                return false;
            }
        }
        return true;
    }

    /** Two to five capitalised words (particles allowed), no digits: the shape of a person's name. */
    static boolean isPersonName(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        if (words[0].equals("The")) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            if (NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
            capitalised++;
        }
        if (capitalised < 2) {
            return false;
        }
        return !STRONG_ORG_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private static boolean allCapitalised(String[] words, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = words[i];
            if (w.isEmpty() || !(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                    || NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT)) || w.equals("of") || w.equals("and")
                    || w.equals("&"))) {
                return false;
            }
        }
        return true;
    }
}
