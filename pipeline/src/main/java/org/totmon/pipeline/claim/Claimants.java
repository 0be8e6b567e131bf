package org.totmon.pipeline.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.totmon.model.Side;
import org.totmon.model.Token;
import org.totmon.pipeline.entity.Actor;
import org.totmon.pipeline.entity.ActorRegistry;
import org.totmon.pipeline.entity.NameKeys;
import org.totmon.pipeline.entity.Romanizer;
import org.totmon.pipeline.text.Tokenizer;

/** Names and sides of claimants: the actor registry first, then the words that describe them. */
final class Claimants {
    /** Labels of a web address that are not the outlet's name: "ua.interfax.com.ua" → "interfax". */
    private static final Set<String> DOMAIN_LABELS = Set.of("www", "m", "en", "ua", "ru", "uk", "eng", "news", "amp", "com",
            "org", "net", "info", "io", "eu", "gov", "co", "by", "kz", "de", "fr", "pl", "media", "tv", "online", "site");
    private final Map<String, Actor> actorsByKey = new HashMap<>();
    private final Cues cues;
    private final List<String> glosses;

    Claimants(ActorRegistry registry, Cues cues) {
        this.cues = cues;
        this.glosses = cues.categoriesStartingWith("gloss:");
        for (Actor a : registry.actors()) {
            actorsByKey.putIfAbsent(key(a.canonical()), a);
            for (String alias : a.aliases()) actorsByKey.putIfAbsent(key(alias), a);
        }
    }

    private static String key(String name) {
        return Tokenizer.tokenize(name).stream().map(t -> NameKeys.word(t.text()))
                .filter(w -> !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)) && !w.equals("the"))
                .collect(Collectors.joining(" "));
    }

    Actor actor(String name) {
        return name == null ? null : actorsByKey.get(key(name));
    }

    /** The outlet's name as the registry knows it, or from its web address ("meduza.io" → "Meduza"); null if none. */
    String outletName(String outlet) {
        if (outlet == null || outlet.isBlank()) return null;
        Actor known = actor(outlet);
        if (known != null) return known.canonical();
        String name = outlet.strip();
        if (!name.contains(" ") && name.contains(".")) {
            String[] labels = name.toLowerCase(Locale.ROOT).split("\\.");
            String label = null;
            for (String l : labels) {
                if (!DOMAIN_LABELS.contains(l)) {
                    label = l;
                    break;
                }
            }
            if (label == null) return name;
            Actor byLabel = actor(label);
            name = byLabel != null ? byLabel.canonical() : Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
        return name;
    }

    /**
     * A Ukrainian or Russian source phrase in English, word by word: "місцевих активістів" → "local activists",
     * "Місія Президента України" → "mission of president of Ukraine". A noun after a noun takes "of"; words without a
     * gloss are romanized; quotation marks are dropped.
     */
    String gloss(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        boolean afterNoun = false;
        int k = from;
        while (k < to) {
            String w = t.get(k).text();
            if (!Character.isLetter(w.charAt(0))) {
                k++;
                continue;
            }
            String best = null;
            int length = 0;
            for (String g : glosses) {
                int n = cues.matchAt(g, t, k);
                if (n > length && k + n <= to) {
                    best = g;
                    length = n;
                }
            }
            String word;
            boolean noun;
            if (best == null) {
                word = Romanizer.romanize(w);
                noun = Character.isUpperCase(w.charAt(0));
                length = 1;
            } else {
                String[] parts = best.split(":", 3);
                word = parts[2];
                noun = parts[1].equals("n");
                if (parts[1].equals("p")) afterNoun = false;
            }
            if (b.length() > 0) b.append(noun && afterNoun ? " of " : " ");
            b.append(word);
            afterNoun = noun;
            k += length;
        }
        return b.toString();
    }

    /**
     * The side of a claimant: the registry's for its name, else the first side whose words occur in its
     * description (its name, title and apposition), else {@code home} for an official or state body named without
     * a side ("regional officials", "регіональна влада", "the brigade"), else unknown.
     */
    Side side(String name, List<Token> description, Side home) {
        Actor a = actor(name);
        if (a != null && a.side() != Side.UNKNOWN) return a.side();
        if (cues.occursIn("side_occupation", description, 0, description.size())) return Side.OCCUPATION;
        if (cues.occursIn("side_ukraine", description, 0, description.size())) return Side.UKRAINE;
        if (cues.occursIn("side_russia", description, 0, description.size())) return Side.OCCUPATION;
        if (cues.occursIn("side_third_party", description, 0, description.size())) return Side.THIRD_PARTY;
        if (cues.occursIn("state_body", description, 0, description.size())) return home;
        return Side.UNKNOWN;
    }
}
