package org.totmon.pipeline.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.totmon.pipeline.WordClasses;

/**
 * The English function words and endings that the layers' code decides by ({@code grammar-en.tsv}): articles, "of",
 * the possessive, the participle's ending, passive auxiliaries, ordinal suffixes. Words are compared as given (callers
 * pass folded, lower-case words). Immutable, read once.
 */
public final class English {
    private static final WordClasses WORDS = WordClasses.resource(English.class, "grammar-en.tsv");
    private static final Set<String> DEFINITE_ARTICLE = WORDS.set("definite_article");
    private static final Set<String> INDEFINITE_ARTICLE = WORDS.set("indefinite_article");
    private static final Set<String> OF = WORDS.set("of");
    private static final Set<String> POSSESSIVE_CLITIC = WORDS.set("possessive_clitic");
    private static final Set<String> POSSESSIVE_APOSTROPHE = WORDS.set("possessive_apostrophe");
    private static final List<String> PARTICIPLE_ENDINGS = WORDS.list("participle_ending");
    private static final List<String> PLURAL_ENDINGS = WORDS.list("plural_ending");
    private static final List<String> SINGULAR_ENDINGS = WORDS.list("singular_ending");
    private static final Set<String> PASSIVE_AUXILIARY = WORDS.set("passive_auxiliary");
    private static final Set<String> PASSIVE_AGENT = WORDS.set("passive_agent");
    private static final Set<String> PAST_PARTICIPLE_TAG = WORDS.set("past_participle_tag");
    private static final List<String> NOUN_TAG = WORDS.list("noun_tag");
    private static final List<String> VERB_TAG = WORDS.list("verb_tag");
    private static final Set<String> CAPITALISED_PRONOUN = WORDS.set("capitalised_pronoun");
    private static final Set<String> ORDINAL_SUFFIX = WORDS.set("ordinal_suffix");
    private static final Pattern LEADING_POSSESSIVE = Pattern.compile("^" + alternation(POSSESSIVE_CLITIC) + "\\b");
    private static final Pattern LEADING_DEFINITE_ARTICLE = Pattern.compile("(?i)^" + alternation(DEFINITE_ARTICLE) + " ");
    private static final List<String[]> ORDINAL_BY_NUMBER = WORDS.replacements("ordinal_suffix_by_number");
    private static final String ORDINAL_DEFAULT = WORDS.list("ordinal_suffix_default").get(0);

    private English() {}

    /** "the". */
    public static boolean isDefiniteArticle(String w) {
        return w != null && DEFINITE_ARTICLE.contains(w);
    }

    /** "a", "an". */
    public static boolean isIndefiniteArticle(String w) {
        return w != null && INDEFINITE_ARTICLE.contains(w);
    }

    /** "the", "a", "an". */
    public static boolean isArticle(String w) {
        return isDefiniteArticle(w) || isIndefiniteArticle(w);
    }

    /** The genitive preposition "of". */
    public static boolean isOf(String w) {
        return w != null && OF.contains(w);
    }

    /** The possessive "'s" (a token of its own). */
    public static boolean isPossessiveClitic(String w) {
        return w != null && POSSESSIVE_CLITIC.contains(w);
    }

    /** The possessive clitics ("'s"). */
    public static Set<String> possessiveClitics() {
        return POSSESSIVE_CLITIC;
    }

    /** The possessive "'s", or a plural's bare apostrophe ("Teachers'"). */
    public static boolean isPossessive(String w) {
        return isPossessiveClitic(w) || w != null && POSSESSIVE_APOSTROPHE.contains(w);
    }

    /** Ends as a regular past participle does ("annexed"). */
    public static boolean hasParticipleEnding(String w) {
        return WordClasses.endsWithAny(w, PARTICIPLE_ENDINGS);
    }

    /** Ends as a plural noun does ("units", not "press"). */
    public static boolean hasPluralEnding(String w) {
        return WordClasses.endsWithAny(w, PLURAL_ENDINGS) && !WordClasses.endsWithAny(w, SINGULAR_ENDINGS);
    }

    /** "was", "were", "got" …: before a participle, makes it passive. */
    public static boolean isPassiveAuxiliary(String w) {
        return w != null && PASSIVE_AUXILIARY.contains(w);
    }

    /**
     * Whether the words, lower case, are a noun, a past participle and the word that names the participle's agent
     * ("statements submitted by"): a reduced relative clause, whose participle a time after it belongs to.
     */
    public static boolean isReducedRelative(String noun, String participle, String agent) {
        if (!PASSIVE_AGENT.contains(agent)) return false;
        Morphology m = Morphology.of("en");
        boolean isNoun = false;
        for (Morphology.Analysis a : m.analyses(noun)) {
            if (VERB_TAG.stream().anyMatch(a.tag()::startsWith)) return false;
            isNoun |= NOUN_TAG.stream().anyMatch(a.tag()::startsWith);
        }
        return isNoun && m.analyses(participle).stream().anyMatch(a -> PAST_PARTICIPLE_TAG.contains(a.tag()));
    }

    /** A capitalised word that names nothing ("I"), as written. */
    public static boolean isCapitalisedPronoun(String written) {
        return CAPITALISED_PRONOUN.contains(written);
    }

    /** An ordinal's ending: "th", "st", "nd", "rd". */
    public static boolean isOrdinalSuffix(String w) {
        return w != null && ORDINAL_SUFFIX.contains(w);
    }

    /** The text without the possessive clitic it begins with, if any: "'s Commission" → " Commission". */
    public static String withoutLeadingPossessive(String s) {
        return LEADING_POSSESSIVE.matcher(s).replaceFirst("");
    }

    /** The text without the definite article it begins with, in any case: "The Commission" → "Commission". */
    public static String withoutLeadingDefiniteArticle(String s) {
        return LEADING_DEFINITE_ARTICLE.matcher(s).replaceFirst("");
    }

    private static String alternation(Set<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The number as an English ordinal: 1st, 12th, 23rd. */
    public static String ordinal(int n) {
        String digits = Integer.toString(n);
        for (String[] e : ORDINAL_BY_NUMBER) if (digits.endsWith(e[0])) return digits + e[1];
        return digits + ORDINAL_DEFAULT;
    }
}
