package org.totmon.pipeline.attribution;

import java.util.List;
import org.totmon.model.Token;
import org.totmon.pipeline.claim.Cues;
import org.totmon.pipeline.text.English;

/** The shapes of words that finding sources looks at: capitalised names, dashes. */
final class TokenShapes {
    private TokenShapes() {}

    static boolean isCapitalisedName(Token t) {
        String w = t.text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(w.length() - 1));
    }

    static boolean allCapitalised(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    static boolean startsName(Token t) {
        String w = Cues.norm(t.text());
        return Character.isUpperCase(t.text().charAt(0)) || English.isDefiniteArticle(w);
    }

    static boolean isDash(Token t) {
        return t.text().length() == 1 && "-–—".indexOf(t.text().charAt(0)) >= 0;
    }
}
