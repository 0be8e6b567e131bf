package org.totmon.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/** What ../shared/eval/score.py does that the layers' own scoring tests repeat: its name normalisation and matching. */
public final class ScorePy {
    private static final Set<String> STOP = Set.of("the", "of", "a", "an", "and", "in", "on", "for", "to", "s");

    private ScorePy() {}

    /** score.py's claimant_ok(): one's words within the other's, or half their words shared (stop words aside). */
    public static boolean claimantOk(String gold, String system) {
        Set<String> g = tokens(gold), s = tokens(system);
        if (g.isEmpty() || s.isEmpty()) return g.isEmpty() && s.isEmpty();
        Set<String> both = new HashSet<>(g);
        both.retainAll(s);
        Set<String> either = new HashSet<>(g);
        either.addAll(s);
        return s.containsAll(g) || g.containsAll(s) || (double) both.size() / either.size() >= 0.5;
    }

    /** score.py's tokens(): the words of {@link #norm}, minus its stop words. */
    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String w : norm(s).split("[^\\p{L}\\p{N}_]+")) if (!w.isEmpty() && !STOP.contains(w)) out.add(w);
        return out;
    }

    /** score.py's norm(): accents, apostrophes and quotes dropped, lower case, dashes as spaces, no leading "the". */
    public static String norm(String s) {
        if (s == null) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        d = d.replaceAll("[ʼ’'`]", "").replaceAll("[\"“”«»„]", "").toLowerCase(Locale.ROOT);
        d = d.replaceAll("[\\s\\-‐–—]+", " ").replaceAll("^[ .,;:]+|[ .,;:]+$", "");
        return d.startsWith("the ") ? d.substring(4) : d;
    }

    /**
     * score.py's maximum one-to-one matching: pairs {@code ok} allows, the {@code prefer}red ones first (null: none),
     * then augmenting paths, gold items with fewest candidates first. Returns gold index → system index.
     */
    public static <G, S> Map<Integer, Integer> match(List<G> golds, List<S> syss, BiPredicate<G, S> ok, BiPredicate<G, S> prefer) {
        List<List<Integer>> adj = new ArrayList<>();
        for (G g : golds) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j < syss.size(); j++) if (ok.test(g, syss.get(j))) row.add(j);
            adj.add(row);
        }
        Map<Integer, Integer> owner = new HashMap<>(); // system index -> gold index
        if (prefer != null) match(golds, syss, (g, s) -> ok.test(g, s) && prefer.test(g, s), null).forEach((gi, si) -> owner.put(si, gi));
        Set<Integer> matched = new HashSet<>(owner.values());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) order.add(i);
        order.sort((a, b) -> Integer.compare(adj.get(a).size(), adj.get(b).size()));
        for (int i : order) if (!matched.contains(i)) augment(i, adj, owner, new HashSet<>());
        Map<Integer, Integer> out = new HashMap<>();
        owner.forEach((si, gi) -> out.put(gi, si));
        return out;
    }

    private static boolean augment(int i, List<List<Integer>> adj, Map<Integer, Integer> owner, Set<Integer> seen) {
        for (int j : adj.get(i)) {
            if (!seen.add(j)) continue;
            if (!owner.containsKey(j) || augment(owner.get(j), adj, owner, seen)) {
                owner.put(j, i);
                return true;
            }
        }
        return false;
    }
}
