package org.totmon.pipeline.place;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.totmon.pipeline.WordClasses;
import org.totmon.pipeline.text.Letters;

/** The word classes of {@code gazetteer-words.tsv}: what the gazetteer builder keeps and how it names places. */
final class GazetteerWords {
    private GazetteerWords() {}

    private static final WordClasses WORDS = WordClasses.resource(GazetteerWords.class, "gazetteer-words.tsv");

    static final Set<String> UNSAFE = WORDS.set("unsafe");
    static final Set<String> COMMON_ADJECTIVE_STEMS = WORDS.set("common_adjective_stem");
    static final List<String> VILLAGE_SUFFIXES = WORDS.list("village_suffix");
    static final Set<String> RAION_WORDS = WORDS.set("raion_word");
    static final List<String> RAION_NAME_WORDS = WORDS.list("raion_name_word");
    static final Pattern RAION_SUFFIX = WORDS.pattern("raion_suffix");
    static final Set<String> REGION_WORDS = WORDS.set("region_word");
    static final List<String> LATIN_REGION_WORDS = WORDS.list("latin_region_word");
    static final Pattern REGION_SUFFIX = WORDS.pattern("region_suffix");
    static final Set<String> BARE_REGION_WORDS = WORDS.set("bare_region_word");
    static final Set<String> OBLAST_WORDS = WORDS.set("oblast_word");
    static final List<String> REGION_NAME_ENDINGS = WORDS.list("region_name_ending");
    static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[" + Letters.UKRAINIAN_ONLY + "]");
    static final Pattern RUSSIAN_LETTERS = Pattern.compile("[" + Letters.RUSSIAN_ONLY + "]");
    static final Pattern CYRILLIC_LETTER = WORDS.pattern("cyrillic_letter");
    static final List<String> RUSSIAN_TOWN_ENDINGS = WORDS.list("russian_town_ending");
    static final List<String> UKRAINIAN_TOWN_ENDINGS = WORDS.list("ukrainian_town_ending");
    static final String ROMANIZED_OBLAST_WORD = WORDS.list("romanized_oblast_word").get(0);
    static final List<String[]> BGN_LETTERS = WORDS.replacements("bgn_letter");
    /** The word endings to respell, by ending. */
    static final Map<String, String> BGN_WORD_ENDINGS = WORDS.replacements("bgn_word_ending").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[1]));
    /** Any of those endings at a word's end after a letter, in one pass. */
    static final Pattern BGN_WORD_ENDING = Pattern.compile("(?<=\\p{L})(?:" + BGN_WORD_ENDINGS.keySet().stream().map(Pattern::quote)
            .collect(Collectors.joining("|")) + ")\\b");
    static final Pattern STEM_ENDING = WORDS.pattern("stem_ending");

    /** Whether a name key's last word, after at least one other, is one of the words ("херсонська область"). */
    static boolean lastWordOf(String key, Set<String> words) {
        int space = key.lastIndexOf(' ');
        return space >= 0 && words.contains(key.substring(space + 1));
    }
}
