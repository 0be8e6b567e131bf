package org.totmon.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 *
 * <p>Inside a {@link Pipeline} the layer contract is enforced: while an annotator runs it may read only the layers it
 * requires (and the one it produces), and once it is done its layer is sealed, so later annotators cannot change it.
 * Outside a pipeline (tests that build layers by hand) every layer is open.
 */
public final class Document {
    private final Report report;
    private final PublicationDate published;
    private String language;
    private List<TextSpan> boilerplate = new ArrayList<>();
    private List<TextSpan> headline = new ArrayList<>();
    private List<TextSpan> credits = new ArrayList<>();
    private List<TextSpan> sentences = new ArrayList<>();
    private List<Token> tokens = new ArrayList<>();
    private List<String[]> lemmas = new ArrayList<>();
    private List<TextSpan> clauses = new ArrayList<>();
    private List<ModalCue> modality = new ArrayList<>();
    private List<Entity> entities = new ArrayList<>();
    private List<Place> placeMatches = new ArrayList<>();
    private List<Place> places = new ArrayList<>();
    private List<NameCandidate> nameCandidates = new ArrayList<>();
    private List<TimeMention> times = new ArrayList<>();
    private List<Attribution> attributions = new ArrayList<>();
    private List<Claim> claims = new ArrayList<>();
    private List<Event> events = new ArrayList<>();

    private final Set<Layer> sealed = EnumSet.noneOf(Layer.class);
    /** The annotator now running inside a pipeline, and what it may read; null outside a pipeline step. */
    private Annotator running;
    private Set<Layer> readable;

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
    public String language() { read(Layer.LANGUAGE); return language; }
    public void setLanguage(String language) {
        read(Layer.LANGUAGE);
        if (sealed.contains(Layer.LANGUAGE)) throw sealedError(Layer.LANGUAGE);
        this.language = language;
    }

    /** Boilerplate lines: kept in the text, skipped by the content layers. */
    public List<TextSpan> boilerplate() { read(Layer.BOILERPLATE); return boilerplate; }
    /** The headline, when the text opens with the report's title (at most one span); read only through the body. */
    public List<TextSpan> headline() { read(Layer.HEADLINE); return headline; }
    /** Lines and spans that credit the report's makers, whose names are no entities of the report. */
    public List<TextSpan> credits() { read(Layer.CREDITS); return credits; }
    public List<TextSpan> sentences() { read(Layer.TOKENS); return sentences; }
    public List<Token> tokens() { read(Layer.TOKENS); return tokens; }
    /** LEMMAS: the folded lemmas of each token, in token order (see {@code LemmaAnnotator}). */
    public List<String[]> lemmas() { read(Layer.LEMMAS); return lemmas; }

    /** The lemmas of a token of this document, or null when the LEMMAS layer has not been made. */
    public String[] lemmasOf(Token token) {
        read(Layer.LEMMAS);
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
    public List<TextSpan> clauses() { read(Layer.CLAUSES); return clauses; }
    /** The MODALITY layer, in text order of the clauses. */
    public List<ModalCue> modality() { read(Layer.MODALITY); return modality; }
    public List<Entity> entities() { read(Layer.ENTITIES); return entities; }
    /** Every gazetteer match, names of entities included; {@link #places()} is what the report's places are. */
    public List<Place> placeMatches() { read(Layer.PLACE_MATCHES); return placeMatches; }
    public List<Place> places() { read(Layer.PLACES); return places; }
    /** Names a trained model proposes (Russian only for now); not part of the extraction until a layer adopts them. */
    public List<NameCandidate> nameCandidates() { read(Layer.NAME_CANDIDATES); return nameCandidates; }
    public List<TimeMention> times() { read(Layer.TIMES); return times; }
    /** Reported speech and quotations with their speakers, in text order (the attribution layer). */
    public List<Attribution> attributions() { read(Layer.ATTRIBUTION); return attributions; }
    public List<Claim> claims() { read(Layer.CLAIMS); return claims; }
    public List<Event> events() { read(Layer.EVENTS); return events; }

    public boolean isBoilerplate(int start, int end) {
        for (TextSpan b : boilerplate()) if (b.overlaps(start, end)) return true;
        return false;
    }

    /**
     * The tokens inside [start, end), as a read-only view. The tokens are in text order and do not overlap, so their
     * starts and ends both ascend and the tokens inside a span are a run found by two binary searches: annotators ask
     * this once per candidate, often only for the count, and a scan with a copy made that quadratic in report length.
     */
    public List<Token> tokensIn(int start, int end) {
        List<Token> all = tokens();
        int from = firstIndex(all, start, true);
        int to = Math.max(from, firstIndex(all, end + 1, false));
        return Collections.unmodifiableList(all.subList(from, to));
    }

    /** The index of the first token whose start (or end) is at least {@code offset}. */
    private static int firstIndex(List<Token> tokens, int offset, boolean byStart) {
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

    /** Whether a pipeline has sealed the layer. */
    public boolean isSealed(Layer layer) {
        return sealed.contains(layer);
    }

    /** Called by {@link Pipeline} before an annotator runs: from now on it may read only what it declares. */
    void begin(Annotator a) {
        if (sealed.contains(a.produces())) throw sealedError(a.produces());
        running = a;
        readable = EnumSet.of(a.produces());
        readable.addAll(a.requires());
    }

    /** Called by {@link Pipeline} when an annotator is done: its layer becomes read-only. */
    void end(Annotator a) {
        running = null;
        readable = null;
        seal(a.produces());
    }

    private void seal(Layer layer) {
        sealed.add(layer);
        switch (layer) {
            case BOILERPLATE -> boilerplate = Collections.unmodifiableList(boilerplate);
            case HEADLINE -> headline = Collections.unmodifiableList(headline);
            case CREDITS -> credits = Collections.unmodifiableList(credits);
            case LANGUAGE -> { } // a string: setLanguage checks the seal
            case TOKENS -> {
                tokens = Collections.unmodifiableList(tokens);
                sentences = Collections.unmodifiableList(sentences);
            }
            case LEMMAS -> lemmas = Collections.unmodifiableList(lemmas);
            case CLAUSES -> clauses = Collections.unmodifiableList(clauses);
            case MODALITY -> modality = Collections.unmodifiableList(modality);
            case NAME_CANDIDATES -> nameCandidates = Collections.unmodifiableList(nameCandidates);
            case PLACE_MATCHES -> placeMatches = Collections.unmodifiableList(placeMatches);
            case PLACES -> places = Collections.unmodifiableList(places);
            case TIMES -> times = Collections.unmodifiableList(times);
            case ENTITIES -> entities = Collections.unmodifiableList(entities);
            case ATTRIBUTION -> attributions = Collections.unmodifiableList(attributions);
            case CLAIMS -> claims = Collections.unmodifiableList(claims);
            case EVENTS -> events = Collections.unmodifiableList(events);
        }
    }

    private void read(Layer layer) {
        if (readable != null && !readable.contains(layer)) {
            throw new IllegalStateException(running.name() + " reads the layer " + layer + " but does not declare it in requires()");
        }
    }

    private static IllegalStateException sealedError(Layer layer) {
        return new IllegalStateException("the layer " + layer + " is already produced, and a layer is immutable once produced");
    }
}
