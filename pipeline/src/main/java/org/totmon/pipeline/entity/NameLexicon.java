package org.totmon.pipeline.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.totmon.pipeline.WordClasses;
import org.totmon.pipeline.rules.TokenPattern;
import org.totmon.pipeline.text.Conjunctions;
import org.totmon.pipeline.text.English;
import org.totmon.pipeline.text.Letters;
import org.totmon.pipeline.text.Morphology;

/**
 * The words that tell what a capitalised name is, or that it is not a name at all: the classes of
 * {@code name-words.tsv}, read once.
 */
final class NameLexicon {
    private NameLexicon() {}

    private static final WordClasses WORDS = WordClasses.resource(NameLexicon.class, "name-words.tsv");

    static final Set<String> ORG_HEADS = WORDS.set("org_head");
    static final Set<String> TITLES = WORDS.set("title");
    static final Set<String> SPEECH_VERBS = WORDS.set("speech_verb");
    static final Set<String> NUMBER_WORDS = WORDS.set("number_word");
    static final Set<String> PERSON_NOUNS = WORDS.set("person_noun");
    static final Set<String> NOT_NAMES = WORDS.set("not_name");
    static final Set<String> DEMONYMS = WORDS.set("demonym");
    static final Set<String> GOVERNMENT_OF_PERSON = WORDS.set("government_of_person");
    static final Set<String> DOCUMENTS = WORDS.set("document");
    static final Set<String> ORGANISATION_NOUNS = WORDS.set("organisation_noun");
    static final Set<String> CONNECTORS = WORDS.set("connector");
    static final Set<String> NAMING_VERBS = WORDS.set("naming_verb");
    static final Set<String> AFTER_APPOSITION = WORDS.set("after_apposition");
    /** The possessive "'s" as a word key ("s"): "Ukraine's Security Service". */
    static final Set<String> POSSESSIVE_KEYS = English.possessiveClitics().stream().map(NameKeys::word).collect(Collectors.toUnmodifiableSet());
    /** "calling itself", "known as": before the name an organisation gives itself. */
    static final List<TokenPattern> NAMING_PHRASES = WORDS.list("naming_phrase").stream()
            .map(p -> TokenPattern.parse(p, Morphology.of("en"), "name-words.tsv naming_phrase: ")).toList();
    /** The forms of a country's name before an organisation's, its own key first. */
    private static final List<List<String>> COUNTRIES = List.of(WORDS.list("ukraine"), WORDS.list("russia"));
    static final Set<String> QUOTES = WORDS.set("quote");
    static final Set<String> SENTENCE_PUNCTUATION = WORDS.set("sentence_punctuation");
    static final List<String> SURNAME_ENDINGS = WORDS.list("surname_ending");

    private static final Set<String> ORGANISATION_KINDS = keys("organisation_kind");
    private static final Set<String> MEMBER_NOUNS = keys("member_noun");
    private static final Set<String> CYRILLIC_NOT_NAMES = keys("cyrillic_not_name");

    /** Cyrillic organisation heads by word key → the nominatives with that key ("сили", "силы"). */
    static final Map<String, List<String>> CYRILLIC_HEAD_NOMINATIVES = WORDS.list("cyrillic_org_head").stream()
            .distinct().collect(Collectors.groupingBy(NameKeys::word));
    static final Set<String> CYRILLIC_ORG_HEADS = CYRILLIC_HEAD_NOMINATIVES.keySet();
    static final Set<String> CYRILLIC_NAME_PREPOSITIONS = WORDS.set("cyrillic_name_preposition");
    static final Set<String> CYRILLIC_NAME_COMPLEMENTS = WORDS.set("cyrillic_name_complement");
    static final Set<String> CYRILLIC_GENITIVE_PLURAL_PREPOSITIONS = WORDS.set("cyrillic_genitive_plural_preposition");
    static final Set<String> CYRILLIC_DATIVE_PLURAL_PREPOSITIONS = WORDS.set("cyrillic_dative_plural_preposition");
    static final Set<String> CYRILLIC_AND = Conjunctions.AND;
    static final Set<String> CYRILLIC_TERRITORIES = keys("cyrillic_territory");
    static final Set<String> CYRILLIC_UNITS = keys("cyrillic_unit");
    static final Set<String> CYRILLIC_UNIT_COMPLEMENTS = keys("cyrillic_unit_complement");
    static final Set<String> CYRILLIC_STOPS = WORDS.set("cyrillic_stop");
    private static final Set<String> ADVERBS = WORDS.set("adverb");
    private static final Set<String> VOWELS = WORDS.set("vowel");
    private static final Set<String> FEMININE_ENDINGS = WORDS.set("feminine_ending");

    /** The keys of Russia's long and short names at the end of a name, and the key they are read as. */
    static final Pattern RUSSIA_IN_NAME = WORDS.pattern("russia_in_name");
    static final String RUSSIA_KEY = WORDS.list("russia_key").get(0);
    static final Pattern CYRILLIC_ADJECTIVE = WORDS.pattern("cyrillic_adjective");
    private static final Pattern VERB_ENDING = WORDS.pattern("verb_ending");
    private static final Pattern ADVERB_FORM = WORDS.pattern("adverb_form");
    private static final Pattern GENITIVE_O = WORDS.pattern("genitive_o");
    private static final Pattern SHORT_PARTICIPLE = WORDS.pattern("short_participle");
    private static final Pattern CYRILLIC_SURNAME = WORDS.pattern("cyrillic_surname");
    private static final Pattern AFTER_A = WORDS.pattern("surname_after_a");
    private static final Pattern MASCULINE_NOMINATIVE = WORDS.pattern("masculine_nominative");
    private static final Pattern UNISEX_SURNAME = WORDS.pattern("unisex_surname");
    private static final Pattern CYRILLIC_ADJECTIVE_FORM = WORDS.pattern("cyrillic_adjective_form");
    /** A name with a letter only Russian writes, or only Ukrainian, or only Ukrainian spelling (its apostrophe too). */
    static final Pattern RUSSIAN_LETTERS = Pattern.compile(".*[" + Letters.RUSSIAN_ONLY + "].*");
    static final Pattern UKRAINIAN_LETTERS = Pattern.compile(".*[" + Letters.UKRAINIAN_ONLY + "].*");
    static final Pattern UKRAINIAN_SPELLING = Pattern.compile(".*[" + Letters.UKRAINIAN_ONLY + "'].*");
    static final Pattern OBLIQUE_GENITIVE_PLURAL = WORDS.pattern("oblique_genitive_plural");
    static final Pattern OBLIQUE_DATIVE_PLURAL = WORDS.pattern("oblique_dative_plural");
    static final Pattern MASCULINE_SURNAME_OBLIQUE_A = WORDS.pattern("masculine_surname_oblique_a");
    static final Pattern MASCULINE_SURNAME_OBLIQUE_OGO = WORDS.pattern("masculine_surname_oblique_ogo");
    static final Pattern SURNAME_NOMINATIVE = WORDS.pattern("surname_nominative");
    static final Pattern SURNAME_MAYBE_NOMINATIVE = WORDS.pattern("surname_maybe_nominative");
    /** Oblique and nominative ending of a pair class. */
    static final List<String> ENKO_ENDINGS = pair("enko_endings");
    static final List<String> ADJECTIVE_SURNAME_ENDINGS = pair("adjective_surname_endings");

    /** A class compared by word key, so any case form counts. */
    private static Set<String> keys(String wordClass) {
        return WORDS.list(wordClass).stream().map(NameKeys::word).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> pair(String wordClass) {
        List<String> p = WORDS.list(wordClass);
        if (p.size() != 2) throw new IllegalStateException("name-words.tsv: " + wordClass + " is a pair oblique|nominative");
        return p;
    }

    /** Replaces the oblique ending a word ends in by the nominative one, keeping what the two share as written. */
    static String withEnding(String word, List<String> pair) {
        String oblique = pair.get(0), nominative = pair.get(1);
        int shared = 0;
        while (shared < oblique.length() && shared < nominative.length() && oblique.charAt(shared) == nominative.charAt(shared)) shared++;
        return word.substring(0, word.length() - (oblique.length() - shared)) + nominative.substring(shared);
    }

    /** The country a word before an organisation's name names ("Ukrainian", "Russia's"), by its key; null for none. */
    static String countryKey(String key) {
        for (List<String> forms : COUNTRIES) if (forms.contains(key)) return forms.get(0);
        return null;
    }

    /** Whether a folded given name ends as a woman's does (or a man's in -а, which agrees with the same surname forms). */
    static boolean feminineEnding(String folded) {
        return WordClasses.endsWithAny(folded, FEMININE_ENDINGS);
    }

    static boolean isOrganisationKind(String key) {
        return ORGANISATION_KINDS.contains(key);
    }

    static boolean isMemberNoun(String key) {
        return MEMBER_NOUNS.contains(key);
    }

    /**
     * Adverbs ("тимчасово", "теж") and short participles ("согласована"), which end a name: the lower-case words
     * of an organisation's name are genitives, and no Ukrainian or Russian genitive ends in -о but the adjectives'
     * -ого/-его ("третейского суда").
     */
    static boolean adverbOrParticiple(String folded) {
        return ADVERB_FORM.matcher(folded).matches() && !GENITIVE_O.matcher(folded).matches() || ADVERBS.contains(folded)
                || SHORT_PARTICIPLE.matcher(folded).matches();
    }

    static boolean verbLike(String folded) {
        return VERB_ENDING.matcher(folded).matches();
    }

    static boolean surnameLike(String word) {
        String w = NameKeys.fold(word);
        if (NOT_NAMES.contains(w)) return false;
        if (!w.isEmpty() && NameKeys.isCyrillic(w.charAt(0))) return !isCyrillicNotName(NameKeys.word(word)) && CYRILLIC_SURNAME.matcher(w).matches();
        for (String e : SURNAME_ENDINGS) if (w.endsWith(e) && w.length() > e.length() + 2) return true;
        return false;
    }

    /**
     * Two Cyrillic words that read as an unknown given name and a surname: the surname has a surname's ending and
     * the given name agrees with it in gender and case ("Ерлан Касымов", "Ерлана Касымова", "Айгуль Касымова" is
     * not checked: a woman's name in a consonant is rare). A sentence's opening noun before a surname in another
     * case ("Убийство Листьева", "Сказки Пушкина") or an adjective ("Государственный Кремлёвский") does not agree.
     */
    static boolean cyrillicPersonPair(String given, String surname) {
        String g = NameKeys.fold(given), s = NameKeys.fold(surname);
        if (g.length() < 3 || !NameKeys.isCyrillic(g.charAt(0)) || !surnameLike(surname) || isCyrillicNotName(NameKeys.word(given))
                || CYRILLIC_ADJECTIVE_FORM.matcher(g).matches()) return false;
        String last = g.substring(g.length() - 1);
        boolean vowelA = FEMININE_ENDINGS.contains(last), consonant = !VOWELS.contains(last);
        if (AFTER_A.matcher(s).matches()) return vowelA;
        if (MASCULINE_NOMINATIVE.matcher(s).matches()) return consonant;
        return UNISEX_SURNAME.matcher(s).matches() && (consonant || vowelA);
    }

    static boolean isCyrillicNotName(String key) {
        return CYRILLIC_NOT_NAMES.contains(key);
    }

    /** A word key that is never a name by itself, in any of the three languages. */
    static boolean notName(String key) {
        return NOT_NAMES.contains(key) || CYRILLIC_NOT_NAMES.contains(key);
    }
}
