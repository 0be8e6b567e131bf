package org.totmon.store;

import java.util.ArrayList;
import java.util.List;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;

/** Reports of our own about public facts, with extractions whose offsets are found in the text. */
final class Samples {
    private Samples() {}

    static final String KHERSON_TEXT = "Ukrainian troops entered Kherson on 11 November 2022. Russian forces had occupied"
            + " the city since March 2022. Volodymyr Zelensky visited Kherson on 14 November 2022.\nShare this story";

    static Report report(String text, String title, String published, String language) {
        return new Report(Report.contentId(text), "https://monitor.example.org/" + Report.contentId(text), "Example Monitor",
                title, published, language, text);
    }

    static Report kherson() {
        return report(KHERSON_TEXT, "Ukrainian troops return to Kherson", "2022-11-12", "en");
    }

    static Mention mention(String text, String surface, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = text.indexOf(surface, at + 1);
        if (at < 0) throw new IllegalArgumentException(surface + " not in text");
        return new Mention(surface, at, at + surface.length());
    }

    /** An extraction with every layer filled. */
    static Extraction khersonExtraction() {
        String t = KHERSON_TEXT;
        Mention city1 = mention(t, "Kherson", 0);
        Mention city2 = mention(t, "Kherson", 1);
        Mention zelensky = mention(t, "Volodymyr Zelensky", 0);
        Mention nov11 = mention(t, "11 November 2022", 0);
        Mention march = mention(t, "March 2022", 0);
        Mention entered = mention(t, "Ukrainian troops entered Kherson on 11 November 2022.", 0);
        int share = t.indexOf("Share this story");
        return new Extraction(Report.contentId(t), "en",
                List.of(new TextSpan(share, t.length())),
                List.of(new Entity("Volodymyr Zelensky", EntityType.PERSON, List.of(zelensky)),
                        new Entity("Armed Forces of Ukraine", EntityType.ORGANIZATION, List.of(mention(t, "Ukrainian troops", 0)))),
                List.of(new Place("Kherson", PlaceKind.SETTLEMENT, 46.6354, 32.6169, 706448L, List.of(city1, city2)),
                        new Place("Left bank", PlaceKind.OTHER, 46.5, 33.0, null, List.of())),
                List.of(new TimeMention(nov11.text(), "2022-11-11", nov11.start(), nov11.end()),
                        new TimeMention(march.text(), "2022-03", march.start(), march.end())),
                List.of(new Claim("11 November", 11, null, "exact", "day", "date of entry", "Ukrainian military",
                        Side.UKRAINE, false, nov11.start(), nov11.end()),
                        new Claim("14 November", 14, 15.0, null, null, null, null, null, true, 0, 0)),
                List.of(new Event("LIBERATION", entered.text(), "2022-11-11", "Kherson",
                        List.of("Armed Forces of Ukraine", "Ukrainian troops"), Modality.FACT, "Battles",
                        "Government regains territory", entered.start(), entered.end()),
                        new Event("VISIT", null, null, null, List.of(), Modality.PLANNED, null, null, 0, 0)));
    }

    /** An extraction with nothing but the language. */
    static Extraction bare(Report r, String language) {
        return new Extraction(r.id(), language, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** An extraction naming the given places and people by their first occurrence in the text. */
    static Extraction naming(Report r, String language, List<String> places, List<String> people) {
        List<Place> ps = new ArrayList<>();
        for (String p : places) ps.add(new Place(p, PlaceKind.SETTLEMENT, 47.0, 35.0, null, List.of(mention(r.text(), p, 0))));
        List<Entity> es = new ArrayList<>();
        for (String e : people) es.add(new Entity(e, EntityType.PERSON, List.of(mention(r.text(), e, 0))));
        return new Extraction(r.id(), language, List.of(), es, ps, List.of(), List.of(), List.of());
    }
}
