package org.totmon.pipeline.rules;

import org.totmon.pipeline.text.Morphology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A pattern over tokens, in the manner of spaCy's Matcher or CoreNLP's TokensRegex, written as items separated by
 * spaces:
 * <ul>
 * <li>{@code word}, {@code word|word}: that word form (or one of them), ignoring case;</li>
 * <li>{@code stem*}: any word beginning so;</li>
 * <li>{@code @lemma}, {@code @lemma|@lemma}: any form of the lemma(s), as the language's morphology knows them;</li>
 * <li>{@code #PLACE}, {@code #TIME}, {@code #PERSON}, {@code #ORG}: a token inside a span of that type;</li>
 * <li>{@code %Xx} (capitalised), {@code %X} (all capitals), {@code %x} (lower case), {@code %d} (digits): a word shape;</li>
 * <li>a word or stem with a shape, {@code may%x}: that word written so (the verb, not the month "May");</li>
 * <li>any of these followed by {@code ?}: optional;</li>
 * <li>{@code ..}: up to four other words, {@code ..N} up to N, never across the end of a sentence.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class TokenPattern {
    private static final int DEFAULT_GAP = 4;

    private enum Kind { WORD, PREFIX, LEMMA, TYPE, SHAPE, GAP }

    private record Item(Kind kind, String[] values, Tokens.SpanType type, int gap, boolean optional, String shape) {
        Item(Kind kind, String[] values, Tokens.SpanType type, int gap, boolean optional) {
            this(kind, values, type, gap, optional, null);
        }
    }

    private final Item[] items;
    private final String text;
    private final Morphology morphology;

    private TokenPattern(Item[] items, String text, Morphology morphology) {
        this.items = items;
        this.text = text;
        this.morphology = morphology;
    }

    /** Compiles a pattern; an error names {@code where} (file and line) and what is wrong. */
    public static TokenPattern parse(String text, Morphology morphology, String where) {
        String[] raw = text.strip().split("\\s+");
        if (raw.length == 0 || raw[0].isEmpty()) throw new IllegalArgumentException(where + "empty pattern");
        List<Item> items = new ArrayList<>();
        for (String r : raw) items.add(item(r, morphology, where));
        if (items.get(0).kind() == Kind.GAP || items.get(items.size() - 1).kind() == Kind.GAP) {
            throw new IllegalArgumentException(where + "a pattern cannot begin or end with a gap '..'");
        }
        if (items.stream().allMatch(Item::optional)) throw new IllegalArgumentException(where + "a pattern of optional items only matches nothing");
        return new TokenPattern(items.toArray(Item[]::new), text.strip(), morphology);
    }

    private static Item item(String raw, Morphology morphology, String where) {
        if (raw.startsWith("..")) {
            String n = raw.substring(2);
            try {
                int gap = n.isEmpty() ? DEFAULT_GAP : Integer.parseInt(n);
                if (gap < 1 || gap > 12) throw new NumberFormatException();
                return new Item(Kind.GAP, null, null, gap, false);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "a gap is '..' or '..N' with N from 1 to 12, not '" + raw + "'");
            }
        }
        boolean optional = raw.length() > 1 && raw.endsWith("?");
        String body = optional ? raw.substring(0, raw.length() - 1) : raw;
        if (body.startsWith("@") && body.length() > 1) {
            String[] lemmas = body.substring(1).split("\\|");
            for (int i = 0; i < lemmas.length; i++) {
                if (lemmas[i].isEmpty() || lemmas[i].equals("@")) throw new IllegalArgumentException(where + "empty lemma in '" + raw + "'");
                if (lemmas[i].startsWith("@")) lemmas[i] = lemmas[i].substring(1);
                lemmas[i] = Morphology.fold(lemmas[i]);
            }
            return new Item(Kind.LEMMA, lemmas, null, 0, optional);
        }
        if (body.startsWith("#") && body.length() > 1) {
            try {
                return new Item(Kind.TYPE, null, Tokens.SpanType.valueOf(body.substring(1).toUpperCase(Locale.ROOT)), 0, optional);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "unknown span type '" + body + "': #PLACE, #TIME, #PERSON or #ORG");
            }
        }
        if (body.startsWith("%") && body.length() > 1) return new Item(Kind.SHAPE, new String[] {shapeOf(body, where)}, null, 0, optional);
        int shaped = body.indexOf('%');
        if (shaped > 0) {
            Item word = item(body.substring(0, shaped), morphology, where); // a word or a stem: '@', '#' and '%' items are read above
            return new Item(word.kind(), word.values(), null, 0, optional, shapeOf(body.substring(shaped), where));
        }
        if (body.equals("*")) throw new IllegalArgumentException(where + "a lone '*' matches nothing");
        if (body.endsWith("*")) return new Item(Kind.PREFIX, new String[] {Morphology.fold(body.substring(0, body.length() - 1))}, null, 0, optional);
        String[] forms = body.split("\\|");
        for (int i = 0; i < forms.length; i++) {
            if (forms[i].isEmpty()) throw new IllegalArgumentException(where + "empty word in '" + raw + "'");
            forms[i] = Morphology.fold(forms[i]);
        }
        return new Item(Kind.WORD, forms, null, 0, optional);
    }

    private static String shapeOf(String item, String where) {
        String shape = item.substring(1);
        if (!Set.of("Xx", "X", "x", "d").contains(shape)) throw new IllegalArgumentException(where + "unknown shape '" + item + "': %Xx, %X, %x or %d");
        return shape;
    }

    /** The index after the match of this pattern starting at {@code from}, or -1. */
    public int matchAt(List<String> words, int from) {
        return match(Tokens.of(words, morphology), from, 0);
    }

    /** The first match anywhere in {@code words}: {from, end}, or null. */
    public int[] find(List<String> words) {
        Tokens t = Tokens.of(words, morphology);
        for (int i = 0; i < t.size(); i++) {
            int end = match(t, i, 0);
            if (end >= 0) return new int[] {i, end};
        }
        return null;
    }

    private int match(Tokens words, int at, int item) {
        if (item == items.length) return at;
        Item it = items[item];
        if (it.kind() == Kind.GAP) {
            for (int skip = 0; skip <= it.gap() && at + skip <= words.size(); skip++) {
                int end = match(words, at + skip, item + 1);
                if (end >= 0) return end;
                if (at + skip < words.size() && isStop(words.get(at + skip))) break;
            }
            return -1;
        }
        if (at < words.size() && matches(it, words, at)) {
            int end = match(words, at + 1, item + 1);
            if (end >= 0) return end;
        }
        return it.optional() ? match(words, at, item + 1) : -1;
    }

    private static boolean isStop(String w) {
        return w.equals(".") || w.equals(";") || w.equals("?") || w.equals("!");
    }

    private static boolean matches(Item it, Tokens words, int at) {
        if (it.shape() != null && !shape(words.text(at), it.shape())) return false;
        return switch (it.kind()) {
            case WORD -> {
                for (String v : it.values()) if (words.get(at).equals(v)) yield true;
                yield false;
            }
            case PREFIX -> words.get(at).startsWith(it.values()[0]);
            case LEMMA -> {
                for (String l : words.lemmas(at)) for (String v : it.values()) if (l.equals(v)) yield true;
                yield false;
            }
            case TYPE -> words.types(at).contains(it.type());
            case SHAPE -> shape(words.text(at), it.values()[0]);
            case GAP -> false;
        };
    }

    private static boolean shape(String text, String shape) {
        if (text.isEmpty()) return false;
        return switch (shape) {
            case "Xx" -> Character.isUpperCase(text.codePointAt(0)) && text.codePoints().skip(1).anyMatch(Character::isLowerCase);
            case "X" -> text.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c)) && text.codePoints().anyMatch(Character::isLetter);
            case "x" -> text.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c)) && text.codePoints().anyMatch(Character::isLetter);
            default -> text.codePoints().allMatch(Character::isDigit);
        };
    }

    /**
     * The keys under which a {@link PatternIndex} finds this pattern from the token it starts at: {@code w:word},
     * {@code p:} and the first three letters of a stem, {@code l:lemma}; empty when the first item is optional or of
     * another kind, so the pattern is tried at every token.
     */
    List<String> startKeys() {
        Item first = items[0];
        if (first.optional()) return List.of();
        return switch (first.kind()) {
            case WORD -> Arrays.stream(first.values()).map(v -> "w:" + v).toList();
            case PREFIX -> first.values()[0].length() >= PatternIndex.PREFIX_KEY ? List.of("p:" + first.values()[0].substring(0, PatternIndex.PREFIX_KEY)) : List.of();
            case LEMMA -> Arrays.stream(first.values()).map(v -> "l:" + v).toList();
            default -> List.of();
        };
    }

    @Override
    public String toString() { return text; }
}
