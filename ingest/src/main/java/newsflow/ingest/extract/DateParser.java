package newsflow.ingest.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in pages and bylines: ISO-8601 with or without offset, RFC 1123,
 * epoch numbers and English prose dates ("Thursday, February 13, 2025", "13 Feb 2025 10:15 AM EDT").
 * Dates without a zone are taken as UTC.
 */
final class DateParser {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String TIME = "(?:[,\\s]+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?(?:\\s*([A-Z]{2,4}|[+-]\\d{2}:?\\d{2}))?)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("SAST", ZoneOffset.ofHours(2)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)));

    private DateParser() {
    }

    /** Parses a machine-readable or prose date; null when nothing plausible is found. */
    static Instant parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 200) {
            return null;
        }
        Instant i = parseIso(s);
        if (i == null) {
            i = parseRfc1123(s);
        }
        if (i == null && EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            i = s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        if (i == null) {
            i = parseProse(s);
        }
        return plausible(i) ? i : null;
    }

    /** Finds the first English prose date (month name) inside a longer text; null if none. */
    static Instant parseProse(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return build(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        return null;
    }

    static Instant parseIso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find() || m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1))) {
            return null;
        }
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            int d = Integer.parseInt(m.group(3));
            LocalDate date = LocalDate.of(y, mo, d);
            if (m.group(4) == null) {
                return date.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            ZoneOffset offset = offsetOf(m.group(7));
            return LocalDateTime.of(date, time).toInstant(offset);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offsetOf(String z) {
        if (z == null || z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String t = z.replace(":", "");
        if (t.length() == 3) {
            t = t + "00";
        }
        return ZoneOffset.of(t.substring(0, 3) + ":" + t.substring(3, 5));
    }

    private static Instant parseRfc1123(String s) {
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant build(String year, String month, String day, String hour, String minute, String ampm, String zone) {
        try {
            int mo = monthNumber(month);
            LocalDate date = LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
            if (hour == null) {
                return date.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            int h = Integer.parseInt(hour);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (pm && h < 12) {
                    h += 12;
                } else if (!pm && h == 12) {
                    h = 0;
                }
            }
            LocalDateTime ldt = LocalDateTime.of(date, LocalTime.of(h, Integer.parseInt(minute)));
            ZoneId zoneId = ZoneOffset.UTC;
            if (zone != null) {
                if (zone.startsWith("+") || zone.startsWith("-")) {
                    zoneId = offsetOf(zone);
                } else {
                    zoneId = ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), ZoneOffset.UTC);
                }
            }
            return ldt.atZone(zoneId).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static int monthNumber(String month) {
        String m = month.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (m.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new DateTimeException("month " + month);
    }

    private static boolean plausible(Instant i) {
        if (i == null) {
            return false;
        }
        int year = OffsetDateTime.ofInstant(i, ZoneOffset.UTC).getYear();
        return year >= 1990 && year <= 2100;
    }
}
