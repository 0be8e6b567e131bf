package org.totmon.web;

import io.javalin.http.Context;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interface's words in Ukrainian and English, from {@code i18n/messages_*.properties} (one file per language, so
 * a translator edits text, not Java). The language of a request is the {@code ui} parameter (which is then remembered
 * in a cookie), else the cookie, else the browser's preferred one of the two, else English. Pages are built by
 * static helpers on the request's thread, so the request's language is held for that thread while it is served
 * ({@link #use}), rather than passed to every helper.
 */
final class I18n {
    static final List<String> LANGUAGES = List.of("uk", "en");
    static final String COOKIE = "totmon_ui";
    private static final ThreadLocal<I18n> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Context> REQUEST = new ThreadLocal<>();
    private static final I18n EN = new I18n("en"), UK = new I18n("uk");

    private final String lang;
    private final ResourceBundle bundle;

    private I18n(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("org.totmon.web.i18n.messages", Locale.forLanguageTag(lang), I18n.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static I18n of(String lang) {
        return "uk".equals(lang) ? UK : EN;
    }

    /** The language this request asks for; a {@code ui} parameter is remembered for a year in a cookie. */
    static I18n choose(Context ctx) {
        String asked = ctx.queryParam("ui");
        if (asked != null && LANGUAGES.contains(asked)) {
            ctx.header("Set-Cookie", COOKIE + "=" + asked + "; Path=/; Max-Age=31536000; SameSite=Lax");
            return of(asked);
        }
        String kept = ctx.cookie(COOKIE);
        if (kept != null && LANGUAGES.contains(kept)) return of(kept);
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            try {
                for (Locale.LanguageRange r : Locale.LanguageRange.parse(accept)) {
                    String l = r.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LANGUAGES.contains(l)) return of(l);
                    // A Russian-reading browser is most likely a Ukrainian user's.
                    if (l.equals("ru")) return UK;
                }
            } catch (IllegalArgumentException malformed) {
                return EN;
            }
        }
        return EN;
    }

    /** Holds the request's language for the thread serving it; {@code null} when it is done. */
    static void use(Context ctx) {
        if (ctx == null) {
            CURRENT.remove();
            REQUEST.remove();
        } else {
            CURRENT.set(choose(ctx));
            REQUEST.set(ctx);
        }
    }

    /** This page again, in {@code lang}: its path and query with {@code ui} set (which the server then remembers). */
    static String here(String lang) {
        Context ctx = REQUEST.get();
        if (ctx == null) return "/?ui=" + lang;
        java.util.Map<String, String> q = new java.util.LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!k.equals("ui") && !v.isEmpty()) q.put(k, v.get(0));
        });
        q.put("ui", lang);
        return Html.query(ctx.path(), q);
    }

    /** The current request's language; English outside a request. */
    static I18n current() {
        I18n i = CURRENT.get();
        return i == null ? EN : i;
    }

    String lang() {
        return lang;
    }

    /** The message {@code key}, formatted with {@code args} as by {@link String#format}. */
    String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }

    /** {@code key.one} or {@code key.many} (Ukrainian: {@code key.few} for 2–4, 22–24 …), with {@code n} formatted in. */
    String count(String key, long n) {
        String form;
        if (lang.equals("uk")) {
            long d = n % 10, h = n % 100;
            form = d == 1 && h != 11 ? "one" : d >= 2 && d <= 4 && (h < 12 || h > 14) ? "few" : "many";
        } else {
            form = n == 1 ? "one" : "many";
        }
        return t(key + "." + form, n);
    }

    /** A readable label of an enum value ({@code enum.Side.THIRD_PARTY}). */
    String label(Enum<?> value) {
        return value == null ? "" : t("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A readable label of a value from the data (an event type, a side's label, a review status); the value itself when none is given. */
    String label(String group, String value) {
        if (value == null) return "";
        try {
            return bundle.getString(group + "." + value.toUpperCase(Locale.ROOT));
        } catch (MissingResourceException none) {
            return value;
        }
    }

    /** A side given by its label ({@code third_party}) as its readable label; an unknown one as it is. */
    String side(String label) {
        try {
            return label(org.totmon.model.Side.of(label));
        } catch (IllegalArgumentException unknown) {
            return label;
        }
    }

    /** A measure of the concept registry ({@code criminal_cases}) in words; one without a label with spaces for its underscores. */
    String concept(String name) {
        String l = label("concept", name);
        return l.equals(name) ? name.replace('_', ' ') : l;
    }

    String eventType(String type) {
        return label("event", type);
    }

    /** Every key of this language's file: the test checks the two files have the same. */
    Set<String> keys() {
        Set<String> out = new TreeSet<>();
        for (Enumeration<String> e = bundle.getKeys(); e.hasMoreElements(); ) out.add(e.nextElement());
        return out;
    }
}
