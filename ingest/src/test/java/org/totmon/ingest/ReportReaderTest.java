package org.totmon.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;

class ReportReaderTest {
    @TempDir Path dir;

    private final List<SourcedReport> reports = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Path> skipped = new ArrayList<>();

    private void readAll(ReportReader reader, Path... paths) {
        ReportReader.Listener listener = new ReportReader.Listener() {
            @Override public void report(SourcedReport r) { reports.add(r); }
            @Override public void rejected(Rejection r) { rejections.add(r); }
        };
        for (InputFile f : reader.expand(List.of(paths), rejections::add, skipped::add)) reader.read(f, listener);
    }

    private void readAll(Path... paths) {
        readAll(new ReportReader(ReportReader.DEFAULT_MAX_FILE_BYTES), paths);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private List<String> rejected() {
        return rejections.stream().map(Rejection::toString).toList();
    }

    private Rejection onlyRejection() {
        assertEquals(1, rejections.size(), rejections.toString());
        return rejections.get(0);
    }

    @Test
    void readsPlainTextWithItsFirstLineAsTitle() {
        readAll(Fixtures.path("statement.txt"));

        assertEquals(1, reports.size());
        Report r = reports.get(0).report();
        assertEquals("Melitopol mayor detained", r.title());
        assertTrue(r.text().contains("Ivan Fedorov, the mayor of Melitopol, was detained"));
        assertEquals(Report.contentId(r.text()), r.id());
        assertNull(reports.get(0).externalId());
        assertEquals(Fixtures.path("statement.txt").toString(), reports.get(0).origin());
    }

    @Test
    void readsHtml() {
        readAll(Fixtures.path("article.html"));

        Report r = reports.get(0).report();
        assertEquals("Ukrainian troops return to Kherson", r.title());
        assertEquals("2022-11-12", r.published());
        assertEquals("https://monitor.example.org/2022/11/kherson-return", r.url());
        assertEquals("Example Monitor", r.outlet());
        assertEquals("en", r.language());
        assertFalse(r.text().contains("cookies"));
    }

    @Test
    void readsJsonLinesKeepingTheRecordIdAsExternalId() {
        readAll(Fixtures.path("reports.jsonl"));

        assertEquals(2, reports.size(), "the blank line is no record");
        assertTrue(rejections.isEmpty(), rejections.toString());
        SourcedReport first = reports.get(0);
        assertEquals("ext-1", first.externalId());
        assertEquals(1, first.line());
        Report r = first.report();
        assertEquals(Report.contentId(r.text()), r.id());
        assertEquals("https://monitor.example.org/zaporizhzhia-npp", r.url());
        assertEquals("Example Monitor", r.outlet());
        assertEquals("Nuclear plant under occupation", r.title());
        assertEquals("2022-03-04", r.published());
        assertEquals("en", r.language());

        SourcedReport second = reports.get(1);
        assertEquals("2", second.externalId(), "an integer id is kept as text");
        assertEquals(3, second.line());
        assertEquals("2023-09", second.report().published());
        assertEquals("en", second.report().language(), "language is lowercased");
        assertNull(second.report().title());
    }

    @Test
    void walksDirectoriesRecursivelyInStableOrderSkippingNotesAndHiddenFilesAndRejectingOtherTypes() throws IOException {
        write("b/two.txt", "Second report.");
        write("a/deeper/one.html", "<p>First report.</p>");
        write("a/notes.md", "Notes on the reports, not a report.");
        write("a/scan.pdf", "a text file named as a PDF");
        write("b/photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'});
        write(".git/three.txt", "Hidden directory.");
        write("a/.hidden.txt", "Hidden file.");
        write("c.ndjson", "{\"text\": \"Third report.\"}\n");

        readAll(dir);

        assertEquals(List.of("First report.", "Second report.", "Third report."),
                reports.stream().map(r -> r.report().text().strip()).toList());
        assertEquals(List.of(dir.resolve("a/notes.md")), skipped);
        assertEquals(List.of(dir.resolve("a/scan.pdf") + ": not a format totmon reads: text, though its name says PDF",
                dir.resolve("b/photo.jpg") + ": not a format totmon reads: a JPEG image"),
                rejections.stream().map(Rejection::toString).toList());
    }

    @Test
    void guessesTheFormatOfAFileNamedExplicitlyWithoutAKnownExtension() throws IOException {
        Path jsonl = write("export.json", "{\"id\": \"x\", \"text\": \"From a JSON export.\"}\n");
        Path html = write("page.php", "<!doctype html><html><body><nav>Menu</nav><p>From a page.</p></body></html>");
        Path text = write("README", "Just words.");

        readAll(jsonl, html, text);

        assertEquals(List.of("From a JSON export.", "From a page.", "Just words."),
                reports.stream().map(r -> r.report().text()).toList());
    }

    @Test
    void rejectsAMissingPath() {
        Path missing = dir.resolve("nowhere.txt");
        readAll(missing);

        Rejection r = onlyRejection();
        assertEquals(missing, r.file());
        assertTrue(r.toString().startsWith(missing + ": no such file"), r.toString());
    }

    @Test
    void rejectsABrokenSymbolicLinkInADirectory() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted-target.txt"));
        write("kept.txt", "Still read.");

        readAll(dir);

        assertEquals("broken symbolic link", onlyRejection().reason());
        assertEquals(dir.resolve("gone.txt"), onlyRejection().file());
        assertEquals(1, reports.size());
    }

    @Test
    void rejectsAnUnreadableFile() throws IOException {
        Path locked = write("locked.txt", "Secret.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reading");

        readAll(locked);

        assertEquals(locked + ": cannot read: permission denied", onlyRejection().toString());
    }

    @Test
    void rejectsInvalidUtf8NamingTheByteOffset() throws IOException {
        byte[] bytes = "Kyiv caf\u00e9 ".getBytes(StandardCharsets.ISO_8859_1);
        Path p = write("latin1.txt", bytes);

        readAll(p);

        assertEquals(p + ": invalid UTF-8 at byte offset 8", onlyRejection().toString());
        assertTrue(reports.isEmpty());
    }

    @Test
    void rejectsInvalidUtf8OnOneJsonLineAndReadsTheOthers() throws IOException {
        byte[] good = "{\"text\": \"Good line.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\": \"Bad \u00ff line.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path p = write("mixed.jsonl", concat(good, bad, good));

        readAll(p);

        assertEquals(p + ":2: invalid UTF-8 at byte offset 14", onlyRejection().toString());
        assertEquals(List.of(1, 3), reports.stream().map(SourcedReport::line).toList());
    }

    @Test
    void rejectsABrokenJsonLineAndReadsTheOthers() throws IOException {
        Path p = write("broken.jsonl", """
                {"id": "a", "text": "First."}
                {"id": "b", "text": "Second."
                {"id": "c", "text": "Third."} trailing
                [1, 2]
                {"id": "e", "text": "Fifth."}
                """);

        readAll(p);

        assertEquals(3, rejections.size(), rejections.toString());
        assertEquals(p + ":2: broken JSON at column 30: Unexpected end-of-input: expected close marker for Object", rejections.get(0).toString());
        assertTrue(rejections.get(1).toString().startsWith(p + ":3: broken JSON at column 31: Unrecognized token 'trailing'"), rejections.get(1).toString());
        assertEquals(p + ":4: not a JSON object", rejections.get(2).toString());
        assertEquals(List.of("a", "e"), reports.stream().map(SourcedReport::externalId).toList());
    }

    @Test
    void rejectsMissingEmptyOrMistypedFields() throws IOException {
        Path p = write("fields.jsonl", """
                {"id": "no-text", "title": "Nothing else"}
                {"id": "empty", "text": "   "}
                {"id": "number", "text": 42}
                {"id": "date", "text": "Bad date.", "published": "yesterday"}
                {"id": ["x"], "text": "Bad id."}
                {"id": "nul", "text": "Escaped \\u0000 NUL."}
                {"id": "ok", "text": "Fine.", "published": "2024-02-24T06:00:00Z"}
                """);

        readAll(p);

        assertEquals(List.of(
                p + ":1: missing or empty \"text\"",
                p + ":2: missing or empty \"text\"",
                p + ":3: field \"text\" must be a string or null, not number",
                p + ":4: field \"published\": published date is not YYYY, YYYY-MM or YYYY-MM-DD: yesterday",
                p + ":5: field \"id\" must be a string or an integer",
                p + ":6: field \"text\": control character U+0000 at line 1 (binary data?)"),
                rejected());
        assertEquals(1, reports.size());
        assertEquals("2024-02-24", reports.get(0).report().published());
    }

    @Test
    void rejectsAnEmptyTextFileAndAnHtmlPageWithoutText() throws IOException {
        Path empty = write("empty.txt", " \n\n ");
        Path shell = write("shell.html", "<html><body><nav>Only a menu</nav><script>x()</script></body></html>");

        readAll(empty, shell);

        assertEquals(List.of(empty + ": empty text", shell + ": no main text found in the HTML"),
                rejected());
    }

    @Test
    void rejectsBinaryData() throws IOException {
        Path png = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Path binary = write("data.txt", new byte[] {'T', 'O', 'T', 1, 0, 0, 0, 13});
        Path control = write("control.html", "<p>Line one</p>\n<p>Bell \u0007 here</p>");

        readAll(png, binary, control);

        assertEquals(List.of(png + ": not a format totmon reads: a PNG image", binary + ": binary data: NUL byte at byte offset 4",
                control + ": control character U+0007 at line 2 (binary data?)"),
                rejected());
        assertTrue(reports.isEmpty());
    }

    @Test
    void refusesAFileOverTheLimitWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.jsonl");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024); // sparse: takes no disk, and would take 300 MB of heap if read
        }

        long before = System.nanoTime();
        readAll(huge);

        assertEquals(huge + ": file is 300.0 MB, over the limit of 50.0 MB (--max-file-size)", onlyRejection().toString());
        assertTrue(System.nanoTime() - before < 1_000_000_000L, "refused at once, not read");
    }

    @Test
    void honoursAConfiguredLimit() throws IOException {
        Path small = write("small.txt", "x".repeat(1000));
        Path big = write("big.txt", "y".repeat(3000));

        readAll(new ReportReader(2048), small, big);

        assertEquals(1, reports.size());
        assertEquals(big + ": file is 2.9 KB, over the limit of 2.0 KB (--max-file-size)", onlyRejection().toString());
    }

    @Test
    @Tag("reliability")
    void refusesAReportOverTheTextLimitNamingFileLineAndField() throws IOException {
        String text = "Occupation authorities detained residents of Melitopol. ".repeat(9000); // about 500,000 characters
        Path p = write("long.jsonl", "{\"text\": \"" + text + "\"}\n{\"text\": \"Short.\"}\n{\"text\": \""
                + "x".repeat(1_100_000) + "\"}\n");

        long before = System.nanoTime();
        readAll(p);

        assertEquals(1, reports.size(), "the short report is read");
        assertEquals(p + ":1: field \"text\" is " + text.length() + " characters, over the limit of 100000 a report (--max-report-chars)",
                rejections.get(0).toString());
        assertEquals(p + ":3: the record is over 649.9 KB, more than a report of 100000 characters takes (--max-report-chars)",
                rejections.get(1).toString());
        assertTrue(System.nanoTime() - before < 10_000_000_000L, "refused before any annotation");

        rejections.clear();
        reports.clear();
        readAll(new ReportReader(ReportReader.DEFAULT_MAX_FILE_BYTES, 2_000_000), p);
        assertEquals(3, reports.size(), "a raised limit takes them: " + rejections);
    }

    @Test
    @Tag("reliability")
    void aFieldTheStoreCannotKeepIsNamedWithFileAndLine() throws IOException {
        Path p = write("fields.jsonl", String.join("\n",
                "{\"text\": \"One.\", \"language\": \"english-as-spoken-in-kherson\"}",
                "{\"text\": \"Two.\", \"language\": \"en-GB\"}",
                "{\"text\": \"Three.\", \"url\": \"https://example.org/" + "a".repeat(3000) + "\"}",
                "{\"text\": \"Four.\", \"title\": \"bell\\u0007\"}",
                "{\"text\": \"Five.\", \"language\": \"e n\"}") + "\n");

        readAll(p);

        assertEquals(1, reports.size());
        assertEquals("en-gb", reports.get(0).report().language());
        assertEquals(List.of(
                p + ":1: field \"language\": \"english-as-spoken-in-kherson\" is not a language code such as en, uk or ru",
                p + ":3: field \"url\" is 3020 characters, over the limit of 2048",
                p + ":4: field \"title\": control character U+0007 at line 1 (binary data?)",
                p + ":5: field \"language\": \"e n\" is not a language code such as en, uk or ru"),
                rejected());
    }

    @Test
    @Tag("reliability")
    void duplicateKeysAndTrailingGarbageAreRefused() throws IOException {
        Path p = write("strict.jsonl", "{\"text\": \"One.\", \"text\": \"Two.\"}\n{\"text\": \"Three.\"} {}\n");

        readAll(p);

        assertTrue(reports.isEmpty());
        assertEquals(List.of(p + ":1: broken JSON at column 24: Duplicate field 'text'",
                p + ":2: broken JSON at column 20: more after the JSON object (one report a line)"),
                rejected());
    }

    @Test
    @Tag("reliability")
    void anEmptyJsonLinesFileSaysSo() throws IOException {
        Path empty = write("empty.jsonl", "");
        Path blank = write("blank.jsonl", "\n  \n\r\n");

        readAll(empty, blank);

        assertEquals(List.of(empty + ": the file is empty: no reports in it", blank + ": the file holds only blank lines: no reports in it"),
                rejected());
    }

    @Test
    @Tag("reliability")
    void aHugeTextFileUnderARaisedFileLimitIsRefusedByTheReportLimitUnread() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(500L * 1024 * 1024); // sparse; read whole it would take 1.5 GB of heap
        }

        long before = System.nanoTime();
        readAll(new ReportReader(1L << 30), huge);

        assertEquals(huge + ": a text file is one report, and this one is 500.0 MB, over the limit of 100000 characters a report"
                + " (--max-report-chars)", onlyRejection().toString());
        assertTrue(System.nanoTime() - before < 1_000_000_000L, "refused at once, not read");
    }

    @Test
    void normalizesLineEndings() throws IOException {
        readAll(write("crlf.txt", "Title\r\n\r\nBody line.\r\n"));
        assertEquals("Title\n\nBody line.\n", reports.get(0).report().text());
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
