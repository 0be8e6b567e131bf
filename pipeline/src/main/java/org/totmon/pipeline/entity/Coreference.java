package org.totmon.pipeline.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.text.English;

/**
 * The names found in one report made into entities: names that border on each other are one ("Special Operations
 * Forces of the Armed Forces of Ukraine"), an acronym a report defines names what it defines, and a surname alone or
 * a shorter form of an organisation's name joins the entity it abbreviates.
 */
final class Coreference {
    private final CanonicalNames canonicalNames;
    private final GivenNames givenNames;

    Coreference(CanonicalNames canonicalNames, GivenNames givenNames) {
        this.canonicalNames = canonicalNames;
        this.givenNames = givenNames;
    }

    List<Entity> entities(Document doc, List<Token> tokens, String[] keys, boolean[] usable, List<Found> found) {
        List<Found> shaped = reshape(tokens, keys, found);
        return resolve(doc, tokens, shaped, acronymsDefined(tokens, usable, shaped));
    }

    /**
     * Where names border on each other, the whole is one thing: "Special Operations Forces of the Armed Forces of
     * Ukraine" is the unit, not the armed forces; "the Biden administration" is an organisation, not Biden; the "UN
     * Charter" is a document, not the UN; "Special Operations Forces (SSO)" is the registry's SSO.
     */
    private static List<Found> reshape(List<Token> tokens, String[] keys, List<Found> found) {
        found.sort((x, y) -> Integer.compare(x.from(), y.from()));
        Map<Integer, Found> byStart = new HashMap<>();
        for (Found f : found) byStart.put(f.from(), f);
        List<Found> out = new ArrayList<>();
        Set<Found> absorbed = new HashSet<>();
        for (Found f : found) {
            if (absorbed.contains(f)) continue;
            int after = f.to();
            String next = after < keys.length ? keys[after] : "";
            if (f.type() == EntityType.ORGANIZATION && English.isOf(next)) {
                int k = after + 1 < keys.length && English.isDefiniteArticle(keys[after + 1]) ? after + 2 : after + 1;
                Found owner = byStart.get(k);
                if (owner != null && owner.type() == EntityType.ORGANIZATION) {
                    absorbed.add(owner);
                    f = new Found(f.from(), owner.to(), f.type(), f.actor());
                }
            } else if (f.type() == EntityType.PERSON && NameLexicon.GOVERNMENT_OF_PERSON.contains(next)
                    && !tokens.get(after).isCapitalized()) {
                f = new Found(f.from(), after + 1, EntityType.ORGANIZATION, null);
            } else if (f.type() == EntityType.ORGANIZATION && NameLexicon.DOCUMENTS.contains(next) && tokens.get(after).isCapitalized()) {
                continue;
            } else if (f.type() == EntityType.ORGANIZATION && f.actor() == null && "(".equals(next)) {
                Found acronym = byStart.get(after + 1);
                if (acronym != null && acronym.actor() != null && acronym.type() == EntityType.ORGANIZATION) {
                    f = new Found(f.from(), f.to(), f.type(), acronym.actor());
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * "Special Operations Forces (SSO)" defines SSO for this report: every later "SSO" is that organisation.
     * Returns each acronym mention → the mention that defines it; the mentions are added to {@code found}.
     */
    private static Map<Found, Found> acronymsDefined(List<Token> tokens, boolean[] usable, List<Found> found) {
        Map<String, Found> definitions = new HashMap<>();
        for (Found f : found) {
            int open = f.to();
            if (f.type() != EntityType.ORGANIZATION || open + 2 >= tokens.size()) continue;
            String acronym = tokens.get(open + 1).text();
            if (tokens.get(open).text().equals("(") && tokens.get(open + 2).text().equals(")")
                    && acronym.matches("\\p{Lu}{2,6}")) definitions.putIfAbsent(acronym, f);
        }
        Map<Found, Found> out = new HashMap<>();
        if (definitions.isEmpty()) return out;
        Set<Integer> covered = new HashSet<>();
        for (Found f : found) if (f.type() != null) for (int k = f.from(); k < f.to(); k++) covered.add(k);
        for (int i = 0; i < tokens.size(); i++) {
            Found def = definitions.get(tokens.get(i).text());
            if (def == null || !usable[i] || covered.contains(i)) continue;
            int at = i;
            found.removeIf(f -> f.type() == null && f.from() == at);
            Found mention = new Found(i, i + 1, EntityType.ORGANIZATION, def.actor());
            found.add(mention);
            out.put(mention, def);
        }
        return out;
    }

    private List<Entity> resolve(Document doc, List<Token> tokens, List<Found> found, Map<Found, Found> acronyms) {
        found.sort((x, y) -> Integer.compare(x.from(), y.from()));
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Found> singles = new ArrayList<>();
        List<Found> unknownOrgs = new ArrayList<>();
        for (Found f : found) {
            if (acronyms.containsKey(f)) continue;
            if (f.actor() != null) groups.computeIfAbsent("actor:" + f.actor().canonical(), k -> new Group(f.type(), f.actor())).add(f);
            else if (f.type() == null) singles.add(f);
            else if (f.type() == EntityType.ORGANIZATION) unknownOrgs.add(f);
        }
        for (Found f : found) {
            if (f.actor() != null || f.type() != EntityType.PERSON) continue;
            Group g = personBySurname(groups, tokens, f);
            if (g == null) {
                String key = "person:" + surnameSkeleton(tokens, f); // a surname too short to look up is still grouped by itself
                if (groups.containsKey(key) && !givenNamesAgree(groups.get(key), tokens, givenName(tokens, f))) key += "@" + f.from();
                g = groups.computeIfAbsent(key, k -> new Group(EntityType.PERSON, null));
            }
            g.add(f);
        }
        for (Found f : unknownOrgs) {
            Group g = f.to() - f.from() == 1 ? soleNamesake(groups, tokens, surnameSkeleton(tokens, f)) : null;
            if (g == null) g = orgContaining(groups, tokens, f);
            if (g != null) g.add(f);
            else groups.computeIfAbsent("org:" + orgKey(tokens, f), k -> new Group(EntityType.ORGANIZATION, null)).add(f);
        }
        acronyms.forEach((mention, definition) -> {
            for (Group g : groups.values()) if (g.members.contains(definition)) {
                g.add(mention);
                return;
            }
        });
        for (Found f : singles) {
            Group g = personBySurname(groups, tokens, f);
            if (g == null && NameLexicon.ORG_HEADS.contains(NameKeys.word(tokens.get(f.from()).text()))) g = orgContaining(groups, tokens, f);
            if (g != null) g.add(f);
        }
        List<Entity> out = new ArrayList<>();
        for (Group g : groups.values()) {
            List<Mention> mentions = new ArrayList<>();
            for (Found f : g.members) mentions.add(new Mention(text(doc, tokens, f), tokens.get(f.from()).start(), tokens.get(f.to() - 1).end()));
            mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
            out.add(new Entity(g.actor != null ? g.actor.canonical() : canonicalNames.of(g.type, mentions, doc.language()), g.type, mentions));
        }
        return out;
    }

    /** An unknown organisation's name by its word keys, so that its case forms are one entity. */
    private static String orgKey(List<Token> tokens, Found f) {
        String[] keys = new String[f.to() - f.from()];
        for (int k = f.from(); k < f.to(); k++) keys[k - f.from()] = NameKeys.word(tokens.get(k).text());
        return ActorNames.joinedKey(keys, 0, keys.length);
    }

    private static String text(Document doc, List<Token> tokens, Found f) {
        return doc.text().substring(tokens.get(f.from()).start(), tokens.get(f.to() - 1).end());
    }

    private static String surnameSkeleton(List<Token> tokens, Found f) {
        return NameKeys.skeleton(latin(tokens.get(f.to() - 1).text()));
    }

    private static String latin(String word) {
        return !word.isEmpty() && NameKeys.isCyrillic(word.charAt(0)) ? Romanizer.romanize(NameKeys.word(word)) : word;
    }

    /**
     * The person of the report with this mention's surname whose given names do not differ from the mention's ("Віталій
     * Кличко" and "Володимир Кличко" are two people); for a surname alone, the one of them named last before it.
     */
    private Group personBySurname(Map<String, Group> groups, List<Token> tokens, Found f) {
        String skeleton = surnameSkeleton(tokens, f);
        if (skeleton.length() < 3) return null;
        String given = givenName(tokens, f);
        Group best = null;
        int bestAt = -1;
        for (Group g : groups.values()) {
            if (g.type != EntityType.PERSON || !hasSurname(g, tokens, skeleton) || !givenNamesAgree(g, tokens, given)) continue;
            int at = -1;
            for (Found m : g.members) if (m.from() < f.from()) at = Math.max(at, m.from());
            if (best == null || at > bestAt) {
                best = g;
                bestAt = at;
            }
        }
        return best;
    }

    private static boolean hasSurname(Group g, List<Token> tokens, String skeleton) {
        for (Found m : g.members) if (surnameSkeleton(tokens, m).equals(skeleton)) return true;
        if (g.actor == null) return false;
        for (String alias : g.actor.aliases()) {
            String[] words = alias.split("\\s+");
            if (NameKeys.skeleton(latin(words[words.length - 1])).equals(skeleton)) return true;
        }
        return false;
    }

    /**
     * The given name of a full name, in Latin letters: its first word when that is a known given name; null for a
     * surname alone, an initial, or a word before the surname that is no given name ("мера Мелітополя Федорова").
     */
    private String givenName(List<Token> tokens, Found f) {
        String first = tokens.get(f.from()).text();
        return f.to() - f.from() >= 2 && givenNames.contains(first) ? latin(first) : null;
    }

    /** Whether a group's full names, and a registry person's own, have a given name that can be this one. */
    private boolean givenNamesAgree(Group g, List<Token> tokens, String given) {
        if (given == null) return true;
        List<String> known = new ArrayList<>();
        for (Found m : g.members) if (givenName(tokens, m) != null) known.add(givenName(tokens, m));
        if (g.actor != null) {
            List<String> names = new ArrayList<>(g.actor.aliases());
            names.add(g.actor.canonical());
            for (String name : names) {
                String[] words = name.split("\\s+");
                if (words.length > 1 && givenNames.contains(words[0])) known.add(latin(words[0]));
            }
        }
        return known.isEmpty() || known.stream().anyMatch(k -> sameGivenName(k, given));
    }

    /** One given name in two spellings or scripts: the same skeleton ("Serhii", "Sergey"). */
    private static boolean sameGivenName(String a, String b) {
        return NameKeys.skeleton(a).equals(NameKeys.skeleton(b));
    }

    /**
     * The one person of the report whose full name ends in this surname, for a surname alone that another layer took
     * for an organisation (a headline's "Львова‑Белова сообщила"); none when no full name or more than one person has it.
     */
    private static Group soleNamesake(Map<String, Group> groups, List<Token> tokens, String skeleton) {
        if (skeleton.length() < 3) return null;
        Group sole = null;
        for (Group g : groups.values()) {
            if (g.type != EntityType.PERSON) continue;
            for (Found m : g.members) {
                if (m.to() - m.from() < 2 || !surnameSkeleton(tokens, m).equals(skeleton)) continue;
                if (sole != null && sole != g) return null;
                sole = g;
            }
        }
        return sole;
    }

    /** The organisation one of whose mentions has every word of f: "Security Service" within "Security Service of Ukraine". */
    private static Group orgContaining(Map<String, Group> groups, List<Token> tokens, Found f) {
        Set<String> words = new HashSet<>();
        for (int k = f.from(); k < f.to(); k++) words.add(NameKeys.word(tokens.get(k).text()));
        words.removeIf(English::isDefiniteArticle);
        for (Group g : groups.values()) {
            if (g.type != EntityType.ORGANIZATION) continue;
            for (Found m : g.members) {
                if (m.to() - m.from() < f.to() - f.from()) continue;
                Set<String> longer = new HashSet<>();
                for (int k = m.from(); k < m.to(); k++) longer.add(NameKeys.word(tokens.get(k).text()));
                if (longer.containsAll(words)) return g;
            }
        }
        return null;
    }

    private static final class Group {
        final EntityType type;
        final Actor actor;
        final List<Found> members = new ArrayList<>();

        Group(EntityType type, Actor actor) {
            this.type = type;
            this.actor = actor;
        }

        void add(Found f) { members.add(f); }
    }
}
