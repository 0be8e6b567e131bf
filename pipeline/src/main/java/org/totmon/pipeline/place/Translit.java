package org.totmon.pipeline.place;

import org.totmon.pipeline.entity.Romanizer;

/**
 * Ukraine's national romanization (Cabinet of Ministers resolution 55 of 2010), the form the guidelines ask
 * for canonical names: Запоріжжя → Zaporizhzhia, Ізюм → Izium, Євпаторія → Yevpatoriia, Купʼянськ → Kupiansk.
 * The table is {@link Romanizer}'s; a place name's apostrophes are every mark {@link PlaceText} reads as one.
 */
final class Translit {
    private Translit() {}

    static String ukrainian(String cyrillic) {
        StringBuilder b = new StringBuilder(cyrillic.length());
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            b.append(PlaceText.isApostrophe(c) ? '\'' : c);
        }
        return Romanizer.romanizeTitle(b.toString());
    }
}
