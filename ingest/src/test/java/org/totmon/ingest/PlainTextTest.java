package org.totmon.ingest;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.totmon.model.Report;

class PlainTextTest {

    @Test
    void headerLinesAfterATitleLineFillTheFieldsAndLeaveTheText() throws BadInputException {
        Report r = PlainText.parse("""
                Kakhovka dam destroyed
                Published: 6 June 2023
                Source: https://example.org/kakhovka
                Outlet: Example Desk

                The dam of the Kakhovka power plant was destroyed overnight.
                """);

        assertEquals("Kakhovka dam destroyed", r.title());
        assertEquals("2023-06-06", r.published());
        assertEquals("https://example.org/kakhovka", r.url());
        assertEquals("Example Desk", r.outlet());
        assertEquals("Kakhovka dam destroyed\n\nThe dam of the Kakhovka power plant was destroyed overnight.", r.text());
        assertEquals(Report.contentId(r.text()), r.id());
    }

    @Test
    void headerLinesFirstWithATitleHeaderAndOtherDateForms() throws BadInputException {
        Report r = PlainText.parse("Title: Passports in Melitopol\nURL: https://example.org/p\nDate: May 25, 2022\nlanguage: EN\n\nText.");
        assertEquals("Passports in Melitopol", r.title());
        assertEquals("https://example.org/p", r.url());
        assertEquals("2022-05-25", r.published());
        assertEquals("en", r.language());
        assertEquals("Text.", r.text());

        assertEquals("2022-09", PlainText.parse("Published: September 2022\n\nText.").published());
        assertEquals("2022-09-30", PlainText.parse("Published: 2022-09-30T10:00:00Z\n\nText.").published());
    }

    @Test
    void withoutHeadersTheFirstShortLineIsTheTitleAndTheTextIsKept() throws BadInputException {
        String text = "Melitopol mayor detained\n\nThe source said: nothing more.\nPublished: not a header here.";
        Report r = PlainText.parse(text);
        assertEquals("Melitopol mayor detained", r.title());
        assertNull(r.published());
        assertEquals(text, r.text());
    }

    @Test
    void aDateThatCannotBeReadIsRejectedWithItsLine() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> PlainText.parse("A title\nPublished: last Tuesday\n\nText."));
        assertEquals("line 2: \"Published:\" is not a date we read (2023-06-06, 6 June 2023 or June 6, 2023): last Tuesday", e.getMessage());
        assertThrows(BadInputException.class, () -> PlainText.parse("Title: only a title\nSource: https://example.org\n"));
    }
}
