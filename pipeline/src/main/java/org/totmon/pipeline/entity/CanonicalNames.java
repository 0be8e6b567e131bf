package org.totmon.pipeline.entity;

import java.util.List;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;

/** The name an entity the registry does not know is recorded under: its longest form in a report, in Latin script, a surname in the nominative. */
final class CanonicalNames {
    private final GivenNames givenNames;

    CanonicalNames(GivenNames givenNames) {
        this.givenNames = givenNames;
    }

    /** Without a registry entry: the longest form a report gives, in Latin script. */
    String of(EntityType type, List<Mention> mentions, String language) {
        Mention best = mentions.get(0);
        for (Mention m : mentions) if (m.text().split("\\s+").length > best.text().split("\\s+").length) best = m;
        String name = best.text();
        if (name.chars().noneMatch(c -> NameKeys.isCyrillic((char) c))) return name;
        if (type != EntityType.PERSON) {
            return UnitNames.english(name).orElseGet(() -> OrganisationNames.latin(mentions.stream().map(Mention::text).toList(), language));
        }
        String[] words = name.split("\\s+");
        String surname = nominativeSurname(mentions);
        if (words.length > 1 && inflectedMasculine(words[0])) surname = deinflectMasculine(surname);
        // Surnames in -енко decline only for men, so -енка is always a man's oblique case: Гончаренка → Гончаренко.
        if (NameKeys.fold(surname).endsWith(NameLexicon.ENKO_ENDINGS.get(0))) surname = NameLexicon.withEnding(surname, NameLexicon.ENKO_ENDINGS);
        words[words.length - 1] = NameKeys.plainHyphens(surname);
        return Romanizer.romanizeName(String.join(" ", words), givenNames);
    }

    /** A man's given name in another case than the nominative ("Ігоря", "Геннадия"): the surname beside it is inflected too. */
    private boolean inflectedMasculine(String given) {
        String nominative = givenNames.nominativeOf(given);
        if (nominative == null) return false;
        String n = NameKeys.fold(nominative);
        return !NameLexicon.feminineEnding(n) && !n.equals(NameKeys.fold(given));
    }

    /** Undoes the oblique case of the commonest men's surname types when a report never gives the nominative: Мурашова → Мурашов, Балицького → Балицький. */
    private static String deinflectMasculine(String surname) {
        String f = NameKeys.fold(surname);
        if (NameLexicon.MASCULINE_SURNAME_OBLIQUE_A.matcher(f).matches()) return surname.substring(0, surname.length() - 1);
        if (NameLexicon.MASCULINE_SURNAME_OBLIQUE_OGO.matcher(f).matches()) return NameLexicon.withEnding(surname, NameLexicon.ADJECTIVE_SURNAME_ENDINGS);
        return surname;
    }

    /** Of the case forms a report uses for a surname, the one most likely nominative: Федоров over Федорова, Мацегора over Мацегору. */
    private static String nominativeSurname(List<Mention> mentions) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            String[] words = m.text().split("\\s+");
            String w = words[words.length - 1];
            String f = NameKeys.fold(w);
            int rank = NameLexicon.SURNAME_NOMINATIVE.matcher(f).matches() ? 0 : NameLexicon.SURNAME_MAYBE_NOMINATIVE.matcher(f).matches() ? 1 : 2;
            if (rank < bestRank || rank == bestRank && w.length() < best.length()) {
                best = w;
                bestRank = rank;
            }
        }
        return best;
    }
}
