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
    private ScorePy() {}

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
