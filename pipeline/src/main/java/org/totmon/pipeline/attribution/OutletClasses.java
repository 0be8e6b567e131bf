package org.totmon.pipeline.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.model.Tsv;

/**
 * The side of an outlet neither registry knows, from what its report shows ({@code outlet-classes.tsv}): the country
 * code of its web address ("lb.ua"), or its language. So a report's own voice gets a side the registries could not
 * give it: what carries to outlets the project has never read.
 */
final class OutletClasses {
    static final String RESOURCE = "/org/totmon/pipeline/attribution/outlet-classes.tsv";

    private record Row(boolean domain, List<String> values, Side side, String reason) {}

    private final List<Row> rows = new ArrayList<>();

    OutletClasses() {
        for (Tsv.Row r : Tsv.resource(OutletClasses.class, RESOURCE)) {
            if (r.fields().length != 4) throw r.error("expected what, values, side, reason separated by tabs");
            String what = r.field(0);
            if (!what.equals("domain") && !what.equals("language")) throw r.error("what must be domain or language, not '" + what + "'");
            Side side;
            try {
                side = Side.of(r.field(2));
            } catch (IllegalArgumentException e) {
                throw r.error("side must be occupation, ukraine, third_party or unknown, not '" + r.field(2) + "'");
            }
            rows.add(new Row(what.equals("domain"), Arrays.stream(r.field(1).split("\\|")).map(String::strip).toList(), side, r.field(3)));
        }
    }

    /** The side of a report's outlet by the country code of its address: its outlet field's, else its URL's. */
    Sided byAddress(Report report) {
        String host = OutletRegistry.host(report.outlet());
        if (host == null || !host.contains(".")) host = OutletRegistry.host(report.url());
        String code = host == null ? null : host.substring(host.lastIndexOf('.') + 1);
        for (Row row : rows) if (row.domain() && code != null && row.values().contains(code)) return sided(row, host);
        return Sided.UNKNOWN;
    }

    /** The side of a report's outlet by the language the report is written in. */
    Sided byLanguage(String language) {
        String lang = language == null ? null : language.toLowerCase(Locale.ROOT);
        for (Row row : rows) if (!row.domain() && lang != null && row.values().contains(lang)) return sided(row, lang);
        return Sided.UNKNOWN;
    }

    private static Sided sided(Row row, String what) {
        return new Sided(row.side(), "outlet not in the registries, " + row.reason() + " (" + what + ")");
    }
}
