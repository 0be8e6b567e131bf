package org.totmon.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
    @Test
    void parsesEachPrecision() {
        assertEquals(new PublicationDate(2023, 11, 28), PublicationDate.parse("2023-11-28"));
        assertEquals(new PublicationDate(2023, 6, null), PublicationDate.parse("2023-06"));
        assertEquals(new PublicationDate(2024, null, null), PublicationDate.parse("2024"));
        assertEquals(new PublicationDate(2022, 3, 21), PublicationDate.parse("2022-03-21T10:00:00Z"));
        assertFalse(PublicationDate.parse(null).known());
        assertEquals(LocalDate.of(2023, 6, 1), PublicationDate.parse("2023-06").approximateDay());
        assertEquals("2023-06", PublicationDate.parse("2023-06").toString());
    }

    @Test
    void printsEachPrecisionZeroPadded() {
        assertEquals("2024-03-05", PublicationDate.parse("2024-03-05").toString());
        assertEquals("2022-11", PublicationDate.parse("2022-11").toString());
        assertEquals("2025", PublicationDate.parse("2025").toString());
        assertEquals("0987-01", new PublicationDate(987, 1, null).toString());
        assertEquals("", PublicationDate.UNKNOWN.toString());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> PublicationDate.parse("yesterday"));
        assertThrows(IllegalArgumentException.class, () -> PublicationDate.parse("2023-13"));
        assertThrows(RuntimeException.class, () -> PublicationDate.parse("2023-02-30"));
    }

    @Test
    void contentIdIgnoresWhitespaceOnlyDifferences() {
        assertEquals(Report.contentId("Troops  entered\nMelitopol."), Report.contentId(" Troops entered Melitopol. "));
        assertNotEquals(Report.contentId("Troops entered Melitopol."), Report.contentId("Troops left Melitopol."));
        assertEquals(16, Report.contentId("x").length());
    }
}
