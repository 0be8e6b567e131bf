package org.totmon.pipeline.place;

import java.util.Set;

/**
 * Common given names (English spellings of Ukrainian and Russian names, and their Cyrillic forms). A word
 * that names a place but stands next to one of these is part of a person's name: "Vladimir Putin",
 * "Oleksii Danilov", "Тараса Шевченка", "Володимира Зеленського".
 */
final class PersonNames {
    private PersonNames() {}

    private static final Set<String> GIVEN_NAMES = Set.of(
            "vladimir", "volodymyr", "oleksii", "oleksiy", "alexei", "alexey", "aleksei", "aleksey", "maria", "mariia",
            "ivan", "dmitry", "dmitri", "dmytro", "sergey", "sergei", "serhii", "serhiy", "yevgeny", "yevgeniy",
            "yevhen", "evgeny", "andrii", "andriy", "andrey", "andrei", "oleksandr", "alexander", "aleksandr",
            "mykola", "nikolai", "nikolay", "mykhailo", "mikhail", "viktor", "victor", "yuriy", "yurii", "yuri",
            "pavlo", "pavel", "petro", "pyotr", "petr", "vasyl", "vasily", "vasiliy", "kirill", "kyrylo", "denys",
            "denis", "maksym", "maxim", "oleh", "oleg", "igor", "ihor", "roman", "anatoliy", "anatoly", "valery",
            "valeriy", "leonid", "boris", "borys", "gennady", "hennadiy", "yaroslav", "vitaliy", "vitaly", "vitalii",
            "ruslan", "arsen", "taras", "bohdan", "anton", "antony", "galina", "halyna", "olga", "olha", "irina",
            "iryna", "natalia", "natalya", "tatiana", "tetiana", "yelena", "olena", "elena", "anna", "svetlana",
            "svitlana", "lyudmila", "liudmyla", "ekaterina", "kateryna", "yulia", "yuliia", "marina", "maryna",
            "volodymyra", "daria", "darya", "sofia", "vera", "nadezhda", "valentina", "yevgenia", "larisa",
            "владимир", "володимир", "олексій", "алексей", "марія", "мария", "іван", "иван", "дмитро", "дмитрий",
            "сергій", "сергей", "євген", "евгений", "андрій", "андрей", "олександр", "александр", "микола",
            "николай", "михайло", "михаил", "віктор", "виктор", "юрій", "юрий", "павло", "павел", "петро", "петр",
            "василь", "василий", "кирило", "кирилл", "денис", "максим", "олег", "ігор", "игорь", "роман", "борис",
            "геннадій", "геннадий", "ярослав", "віталій", "виталий", "руслан", "тарас", "богдан", "антон",
            "галина", "ольга", "ірина", "ирина", "наталія", "наталья", "тетяна", "татьяна", "олена", "елена",
            "анна", "світлана", "светлана", "людмила", "катерина", "екатерина", "юлія", "юлия", "марина",
            "artem", "artyom", "vadym", "vadim", "viacheslav", "vyacheslav", "illia", "ilya", "kostiantyn",
            "konstantin", "valentyn", "valentin", "stanislav", "hryhorii", "grigory", "heorhii", "georgy", "fedir",
            "fyodor", "stepan", "semen", "semyon", "eduard", "ramzan", "oksana", "larysa", "viktoriia", "viktoria",
            "hanna", "артем", "вадим", "вячеслав", "ілля", "илья", "костянтин", "константин", "валерій", "валерий",
            "анатолій", "анатолий", "леонід", "леонид", "станіслав", "станислав", "григорій", "григорий",
            "георгій", "георгий", "федір", "федор", "степан", "яків", "яков", "семен", "всеволод", "валентин",
            "едуард", "эдуард", "рамзан", "вікторія", "виктория", "оксана", "лариса", "алла", "інна", "инна",
            "ганна", "леся");

    /** Endings of a given name's oblique cases: Тараса, Володимиру, Tarasa. */
    private static final Set<String> CASE_ENDINGS = Set.of("а", "я", "и", "у", "ю", "ові", "еві", "ом", "ем", "ій", "ої", "і", "ы", "ой", "a", "ya", "ia", "u", "yu");

    /** Whether a word key is a given name, in its dictionary form or (for Cyrillic and romanized genitives) a case form. */
    static boolean isGivenName(String key) {
        return GIVEN_NAMES.contains(key) || isInflectedGivenName(key);
    }

    /** A case form of a given name, never the dictionary form itself ("Тараса", not "Тарас" or "Івано-"). */
    static boolean isInflectedGivenName(String key) {
        for (int cut = 1; cut <= 3 && cut < key.length(); cut++) {
            String ending = key.substring(key.length() - cut);
            if (!CASE_ENDINGS.contains(ending)) continue;
            String head = key.substring(0, key.length() - cut);
            if (GIVEN_NAMES.contains(head)) return true;
            for (String vowel : new String[] {"а", "я", "й", "о", "a"}) if (GIVEN_NAMES.contains(head + vowel)) return true;
        }
        return false;
    }
}
