package org.totmon.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Place;
import org.totmon.model.PublicationDate;
import org.totmon.model.Report;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;
import org.totmon.model.Token;

/**
 * One report on its way through the pipeline: the text and the standoff layers added so far.
 * A document belongs to one thread; annotators share nothing but read-only resources, so many documents
 * can be annotated at once.
 */
public final class Document {
    private final Report report;
    private final PublicationDate published;
    private String language;
    private final List<TextSpan> boilerplate = new ArrayList<>();
    private final List<TextSpan> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<String[]> lemmas = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<NameCandidate> nameCandidates = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    public Document(Report report) {
        this.report = report;
        this.published = safeDate(report.published());
        this.language = report.language();
    }

    private static PublicationDate safeDate(String published) {
        try {
            return PublicationDate.parse(published);
        } catch (RuntimeException e) {
            return PublicationDate.UNKNOWN; // a malformed date only loses the anchor for relative dates
        }
    }

    public Report report() { return report; }
    public String text() { return report.text(); }
    public PublicationDate published() { return published; }

    /** {@code en}, {@code uk}, {@code ru} or {@code other}; the declared language until language identification runs. */
    public String language() { return language; }
    public void setLanguage(String language) { this.language = language; }

    /** Boilerplate lines: kept in the text, skipped by the content layers. */
    public List<TextSpan> boilerplate() { return boilerplate; }
    public List<TextSpan> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }
    /** LEMMAS: the folded lemmas of each token, in token order (see {@code LemmaAnnotator}). */
    public List<String[]> lemmas() { return lemmas; }

    /** The lemmas of a token of this document, or null when the LEMMAS layer has not been made. */
    public String[] lemmasOf(Token token) {
        if (lemmas.size() != tokens.size()) return null;
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = tokens.get(mid).start();
            if (start == token.start()) return lemmas.get(mid);
            if (start < token.start()) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    public List<Entity> entities() { return entities; }
    public List<Place> places() { return places; }
    /** Names a trained model proposes (Russian only for now); not part of the extraction until a layer adopts them. */
    public List<NameCandidate> nameCandidates() { return nameCandidates; }
    public List<TimeMention> times() { return times; }
    public List<Claim> claims() { return claims; }
    public List<Event> events() { return events; }

    public boolean isBoilerplate(int start, int end) {
        for (TextSpan b : boilerplate) if (b.overlaps(start, end)) return true;
        return false;
    }

    /** The tokens inside [start, end). */
    public List<Token> tokensIn(int start, int end) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) if (t.start() >= start && t.end() <= end) out.add(t);
        return out;
    }

    public Extraction toExtraction() {
        return new Extraction(report.id(), language, boilerplate, entities, places, times, claims, events);
    }
}
