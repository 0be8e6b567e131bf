package org.totmon.web;

import io.javalin.http.Context;
import org.totmon.model.Side;
import org.totmon.store.ClaimQuery;
import org.totmon.store.DateRange;
import org.totmon.store.EventQuery;

/**
 * The store's ledger and timeline queries from a request's parameters. Events: {@code type}, {@code place} (the
 * event's place or its region, by name), {@code from}/{@code to} (YYYY, YYYY-MM or YYYY-MM-DD; the event's date, else
 * its first report's). Claim groups: {@code subject}, {@code place}, {@code side}, {@code disputed} (1 or true),
 * {@code min_claims}. Both: {@code limit}; events also {@code offset} (how many of them to skip, for paging). A bad
 * value is a 400 naming the parameter.
 */
final class Filters {
    private Filters() {}

    static EventQuery events(Context ctx, int defaultLimit) {
        DateRange from = SearchService.date(ctx, "from"), to = SearchService.date(ctx, "to");
        return new EventQuery(SearchService.param(ctx, "place"), SearchService.param(ctx, "type"),
                from == null ? null : from.from(), to == null ? null : to.to(), number(ctx, "limit", defaultLimit), offset(ctx));
    }

    static ClaimQuery claims(Context ctx, int defaultLimit) {
        String side = SearchService.param(ctx, "side");
        String disputed = SearchService.param(ctx, "disputed");
        return new ClaimQuery(measure(SearchService.param(ctx, "subject")), SearchService.param(ctx, "place"), side == null ? null : side(side),
                disputed != null && (disputed.equals("1") || disputed.equalsIgnoreCase("true")), number(ctx, "min_claims", 1),
                number(ctx, "limit", defaultLimit));
    }

    /**
     * What is counted, in any of the three languages: a word of the concept registry ("паспорти", "загиблі") stands
     * for its measure ("passports", "killed"), the name the ledger groups by; other words are looked for as written.
     */
    static String measure(String subject) {
        if (subject == null) return null;
        String concept = org.totmon.linker.Concepts.BUNDLED.measureOf(subject, false);
        return concept != null ? concept : subject;
    }

    static Side side(String value) {
        try {
            return Side.of(value);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "parameter \"side\" must be occupation, ukraine, third_party or unknown, not " + value);
        }
    }

    /** {@code offset}: a whole number from 0; 0 when absent. */
    static int offset(Context ctx) {
        String v = SearchService.param(ctx, "offset");
        try {
            int n = v == null ? 0 : Integer.parseInt(v);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "parameter \"offset\" must be a whole number from 0, not " + v);
        }
    }

    /** {@code value} of parameter {@code name} when it is at most {@code max}; else a 400 naming the parameter. */
    static int atMost(int value, String name, int max) {
        if (value > max) throw new ApiError(400, "parameter \"" + name + "\" must be at most " + max + ", not " + value);
        return value;
    }

    /** A whole number from 1; {@code dflt} when the parameter is absent. */
    static int number(Context ctx, String name, int dflt) {
        String v = SearchService.param(ctx, name);
        try {
            int n = v == null ? dflt : Integer.parseInt(v);
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "parameter \"" + name + "\" must be a whole number from 1, not " + v);
        }
    }
}
