package org.totmon.pipeline.time;

import java.util.List;
import org.totmon.pipeline.time.TimeAnnotator.Candidate;

/** Birth years among the time layer's candidates, which the guidelines count as ages. Part of {@link TimeAnnotator}. */
final class BirthYears {
    private BirthYears() {}

    /**
     * "Born in 2002 and 2003", "2002-2003 годов рождения": birth years are ages, not times. A year is one when a birth
     * word comes right before or after it, or when it is listed with one that is ("2002" before "2003 годов рождения").
     */
    static void drop(String text, List<Candidate> chosen) {
        boolean[] birth = new boolean[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            Candidate k = chosen.get(i);
            birth[i] = year(k) && (TimeLexicon.BIRTH_BEFORE.matcher(text.substring(Math.max(0, k.start() - 40), k.start())).find()
                    || i > 0 && birth[i - 1] && joined(text, chosen.get(i - 1), k));
        }
        for (int i = chosen.size() - 1; i >= 0; i--) {
            Candidate k = chosen.get(i);
            if (!year(k)) continue;
            boolean after = TimeLexicon.BIRTH_AFTER.matcher(text.substring(k.end(), Math.min(text.length(), k.end() + 40))).find();
            birth[i] |= after || i + 1 < chosen.size() && birth[i + 1] && joined(text, k, chosen.get(i + 1));
        }
        for (int i = chosen.size() - 1; i >= 0; i--) if (birth[i]) chosen.remove(i);
    }

    private static boolean year(Candidate k) {
        return k.value() != null && k.value().length() == 4;
    }

    private static boolean joined(String text, Candidate a, Candidate b) {
        return year(a) && year(b) && TimeLexicon.YEAR_JOINER.matcher(text.substring(a.end(), b.start())).find();
    }
}
