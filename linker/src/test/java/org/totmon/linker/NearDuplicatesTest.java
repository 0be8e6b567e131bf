package org.totmon.linker;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.TextSpan;

class NearDuplicatesTest {
    private static final String STORY = "A Russian missile strike hit a residential building in Melitopol on 6 October 2023,"
            + " the city's exiled mayor Ivan Fedorov said. Rescuers worked through the night to clear the rubble, and the"
            + " occupation administration did not comment on the damage.";

    @Test
    void aReprintWithAnotherFooterIsANearDuplicateAndSharesABucket() {
        NearDuplicates.Fingerprint original = NearDuplicates.fingerprint(STORY);
        NearDuplicates.Fingerprint reprint = NearDuplicates.fingerprint("MELITOPOL, Oct 7 - " + STORY
                + "\nRead more stories like this on our channel.");

        double similarity = NearDuplicates.similarity(original, reprint);
        assertTrue(NearDuplicates.nearDuplicate(similarity), "similarity " + similarity);
        List<Long> shared = new ArrayList<>(original.buckets());
        shared.retainAll(reprint.buckets());
        assertFalse(shared.isEmpty(), "a reprint must be found as a candidate");
        assertEquals(NearDuplicates.BANDS, original.buckets().size());
    }

    @Test
    void aStoredReportIsComparedByItsShinglesAsByItsWholeFingerprint() {
        String reprint = "MELITOPOL, Oct 7 - " + STORY + "\nRead more stories like this on our channel.";
        NearDuplicates.Fingerprint original = NearDuplicates.fingerprint(STORY);
        assertEquals(NearDuplicates.fingerprint(reprint).shingles(), NearDuplicates.shingles(reprint));
        assertEquals(NearDuplicates.similarity(original, NearDuplicates.fingerprint(reprint)),
                NearDuplicates.similarity(original, NearDuplicates.shingles(reprint)));
        // As a store keeps them: sorted arrays, compared alike.
        assertEquals(NearDuplicates.similarity(original, NearDuplicates.shingles(reprint)),
                NearDuplicates.similarity(NearDuplicates.sorted(original.shingles()), NearDuplicates.sorted(NearDuplicates.shingles(reprint))));
        String other = "Occupation authorities in Melitopol said on 6 October 2023 that a residential building was damaged.";
        assertEquals(NearDuplicates.similarity(original, NearDuplicates.shingles(other)),
                NearDuplicates.similarity(NearDuplicates.sorted(original.shingles()), NearDuplicates.sorted(NearDuplicates.shingles(other))));
        assertEquals(0, NearDuplicates.similarity(new long[0], new long[0]));
    }

    @Test
    void reportsWrittenToOneTemplateAreNot() {
        String kherson = "A Russian missile strike hit a residential building in Kherson on 1 January 2023, local officials said."
                + " Emergency crews worked at the site for hours.";
        String henichesk = kherson.replace("Kherson", "Henichesk").replace("1 January", "3 January");
        double similarity = NearDuplicates.similarity(NearDuplicates.fingerprint(kherson), NearDuplicates.fingerprint(henichesk));
        assertFalse(NearDuplicates.nearDuplicate(similarity), "similarity " + similarity);
    }

    @Test
    void anotherOutletsOwnReportOfTheSameStrikeIsNot() {
        String own = "Russian forces struck a residential building in Melitopol with a missile on 6 October 2023, according"
                + " to Ivan Fedorov. Several families lost their homes, local residents wrote on social media.";
        double similarity = NearDuplicates.similarity(NearDuplicates.fingerprint(STORY), NearDuplicates.fingerprint(own));
        assertFalse(NearDuplicates.nearDuplicate(similarity), "similarity " + similarity);
    }

    @Test
    void boilerplateIsLeftOutOfTheComparedText() {
        String text = "Ivan Fedorov spoke in Zaporizhzhia.\nShare this story\nSubscribe";
        int share = text.indexOf("Share");
        assertEquals("Ivan Fedorov spoke in Zaporizhzhia.\n\n", CleanText.of(text, List.of(new TextSpan(share, text.length()))));
    }

    @Test
    void theOriginalIsTheEarliestPublishedThenTheFirstStored() {
        var early = new NearDuplicates.Copy("a", "2023-10-06", 5);
        var late = new NearDuplicates.Copy("b", "2023-10-07", 1);
        var undated = new NearDuplicates.Copy("c", null, 0);
        var sameDayLaterStored = new NearDuplicates.Copy("d", "2023-10-06", 9);
        List<NearDuplicates.Copy> copies = new ArrayList<>(List.of(undated, late, sameDayLaterStored, early));
        copies.sort(NearDuplicates.ORIGINAL_FIRST);
        assertEquals(List.of(early, sameDayLaterStored, late, undated), copies);
    }
}
