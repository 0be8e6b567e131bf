package org.totmon.pipeline.entity;

import java.util.Set;

/** The English words that tell what a capitalised name is, or that it is not a name at all. */
final class NameLexicon {
    private NameLexicon() {}

    /** Words that make a capitalised phrase an organisation ("… Ministry", "… Center for …", "… Lab"). */
    static final Set<String> ORG_HEADS = Set.of(
            "ministry", "council", "service", "services", "agency", "center", "centre", "forces", "force", "army", "guard",
            "party", "directorate", "committee", "commission", "court", "university", "school", "lab", "laboratory",
            "institute", "office", "department", "administration", "bank", "company", "corporation", "corp", "inc",
            "group", "union", "organization", "organisation", "front", "bloc", "movement", "foundation", "fund",
            "network", "news", "post", "times", "journal", "herald", "gazette", "radio", "television", "tv", "channel",
            "police", "prosecutor", "parliament", "rada", "duma", "assembly", "government", "headquarters", "staff",
            "brigade", "battalion", "regiment", "division", "corps", "fleet", "command", "association", "alliance",
            "coalition", "mission", "watch", "church", "patriarchate", "cross", "crescent", "authority", "bureau",
            "inspectorate", "tribunal", "academy", "press", "media");

    /** Titles before a person's name; they are not part of it. */
    static final Set<String> TITLES = Set.of(
            "president", "mr", "mrs", "ms", "dr", "prime", "minister", "mayor", "governor", "secretary", "spokesperson",
            "spokesman", "spokeswoman", "director", "head", "chief", "chairman", "chairwoman", "general", "colonel",
            "lieutenant", "major", "captain", "commander", "deputy", "collaborator", "gauleiter", "ombudsman", "senator",
            "ambassador", "judge", "prosecutor", "patriarch", "metropolitan", "father", "sir", "lord", "adviser",
            "advisor", "envoy", "commissioner", "representative", "lt", "gen", "col", "sgt", "premier", "chancellor",
            "king", "queen", "pope", "official", "officer", "leader", "activist", "journalist", "blogger", "lawyer");

    /** Nationality words and generic groups: never an entity by themselves. */
    static final Set<String> NOT_NAMES = Set.of(
            "russian", "russians", "ukrainian", "ukrainians", "american", "americans", "british", "european",
            "europeans", "western", "soviet", "belarusian", "crimean", "chechen", "kremlin-backed", "russian-backed",
            "pro-russian", "pro-ukrainian", "moscow-backed", "tot", "the", "a", "an", "in", "on", "at", "but",
            "and", "or", "however", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his",
            "her", "their", "our", "its", "according", "after", "before", "as", "if", "when", "while", "meanwhile",
            "elsewhere", "so", "some", "most", "many", "one", "two", "three", "every", "all", "also", "earlier", "later",
            "today", "yesterday", "tomorrow", "there", "here", "what", "who", "why", "how", "where", "since", "during",
            "despite", "although", "thus", "then", "now", "still", "yet", "for", "from", "with", "without", "by", "to",
            "of", "no", "not", "both", "each", "such", "other", "another", "several", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "photo", "video", "update", "read", "breaking", "exclusive",
            "opinion", "analysis", "occupied", "occupation", "resistance", "partisans", "collaborators", "invaders",
            "occupiers", "oblast", "region", "city", "village", "town", "ukrainian-held", "russian-held", "said", "says",
            "reported");

    /** Nationality adjectives: not a name alone, but part of one before an organisation word ("Ukrainian News Agency"). */
    static final Set<String> DEMONYMS = Set.of("russian", "ukrainian", "american", "british", "european", "belarusian", "crimean");

    /** After a person's name, these make an organisation: "the Biden administration". */
    static final Set<String> GOVERNMENT_OF_PERSON = Set.of("administration", "government", "cabinet", "regime");

    /** After an organisation's name, these make a document named for it: "UN Charter", "OSCE Convention". */
    static final Set<String> DOCUMENTS = Set.of("charter", "convention", "resolution", "declaration", "treaty", "statute", "report");

    /** Small words that may stand inside an organisation's name. */
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "&");

    /** Words for kinds of organisation, after which a name follows; compared by word key, so any case form counts. */
    private static final Set<String> ORGANISATION_KINDS = java.util.stream.Stream.of(
            "партія", "партия", "рух", "движение", "блок", "організація", "организация", "об'єднання", "объединение",
            "фонд", "компанія", "компания", "видання", "издание", "агентство", "телеканал", "канал", "телеграм-канал",
            "газета", "журнал", "радіо", "радио", "портал", "група", "группа", "фракція", "фракция", "party", "movement",
            "group", "channel", "newspaper", "outlet", "foundation", "charity", "bloc", "website", "publication", "magazine")
            .map(NameKeys::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static boolean isOrganisationKind(String key) {
        return ORGANISATION_KINDS.contains(key);
    }

    /** Ukrainian and Russian words that head an organisation's name ("Служба безпеки України", "Государственная дума"). */
    static final Set<String> CYRILLIC_ORG_HEADS = java.util.stream.Stream.of(
            "міністерство", "служба", "рада", "комітет", "управління", "департамент", "агентство", "академія", "університет",
            "інститут", "партія", "федерація", "союз", "фонд", "банк", "компанія", "корпорація", "суд", "прокуратура",
            "поліція", "уряд", "адміністрація", "штаб", "сили", "армія", "гвардія", "центр", "організація", "асоціація",
            "об'єднання", "фракція", "міністерство", "министерство", "совет", "комитет", "управление", "академия",
            "университет", "институт", "партия", "федерация", "компания", "корпорация", "полиция", "правительство",
            "администрация", "силы", "армия", "гвардия", "организация", "ассоциация", "объединение", "фракция", "дума",
            "палата", "прокуратура", "посольство", "консульство", "трибунал", "рух", "движение")
            .map(NameKeys::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Small Ukrainian and Russian words that end an organisation's name: prepositions, conjunctions, pronouns. */
    static final Set<String> CYRILLIC_STOPS = Set.of(
            "і", "й", "та", "в", "у", "на", "з", "із", "зі", "до", "від", "за", "що", "як", "це", "не", "про", "після", "під",
            "и", "с", "со", "от", "что", "как", "это", "о", "об", "по", "после", "под", "для", "при", "його", "її", "их", "его", "ее");

    /** Endings of verbs ("заявило", "повідомив", "сообщает"), which end a name. */
    private static final java.util.regex.Pattern VERB_ENDING =
            java.util.regex.Pattern.compile(".*(ла|ло|ли|ив|ав|ил|ал|ет|ит|ют|ять|ать|ить|ться|ться|ся|сь|ує|ює|ють)$");

    static boolean verbLike(String folded) {
        return VERB_ENDING.matcher(folded).matches();
    }

    static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”", "„");
    static final Set<String> SENTENCE_PUNCTUATION = Set.of(".", "!", "?", ";", ":");

    /** Endings common among Ukrainian, Russian and other surnames, used when no given name is known. */
    static final String[] SURNAME_ENDINGS = {
        "enko", "chuk", "czuk", "yuk", "iuk", "uk", "ov", "ova", "ev", "eva", "yov", "in", "ina", "sky", "skyi", "skiy",
        "ski", "ska", "skaya", "tsky", "tskyi", "ich", "vych", "vich", "ko", "yan", "ian", "dze", "shvili", "son"};

    static boolean surnameLike(String word) {
        String w = NameKeys.fold(word);
        if (NOT_NAMES.contains(w)) return false;
        for (String e : SURNAME_ENDINGS) if (w.endsWith(e) && w.length() > e.length() + 2) return true;
        return false;
    }
}
