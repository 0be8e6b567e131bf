package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;

/** The index is derived: whatever happens to it, or between it and the database, opening the store repairs it. */
class IndexRecoveryTest {
    @TempDir Path data;
    @TempDir Path snapshots;

    private static Report numbered(int i) {
        return Samples.report("Report " + i + ": shelling near Orikhiv was reported on day " + i + ".", "Orikhiv " + i, "2023-06", "en");
    }

    private static void addRange(Store store, int from, int to) {
        for (int i = from; i < to; i++) store.add(numbered(i), Samples.bare(numbered(i), "en"));
    }

    private static long hits(Store store, String query) {
        return store.search(SearchQuery.of(query)).total();
    }

    @OnEachDatabase
    void aMissingIndexIsRebuilt(TestDatabase db) throws IOException {
        try (Store store = db.open(data)) {
            addRange(store, 0, 3);
        }
        deleteTree(data.resolve("index"));

        try (Store store = db.open(data)) {
            assertEquals(3, store.index().documentCount());
            assertEquals(3, hits(store, "Orikhiv"));
        }
    }

    @OnEachDatabase
    void anIndexBehindTheDatabaseCatchesUp(TestDatabase db) throws IOException {
        try (Store store = db.open(data)) {
            addRange(store, 0, 2);
        }
        copyTree(data.resolve("index"), snapshots.resolve("index"));
        try (Store store = db.open(data)) {
            addRange(store, 2, 5);
        }
        // As if the process died after committing three reports to the database but before committing the index.
        deleteTree(data.resolve("index"));
        copyTree(snapshots.resolve("index"), data.resolve("index"));

        try (Store store = db.open(data)) {
            assertEquals(5, store.index().documentCount());
            assertEquals(1, hits(store, "\"day 4\""));
        }
        try (Store store = db.open(data)) {
            assertEquals(5, store.index().documentCount(), "the catch-up was committed");
        }
    }

    /** H2 only: a server's database is not a file to put back. */
    @Test
    void anIndexAheadOfTheDatabaseIsRebuiltWithoutTheReportsTheDatabaseLost() throws IOException {
        try (Store store = Store.open(data)) {
            addRange(store, 0, 2);
        }
        Files.copy(data.resolve("totmon.mv.db"), snapshots.resolve("totmon.mv.db"));
        try (Store store = Store.open(data)) {
            addRange(store, 2, 4);
        }
        Files.copy(snapshots.resolve("totmon.mv.db"), data.resolve("totmon.mv.db"), StandardCopyOption.REPLACE_EXISTING);

        try (Store store = Store.open(data)) {
            assertEquals(2, store.reportCount());
            assertEquals(2, store.index().documentCount());
            assertEquals(0, hits(store, "\"day 3\""));
            addRange(store, 2, 4);
            assertEquals(1, hits(store, "\"day 3\""), "re-adding the lost reports indexes them once");
            assertEquals(4, store.index().documentCount());
        }
    }

    @OnEachDatabase
    void aCorruptIndexIsThrownAwayAndRebuilt(TestDatabase db) throws IOException {
        try (Store store = db.open(data)) {
            addRange(store, 0, 3);
        }
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.toList()) if (!f.getFileName().toString().equals("write.lock")) Files.writeString(f, "garbage");
        }

        try (Store store = db.open(data)) {
            assertEquals(3, store.index().documentCount());
            assertEquals(3, hits(store, "shelling"));
        }
    }

    @OnEachDatabase
    void anIndexOfAnotherStoreIsNotTrusted(TestDatabase db) throws IOException {
        Path other = snapshots.resolve("other");
        try (Store store = db.open(other)) {
            addRange(store, 0, 4);
        }
        try (Store store = db.open(data)) {
            addRange(store, 10, 12);
        }
        deleteTree(data.resolve("index"));
        copyTree(other.resolve("index"), data.resolve("index"));

        try (Store store = db.open(data)) {
            assertEquals(2, store.index().documentCount());
            assertEquals(0, hits(store, "\"day 1\""));
            assertEquals(1, hits(store, "\"day 11\""));
        }
    }

    @OnEachDatabase
    void reindexRebuildsFromTheDatabase(TestDatabase db) throws IOException {
        try (Store store = db.open(data)) {
            addRange(store, 0, 3);
            assertEquals(3, store.reindex());
            assertEquals(3, store.index().documentCount());
            assertEquals(List.of(numbered(1).id()), store.search(SearchQuery.of("\"day 1\"")).hits().stream().map(SearchHit::id).toList());
        }
    }

    /**
     * An index an older version wrote, whose fields were indexed otherwise (the id without doc values, the text
     * without offsets), is rebuilt on open rather than mixed with documents of the current schema, which Lucene refuses.
     */
    @OnEachDatabase
    void anIndexOfAnOlderSchemaIsRebuilt(TestDatabase db) throws IOException {
        try (Store store = db.open(data)) {
            addRange(store, 0, 3);
        }
        try (Directory dir = FSDirectory.open(data.resolve("index"))) {
            Map<String, String> commit = new HashMap<>(SegmentInfos.readLatestCommit(dir).getUserData());
            commit.put("index.schema", "3");
            try (IndexWriter old = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (int i = 0; i < 3; i++) {
                    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                    d.add(new StringField("id", numbered(i).id(), Field.Store.YES));
                    d.add(new StringField("lang", "en", Field.Store.YES));
                    d.add(new TextField("all.en", numbered(i).text(), Field.Store.NO));
                    old.addDocument(d);
                }
                old.setLiveCommitData(commit.entrySet());
                old.commit();
            }
        }

        try (Store store = db.open(data)) {
            assertEquals(3, store.index().documentCount());
            assertEquals(List.of(numbered(1).id()), store.candidates(SearchQuery.of("\"day 1\"")).hits().stream().map(SearchHit::id).toList());
            addRange(store, 3, 4);
            assertEquals(4, hits(store, "Orikhiv"));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) Files.copy(p, to.resolve(from.relativize(p).toString()));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
