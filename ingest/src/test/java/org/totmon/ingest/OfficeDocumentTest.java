package org.totmon.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;

class OfficeDocumentTest {
    @TempDir Path dir;

    private static final String PAGE_ONE = "The monitoring mission recorded the detention of 12 civilians in Melitopol.";
    private static final String PAGE_TWO = "Relatives were not told where the detainees were taken.";

    /** A PDF of one line a page, with a title and a creation date, as PDFBox writes it. */
    private Path pdf(String name, StandardProtectionPolicy protection, String... pages) throws IOException {
        Path p = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (String line : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    s.newLineAtOffset(50, 700);
                    s.showText(line);
                    s.endText();
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Detentions in occupied Zaporizhzhia Oblast");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2023, Calendar.MARCH, 14, 12, 0);
            info.setCreationDate(created);
            if (protection != null) doc.protect(protection);
            doc.save(p.toFile());
        }
        return p;
    }

    /** A zip whose entries are stored in the given order; {@code stored} names the one written uncompressed (ODT's mimetype). */
    private Path zip(String name, Map<String, String> entries, String stored) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals(stored)) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setCrc(crc.getValue());
                }
                z.putNextEntry(entry);
                z.write(bytes);
                z.closeEntry();
            }
        }
        return p;
    }

    private static final String DOCX_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
            </Types>""";
    private static final String DOCX_RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
            </Relationships>""";
    private static final String DOCX_CORE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
              xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <dc:title>Filtration camps: a briefing</dc:title>
            <dcterms:created xsi:type="dcterms:W3CDTF">2022-08-02T09:00:00Z</dcterms:created>
            </cp:coreProperties>""";

    private static String docxBody(String... paragraphs) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String p : paragraphs) b.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        return b.append("</w:body></w:document>").toString();
    }

    private Path docx(String name, String body) throws IOException {
        return zip(name, new LinkedHashMap<>(Map.of("[Content_Types].xml", DOCX_TYPES, "_rels/.rels", DOCX_RELS,
                "docProps/core.xml", DOCX_CORE, "word/document.xml", body)), null);
    }

    @Test
    void aPdfIsOneReportWithItsTitleDateAndPages() throws IOException {
        Path p = pdf("briefing.pdf", null, PAGE_ONE, PAGE_TWO);

        Collected c = Collected.read(p);

        assertEquals(List.of(), c.rejections);
        SourcedReport s = c.reports.get(0);
        Report r = s.report();
        assertEquals(PAGE_ONE + "\n\f\n" + PAGE_TWO, r.text(), "pages separated by a form feed");
        assertEquals("Detentions in occupied Zaporizhzhia Oblast", r.title());
        assertEquals("2023-03-14", r.published());
        assertEquals(InputFormat.PDF, s.format());
        assertEquals(p + ", 2 pages", s.origin());
        assertEquals(Files.size(p), c.bytes);
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        Path p = pdf("locked.pdf", policy, PAGE_ONE);

        Collected c = Collected.read(p);

        assertEquals(List.of(p + ": an encrypted (password-protected) PDF: not read"), c.rejectionLines());
        assertTrue(c.reports.isEmpty());
    }

    @Test
    void aDocxIsOneReportWithItsCoreProperties() throws IOException {
        Path p = docx("briefing.docx", docxBody("Residents of Enerhodar were taken to a filtration camp.", "Two were released."));

        Collected c = Collected.read(p);

        assertEquals(List.of(), c.rejections);
        Report r = c.reports.get(0).report();
        assertEquals("Residents of Enerhodar were taken to a filtration camp.\n\nTwo were released.", r.text());
        assertEquals("Filtration camps: a briefing", r.title());
        assertEquals("2022-08-02", r.published());
        assertEquals(InputFormat.DOCX, c.reports.get(0).format());
    }

    @Test
    void aZipBombInsideADocxIsRefused() throws IOException {
        // 40 MB of one repeated sentence, which deflates to some 40 KB.
        Path p = docx("bomb.docx", docxBody("Kherson. ".repeat(4_500_000)));
        assertTrue(Files.size(p) < 1_000_000, "the bomb is small on disk: " + Files.size(p));

        Collected c = Collected.read(p);

        assertEquals(List.of(p + ": a DOCX whose content expands far beyond its size (a zip bomb?): not read"), c.rejectionLines());
        assertTrue(c.reports.isEmpty());
    }

    @Test
    void anOdtIsOneReportWithItsMetadata() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""");
        entries.put("meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2">
                <office:meta><dc:title>Schools in Berdiansk</dc:title><meta:creation-date>2023-09-01T08:00:00</meta:creation-date></office:meta>
                </office:document-meta>""");
        entries.put("content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text><text:p>Schools in occupied Berdiansk opened with the Russian curriculum.</text:p></office:text></office:body>
                </office:document-content>""");
        Path p = zip("schools.odt", entries, "mimetype");

        Collected c = Collected.read(p);

        assertEquals(List.of(), c.rejections);
        Report r = c.reports.get(0).report();
        assertEquals("Schools in occupied Berdiansk opened with the Russian curriculum.", r.text());
        assertEquals("Schools in Berdiansk", r.title());
        assertEquals("2023-09-01", r.published());
    }

    @Test
    void aDamagedPdfIsRefusedWithoutDetail() throws IOException {
        Path p = Files.write(dir.resolve("cut.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));

        Collected c = Collected.read(p);

        assertEquals(List.of(p + ": a damaged PDF (its text could not be read)"), c.rejectionLines());
    }
}
