package org.totmon.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.totmon.model.Entity;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PublicationDate;
import org.totmon.model.Report;
import org.totmon.pipeline.entity.NameKeys;
import org.totmon.pipeline.entity.Romanizer;

/**
 * The full-text index over the stored reports (Lucene, under {@code data/index}). Derived data: {@link Store} feeds
 * it and rebuilds it when needed. Text is analysed per language: a report's title and text go to fields named for
 * its analysis language ({@code all.en}, {@code all.uk}, {@code all.ru}, {@code all.other}; the title alone also to
 * {@code title.<language>}, to rank title matches higher), each with its own analyzer, and a query is analysed once
 * per language. Ukrainian is lemmatised with a dictionary (morfologik), Russian stemmed (Snowball), English stemmed.
 * Adding a language is one entry in {@link #ANALYZERS} and a new {@link #SCHEMA} value, which makes every store
 * rebuild its index on the next open. The text alone is also indexed, with its words' offsets, as
 * {@code text.<language>}: not searched, but what a snippet's highlights are read from, so that a page of hits is
 * highlighted without analysing the reports' texts again.
 * <p>
 * Names cross scripts through {@code entity.key}: each word of a report's entity names and mentions, case ending
 * stripped, romanized and reduced to its consonant skeleton ({@link #nameKey}), so "Балицького", "Балицкий",
 * "Balytskyi" and "Balitsky" share a key. A query of plain words matches a word either in the text or as such a key,
 * so a search for "Balitsky" finds a report that says only "Балицький". Thread-safe.
 */
public final class SearchIndex implements Closeable {
    /** Changes whenever documents would be indexed differently; an index of another schema is rebuilt. */
    static final String SCHEMA = "5";

    /** Analyzers by language; every other language goes to {@link #OTHER} with the standard analyzer. */
    private static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.of(
            "en", EnglishAnalyzer::new,
            "uk", UkrainianMorfologikAnalyzer::new,
            "ru", RussianAnalyzer::new);
    static final String OTHER = "other";
    private static final List<String> ANALYSIS_KEYS = Stream.concat(ANALYZERS.keySet().stream().sorted(), Stream.of(OTHER)).toList();

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String LANGUAGE = "lang";
    static final String PUBLISHED = "published";
    static final String URL = "url";
    static final String PUBLISHED_FROM = "published_from";
    static final String PUBLISHED_TO = "published_to";
    static final String PUBLISHED_SORT = "published_sort";
    static final String PLACE = "place";
    static final String ENTITY = "entity";
    static final String ENTITY_KEY = "entity.key";
    static final String ANALYSIS = "analysis";

    private static final String COMMIT_INSTANCE = "store.instance";
    private static final String COMMIT_SEQ = "store.seq";
    private static final String COMMIT_SCHEMA = "index.schema";

    /** Indexing this many reports commits the index: a crash costs at most that many to re-index. */
    private static final int COMMIT_EVERY = 500;
    private static final float TITLE_BOOST = 2f;
    /** Longest name kept as a filter term; Lucene refuses terms over 32 KB and no real name comes near. */
    private static final int MAX_NAME_CHARS = 1000;
    /** Matches further into a text than this are not highlighted (the snippet falls back to the opening). */
    private static final int MAX_HIGHLIGHT_CHARS = 1_000_000;
    private static final int SNIPPET_GOAL_CHARS = 200;
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`\u00b4]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /** English spellings of sounds the romanizations write otherwise: Theresa/Тереза, Dominic/Домінік. */
    private static final Pattern ENGLISH_SPELLING = Pattern.compile("th|z(?!h)|c(?!h)");
    /** Shorter skeletons ("vn" of Ivan) would join unrelated names. */
    private static final int MIN_KEY = 3;

    private final String storeInstance;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private long indexedSeq;
    private int uncommitted;

    private SearchIndex(String storeInstance, Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.storeInstance = storeInstance;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = new SearcherManager(writer, null);
        this.indexedSeq = Math.max(0, committedSeq());
    }

    /**
     * Opens (or creates) the index in {@code dir}. An index Lucene cannot read, or of another {@link #SCHEMA}, is
     * started afresh, to be rebuilt by the store: an older schema's fields (indexed without doc values, say) could not
     * take this one's documents.
     */
    static SearchIndex open(Path dir, String storeInstance) throws IOException {
        Files.createDirectories(dir);
        Analyzer analyzer = analyzer();
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            if (!SCHEMA.equals(committedSchema(directory))) config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // Corrupt or from an incompatible Lucene: it is derived data, so start afresh (the store rebuilds it).
            for (String file : directory.listAll()) directory.deleteFile(file);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        }
        return new SearchIndex(storeInstance, directory, writer, analyzer);
    }

    /** The schema the last commit in {@code directory} recorded; null when there is none (or it cannot be read). */
    private static String committedSchema(Directory directory) {
        try {
            return DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).getUserData().get(COMMIT_SCHEMA) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        ANALYZERS.forEach((language, make) -> {
            Analyzer a = make.get();
            perField.put(titleField(language), a);
            perField.put(allField(language), a);
            perField.put(textField(language), a);
        });
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    static String titleField(String analysisKey) {
        return "title." + analysisKey;
    }

    /** Title and text together: where the words of a query are looked for. */
    static String allField(String analysisKey) {
        return "all." + analysisKey;
    }

    /** The text alone, with offsets: where a snippet's highlights come from ({@link Highlighter}). */
    static String textField(String analysisKey) {
        return "text." + analysisKey;
    }

    /** Indexed with each word's offsets, not searched and not scored. */
    private static final FieldType WITH_OFFSETS = withOffsets();

    private static FieldType withOffsets() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    /** The seq of the last report the last commit covers; -1 when there is no commit, or it is of another store or schema. */
    long indexedUpTo() {
        return committedSeq();
    }

    private long committedSeq() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) live.forEach(e -> data.put(e.getKey(), e.getValue()));
        if (!storeInstance.equals(data.get(COMMIT_INSTANCE)) || !SCHEMA.equals(data.get(COMMIT_SCHEMA))) return -1;
        try {
            return Long.parseLong(data.get(COMMIT_SEQ));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The seq of the last report indexed, committed or not. */
    synchronized long indexedSeq() {
        return indexedSeq;
    }

    /** Indexes a report (replacing an earlier version of it); commits now and then. */
    synchronized void add(StoredReport r) throws IOException {
        writer.updateDocument(new Term(ID, r.id()), document(r));
        indexedSeq = Math.max(indexedSeq, r.seq());
        if (++uncommitted >= COMMIT_EVERY) commit(indexedSeq);
    }

    /** Commits, recording that the index covers the store's reports up to {@code seq}. */
    synchronized void commit(long seq) throws IOException {
        indexedSeq = seq;
        writer.setLiveCommitData(Map.of(COMMIT_INSTANCE, storeInstance, COMMIT_SEQ, Long.toString(seq), COMMIT_SCHEMA, SCHEMA).entrySet());
        writer.commit();
        uncommitted = 0;
    }

    /** Forgets every document (committed with the next commit). */
    synchronized void clear() throws IOException {
        writer.deleteAll();
        indexedSeq = 0;
    }

    /** Documents searchable now (committed or not). */
    public int documentCount() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The version of what a search sees now, having taken in what was indexed until now: it changes with every change
     * of the index, so that an answer kept for one version is an answer for as long as it stands.
     */
    public long version() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            return ((DirectoryReader) s.getIndexReader()).getVersion();
        } finally {
            searchers.release(s);
        }
    }

    private static Document document(StoredReport r) {
        Report report = r.report();
        String language = language(r);
        String key = ANALYZERS.containsKey(language) ? language : OTHER;
        Document d = new Document();
        d.add(new StringField(ID, report.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(report.id())));
        d.add(new StringField(LANGUAGE, language, Field.Store.YES));
        d.add(new SortedDocValuesField(LANGUAGE, new BytesRef(language)));
        d.add(new StoredField(ANALYSIS, key));
        String title = report.title() == null ? "" : report.title();
        d.add(new StoredField(TITLE, title));
        d.add(new StoredField(TEXT, report.text()));
        d.add(new TextField(titleField(key), title, Field.Store.NO));
        d.add(new TextField(allField(key), title + "\n\n" + report.text(), Field.Store.NO));
        d.add(new Field(textField(key), report.text(), WITH_OFFSETS));
        if (report.url() != null) d.add(new StoredField(URL, report.url()));
        DateRange published = publishedRange(report);
        if (published != null) {
            d.add(new StoredField(PUBLISHED, report.published()));
            d.add(new LongPoint(PUBLISHED_FROM, published.from().toEpochDay()));
            d.add(new LongPoint(PUBLISHED_TO, published.to().toEpochDay()));
            d.add(new NumericDocValuesField(PUBLISHED_SORT, published.from().toEpochDay()));
        }
        for (String name : names(r.extraction().places().stream().flatMap(SearchIndex::placeNames).toList())) {
            d.add(new StringField(PLACE, name, Field.Store.NO));
        }
        List<String> entityNames = r.extraction().entities().stream().flatMap(SearchIndex::entityNames).toList();
        for (String name : names(entityNames)) d.add(new StringField(ENTITY, name, Field.Store.NO));
        Set<String> keys = new LinkedHashSet<>();
        for (String name : entityNames) if (name != null) keys.addAll(nameKeys(name));
        for (String k : keys) d.add(new StringField(ENTITY_KEY, k, Field.Store.NO));
        return d;
    }

    private static Stream<String> placeNames(Place p) {
        return Stream.concat(Stream.of(p.name()), p.mentions().stream().map(Mention::text));
    }

    private static Stream<String> entityNames(Entity e) {
        return Stream.concat(Stream.of(e.name()), e.mentions().stream().map(Mention::text));
    }

    private static Set<String> names(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : raw) {
            if (s == null) continue;
            String n = normalizeName(s);
            if (!n.isEmpty() && n.length() <= MAX_NAME_CHARS) out.add(n);
        }
        return out;
    }

    /** Case, accents, apostrophes and spacing do not tell names apart: "Zaporizhzhia" = "zaporizhzhia", "Kam'ianka" = "Kamianka". */
    static String normalizeName(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** The keys of a name's words ({@link #nameKey}); words whose key is too short to tell names apart are left out. */
    static Set<String> nameKeys(String name) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = QueryWords.WORD.matcher(name.length() > MAX_NAME_CHARS ? name.substring(0, MAX_NAME_CHARS) : name);
        while (m.find()) {
            String key = nameKey(m.group());
            if (key.length() >= MIN_KEY) out.add(key);
        }
        return out;
    }

    /**
     * One word's key across scripts and cases: Cyrillic case ending stripped (Балицького → балицьк), romanized
     * (balytsk), English spellings of t, s and k folded, reduced to its consonant skeleton (bltsk), which the English
     * and Russian-style spellings share.
     */
    static String nameKey(String word) {
        String latin = Romanizer.romanize(NameKeys.word(POSSESSIVE.matcher(word).replaceFirst("")));
        return NameKeys.skeleton(ENGLISH_SPELLING.matcher(latin).replaceAll(m -> switch (m.group()) {
            case "th" -> "t";
            case "z" -> "s";
            default -> "k";
        }));
    }

    /** The language a report is searched under: the pipeline's, else the declared one, else "und". */
    static String language(StoredReport r) {
        String l = r.extraction().language();
        if (l == null || l.isBlank()) l = r.report().language();
        if (l == null || l.isBlank()) return "und";
        return l.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static DateRange publishedRange(Report r) {
        try {
            return DateRange.of(PublicationDate.parse(r.published()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The hits, each with a highlighted snippet. */
    public SearchResults search(SearchQuery q) throws IOException {
        return search(q, Set.of(), null);
    }

    /**
     * The hits, each with a highlighted snippet, leaving out the reports with {@code excluded} ids; every match counted.
     * A {@code scope} (null: none) replaces the entity filter by the names and reports people's merges and splits give
     * the entity.
     */
    public SearchResults search(SearchQuery q, Set<String> excluded, EntityNames.SearchScope scope) throws IOException {
        Query text = textQuery(q);
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = top(searcher, q, text, excluded, scope, Integer.MAX_VALUE);
            int[] docs = new int[top.scoreDocs.length];
            float[] scores = new float[docs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
                scores[i] = text == null ? 0f : top.scoreDocs[i].score;
            }
            return new SearchResults(top.totalHits.value, new Highlighter(searcher, q.text()).hits(docs, scores));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The best hits as {@link #search(SearchQuery, Set, EntityNames.SearchScope)} finds them, each with only its id, language and score, read
     * from doc values: a caller that ranks and counts many candidates but shows a page of them gets the rest with
     * {@link #withSnippets}, and no report's stored fields (compressed together with the texts) are read for the
     * others. {@code total} is exact up to {@code q.limit() + 1}; past that it is only known to be more than the limit,
     * which lets Lucene skip hits that cannot make the best {@code q.limit()}.
     */
    public SearchResults candidates(SearchQuery q, Set<String> excluded, EntityNames.SearchScope scope) throws IOException {
        Query text = textQuery(q);
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = top(searcher, q, text, excluded, scope, (int) Math.min(Integer.MAX_VALUE, q.limit() + 1L));
            return new SearchResults(top.totalHits.value, fromDocValues(searcher, top.scoreDocs, text != null));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The text's query, or null when {@code q} has no words (every report its filters let through, newest first). */
    private Query textQuery(SearchQuery q) {
        return q.text() != null && !q.text().isBlank() ? textQuery(q.text()) : null;
    }

    /** The best {@code q.limit()} hits, counting matches exactly up to {@code countUpTo}. */
    private static TopDocs top(IndexSearcher searcher, SearchQuery q, Query text, Set<String> excluded, EntityNames.SearchScope scope,
                               int countUpTo) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (q.language() != null) all.add(new TermQuery(new Term(LANGUAGE, q.language().strip().toLowerCase(Locale.ROOT))), Occur.FILTER);
        if (q.place() != null) all.add(new TermQuery(new Term(PLACE, normalizeName(q.place()))), Occur.FILTER);
        if (q.entity() != null) all.add(scope == null ? entityFilter(q.entity()) : scopeFilter(scope), Occur.FILTER);
        if (q.entity() != null && scope != null && !scope.without().isEmpty()) all.add(ids(scope.without()), Occur.MUST_NOT);
        if (q.from() != null) all.add(LongPoint.newRangeQuery(PUBLISHED_TO, q.from().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        if (q.to() != null) all.add(LongPoint.newRangeQuery(PUBLISHED_FROM, Long.MIN_VALUE, q.to().toEpochDay()), Occur.FILTER);
        for (String id : excluded) all.add(new TermQuery(new Term(ID, id)), Occur.MUST_NOT);
        Query query = all.build();
        try {
            // Matches counted in the same pass that ranks them: counting them again afterwards scored the query twice.
            return text != null ? searcher.search(query, new TopScoreDocCollectorManager(q.limit(), countUpTo))
                    : searcher.search(query, new TopFieldCollectorManager(newestFirst(), q.limit(), countUpTo));
        } catch (IndexSearcher.TooManyClauses e) {
            // Within the word limit, query syntax (wildcards, many ORed terms) can still expand too far.
            throw new IllegalArgumentException("the query expands to too many terms; give fewer words or wildcards");
        }
    }

    /** The hits' ids and languages, in the hits' order, from their segments' {@link SegmentIds}. */
    private List<SearchHit> fromDocValues(IndexSearcher searcher, ScoreDoc[] docs, boolean ranked) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SegmentIds[] bySegment = new SegmentIds[leaves.size()];
        SearchHit[] out = new SearchHit[docs.length];
        for (int i = 0; i < docs.length; i++) {
            int l = ReaderUtil.subIndex(docs[i].doc, leaves);
            if (bySegment[l] == null) bySegment[l] = segmentIds(leaves.get(l));
            int doc = docs[i].doc - leaves.get(l).docBase;
            out[i] = new SearchHit(bySegment[l].ids()[doc], null, null, bySegment[l].languages()[doc], null, ranked ? docs[i].score : 0f, null);
        }
        return List.of(out);
    }

    /**
     * A segment's report ids and languages by document. Read from its doc values once a segment and kept while it is
     * open: a search ranks 1,000 candidates and needs each one's id, and looking an id up in the doc values' terms
     * cost more than the rest of counting the facets. A segment's documents do not change (a merge makes a new one).
     */
    private record SegmentIds(String[] ids, String[] languages) {}

    private final Map<IndexReader.CacheKey, SegmentIds> segmentIds = new ConcurrentHashMap<>();

    private SegmentIds segmentIds(LeafReaderContext leaf) throws IOException {
        IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
        SegmentIds kept = segment == null ? null : segmentIds.get(segment.getKey());
        if (kept != null) return kept;
        SegmentIds read = new SegmentIds(values(leaf, ID), values(leaf, LANGUAGE));
        if (segment != null && segmentIds.putIfAbsent(segment.getKey(), read) == null) segment.addClosedListener(segmentIds::remove);
        return read;
    }

    /** Each document's value of a sorted doc-values field (null: none), the values made once each, in their order. */
    private static String[] values(LeafReaderContext leaf, String field) throws IOException {
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        String[] byOrd = new String[values.getValueCount()];
        TermsEnum terms = values.termsEnum();
        for (int ord = 0; terms.next() != null; ord++) byOrd[ord] = terms.term().utf8ToString();
        String[] out = new String[leaf.reader().maxDoc()];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) out[doc] = byOrd[values.ordValue()];
        return out;
    }

    /** The live document of report {@code id} in {@code searcher}, or -1: a look-up in each segment's terms, not a scored search. */
    private static int docOf(IndexSearcher searcher, String id) throws IOException {
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(ID);
            if (terms == null) continue;
            TermsEnum found = terms.iterator();
            if (!found.seekExact(term)) continue;
            PostingsEnum docs = found.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live == null || live.get(d)) return leaf.docBase + d;
            }
        }
        return -1;
    }

    /**
     * A hit as shown, by what it is made of: the query's text (its highlights), the report and the language it is
     * analysed in (which field the highlights are read from). A report's title, date, address and text never change
     * under its id, and a snippet's passage is chosen by the matches in its own text alone (not by the index's
     * statistics), so a hit shown once is the same after any number of other reports were indexed.
     */
    private record Shown(String text, String id, String language) {}

    /** Hits shown lately (about 20 a page), kept across index versions: after a write a kept query is ranked again, its page is not highlighted again. */
    private static final int SHOWN = 4096;
    private final Map<Shown, SearchHit> shown = Lru.map(SHOWN);  // guarded by itself

    /** The hits of {@code q} again, now with their highlighted snippets (for the page shown). */
    public List<SearchHit> withSnippets(SearchQuery q, List<SearchHit> hits) throws IOException {
        SearchHit[] out = new SearchHit[hits.size()];
        List<Integer> unshown = new ArrayList<>();
        synchronized (shown) {
            for (int i = 0; i < out.length; i++) {
                SearchHit h = hits.get(i), s = shown.get(new Shown(q.text(), h.id(), h.language()));
                if (s != null) out[i] = new SearchHit(s.id(), s.title(), s.published(), s.language(), s.url(), h.score(), s.snippet());
                else unshown.add(i);
            }
        }
        if (unshown.isEmpty()) return List.of(out);
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<Integer> at = new ArrayList<>();
            List<Integer> docs = new ArrayList<>();
            for (int i : unshown) {
                int doc = docOf(searcher, hits.get(i).id());
                out[i] = hits.get(i);  // replaced or gone since: shown without a snippet
                if (doc < 0) continue;
                at.add(i);
                docs.add(doc);
            }
            float[] scores = new float[at.size()];
            for (int j = 0; j < scores.length; j++) scores[j] = hits.get(at.get(j)).score();
            List<SearchHit> highlighted = new Highlighter(searcher, q.text()).hits(docs.stream().mapToInt(Integer::intValue).toArray(), scores);
            synchronized (shown) {
                for (int j = 0; j < at.size(); j++) {
                    SearchHit h = highlighted.get(j);
                    out[at.get(j)] = h;
                    shown.put(new Shown(q.text(), h.id(), h.language()), h);
                }
            }
            return List.of(out);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The fields of one index reader, merged across its segments. */
    private record MergedFields(IndexReader.CacheKey reader, FieldInfos fields) {}

    private volatile MergedFields mergedFields;

    /**
     * The fields of {@code reader} merged across its segments, as the highlighter asks them (where it reads a field's
     * offsets from), kept while the reader stands: merged again for each page of snippets, they were 5–8 % of the
     * snippets' CPU on a store of 23 segments.
     */
    FieldInfos mergedFields(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) return FieldInfos.getMergedFieldInfos(reader);
        MergedFields kept = mergedFields;
        if (kept != null && kept.reader() == helper.getKey()) return kept.fields();
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        mergedFields = new MergedFields(helper.getKey(), fields);
        return fields;
    }

    /** Where a snippet's highlights of {@code text} in a report analysed as {@code key} come from (for tests). */
    UnifiedHighlighter.OffsetSource highlightSource(String text, String key) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return new Highlighter(searcher, text).sourceFor(key);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The merged fields a highlighter over the searcher of now reads where offsets are from (for tests). */
    FieldInfos highlightFields() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return new Highlighter(searcher, "").fields();
        } finally {
            searchers.release(searcher);
        }
    }

    private static Sort newestFirst() {
        SortField published = new SortField(PUBLISHED_SORT, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        return new Sort(published, SortField.FIELD_DOC);
    }

    /** Any of the scope's names (each as {@link #entityFilter}), or one of its reports. */
    private static Query scopeFilter(EntityNames.SearchScope scope) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String name : scope.names()) any.add(entityFilter(name), Occur.SHOULD);
        if (!scope.reports().isEmpty()) any.add(ids(scope.reports()), Occur.SHOULD);
        return any.build();
    }

    /** The reports with these ids, in one query however many (a split may name thousands). */
    private static Query ids(Set<String> ids) {
        return new org.apache.lucene.search.TermInSetQuery(ID, ids.stream().map(org.apache.lucene.util.BytesRef::new).toList());
    }

    /** The name as indexed, or every key of its words (so "Balitsky" finds "Балицкий"). */
    private static Query entityFilter(String name) {
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(new TermQuery(new Term(ENTITY, normalizeName(name))), Occur.SHOULD);
        Set<String> keys = nameKeys(name);
        if (!keys.isEmpty()) {
            BooleanQuery.Builder allKeys = new BooleanQuery.Builder();
            for (String key : keys) allKeys.add(new TermQuery(new Term(ENTITY_KEY, key)), Occur.MUST);
            either.add(allKeys.build(), Occur.SHOULD);
        }
        return either.build();
    }

    /**
     * The query text, analysed once per language against that language's fields, so a document matches in its own;
     * the words must be in the title or text, and count more in the title. In a query of plain words each word may
     * match as an entity name's key instead, and a word the language drops (a stop word) is not required in it.
     */
    private Query textQuery(String text) {
        List<String> words = plainWords(text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String key : ANALYSIS_KEYS) {
            Query all = words.isEmpty() ? parse(parser(allField(key)), text) : wordByWord(allField(key), words, true);
            BooleanQuery.Builder language = new BooleanQuery.Builder()
                    .add(all, Occur.MUST)
                    .add(new BoostQuery(parse(parser(titleField(key)), text), TITLE_BOOST), Occur.SHOULD);
            any.add(language.build(), Occur.SHOULD);
        }
        return any.build();
    }

    /** The words of a query of nothing but words (which are expanded with name keys); empty for any other query. */
    private static List<String> plainWords(String text) {
        List<String> words = new ArrayList<>();
        if (QueryWords.plain(text)) {
            Matcher m = QueryWords.WORD.matcher(text);
            while (m.find()) words.add(m.group());
        }
        return words;
    }

    /**
     * What a snippet of a report analysed as {@code key} highlights: the words of {@link #textQuery(String)} as its text
     * field has them, without the name keys and the title, which are not in the text (a report that matches only
     * through them gets its opening, as when snippets re-analysed the text alone); every document when there are no words.
     */
    private Query highlighted(String text, String key) {
        if (text == null || text.isBlank()) return new MatchAllDocsQuery();
        List<String> words = plainWords(text);
        return words.isEmpty() ? parse(parser(textField(key)), text) : wordByWord(textField(key), words, false);
    }

    /** Every word, in {@code field} or (with {@code keys}) as a name key; words the field's analysis drops are left out. */
    private Query wordByWord(String field, List<String> words, boolean keys) {
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        boolean any = false;
        for (String word : words) {
            Query inText = parse(parser(field), word);
            if (inText instanceof BooleanQuery b && b.clauses().isEmpty()) continue;
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(inText, Occur.SHOULD);
            String key = keys ? nameKey(word) : "";
            if (key.length() >= MIN_KEY) either.add(new TermQuery(new Term(ENTITY_KEY, key)), Occur.SHOULD);
            each.add(either.build(), Occur.MUST);
            any = true;
        }
        return any ? each.build() : new MatchNoDocsQuery();
    }

    private QueryParser parser(String field) {
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        return parser;
    }

    /**
     * Query syntax a user gets wrong (an open quote, a lone AND) is taken as plain words rather than refused:
     * escaped, and lowercased so that AND, OR and NOT are words too.
     */
    private static Query parse(QueryParser parser, String text) {
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParser.escape(text.toLowerCase(Locale.ROOT)));
            } catch (ParseException again) {
                return new MatchNoDocsQuery();
            }
        }
    }

    /**
     * Hits with their snippets, for one search over one searcher: a snippet's highlights are read from the offsets its
     * text field keeps (no re-analysis of the text), its passage from the stored text. The hits of one analysis are
     * highlighted together (the query is weighed once for them). One a request.
     */
    private final class Highlighter extends UnifiedHighlighter {
        private final String text;
        /** The stored texts of the documents being highlighted, which the highlighter asks for by their text field. */
        private final Map<Integer, String> bodies = new HashMap<>();

        Highlighter(IndexSearcher searcher, String text) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new SentenceBoundaries(BreakIterator.getSentenceInstance(Locale.ROOT)), SNIPPET_GOAL_CHARS, 0.5f))
                    .withFormatter(new SnippetFormatter())
                    .withMaxLength(MAX_HIGHLIGHT_CHARS));
            this.text = text;
            this.fieldInfos = mergedFields(searcher.getIndexReader());
        }

        /** The documents {@code docs} as hits with their snippets, in the same order. */
        List<SearchHit> hits(int[] docs, float[] scores) throws IOException {
            Document[] stored = new Document[docs.length];
            Map<String, List<Integer>> byAnalysis = new HashMap<>();
            for (int i = 0; i < docs.length; i++) {
                stored[i] = searcher.storedFields().document(docs[i]);
                bodies.put(docs[i], stored[i].get(TEXT));
                byAnalysis.computeIfAbsent(stored[i].get(ANALYSIS), k -> new ArrayList<>()).add(i);
            }
            Object[] snippets = new Object[docs.length];
            for (Map.Entry<String, List<Integer>> e : byAnalysis.entrySet()) {
                String field = textField(e.getKey());
                List<Integer> at = e.getValue();
                int[] ids = at.stream().mapToInt(i -> docs[i]).toArray();
                Object[] highlighted = highlightFieldsAsObjects(new String[] {field}, highlighted(text, e.getKey()), ids, new int[] {1}).get(field);
                for (int j = 0; j < at.size(); j++) snippets[at.get(j)] = highlighted[j];
            }
            List<SearchHit> out = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                Document d = stored[i];
                Snippet snippet = snippets[i] instanceof Snippet s ? s : SnippetFormatter.opening(d.get(TEXT));
                String title = d.get(TITLE);
                out.add(new SearchHit(d.get(ID), title.isEmpty() ? null : title, d.get(PUBLISHED), d.get(LANGUAGE), d.get(URL), scores[i], snippet));
            }
            return out;
        }

        /**
         * Offsets from the text field's postings for every query, wildcards and phrases included: the highlighter would
         * analyse each text again for a query whose terms it cannot list (a concept's stem with a wildcard: 8 % of the
         * word queries of a store's own words, and a fifth of the snippets' CPU), though it weighs the query against the
         * document's own postings (weight matches), which hold every match and its offsets as the analysis would give them.
         */
        @Override
        protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
            OffsetSource source = super.getOptimizedOffsetSource(components);
            return source == OffsetSource.ANALYSIS && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
                    && getOffsetSource(components.getField()) == OffsetSource.POSTINGS ? OffsetSource.POSTINGS : source;
        }

        /** The merged fields it reads, once it has read one (as it does for each field it highlights). */
        FieldInfos fields() {
            getFieldInfo(TEXT);
            return fieldInfos;
        }

        /** Where the highlights of {@code text} in a report analysed as {@code key} are read from (for tests). */
        OffsetSource sourceFor(String key) {
            Query q = highlighted(text, key);
            return getOptimizedOffsetSource(getHighlightComponents(textField(key), q, extractTerms(q)));
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] values = new CharSequence[fields.length];
                Arrays.fill(values, bodies.get(doc));
                out.add(values);
            }
            return out;
        }
    }

    /** Commits what was indexed and closes the index. */
    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
            if (writer.isOpen()) {
                if (writer.hasUncommittedChanges() || uncommitted > 0) commit(indexedSeq);
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
