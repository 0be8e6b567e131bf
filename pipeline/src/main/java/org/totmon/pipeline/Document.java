package org.totmon.pipeline;

import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * The tokens inside [start, end), as a read-only view. The tokens are in text order and do not overlap, so their
     * starts and ends both ascend and the tokens inside a span are a run found by two binary searches: annotators ask
     * this once per candidate, often only for the count, and a scan with a copy made that quadratic in report length.
     */
    public List<Token> tokensIn(int start, int end) {
        int from = firstIndex(start, true);
        int to = Math.max(from, firstIndex(end + 1, false));
        return Collections.unmodifiableList(tokens.subList(from, to));
    }

    /** The index of the first token whose start (or end) is at least {@code offset}. */
    private int firstIndex(int offset, boolean byStart) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if ((byStart ? t.start() : t.end()) < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public Extraction toExtraction() {
        return new Extraction(report.id(), language, boilerplate, entities, places, times, claims, events);
    }
}
