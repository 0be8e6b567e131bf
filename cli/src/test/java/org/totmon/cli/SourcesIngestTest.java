package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.store.NearDuplicate;
import org.totmon.store.Store;
import org.totmon.store.StoredReport;

/** The sources analysts use, through the whole ingest: Telegram exports and forwards, bad documents refused. */
class SourcesIngestTest {
    @TempDir Path tmp;

    private static final String POST = "Occupation authorities in Melitopol announced that residents without Russian passports "
            + "will lose access to medical care from next month.";

    /** A channel export in Telegram Desktop's schema with the given messages (JSON objects). */
    private static String export(String name, long id, String... messages) {
        return "{\n \"name\": \"" + name + "\",\n \"type\": \"public_channel\",\n \"id\": " + id + ",\n \"messages\": [\n"
                + String.join(",\n", messages) + "\n ]\n}\n";
    }

    private static String message(int id, long unixtime, String text, String forwardedFrom) {
        return "  {\"id\": " + id + ", \"type\": \"message\", \"date\": \"2023-04-03T12:00:00\", \"date_unixtime\": \"" + unixtime + "\","
                + " \"from\": \"x\", \"from_id\": \"channel1\"" + (forwardedFrom == null ? "" : ", \"forwarded_from\": \"" + forwardedFrom + "\"")
                + ", \"text\": [\"" + text + "\"], \"text_entities\": []}";
    }

    private CliRun ingest(Path data, Path... paths) {
        List<String> args = new ArrayList<>(List.of("--data", data.toString()));
        for (Path p : paths) args.add(p.toString());
        return CliRun.of(new IngestCommand(TestAnnotator::annotate), args.toArray(String[]::new));
    }

    @Test
    void aForwardedPostIsStoredWithWhomItCameFromAndMarkedACopyOfTheStoredOriginal() throws IOException {
        Path data = tmp.resolve("data");
        Path original = Files.createDirectories(tmp.resolve("council")).resolve("result.json");
        Files.writeString(original, export("Melitopol City Council", 1001, message(501, 1680508800L, POST, null)));
        Path forwarding = Files.createDirectories(tmp.resolve("region")).resolve("result.json");
        Files.writeString(forwarding, export("Zaporizhzhia Region News", 2002,
                message(77, 1680512400L, POST, "Melitopol City Council"),
                message(78, 1680516000L, "Shelling was reported near Orikhiv in the afternoon.", null)));

        CliRun run = ingest(data, tmp);

        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().startsWith("Read 3 reports: 3 new, 0 duplicate. Rejected 0."), run.out());
        try (Store store = Store.open(data)) {
            StoredReport forward = store.report("tg-2002-77").orElseThrow();
            assertEquals("Zaporizhzhia Region News", forward.report().outlet());
            assertEquals("Melitopol City Council", forward.provenance().forwardedFrom());
            assertEquals("telegram", forward.provenance().format());
            assertEquals(forwarding + ", message 77", forward.provenance().origin());
            assertEquals("2002/77", forward.provenance().externalId());
            List<NearDuplicate> copies = store.nearDuplicates("tg-2002-77");
            assertEquals(1, copies.size(), copies.toString());
            assertEquals("tg-1001-501", copies.get(0).report().id());
            assertTrue(copies.get(0).original(), "the council's post is the original, the forward its copy");
            assertTrue(store.nearDuplicates("tg-2002-78").isEmpty());
        }

        CliRun again = ingest(data, tmp);
        assertTrue(again.out().startsWith("Read 3 reports: 0 new, 3 duplicate."), "by channel and message id: " + again.out());
    }

    @Test
    void badSourcesAreRefusedByFileAndTheStoreIsLeftIntact() throws IOException {
        Path data = tmp.resolve("data");
        Path good = Files.writeString(tmp.resolve("good.txt"), "Title: Checkpoints\nPublished: 2023-04-03\n\n" + POST);
        assertEquals(0, ingest(data, good).exitCode());
        List<StoredReport> before = StoredReports.in(data);
        assertEquals("2023-04-03", before.get(0).report().published(), "the header line is the report's date");

        Path bad = Files.createDirectories(tmp.resolve("bad"));
        String whole = export("Melitopol City Council", 1001, message(501, 1680508800L, POST, null));
        Path truncated = Files.writeString(bad.resolve("result.json"), whole.substring(0, whole.indexOf("\"text\"")));
        Path bomb = bad.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes());
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\""
                    + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"word/document.xml\"/></Relationships>").getBytes());
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>".getBytes());
            byte[] block = "Kherson. ".repeat(10_000).getBytes();
            for (int i = 0; i < 400; i++) z.write(block); // 36 MB that deflate to some 40 KB
            z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes());
        }
        Path rss = Files.writeString(bad.resolve("feed.txt"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>x</title></item></channel></rss>");
        Path zip = bad.resolve("photos.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("a.jpg"));
            z.write(new byte[] {1, 2, 3});
        }

        CliRun run = ingest(data, bad);

        assertEquals(IngestCommand.EXIT_REJECTED, run.exitCode(), run.out());
        for (String expected : List.of(
                bomb + ": a DOCX whose content expands far beyond its size (a zip bomb?): not read",
                zip + ": not a format totmon reads: a ZIP archive (unpack it and name the files inside)",
                rss + ": item \"x\": no text in the item")) {
            assertTrue(run.out().contains("  rejected " + expected), expected + "\n" + run.out());
        }
        assertTrue(run.out().contains("  rejected " + truncated + ": broken JSON at line "), run.out());
        assertEquals(before, StoredReports.in(data), "nothing of the bad input is stored, nothing stored before is touched");
    }

    @Test
    void checkReadsEverythingAndStoresNothing() throws IOException {
        Path data = tmp.resolve("data");
        Path export = Files.writeString(tmp.resolve("result.json"), export("Melitopol City Council", 1001,
                message(501, 1680508800L, POST, null), message(502, 1680512400L, "Curfew hours were changed again.", null)));
        Path photo = Files.write(tmp.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});

        CliRun run = CliRun.of(new IngestCommand(TestAnnotator::annotate), "--check", "--data", data.toString(), export.toString(), photo.toString());

        assertEquals(IngestCommand.EXIT_REJECTED, run.exitCode());
        assertEquals("Checked 2 reports; nothing stored. Rejected 1." + System.lineSeparator()
                + "  rejected " + photo + ": not a format totmon reads: a PNG image" + System.lineSeparator(), run.out());
        assertFalse(Files.exists(data), "the store is not even opened");
    }
}
