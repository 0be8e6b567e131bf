package org.totmon.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Report;

/**
 * The one way reports go into the store, for {@code totmon ingest} and {@code POST /api/reports} alike: a report
 * already stored is a duplicate and is not annotated again; a new one is annotated, checked, stored and linked to the
 * stored ones. A report that cannot be annotated or does not fit the store is {@link Refused}, naming its line; a
 * failing store is a {@link StoreException}.
 * <p>
 * The command line takes reports one by one ({@link #add}): a refused one is named and the others go on. A request
 * is all or nothing ({@link #addAll}): every report is annotated before any is stored, then all are stored in one
 * transaction, so a refused report or a failing store leaves nothing of the request behind.
 */
public final class Intake {
    /** A report to take in, where it came from, and its line in the input (0: none). */
    public record Item(Report report, Provenance provenance, int line) {}

    /** What a batch did: each report's result, in order, and how many reports linking took in. */
    public record Batch(List<IngestResult> results, long linked) {}

    /** This report cannot be taken: its annotation failed, or it does not fit the store. */
    public static final class Refused extends RuntimeException {
        private final int line;

        Refused(String message, int line, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        /** The report's line in the input; 0 when it has none. */
        public int line() {
            return line;
        }
    }

    private final Store store;
    private final Function<Report, Extraction> annotator;
    private final Regions regions;
    private final String author;

    /** {@code author}: who or what is storing the reports, recorded with each ({@link Provenance#ingestedBy}). */
    public Intake(Store store, Function<Report, Extraction> annotator, Regions regions, String author) {
        this.store = store;
        this.annotator = annotator;
        this.regions = regions;
        this.author = author;
    }

    /** Takes one report and links it; its result says whether it was new. */
    public IngestResult add(Item item) {
        Store.Addition addition = prepare(item);
        return addition == null ? new IngestResult(item.report().id(), false) : store(List.of(addition)).get(0);
    }

    /**
     * The first half of {@link #add}, which any number of threads may run at once: the report annotated and checked,
     * ready for {@link #store}; null when it is stored already (a duplicate, not annotated again).
     */
    public Store.Addition prepare(Item item) {
        return store.contains(item.report().id()) ? null : annotated(item);
    }

    /**
     * The second half: stores prepared reports in this order and links them, all in one transaction, so several
     * reports cost one commit; a report stored since it was prepared is a duplicate. Each result says whether its
     * report was new.
     */
    public List<IngestResult> store(List<Store.Addition> additions) {
        // The new reports' claims and events are grouped with the stored ones now, so the ledger and timeline keep up.
        return store.addAndLink(additions, regions);
    }

    /**
     * Takes every report or none, and links them in the same transaction, as {@link #store} does: one commit, and the
     * links made from the extractions in hand, not read back.
     */
    public Batch addAll(List<Item> items) {
        List<Store.Addition> additions = new ArrayList<>();
        List<Item> kept = new ArrayList<>();
        for (Item item : items) {
            if (store.contains(item.report().id())) continue;
            additions.add(annotated(item));
            kept.add(item);
        }
        // Nothing new: the reports other processes stored are linked all the same.
        Batch stored = additions.isEmpty() ? new Batch(List.of(), store.link(regions)) : store.addAndLinkCounted(additions, regions);
        List<IngestResult> results = new ArrayList<>();
        int next = 0;
        for (Item item : items) {
            boolean annotatedHere = next < kept.size() && kept.get(next) == item;
            results.add(annotatedHere ? stored.results().get(next++) : new IngestResult(item.report().id(), false));
        }
        return new Batch(results, stored.linked());
    }

    private Store.Addition annotated(Item item) {
        Extraction extraction;
        try {
            extraction = annotator.apply(item.report());
        } catch (RuntimeException e) {
            // An annotator failing on one report (a bug, an input it did not foresee) refuses that report, not the run.
            throw new Refused("could not annotate the report" + (e.getMessage() == null ? "" : ": " + e.getMessage()), item.line(), e);
        }
        try {
            Store.check(item.report(), extraction);
        } catch (IllegalArgumentException e) {
            throw new Refused("does not fit the store: " + e.getMessage(), item.line(), e);
        }
        return Store.Addition.linkable(item.report(), extraction, item.provenance().by(author), regions);
    }
}
