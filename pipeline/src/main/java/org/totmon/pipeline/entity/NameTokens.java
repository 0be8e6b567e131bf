package org.totmon.pipeline.entity;

import org.totmon.model.Token;
import org.totmon.pipeline.Document;

/** What the name finders ask of a token or a stretch of word keys. */
final class NameTokens {
    private NameTokens() {}

    static boolean capitalised(Token t) {
        return Character.isUpperCase(t.text().codePointAt(0));
    }

    /** Two tokens on one line, separated by white space at most (a comma or line break ends a name). */
    static boolean adjacent(Document doc, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) if (!Character.isWhitespace(doc.text().charAt(k)) || doc.text().charAt(k) == '\n') return false;
        return true;
    }

    /** A title word ("Lieutenant-General" too), unless it begins an organisation's name ("General Staff"). */
    static boolean isTitle(String[] keys, int i, int to) {
        boolean title = NameLexicon.TITLES.contains(keys[i])
                || keys[i].indexOf('-') > 0 && java.util.Arrays.stream(keys[i].split("-")).allMatch(NameLexicon.TITLES::contains);
        return title && !(i + 1 < to && NameLexicon.ORG_HEADS.contains(keys[i + 1]));
    }

    static boolean hasOrgHead(String[] keys, int from, int to) {
        for (int k = from; k < to; k++) if (NameLexicon.ORG_HEADS.contains(keys[k])) return true;
        return false;
    }
}
