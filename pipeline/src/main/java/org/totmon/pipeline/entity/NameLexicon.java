package org.totmon.pipeline.entity;

import java.util.List;
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
            "inspectorate", "tribunal", "academy", "press", "media", "navy", "initiative", "society", "federation",
            "confederation", "league", "detachment", "exchange", "board", "airlines", "airways");

    /** Titles before a person's name; they are not part of it. */
    static final Set<String> TITLES = Set.of(
            "president", "mr", "mrs", "ms", "dr", "prime", "minister", "mayor", "governor", "secretary", "spokesperson",
            "spokesman", "spokeswoman", "director", "head", "chief", "chairman", "chairwoman", "general", "colonel",
            "lieutenant", "major", "captain", "commander", "deputy", "collaborator", "gauleiter", "ombudsman", "senator",
            "ambassador", "judge", "prosecutor", "patriarch", "metropolitan", "father", "sir", "lord", "adviser",
            "advisor", "envoy", "commissioner", "representative", "lt", "gen", "col", "sgt", "premier", "chancellor",
            "king", "queen", "pope", "official", "officer", "leader", "activist", "journalist", "blogger", "lawyer");

    /** Verbs of saying next to a name: "X said", "said X", "told X". */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "told", "added", "wrote", "stated", "claimed", "explained", "recalled", "insisted", "warned",
            "announced", "noted", "admitted", "denied", "argued", "asked", "replied");

    /** Number words, which open a count of people ("Four Africans said"), not a name. */
    static final Set<String> NUMBER_WORDS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
            "hundreds", "thousands", "several", "many", "some", "both", "all");

    /** Nouns for what a person is, in an apposition after the name: "X, a teacher from …". */
    static final Set<String> PERSON_NOUNS = Set.of(
            "teacher", "farmer", "resident", "doctor", "nurse", "pensioner", "volunteer", "coordinator", "founder", "editor",
            "correspondent", "member", "wife", "husband", "mother", "son", "daughter", "brother", "sister", "man", "woman",
            "student", "priest", "businessman", "businesswoman", "entrepreneur", "soldier", "veteran", "driver", "engineer",
            "worker", "employee", "researcher", "analyst", "expert", "historian", "writer", "poet", "artist", "deputy",
            "lawmaker", "politician", "citizen", "native", "survivor", "witness", "prisoner", "detainee", "manager",
            "owner", "chairperson", "spokesperson", "press", "aide", "councillor", "councilor", "principal", "headmaster");

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

    /**
     * Nouns for what an organisation is, in an apposition after its name: "Ukrenergo, the national grid operator",
     * "the Chornomorsk Observer, a local news site".
     */
    static final Set<String> ORGANISATION_NOUNS = Set.of(
            "operator", "company", "firm", "corporation", "conglomerate", "agency", "group", "organisation", "organization",
            "ngo", "charity", "foundation", "outlet", "site", "website", "newspaper", "broadcaster", "channel", "network",
            "movement", "party", "union", "association", "producer", "manufacturer", "maker", "bank", "lender", "insurer",
            "airline", "carrier", "utility", "provider", "watchdog", "regulator", "publisher", "daily", "weekly", "tank",
            "portal", "platform", "monitor", "initiative", "project", "fund", "institute", "university", "developer");

    /** Small words that may stand inside an organisation's name. */
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "&");

    /** Words for kinds of organisation, after which a name follows; compared by word key, so any case form counts. */
    private static final Set<String> ORGANISATION_KINDS = java.util.stream.Stream.of(
            "партія", "партия", "рух", "движение", "блок", "організація", "организация", "об'єднання", "объединение",
            "фонд", "компанія", "компания", "видання", "издание", "агентство", "телеканал", "канал", "телеграм-канал",
            "газета", "журнал", "радіо", "радио", "портал", "група", "группа", "фракція", "фракция", "party", "movement",
            "group", "channel", "newspaper", "outlet", "foundation", "charity", "bloc", "website", "publication", "magazine",
            "site", "network", "initiative", "telegram-канал", "мережа", "сеть", "ініціатива", "инициатива", "спільнота",
            "сообщество", "паблік", "паблик", "угруповання", "группировка", "батальйон", "батальон", "бригада", "полк",
            "загін", "отряд", "підрозділ", "подразделение", "project", "broadcaster", "platform", "watchdog", "банк", "проєкт", "проект", "платформа", "ngo")
            .map(NameKeys::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static boolean isOrganisationKind(String key) {
        return ORGANISATION_KINDS.contains(key);
    }

    /** People of an organisation, before its quoted name: "активісти «Молодої гвардії»", "представители «Единой России»". */
    private static final Set<String> MEMBER_NOUNS = java.util.stream.Stream.of(
            "активісти", "активисты", "активіст", "активист", "представник", "представниця", "представники", "представитель",
            "представительница", "представители", "члени", "члены", "учасники", "участники", "прихильники", "сторонники",
            "бійці", "бойцы", "лідер", "лидер", "керівник", "керівниця", "руководитель", "координатор", "координаторка",
            "засновник", "засновниця", "основатель", "волонтери", "волонтеры", "activists", "members", "representatives",
            "supporters", "fighters", "leader", "founder")
            .map(NameKeys::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static boolean isMemberNoun(String key) {
        return MEMBER_NOUNS.contains(key);
    }

    /**
     * Ukrainian and Russian words that head an organisation's name ("Служба безпеки України", "Государственная дума"),
     * in the nominative: word key → the nominatives with that key ("сили", "силы").
     */
    static final java.util.Map<String, List<String>> CYRILLIC_HEAD_NOMINATIVES = java.util.stream.Stream.of(
            "міністерство", "служба", "рада", "комітет", "управління", "департамент", "агентство", "академія", "університет",
            "інститут", "партія", "федерація", "союз", "фонд", "банк", "компанія", "корпорація", "суд", "прокуратура",
            "поліція", "уряд", "адміністрація", "штаб", "сили", "армія", "гвардія", "центр", "організація", "асоціація",
            "об'єднання", "фракція", "міністерство", "министерство", "совет", "комитет", "управление", "академия",
            "университет", "институт", "партия", "федерация", "компания", "корпорация", "полиция", "правительство",
            "администрация", "силы", "армия", "гвардия", "организация", "ассоциация", "объединение", "фракция", "дума",
            "палата", "прокуратура", "посольство", "консульство", "трибунал", "рух", "движение", "мережа", "сеть", "собрание",
            "зібрання", "група", "группа", "спілка", "ініціатива", "инициатива", "бригада", "батальйон", "батальон", "полк",
            "дивізія", "дивизия", "корпус", "інспекція", "инспекция", "комісія", "комиссия", "фронт", "товариство", "общество",
            "бюро", "церква", "церковь", "агенція", "флот")
            .distinct().collect(java.util.stream.Collectors.groupingBy(NameKeys::word));

    static final Set<String> CYRILLIC_ORG_HEADS = CYRILLIC_HEAD_NOMINATIVES.keySet();

    /** Prepositions inside official Ukrainian and Russian names: "з питань", "у справах", "по вопросам". */
    static final Set<String> CYRILLIC_NAME_PREPOSITIONS = Set.of("з", "із", "у", "по");

    /** Nouns after such a preposition that make it part of the name ("з питань", "у справах ветеранів", "по делам"). */
    static final Set<String> CYRILLIC_NAME_COMPLEMENTS = Set.of("питань", "справах", "прав", "вопросам", "делам", "правам", "надзору");

    /** Kinds of territory that close an organisation's name after the territory's name: "… Ростовской области". */
    static final Set<String> CYRILLIC_TERRITORIES = java.util.stream.Stream.of(
            "область", "округ", "район", "край", "республіка", "республика", "місто", "город", "громада")
            .map(NameKeys::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words for military units, which follow a number and adjectives in lower case: "219-ї окремої механізованої бригади". */
    static final Set<String> CYRILLIC_UNITS = java.util.stream.Stream.of(
            "бригада", "батальйон", "батальон", "полк", "дивізія", "дивизия", "корпус", "армія", "армия", "загін", "отряд",
            "флотилія", "флотилия", "ескадрилья", "эскадрилья", "ескадрилья")
            .map(NameKeys::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The noun of a complement that belongs to a unit's name: "бригади морської піхоти", "полк особого назначения". */
    static final Set<String> CYRILLIC_UNIT_COMPLEMENTS = java.util.stream.Stream.of(
            "піхоти", "пехоты", "оборони", "обороны", "призначення", "назначения", "реагування", "реагирования")
            .map(NameKeys::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Adjectives in any case form and gender: "окремої", "механізованої", "мотострелкового", "правозахисної". */
    static final java.util.regex.Pattern CYRILLIC_ADJECTIVE = java.util.regex.Pattern.compile(
            "[а-яіїєґё'-]{3,}(?:ий|ій|ый|ой|ого|ому|им|ім|ым|ом|а|ая|ої|ую|у|ою|ей|е|ое|є|і|ые|ие|их|ых|ими|ыми|ої|ьої|ня|ня)");

    /** Small Ukrainian and Russian words that end an organisation's name: prepositions, conjunctions, pronouns. */
    static final Set<String> CYRILLIC_STOPS = Set.of(
            "і", "й", "та", "в", "у", "на", "з", "із", "зі", "до", "від", "за", "що", "як", "це", "не", "про", "після", "під",
            "и", "с", "со", "от", "что", "как", "это", "о", "об", "по", "после", "под", "для", "при", "його", "її", "их", "его", "ее");

    /** Endings of verbs ("заявило", "повідомив", "сообщает"), which end a name. */
    private static final java.util.regex.Pattern VERB_ENDING =
            java.util.regex.Pattern.compile(".*(ла|ло|ли|ив|ав|ил|ал|ет|ит|ют|ять|ать|ить|ться|ться|ся|сь|ує|ює|ють)$");

    /**
     * Adverbs ("тимчасово", "теж") and short participles ("согласована"), which end a name: the lower-case words
     * of an organisation's name are genitives, and no Ukrainian or Russian genitive ends in -о but the adjectives'
     * -ого/-его ("третейского суда").
     */
    static boolean adverbOrParticiple(String folded) {
        return folded.length() > 3 && folded.endsWith("о") && !folded.matches(".*(?:ого|его|ього)") || ADVERBS.contains(folded) || folded.matches(".{2,}(?:ован|ован[аоы])");
    }

    private static final Set<String> ADVERBS = Set.of("теж", "вже", "уже", "ще", "еще", "лише", "только", "тоже", "також", "также");

    static boolean verbLike(String folded) {
        return VERB_ENDING.matcher(folded).matches();
    }

    static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”", "„");
    static final Set<String> SENTENCE_PUNCTUATION = Set.of(".", "!", "?", ";", ":");

    /** Endings common among Ukrainian, Russian and other surnames, used when no given name is known. */
    static final String[] SURNAME_ENDINGS = {
        "enko", "chuk", "czuk", "yuk", "iuk", "uk", "ov", "ova", "ev", "eva", "yov", "in", "ina", "sky", "skyi", "skiy",
        "ski", "ska", "skaya", "tsky", "tskyi", "ich", "vych", "vich", "ko", "yan", "ian", "dze", "shvili", "son"};

    /** Ukrainian and Russian surnames in their case forms: Гончаренка, Ковальчуку, Лозинського, Семенова. */
    private static final java.util.regex.Pattern CYRILLIC_SURNAME = java.util.regex.Pattern.compile(
            ".{2,}(?:енк[оауи]|енком|[ую]к(?:а|у|ом|ові)?|(?:ськ|цьк|зьк|ск|цк)(?:ий|ій|ого|ому|им|ім|а|ая)"
                    + "|[оеє]в(?:а|у|ым|им|ом)?|[иі]н(?:а|у|ым|им|ом)?|ович|евич|ян|дзе|швил[иі])");
    /** Surname forms that need a given name ending in -а/-я beside them: a woman's nominative or a man's genitive. */
    private static final java.util.regex.Pattern AFTER_A = java.util.regex.Pattern.compile(
            ".*(?:енка|[ую]ка|(?:ськ|цьк|зьк|ск|цк)(?:ого|а|ая)|[оеє]ва|[иі]на)");
    /** Surname forms of the nominative that need a given name ending in a consonant, й or ь (a man's). */
    private static final java.util.regex.Pattern MASCULINE_NOMINATIVE = java.util.regex.Pattern.compile(
            ".*(?:[ую]к|(?:ськ|цьк|зьк|ск|цк)(?:ий|ій)|[оеє]в|[иі]н|ович|евич)");
    /** Adjectives in the forms that open a phrase: "Государственный", "Новой", "Крымского". */
    private static final java.util.regex.Pattern CYRILLIC_ADJECTIVE_FORM = java.util.regex.Pattern.compile(
            ".*(?:ый|ий|ій|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ей|ую|юю|ої|ою|ими|ыми|их|ых|ня)");

    static boolean surnameLike(String word) {
        String w = NameKeys.fold(word);
        if (NOT_NAMES.contains(w)) return false;
        if (!w.isEmpty() && NameKeys.isCyrillic(w.charAt(0))) return !isCyrillicNotName(NameKeys.word(word)) && CYRILLIC_SURNAME.matcher(w).matches();
        for (String e : SURNAME_ENDINGS) if (w.endsWith(e) && w.length() > e.length() + 2) return true;
        return false;
    }

    /**
     * Two Cyrillic words that read as an unknown given name and a surname: the surname has a surname's ending and
     * the given name agrees with it in gender and case ("Ерлан Касымов", "Ерлана Касымова", "Айгуль Касымова" is
     * not checked: a woman's name in a consonant is rare). A sentence's opening noun before a surname in another
     * case ("Убийство Листьева", "Сказки Пушкина") or an adjective ("Государственный Кремлёвский") does not agree.
     */
    static boolean cyrillicPersonPair(String given, String surname) {
        String g = NameKeys.fold(given), s = NameKeys.fold(surname);
        if (g.length() < 3 || !NameKeys.isCyrillic(g.charAt(0)) || !surnameLike(surname) || isCyrillicNotName(NameKeys.word(given))
                || CYRILLIC_ADJECTIVE_FORM.matcher(g).matches()) return false;
        char last = g.charAt(g.length() - 1);
        boolean vowelA = last == 'а' || last == 'я', consonant = "аеєиіїоуюяыэь".indexOf(last) < 0 || last == 'ь';
        if (AFTER_A.matcher(s).matches()) return vowelA;
        if (MASCULINE_NOMINATIVE.matcher(s).matches()) return consonant;
        return s.matches(".*(?:енко|ян|дзе|швил[иі])") && (consonant || vowelA);
    }

    /**
     * Ukrainian and Russian words for offices, occupations and groups that stand capitalised before a name at the
     * start of a sentence ("Глава Васильевского округа", "Депутат Белов"): never a name themselves.
     */
    private static final Set<String> CYRILLIC_NOT_NAMES = java.util.stream.Stream.of(
            "глава", "голова", "мер", "мэр", "депутат", "міністр", "министр", "губернатор", "президент", "директор",
            "керівник", "руководитель", "председатель", "начальник", "заступник", "заместитель", "секретар", "секретарь", "речник",
            "спікер", "спикер", "командир", "командувач", "командующий", "генерал", "полковник", "журналіст", "журналист",
            "блогер", "активіст", "активист", "адвокат", "суддя", "судья", "прокурор", "бійці", "бойцы", "житель",
            "жителька", "жительница", "мешканець", "мешканка", "волонтер", "волонтерка", "правозахисник",
            "правозахисниця", "правозащитник", "правозащитница", "колаборант", "колаборантка", "коллаборант", "гауляйтер",
            "врио", "уповноважений", "уполномоченный", "омбудсман", "посол", "лідер", "лидер", "військовий", "военный",
            "окупанти", "оккупанты", "росіяни", "россияне", "українці", "украинцы", "партизани", "партизаны",
            "воєнкор", "военкор", "співробітники", "сотрудники", "учасники", "участники")
            .map(NameKeys::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static boolean isCyrillicNotName(String key) {
        return CYRILLIC_NOT_NAMES.contains(key);
    }

    /** A word key that is never a name by itself, in any of the three languages. */
    static boolean notName(String key) {
        return NOT_NAMES.contains(key) || CYRILLIC_NOT_NAMES.contains(key);
    }
}
