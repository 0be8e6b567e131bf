package org.totmon.pipeline.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.totmon.model.EntityType;
import org.totmon.model.PublicationDate;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.model.Token;
import org.totmon.pipeline.claim.Cues;
import org.totmon.pipeline.entity.Actor;
import org.totmon.pipeline.entity.ActorRegistry;
import org.totmon.pipeline.entity.NameKeys;
import org.totmon.pipeline.entity.Romanizer;
import org.totmon.pipeline.text.English;
import org.totmon.pipeline.text.Tokenizer;

/**
 * Names and sides of speakers: the actor and outlet registries first, then the role words that describe them
 * ({@code roles.tsv}), then the organisations named with them.
 */
final class Claimants {
    static final String ROLES = "/org/totmon/pipeline/attribution/roles.tsv";
    /** How a side's reason begins when a registry's row for the speaker's own name gave it. */
    static final String ACTOR_REGISTRY = "actor registry: ", OUTLET_REGISTRY = "outlet registry: ";
    private static final String[] SIDE_CATEGORIES = {"side_occupation", "side_ngo", "side_ukraine", "side_russia", "side_third_party", "side_ukraine_default"};
    /** Organisation names are looked for in a description up to this many words long. */
    private static final int MAX_NAME_WORDS = 6;
    /** How many of one side's own words a report must use, and none of the other's, for its voice to be that side's. */
    private static final int STANCE_WORDS = 2;
    /** How many words a ministry's own name may hold before the region it is of ("ministry of health of the Kherson region"). */
    private static final int MINISTRY_REACH = 6;
    private final Map<String, Actor> actorsByKey = new HashMap<>();
    private final Cues cues;
    private final Cues roles;
    private final OutletRegistry outlets;
    private final List<String> glosses;
    private final List<String> occupiedSince;
    private final OutletClasses classes = new OutletClasses();

    Claimants(ActorRegistry registry, OutletRegistry outlets, Cues cues) {
        this.cues = cues;
        this.outlets = outlets;
        this.roles = Cues.resource(Claimants.class, ROLES);
        this.occupiedSince = roles.categoriesStartingWith("occupied_since:");
        this.glosses = cues.categoriesStartingWith("gloss:");
        for (Actor a : registry.actors()) {
            actorsByKey.putIfAbsent(key(a.canonical()), a);
            for (String alias : a.aliases()) actorsByKey.putIfAbsent(key(alias), a);
        }
    }

    static String key(String name) {
        return Tokenizer.tokenize(name).stream().map(t -> NameKeys.word(t.text()))
                .filter(w -> !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)) && !English.isDefiniteArticle(w))
                .collect(Collectors.joining(" "));
    }

    Cues cues() {
        return cues;
    }

    /** The role words (roles.tsv) the sides are read by. */
    Cues roles() {
        return roles;
    }

    /** The outlet of that name in the outlet registry, or null. */
    OutletRegistry.Outlet outlet(String name) {
        return outlets.byName(name);
    }

    Actor actor(String name) {
        return name == null ? null : actorsByKey.get(key(name));
    }

    /**
     * The name of the report's outlet: the outlet registry's, by name or domain; else the actor registry's; else from its
     * web address ("example-news.org" → "Example-news"); null if none.
     */
    String outletName(Report report) {
        OutletRegistry.Outlet known = outlets.of(report);
        if (known != null) return known.name();
        String outlet = report.outlet();
        if (outlet == null || outlet.isBlank()) return null;
        Actor actor = actor(outlet);
        if (actor != null) return actor.canonical();
        String name = outlet.strip();
        if (!name.contains(" ") && name.contains(".")) {
            String label = null;
            for (String l : name.toLowerCase(Locale.ROOT).split("\\.")) {
                if (!AttributionWords.DOMAIN_LABELS.contains(l)) {
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
     * The side of an outlet speaking in its own voice: the outlet registry's row, else the actor registry's, else what
     * its name says ("Mariupol City Council", "47 окрема бригада" are Ukrainian bodies), else an independent medium.
     */
    Sided ownVoice(String outlet) {
        return ownVoice(outlet, Sided.UNKNOWN);
    }

    /**
     * The side of a report's outlet speaking in its own voice: as {@link #ownVoice(String)}, except that an outlet the
     * registries and its name leave without a side takes the one its web address gives ({@code outlet-classes.tsv}),
     * else the one whose words it uses, else the one its language gives, before it is taken for an independent medium.
     */
    Sided ownVoice(Report report, String language, List<List<Token>> sentences) {
        Sided byClass = classes.byAddress(report);
        if (!byClass.known()) byClass = stance(sentences);
        if (!byClass.known()) byClass = classes.byLanguage(language);
        return ownVoice(outletName(report), byClass);
    }

    /**
     * The side whose words the report uses in its own voice ({@code voice_*} in roles.tsv: "киевский режим", "в составе
     * России" are the occupation's; "окупанти", "тимчасово окуповані" Ukraine's): at least two of one side's and none of
     * the other's.
     */
    private Sided stance(List<List<Token>> sentences) {
        int occupation = 0, ukraine = 0;
        String first = null;
        for (List<Token> t : sentences) {
            for (int i = 0; i < t.size(); i++) {
                if (roles.matchAt("voice_occupation", t, i) > 0) {
                    occupation++;
                    if (first == null) first = phrase(roles, "voice_occupation", t, i);
                } else if (roles.matchAt("voice_ukraine", t, i) > 0) {
                    ukraine++;
                    if (first == null) first = phrase(roles, "voice_ukraine", t, i);
                }
            }
        }
        if (occupation >= STANCE_WORDS && ukraine == 0) return new Sided(Side.OCCUPATION, "outlet not in the registries, writes as the occupation does (\"" + first + "\")");
        if (ukraine >= STANCE_WORDS && occupation == 0) return new Sided(Side.UKRAINE, "outlet not in the registries, writes as Ukraine does (\"" + first + "\")");
        return Sided.UNKNOWN;
    }

    private Sided ownVoice(String outlet, Sided byClass) {
        if (outlet == null) return Sided.UNKNOWN;
        OutletRegistry.Outlet o = outlets.byName(outlet);
        if (o != null) return new Sided(o.side(), OUTLET_REGISTRY + o.name() + " (" + o.kind().replace('_', ' ') + ")");
        Actor actor = actor(outlet);
        if (actor != null) return new Sided(actor.side(), ACTOR_REGISTRY + actor.canonical());
        Sided named = side(outlet, Tokenizer.tokenize(outlet), Side.UKRAINE, PublicationDate.UNKNOWN);
        if (named.known()) return named;
        return byClass.known() ? byClass : new Sided(Side.THIRD_PARTY, "outlet " + outlet + " not in the outlet registry: an independent medium");
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
     * The side of a speaker: the outlet registry's or the actor registry's for its name; else the role words of its
     * description (its name, title and apposition); else the side of an organisation in the registries named in its
     * description ("deputy head of the Kherson Regional Council"); else {@code home} for an official or state body
     * named without a side ("regional officials", "регіональна влада"); else unknown.
     */
    Sided side(String name, List<Token> description, Side home, PublicationDate published) {
        OutletRegistry.Outlet o = outlets.byName(name);
        if (o != null && o.side() != Side.UNKNOWN) return new Sided(o.side(), OUTLET_REGISTRY + o.name() + " (" + o.kind().replace('_', ' ') + ")");
        Actor a = actor(name);
        if (a != null && a.side() != Side.UNKNOWN) return new Sided(a.side(), ACTOR_REGISTRY + a.canonical());
        Sided role = roleSide(withoutSeat(description), published);
        if (role.known()) return role;
        Sided organisation = organisationIn(description, name);
        if (organisation.known()) return organisation;
        int body = firstMatch(cues, "state_body", description);
        if (body >= 0 && home != Side.UNKNOWN) {
            boolean abroad = home == Side.THIRD_PARTY;
            return new Sided(home, "state body \"" + phrase(cues, "state_body", description, body) + "\" of "
                    + (abroad ? "a third country named with it" : "the outlet's authorities"), !abroad);
        }
        return Sided.UNKNOWN;
    }

    /** "The Embassy of Japan in Ukraine": a diplomatic mission speaks for its state, not for the country it sits in. */
    private List<Token> withoutSeat(List<Token> description) {
        int mission = firstMatch(roles, "diplomatic_mission", description);
        if (mission < 0) return description;
        for (int k = mission + 1; k < description.size(); k++) {
            if (cues.matchAt("source_preposition", description, k) == 1) return description.subList(0, k);
        }
        return description;
    }

    /** Whether a name (a country's) is one of the two states' by the role words ("Ukraine", "Russia", "РФ"). */
    boolean namesStateSide(String name) {
        Side side = roleSide(Tokenizer.tokenize(name), PublicationDate.UNKNOWN).side();
        return side == Side.UKRAINE || side == Side.OCCUPATION;
    }

    /** The side the role words of a description state, with the words as the reason. */
    private Sided roleSide(List<Token> description, PublicationDate published) {
        int ministry = regionalMinistry(description);
        if (ministry >= 0) return new Sided(Side.OCCUPATION, "role: \"" + description.get(ministry).text() + "\" of a region, which only Russia's have");
        Sided occupiedPost = occupiedPost(description, published);
        for (String category : SIDE_CATEGORIES) {
            if (category.equals("side_ukraine") && occupiedPost.known()) return occupiedPost;
            int at = category.equals("side_ukraine") ? firstAffiliation(description) : firstMatch(roles, category, description);
            if (at < 0) continue;
            Side side = category.startsWith("side_ukraine") ? Side.UKRAINE : category.equals("side_third_party") || category.equals("side_ngo") ? Side.THIRD_PARTY : Side.OCCUPATION;
            return new Sided(side, "role: \"" + phrase(roles, category, description, at) + "\"");
        }
        return occupiedPost;
    }

    /**
     * "министерство здравоохранения Херсонской области", "the health ministry of the Zaporizhzhia region": Ukraine's regions
     * have no ministries; Russia's, and those it claims, do. The region's word follows within a few words, no
     * preposition or punctuation between ("міністерство … у Херсонській області" is a seat, not an owner).
     */
    private int regionalMinistry(List<Token> d) {
        for (int i = 0; i < d.size(); i++) {
            if (roles.matchAt("regional_ministry", d, i) == 0) continue;
            for (int k = i + 1; k < d.size() && k <= i + MINISTRY_REACH; k++) {
                if (roles.matchAt("ministry_region", d, k) > 0) return i;
                if (!Character.isLetter(d.get(k).text().charAt(0)) || cues.matchAt("source_preposition", d, k) == 1) break;
            }
        }
        return -1;
    }

    /** "head of the election commission of the Kherson region" in 2022: a post the occupation fills there since it took the region. */
    private Sided occupiedPost(List<Token> description, PublicationDate published) {
        int post = firstMatch(roles, "occupied_post", description);
        if (post < 0) return Sided.UNKNOWN;
        for (String category : occupiedSince) {
            int region = firstMatch(roles, category, description);
            if (region < 0) continue;
            String[] since = category.substring("occupied_since:".length()).split("-");
            int y = Integer.parseInt(since[0]), m = Integer.parseInt(since[1]);
            // A report without a date is taken to be of the occupation's time: the reports read here are about it.
            boolean after = !published.known() || published.year() > y || published.year() == y && (published.month() == null || published.month() >= m);
            if (after) {
                return new Sided(Side.OCCUPATION, "role: \"" + phrase(roles, "occupied_post", description, post) + "\" in "
                        + phrase(roles, category, description, region) + ", occupied since " + category.substring("occupied_since:".length())
                        + (published.known() ? "" : " (the report is undated)"));
            }
        }
        return Sided.UNKNOWN;
    }

    /** An organisation of the registries named in the description, other than the speaker: its side carries to them. */
    private Sided organisationIn(List<Token> d, String speaker) {
        String own = speaker == null ? "" : key(speaker);
        for (int from = 0; from < d.size(); from++) {
            if (!Character.isUpperCase(d.get(from).text().charAt(0))) continue;
            for (int to = Math.min(d.size(), from + MAX_NAME_WORDS); to > from; to--) {
                String k = d.subList(from, to).stream().map(t -> NameKeys.word(t.text()))
                        .filter(w -> !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)) && !English.isDefiniteArticle(w)).collect(Collectors.joining(" "));
                if (k.isEmpty() || k.equals(own)) continue;
                Actor a = actorsByKey.get(k);
                if (a != null && a.type() == EntityType.ORGANIZATION && a.side() != Side.UNKNOWN) {
                    return new Sided(a.side(), "named with " + a.canonical() + " (actor registry)");
                }
                OutletRegistry.Outlet o = outlets.byName(k);
                if (o != null && o.side() != Side.UNKNOWN) return new Sided(o.side(), "named with " + o.name() + " (outlet registry)");
            }
        }
        return Sided.UNKNOWN;
    }

    /**
     * The first Ukrainian side word that is not a seat: "the UN mission in Ukraine", "посольство в Україні" are bodies
     * that sit in Ukraine, not Ukraine's.
     */
    private int firstAffiliation(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (roles.matchAt("side_ukraine", tokens, i) == 0) continue;
            if (i > 0 && AttributionWords.PLACE_PREPOSITIONS.contains(Cues.norm(tokens.get(i - 1).text()))) continue;
            return i;
        }
        return -1;
    }

    private static int firstMatch(Cues cues, String category, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) if (cues.matchAt(category, tokens, i) > 0) return i;
        return -1;
    }

    private static String phrase(Cues cues, String category, List<Token> tokens, int at) {
        int n = cues.matchAt(category, tokens, at);
        return tokens.subList(at, at + n).stream().map(Token::text).collect(Collectors.joining(" "));
    }
}
