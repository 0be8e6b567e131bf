package org.totmon.web;

import java.util.List;

/**
 * Our own reports (not from any outlet) that only make sense together: two outlets' conflicting figures for Russian
 * passports in one oblast, and three reports of one strike, one of them a reprint of another.
 */
final class CrossReports {
    private CrossReports() {}

    static final String PASSPORTS_OCCUPATION = "Yevhen Balitsky, the Russian-installed governor of Zaporizhzhia Oblast, said on May 9"
            + " that 48,000 residents of the region had received Russian passports since the start of the year.";
    static final String PASSPORTS_UKRAINE = "Ivan Fedorov, the head of the Zaporizhzhia Regional Military Administration, said on May 11"
            + " that only about 12,000 residents of Zaporizhzhia Oblast had received Russian passports, most of them under pressure.";
    static final String STRIKE = "A Russian missile strike hit a residential building in Zaporizhzhia on June 3, killing two civilians"
            + " and wounding eleven, the regional military administration said.";
    static final String STRIKE_OWN_WORDS = "Russian forces struck Zaporizhzhia with missiles on June 3, hitting a residential building;"
            + " two civilians were killed and eleven wounded, according to local officials.";
    static final String STRIKE_REPRINT = STRIKE.replace("said.", "said on Saturday.");

    /** The reports as JSON Lines, in the benchmark's input format. */
    static final List<String> JSONL = List.of(
            line("Tavria News", "Passports handed out in Zaporizhzhia Oblast", "2023-05-10", PASSPORTS_OCCUPATION),
            line("Kyiv Monitor", "Few take Russian passports, official says", "2023-05-12", PASSPORTS_UKRAINE),
            line("Southern Herald", "Missile strike on Zaporizhzhia", "2023-06-03", STRIKE),
            line("Dnipro Daily", "Two killed as missiles hit Zaporizhzhia", "2023-06-04", STRIKE_OWN_WORDS),
            line("Regional Wire", "Missile strike on Zaporizhzhia (reprint)", "2023-06-05", STRIKE_REPRINT));

    private static String line(String outlet, String title, String published, String text) {
        return Api.JSON.createObjectNode().put("outlet", outlet).put("title", title).put("published", published)
                .put("language", "en").put("url", "https://example.org/" + published).put("text", text).toString();
    }
}
