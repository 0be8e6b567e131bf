package org.totmon.linker;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class DateSpanTest {
    private static boolean compatible(String a, String b, int window) {
        return DateSpan.parse(a).compatible(DateSpan.parse(b), window);
    }

    @Test
    void prefixesContainTheirDaysAndNearDaysAreCompatible() {
        assertTrue(compatible("2023-09", "2023-09-10", 0));
        assertTrue(compatible("2023", "2023-09-10", 0));
        assertTrue(compatible("2023-10-06", "2023-10-09", 3));
        assertFalse(compatible("2023-10-06", "2023-10-10", 3));
        assertFalse(compatible("2023-08", "2023-09-10", 3));
        assertTrue(compatible("2023-08", "2023-09-02", 3), "two days after the month ends");
        assertFalse(compatible("2022-05", "2022-06", 3), "May is not June, though the months touch");
        assertFalse(compatible("2022", "2023-01", 3), "nor a year the month after it");
    }

    @Test
    void whatIsNotADateIsNull() {
        assertNull(DateSpan.parse(null));
        assertNull(DateSpan.parse("last spring"));
        assertEquals("2023-09", DateSpan.parse("2023-09").value());
        assertTrue(DateSpan.parse("2023-09-10").isDay());
    }
}
