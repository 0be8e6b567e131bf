package org.totmon.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The consonant skeleton of a Latin-script name ({@code words/name-skeleton.tsv}): the spellings of one sound made one,
 * vowels and j left out, a doubled letter written once. Transliteration variants of one name share it ("Balytskyi",
 * "Balitsky"; "Andrey Alekseyenko", "Andrii Alekseenko"), so the pipeline matches registered names by it and the
 * linker compares the persons events name.
 */
public final class NameSkeleton {
    private NameSkeleton() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The {@code spelling} rows, each {group, letters}, in file order. */
    private static final List<String[]> SPELLINGS;
    /** The {@code skipped} letters as one string, searched by indexOf. */
    private static final String SKIPPED;

    static {
        List<String[]> spellings = new ArrayList<>();
        StringBuilder skipped = new StringBuilder();
        for (Tsv.Row row : Tsv.resource(NameSkeleton.class, "/org/totmon/model/words/name-skeleton.tsv")) {
            if (row.fields().length != 2) throw row.error("expected class<TAB>items");
            for (String item : row.field(1).split("\\|")) {
                switch (row.field(0)) {
                    case "spelling" -> {
                        String[] pair = item.split("=", 2);
                        if (pair.length != 2) throw row.error("expected group=letters, not " + item);
                        spellings.add(pair);
                    }
                    case "skipped" -> skipped.append(item);
                    default -> throw row.error("unknown class " + row.field(0));
                }
            }
        }
        SPELLINGS = List.copyOf(spellings);
        SKIPPED = skipped.toString();
    }

    /** The skeleton of one word: lower case, no accents, the {@code spelling} rows applied, the {@code skipped} letters out. */
    public static String ofWord(String latinWord) {
        String s = MARKS.matcher(Normalizer.normalize(latinWord.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        for (String[] r : SPELLINGS) s = s.replace(r[0], r[1]);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SKIPPED.indexOf(c) >= 0 || !Character.isLetter(c)) continue;
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
            b.append(c);
        }
        return b.toString();
    }

    /** The skeletons of a name's words, joined by spaces: the key two spellings of one person's name share. */
    public static String of(String latinName) {
        StringBuilder b = new StringBuilder();
        for (String w : latinName.trim().split("\\s+")) {
            String k = ofWord(w);
            if (k.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(k);
        }
        return b.toString();
    }
}
