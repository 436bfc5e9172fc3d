package newsflow.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineParserTest {

    @Test
    void splitsNamePublisherAndWeekdayDate() {
        BylineParser.Byline b = BylineParser.parse("By Mike Glenn The Washington Times Thursday, February 13, 2025");
        assertEquals(List.of("Mike Glenn"), b.authors());
        assertEquals("The Washington Times", b.publisher());
        assertEquals(Instant.parse("2025-02-13T00:00:00Z"), b.date());
    }

    @Test
    void readsTwoAuthorsAndAnAgencyAfterAComma() {
        BylineParser.Byline b = BylineParser.parse("By Jane Doe and John Roe, Associated Press, March 3, 2024");
        assertEquals(List.of("Jane Doe", "John Roe"), b.authors());
        assertEquals("Associated Press", b.publisher());
        assertEquals(Instant.parse("2024-03-03T00:00:00Z"), b.date());
    }

    @Test
    void readsBarSeparatedSegmentsWithDayMonthYear() {
        BylineParser.Byline b = BylineParser.parse("By Anna Lee | The Daily Courier | 12 January 2024");
        assertEquals(List.of("Anna Lee"), b.authors());
        assertEquals("The Daily Courier", b.publisher());
        assertEquals(Instant.parse("2024-01-12T00:00:00Z"), b.date());
    }

    @Test
    void readsATimeWithZone() {
        BylineParser.Byline b = BylineParser.parse("By Sam Park, Reuters Published Mon, Apr 3, 2023 10:15 AM EDT");
        assertEquals(List.of("Sam Park"), b.authors());
        assertEquals("Reuters", b.publisher());
        assertEquals(Instant.parse("2023-04-03T14:15:00Z"), b.date());
    }

    @Test
    void readsAnOrganisationNamedByItsLastWordWithoutThe() {
        BylineParser.Byline b = BylineParser.parse("By Maria Garcia Lopez Kyiv Post");
        assertEquals(List.of("Maria Garcia Lopez"), b.authors());
        assertEquals("Kyiv Post", b.publisher());
        assertNull(b.date());
    }

    @Test
    void readsThreeAuthorsWithoutPublisher() {
        BylineParser.Byline b = BylineParser.parse("By Ann Smith, Bob Jones & Carla van der Berg");
        assertEquals(List.of("Ann Smith", "Bob Jones", "Carla van der Berg"), b.authors());
        assertNull(b.publisher());
    }

    @Test
    void recognisesBylineLines() {
        assertTrue(BylineParser.looksLikeByline("By Mike Glenn The Washington Times Thursday, February 13, 2025"));
        assertFalse(BylineParser.looksLikeByline("By the end of the week, the talks had collapsed."));
        assertFalse(BylineParser.looksLikeByline("Defense Secretary Pete Hegseth on Thursday brushed off complaints."));
    }
}
