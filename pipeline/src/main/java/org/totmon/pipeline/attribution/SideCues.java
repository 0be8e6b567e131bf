package org.totmon.pipeline.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Token;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.claim.Cues;

/**
 * What a trained side decision reads of a speaker ({@link SideModel}): the classes the word files give the words of the
 * phrase that names them and of the apposition after it (roles, occupied regions and posts, titles, bodies, glosses), the
 * countries named in the phrase and whether they are either side's, quotation marks, the verb, the rules' side and the
 * kind of reason for it, the outlet's side, its address's top-level domain and the report's language. Thread-safe.
 */
public final class SideCues {
    /** The classes of claim/cues.tsv read besides the glosses: the kinds of words a source's phrase is made of. */
    private static final List<String> CUE_CLASSES = List.of("title", "state_body", "source_head", "org_word", "generic", "source_noun",
            "collective", "describing_participle", "body_reference");
    /** How many words of a side's reason name its kind. */
    private static final int REASON_WORDS = 3;
    /** How many words after the name are read as its apposition. */
    private static final int APPOSITION = 8;
    private static final String QUOTES = "\"«»“”„";
    private final Cues cues;
    private final Cues roles;
    private final List<String> roleClasses;
    private final List<String> cueClasses;
    private final Claimants claimants;

    SideCues(Cues cues, Claimants claimants) {
        this.cues = cues;
        this.claimants = claimants;
        this.roles = claimants.roles();
        this.roleClasses = roles.categoriesStartingWith("");
        List<String> classes = new ArrayList<>(CUE_CLASSES);
        classes.addAll(cues.categoriesStartingWith("gloss:"));
        this.cueClasses = List.copyOf(classes);
    }

    /** A speaker of a report, the attribution the decision reads them by, and whether a registry gave their side. */
    public record Speaker(String name, Attribution by, boolean registry, List<String> features) {}

    /**
     * Each speaker of the report once, read where they are first named by a phrase (else where they first speak, else
     * the outlet's own voice). A speaker any of whose attributions a registry gave its side is marked {@code registry}.
     */
    public Map<String, Speaker> speakers(Document doc, List<Attribution> attributions) {
        Attribution own = attributions.stream().filter(a -> a.type() == Attribution.Type.OWN_VOICE).findFirst().orElse(null);
        Map<String, Attribution> by = new LinkedHashMap<>();
        Set<String> registry = new LinkedHashSet<>();
        for (Attribution a : attributions) {
            if (a.speaker() == null) continue;
            if (byRegistry(a.sideReason())) registry.add(a.speaker());
            Attribution seen = by.get(a.speaker());
            if (seen == null || rank(a) < rank(seen)) by.put(a.speaker(), a);
        }
        Map<String, Speaker> out = new LinkedHashMap<>();
        by.forEach((name, a) -> out.put(name, new Speaker(name, a, registry.contains(name), features(doc, a, own))));
        return out;
    }

    /** A phrase that names the speaker is the best evidence, then any speech, then the outlet's own voice. */
    private static int rank(Attribution a) {
        if (a.type() == Attribution.Type.OWN_VOICE) return 3;
        return a.kind() == Attribution.Kind.NAMED && a.type() == Attribution.Type.SPEECH ? 0 : a.type() == Attribution.Type.SPEECH ? 1 : 2;
    }

    /** Whether the side is a registry row's for the speaker's own name (not one named with them). */
    static boolean byRegistry(String reason) {
        return reason != null && (reason.startsWith(Claimants.ACTOR_REGISTRY) || reason.startsWith(Claimants.OUTLET_REGISTRY));
    }

    List<String> features(Document doc, Attribution a, Attribution own) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        f.add("lang=" + doc.language());
        f.add("rule=" + a.side());
        String why = reasonKind(a.sideReason());
        f.add("why=" + why);
        f.add("rule+why=" + a.side() + "|" + why);
        f.add("type=" + a.type());
        f.add("kind=" + a.kind());
        if (a.relay()) f.add("relay");
        if (a.hedging()) f.add("hedging");
        if (own != null) {
            f.add("outlet=" + own.side());
            f.add("outlet+why=" + own.side() + "|" + reasonKind(own.sideReason()));
            if (own.speaker() != null && own.speaker().equals(a.speaker())) f.add("is_outlet");
        }
        String domain = domain(doc.report().url());
        if (domain != null) f.add("tld=" + domain);
        if (a.kind() == Attribution.Kind.NAMED && a.type() != Attribution.Type.OWN_VOICE && a.sourceEnd() > a.sourceStart()) phrase(doc, a, f);
        List<Token> verb = doc.tokensIn(a.cue(), doc.text().length());
        if (!verb.isEmpty()) f.add("v=" + lemma(doc, verb.get(0)));
        return List.copyOf(f);
    }

    /**
     * The words that name the speaker, by their classes only (their lemmas and the name's words tie a model to the
     * speakers it was trained on), countries, quotation marks. A pronoun's words say nothing of a side: not read.
     */
    private void phrase(Document doc, Attribution a, Set<String> f) {
        List<Token> t = doc.tokensIn(a.sourceStart(), a.sourceEnd());
        for (int i = 0; i < t.size(); i++) classes(t, i, "c=", f);
        // The apposition after the name ("X, head of …, said") by the classes of its words only: the clause said is no cue.
        List<Token> after = doc.tokensIn(a.sourceEnd(), a.end());
        for (int i = 0; i < Math.min(APPOSITION, after.size()); i++) classes(after, i, "d=", f);
        String text = doc.text().substring(Math.max(0, a.sourceStart() - 1), Math.min(doc.text().length(), a.sourceEnd() + 1));
        if (text.chars().anyMatch(ch -> QUOTES.indexOf(ch) >= 0)) f.add("quoted");
        for (Place p : doc.placeMatches()) {
            for (Mention m : p.mentions()) {
                if (m.start() < a.sourceStart() || m.start() >= a.sourceEnd()) continue;
                f.add("place=" + p.kind());
                if (p.kind() == PlaceKind.COUNTRY) f.add(claimants.namesStateSide(p.name()) ? "country=a side's" : "country=third");
            }
        }
    }

    private void classes(List<Token> t, int i, String prefix, Set<String> f) {
        for (String c : roleClasses) if (roles.matchAt(c, t, i) > 0) f.add(prefix + c);
        for (String c : cueClasses) if (cues.matchAt(c, t, i) > 0) f.add(prefix + c);
    }

    private static String lemma(Document doc, Token t) {
        String[] lemmas = doc.lemmasOf(t);
        return lemmas != null && lemmas.length > 0 ? lemmas[0] : Cues.norm(t.text());
    }

    /**
     * The kind of a side's reason without its particulars, its first lower-case words before any quotation or colon:
     * "role", "state body", "outlet registry", "outlet not in" (a name, capitalised, is left out); "none" without one.
     */
    static String reasonKind(String reason) {
        if (reason == null) return "none";
        int end = reason.length();
        for (char c : new char[] {':', '"', '(', ','}) {
            int at = reason.indexOf(c);
            if (at >= 0) end = Math.min(end, at);
        }
        List<String> words = new ArrayList<>();
        for (String w : reason.substring(0, end).trim().split("\\s+")) {
            if (words.size() < REASON_WORDS && !w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))) words.add(w);
        }
        return String.join(" ", words);
    }

    /** The top-level domain of a report's address ("ru", "ua", "com"), or null. */
    private static String domain(String url) {
        if (url == null) return null;
        String host = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/?#:].*$", "");
        int dot = host.lastIndexOf('.');
        return dot < 0 || dot == host.length() - 1 ? null : host.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
