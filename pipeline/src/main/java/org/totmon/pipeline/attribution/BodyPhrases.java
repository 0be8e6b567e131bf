package org.totmon.pipeline.attribution;

import java.util.List;
import org.totmon.model.Token;
import org.totmon.pipeline.claim.Cues;
import org.totmon.pipeline.text.English;

/** Where a source's phrase may run on past a preposition: to the seat of the body it names. */
final class BodyPhrases {
    /** How many capitalised words of a name a body's noun may govern before its seat ("Місія Червоного Хреста в …"). */
    private static final int BODY_NAME_WORDS = 3;

    private final Cues cues;

    BodyPhrases(Cues cues) {
        this.cues = cues;
    }

    /**
     * "officials in Kherson", "the occupation administration in Nova Kakhovka", "the defence ministry in Moscow": a
     * preposition after a source noun or a state body binds its place to the source (and the place often names its side);
     * the noun may govern a name before the place ("Місія Червоного Хреста в Україні", "the Embassy of Japan in Ukraine").
     */
    boolean placeAfterBody(List<Token> t, int k) {
        if (!cues.isCue("source_preposition", t.get(k)) || k + 1 >= t.size() || !Character.isLetter(t.get(k + 1).text().charAt(0))) return false;
        int body = k > 1 && AttributionWords.QUOTES.contains(t.get(k - 1).text()) ? k - 2 : k - 1; // the “Central Electoral Commission” in …
        if (body > 2 && TokenShapes.agentOfParticiple(t, body - 1)) body -= 3; // "officials installed by Moscow in Kherson"
        for (int b = body; b >= 0 && body - b <= BODY_NAME_WORDS; b--) {
            if (cues.matchAt("source_noun", t, b) == 1 || cues.matchAt("state_body", t, b) == 1 || cues.matchAt("org_word", t, b) == 1) return true;
            char first = t.get(b).text().charAt(0);
            if (!Character.isUpperCase(first)) return false;
            if (first < 128 && (b == 0 || !English.isOf(Cues.norm(t.get(--b).text())))) return false; // English names need "of"
        }
        return false;
    }
}
