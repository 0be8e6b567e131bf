package org.totmon.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.totmon.model.Claim;
import org.totmon.web.Catalog.ClaimRow;

/**
 * The claim ledger: claims about the same thing side by side. Until the store groups claims across reports, a group
 * is the claims with the same unit and the same subject (case, accents and punctuation aside); a claim without a
 * subject stands alone. A group disagrees when two of its figures cannot both be true: their ranges do not overlap.
 */
final class Ledger {
    record Group(String unit, String subject, List<ClaimRow> claims, boolean disagreement) {
        long sides() {
            return claims.stream().map(c -> c.claim().claimantSide()).filter(Objects::nonNull).distinct().count();
        }
    }

    private Ledger() {}

    /** Groups with more claims first; among equals, disagreements first. */
    static List<Group> groups(List<ClaimRow> claims) {
        Map<String, List<ClaimRow>> byKey = new LinkedHashMap<>();
        int alone = 0;
        for (ClaimRow row : claims) {
            Claim c = row.claim();
            String subject = c.subject() == null ? "" : Catalog.key(c.subject()).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
            String key = subject.isEmpty() ? "\u0000" + alone++ : (c.unit() == null ? "" : c.unit().toLowerCase(Locale.ROOT)) + "\u0000" + subject;
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Group> out = new ArrayList<>();
        for (List<ClaimRow> rows : byKey.values()) {
            Claim first = rows.get(0).claim();
            out.add(new Group(first.unit(), first.subject(), List.copyOf(rows), disagree(rows)));
        }
        out.sort(Comparator.comparingInt((Group g) -> -g.claims().size()).thenComparing(g -> !g.disagreement()));
        return out;
    }

    static boolean disagree(List<ClaimRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Claim a = rows.get(i).claim(), b = rows.get(j).claim();
                if (high(a) < b.value() || high(b) < a.value()) return true;
            }
        }
        return false;
    }

    private static double high(Claim c) {
        return c.valueMax() != null ? c.valueMax() : c.value();
    }
}
