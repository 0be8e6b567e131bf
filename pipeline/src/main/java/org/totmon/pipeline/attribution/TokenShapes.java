package org.totmon.pipeline.attribution;

import java.util.List;
import org.totmon.model.Token;
import org.totmon.pipeline.claim.Cues;
import org.totmon.pipeline.text.English;

/** The shapes of words that finding sources looks at: capitalised names, dashes. */
final class TokenShapes {
    /** How many words a quoted name may have. */
    private static final int QUOTED_NAME_WORDS = 4;

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

    /** Whether the quotation mark at k closes a short name that opens with a capital ("група «Схід SOS»"), not a quotation. */
    static boolean closesQuotedName(List<Token> t, int k) {
        for (int j = k - 1; j >= 0 && k - j <= QUOTED_NAME_WORDS + 1; j--) {
            if (AttributionWords.QUOTES.contains(t.get(j).text())) return j + 1 < k && Character.isUpperCase(t.get(j + 1).text().charAt(0));
        }
        return false;
    }

    /** "in Kherson", "in the occupied territory of Kherson Oblast": a capitalised word within a few words from k, before end. */
    static boolean capitalisedSoon(List<Token> t, int k, int end) {
        for (int j = k; j < end && j < k + 5; j++) if (Character.isUpperCase(t.get(j).text().charAt(0))) return true;
        return false;
    }

    /** Whether the word at k is "by" after a participle and before a one-word name: "installed by Moscow", "backed by Russia". */
    static boolean agentOfParticiple(List<Token> t, int k) {
        return k > 0 && k + 1 < t.size() && AttributionWords.AGENT_PREPOSITIONS.contains(Cues.norm(t.get(k).text()))
                && AttributionWords.PARTICIPLE_ADJECTIVES.contains(Cues.norm(t.get(k - 1).text())) && isCapitalisedName(t.get(k + 1));
    }

    static boolean isDash(Token t) {
        return t.text().length() == 1 && "-–—".indexOf(t.text().charAt(0)) >= 0;
    }
}
