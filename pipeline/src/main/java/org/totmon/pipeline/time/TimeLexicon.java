package org.totmon.pipeline.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of calendar time in English, Ukrainian and Russian, in one place. Each entry is a regex fragment
 * that spells out the inflected forms (so one pattern serves all three languages) and the value it stands for.
 */
final class TimeLexicon {
    private TimeLexicon() {}

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A word (or short phrase) and its meaning; {@link #matches} is exact and case-insensitive. */
    record Entry<T>(T value, String regex, Pattern pattern) {
        boolean matches(String text) { return pattern.matcher(text).matches(); }
    }

    enum Unit { DAY, WEEK, WEEKEND, RECENT_WEEKEND, MONTH, YEAR }

    /** A relative time: {@code offset} units from the publication date. */
    record Shift(Unit unit, int offset) {}

    static final List<Entry<Integer>> MONTHS = entries(
            1, "january|січ(?:ень|ня|ні)|январ(?:ь|я|е)",
            2, "february|лют(?:ий|ого|ому|ім)|феврал(?:ь|я|е)",
            3, "march|берез(?:ень|ня|ні)|март(?:а|е)?",
            4, "april|квіт(?:ень|ня|ні)|апрел(?:ь|я|е)",
            5, "may|трав(?:ень|ня|ні)|ма(?:й|я|е)",
            6, "june|черв(?:ень|ня|ні)|июн(?:ь|я|е)",
            7, "july|лип(?:ень|ня|ні)|июл(?:ь|я|е)",
            8, "august|серп(?:ень|ня|ні)|август(?:а|е)?",
            9, "september|верес(?:ень|ня|ні)|сентябр(?:ь|я|е)",
            10, "october|жовт(?:ень|ня|ні)|октябр(?:ь|я|е)",
            11, "november|листопад(?:а|і)?|ноябр(?:ь|я|е)",
            12, "december|груд(?:ень|ня|ні)|декабр(?:ь|я|е)");

    /** English abbreviations; only used next to a day or a year, where they cannot be a name ("Jan") or a verb. */
    static final List<Entry<Integer>> MONTH_ABBREVIATIONS = entries(
            1, "jan", 2, "feb", 3, "mar", 4, "apr", 6, "jun", 7, "jul", 8, "aug", 9, "sept?", 10, "oct", 11, "nov", 12, "dec");

    /** ISO day of week. Russian "среда" only in the forms that cannot be "environment" ("в среде", "среды"). */
    static final List<Entry<Integer>> WEEKDAYS = entries(
            1, "monday|понеділ(?:ок|ка|ку)|понедельник(?:а|у)?",
            2, "tuesday|вівтор(?:ок|ка|ку)|вторник(?:а|у)?",
            3, "wednesday|серед(?:а|и|у)|сред(?:а|у)",
            4, "thursday|четвер(?:га|гу)?|четверг(?:а|у)?",
            5, "friday|п['’ʼ]ятниц(?:я|і|ю)|пятниц(?:а|ы|у)",
            6, "saturday|субот(?:а|и|у|і)|суббот(?:а|ы|у)",
            7, "sunday|неділ(?:я|і|ю)|воскресень(?:е|я|ю)");

    /** "last", "this", "next" and their inflected forms. */
    static final List<Entry<Integer>> DEICTICS = entries(
            -1, "last|минул(?:ого|ому|ий|ої|ій|у|их|і)|прошл(?:ого|ом|ый|ой|ую|ые|ых)",
            0, "this|ц(?:ього|ьому|ей|ієї|ій|ю|их|і)|поточн(?:ого|ому|ий)|эт(?:ого|ом|от|ой|у|и|их)|текущ(?:его|ем|ий)",
            1, "next|наступн(?:ого|ому|ий|ої|ій|у|их|і)|следующ(?:его|ем|ий|ей|ую|ие|их)|будущ(?:его|ем|ий)");

    /** Units that combine with a deictic word: "last week", "минулого місяця", "в следующем году". */
    static final List<Entry<Unit>> UNITS = entries(
            Unit.WEEK, "week|тиж(?:день|ня|ні)|недел(?:я|и|е|ю)",
            Unit.WEEKEND, "weekend|вихідн(?:і|их)|выходн(?:ые|ых)",
            Unit.MONTH, "month|місяц(?:ь|я|і)|месяц(?:а|е)?",
            Unit.YEAR, "year|р(?:ік|оку|оці)|год(?:а|у)?");

    /** Units counted back from publication: "two days ago", "три тижні тому", "год назад". */
    static final List<Entry<Unit>> AGO_UNITS = entries(
            Unit.DAY, "days?|д(?:ень|ні|нів|ня|ней)|доби|діб",
            Unit.WEEK, "weeks?|тиж(?:день|ні|нів)|недел(?:ю|и|ь)",
            Unit.MONTH, "months?|місяц(?:ь|і|ів)|месяц(?:а|ев)?",
            Unit.YEAR, "years?|р(?:ік|оки|оків)|год(?:а)?|лет");

    /** Small numbers in words, for "two years ago"; larger ones are written in digits. */
    static final List<Entry<Integer>> NUMBERS = entries(
            1, "an?|one|один|одна|одну|одного",
            2, "two|два|дві|две",
            3, "three|три",
            4, "four|чотири|четыре",
            5, "five|п['’ʼ]ять|пять",
            6, "six|шість|шесть",
            7, "seven|сім|семь",
            8, "eight|вісім|восемь",
            9, "nine|дев['’ʼ]ять|девять",
            10, "ten|десять");

    /** Relative times said in one word or a fixed phrase. */
    static final List<Entry<Shift>> SINGLE_WORDS = entries(
            new Shift(Unit.DAY, 0), "today|сьогодні|сегодня",
            new Shift(Unit.DAY, -1), "yesterday|вчора|учора|вчера",
            new Shift(Unit.DAY, 1), "tomorrow|завтра",
            new Shift(Unit.DAY, -2), "(?:the\\s+)?day\\s+before\\s+yesterday|позавчора|позавчера",
            new Shift(Unit.DAY, 2), "(?:the\\s+)?day\\s+after\\s+tomorrow|післязавтра|послезавтра",
            new Shift(Unit.YEAR, -1), "торік|минулоріч",
            new Shift(Unit.YEAR, 0), "цьогоріч",
            new Shift(Unit.RECENT_WEEKEND, 0), "(?:over|during)\\s+the\\s+weekend");

    /** Words that narrow a time without changing its value ("late last month", "на початку вересня"); prepositions stay outside. */
    static final String MODIFIERS = "earl(?:y|ier)|lat(?:e|er)|(?:the\\s+)?(?:end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of"
            + "|початку|кінці|кінця|наприкінці|середині|середини|начале|начала|конце|конца|середине|середины";

    /** The word after a year (or a range of years): "2022 року", "2022 г.", "2023-2024 годах". */
    static final String YEAR_WORDS = "року|році|рік|роки|років|роках|р\\.|рр\\.|года|году|год|годы|годах|г\\.|гг\\.";

    /**
     * Words before a bare month, weekday or year that show it is one ("in 2014", "у вересні", "в среду"), times of day
     * included, since a weekday after them is in the genitive ("к вечеру воскресенья", "вранці суботи").
     */
    static final Set<String> CUES = Set.of(
            "the", "in", "on", "since", "by", "until", "till", "before", "after", "from", "to", "through", "during", "between",
            "of", "and", "or", "as", "at", "for",
            "у", "в", "во", "з", "із", "зі", "до", "від", "після", "по", "між", "та", "і", "й", "або", "протягом",
            "впродовж", "на", "с", "со", "после", "между", "и", "или", "к", "течение", "протяжении",
            "ранку", "вранці", "зранку", "вечора", "увечері", "ввечері", "ночі", "вечер", "вечера", "вечеру", "вечером",
            "утра", "утру", "утром", "ночи", "ночью", "дня", "днем", "днём");

    /** A number followed by one of these counts something ("2014 soldiers", "2000 людей"): it is not a year. */
    static final Pattern COUNTED = Pattern.compile("\\s*(?:%|(?:people|persons|residents|civilians|soldiers|troops"
            + "|servicemen|children|kids|men|women|voters|votes|passports|cases|tons|tonnes|units|km|homes|houses|families"
            + "|dollars|euros|hryvnias|roubles|rubles|людей|осіб|мешканців|жителів|дітей|військових|чоловік|солдатів"
            + "|голосів|паспортів|гривень|доларів|рублів|км|человек|жителей|детей|военных|солдат|голосов|паспортов"
            + "|рублей|долларов)(?![\\p{L}]))", FLAGS);

    /** The alternation of all entries, for composing into a larger pattern. */
    static String alternation(List<? extends Entry<?>> entries) {
        return entries.stream().map(Entry::regex).collect(Collectors.joining("|"));
    }

    /** The value of the entry the text matches, or null. */
    static <T> T lookup(List<Entry<T>> entries, String text) {
        for (Entry<T> e : entries) if (e.matches(text)) return e.value();
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Entry<T>> entries(Object... valueRegexPairs) {
        Entry<T>[] out = new Entry[valueRegexPairs.length / 2];
        for (int i = 0; i < out.length; i++) {
            String regex = (String) valueRegexPairs[2 * i + 1];
            out[i] = new Entry<>((T) valueRegexPairs[2 * i], regex, Pattern.compile(regex, FLAGS));
        }
        return List.of(out);
    }
}
