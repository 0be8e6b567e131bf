package org.totmon.pipeline.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The English name of a descriptive Ukrainian or Russian organisation name, translated word by word from
 * organisation-words.tsv: modifiers and place adjectives, the head noun, then the genitive complements ("Запорізька
 * обласна рада" → Zaporizhzhia Oblast Council, "Міністерство освіти і науки України" → Ministry of Education and
 * Science of Ukraine, "Законодательного собрания Запорожской области" → Legislative Assembly of Zaporizhzhia Oblast).
 * Words are compared by their keys, so any case form translates. A name with a word the table lacks has no
 * translation: a proper name ("Кримська солідарність") must not become a half-English hybrid; nor has a name whose
 * head is capitalised after its first word ("Верховна Рада" is the Verkhovna Rada).
 */
final class OrganisationTranslation {
    private enum Kind { MODIFIER, PLACE, HEAD, DOMAIN, OWNER, TERRITORY }

    private static final String RESOURCE = "organisation-words.tsv";
    /** Kind → joined word keys → English. */
    private static final Map<Kind, Map<String, String>> WORDS = load();
    private static final int LONGEST_PHRASE = 3;

    private OrganisationTranslation() {}

    static Optional<String> english(String name) {
        String[] words = Arrays.stream(name.trim().split("[\\s«»\"“”„]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        String[] keys = Arrays.stream(words).map(NameKeys::word).toArray(String[]::new);
        List<String> before = new ArrayList<>();
        int i = 0;
        while (i < keys.length && (word(Kind.MODIFIER, keys[i]) != null || word(Kind.PLACE, keys[i]) != null)) {
            before.add(word(Kind.MODIFIER, keys[i]) != null ? word(Kind.MODIFIER, keys[i]) : word(Kind.PLACE, keys[i]));
            i++;
        }
        String head = i < keys.length ? word(Kind.HEAD, keys[i]) : null;
        // Descriptive names capitalise their first word only; a capitalised head after it marks a proper name: "Верховна Рада".
        if (head == null || keys.length < 2 || i > 0 && Character.isUpperCase(words[i].codePointAt(0))) return Optional.empty();
        i++;
        List<String> domains = new ArrayList<>(), owners = new ArrayList<>();
        while (i < keys.length) {
            if (NameLexicon.CYRILLIC_AND.contains(keys[i]) && !domains.isEmpty() && owners.isEmpty() && i + 1 < keys.length) {
                i++;
                continue;
            }
            int n = phrase(Kind.DOMAIN, keys, i);
            if (n > 0 && owners.isEmpty()) {
                domains.add(word(Kind.DOMAIN, joined(keys, i, i + n)));
                i += n;
                continue;
            }
            n = phrase(Kind.OWNER, keys, i);
            if (n > 0) {
                owners.add(word(Kind.OWNER, joined(keys, i, i + n)));
                i += n;
                continue;
            }
            if (i + 1 < keys.length && word(Kind.PLACE, keys[i]) != null && word(Kind.TERRITORY, keys[i + 1]) != null) {
                owners.add(word(Kind.PLACE, keys[i]) + " " + word(Kind.TERRITORY, keys[i + 1]));
                i += 2;
                continue;
            }
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String b : before) out.append(b).append(' ');
        out.append(head);
        if (!domains.isEmpty()) out.append(" of ").append(String.join(" and ", domains));
        for (String o : owners) out.append(" of ").append(o);
        return Optional.of(out.toString());
    }

    private static String word(Kind kind, String key) {
        return WORDS.get(kind).get(key);
    }

    /** The length of the longest phrase of this kind at keys[i], 0 for none. */
    private static int phrase(Kind kind, String[] keys, int i) {
        for (int n = Math.min(LONGEST_PHRASE, keys.length - i); n > 0; n--) if (word(kind, joined(keys, i, i + n)) != null) return n;
        return 0;
    }

    private static String joined(String[] keys, int from, int to) {
        return String.join(" ", Arrays.copyOfRange(keys, from, to));
    }

    private static Map<Kind, Map<String, String>> load() {
        Map<Kind, Map<String, String>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) out.put(k, new HashMap<>());
        try (InputStream in = OrganisationTranslation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3) throw new IllegalStateException(RESOURCE + ":" + n + ": expected 3 tab-separated columns, found " + f.length);
                Kind kind;
                try {
                    kind = Kind.valueOf(f[0].trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": unknown kind '" + f[0] + "'");
                }
                String key = String.join(" ", Arrays.stream(f[1].trim().split("\\s+")).map(NameKeys::word).toList());
                out.get(kind).putIfAbsent(key, f[2].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
        return out;
    }
}
