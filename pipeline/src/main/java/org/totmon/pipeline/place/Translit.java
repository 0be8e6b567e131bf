package org.totmon.pipeline.place;

/**
 * Ukraine's national romanization (Cabinet of Ministers resolution 55 of 2010), the form the guidelines ask
 * for canonical names: Запоріжжя → Zaporizhzhia, Ізюм → Izium, Євпаторія → Yevpatoriia, Купʼянськ → Kupiansk.
 */
final class Translit {
    private Translit() {}

    static String ukrainian(String cyrillic) {
        StringBuilder b = new StringBuilder(cyrillic.length() + 8);
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char l = Character.toLowerCase(c);
            boolean initial = i == 0 || !(Character.isLetter(cyrillic.charAt(i - 1)) || PlaceText.isApostrophe(cyrillic.charAt(i - 1)));
            String t;
            if (l == 'г' && i > 0 && Character.toLowerCase(cyrillic.charAt(i - 1)) == 'з') t = "gh";
            else t = letter(l, initial);
            if (t == null) {
                if (!PlaceText.isApostrophe(c)) b.append(c);
                continue;
            }
            if (Character.isUpperCase(c) && !t.isEmpty()) t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            b.append(t);
        }
        return b.toString();
    }

    private static String letter(char l, boolean initial) {
        return switch (l) {
            case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "h"; case 'ґ' -> "g"; case 'д' -> "d";
            case 'е' -> "e"; case 'є' -> initial ? "ye" : "ie"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и' -> "y";
            case 'і' -> "i"; case 'ї' -> initial ? "yi" : "i"; case 'й' -> initial ? "y" : "i"; case 'к' -> "k";
            case 'л' -> "l"; case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r";
            case 'с' -> "s"; case 'т' -> "t"; case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts";
            case 'ч' -> "ch"; case 'ш' -> "sh"; case 'щ' -> "shch"; case 'ь', 'ъ' -> "";
            case 'ю' -> initial ? "yu" : "iu"; case 'я' -> initial ? "ya" : "ia";
            case 'ы' -> "y"; case 'э' -> "e"; case 'ё' -> initial ? "yo" : "io";
            default -> null;
        };
    }
}
