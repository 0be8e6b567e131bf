package org.totmon.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import org.totmon.model.Side;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;

/** What finding the speakers of one report needs to know about it: its sentences, its outlet, the sources so far. */
final class Scene {
    final Document doc;
    final List<TextSpan> sentences;
    final List<List<Token>> tokens;
    final List<List<Resolved>> sourcesBySentence = new ArrayList<>();
    final List<Resolved> allSources = new ArrayList<>();
    final String outlet;
    final Sided outletSide;
    /** The side of officials and state bodies named without one: the outlet's own authorities. */
    final Side home;

    Scene(Document doc, ContentSentences content, Claimants claimants) {
        this.doc = doc;
        this.sentences = content.spans();
        this.tokens = content.tokens();
        this.outlet = claimants.outletName(doc.report());
        this.outletSide = claimants.ownVoice(doc.report(), doc.language(), content.tokens());
        this.home = outletSide.side() == Side.OCCUPATION ? Side.OCCUPATION : Side.UKRAINE;
    }
}
