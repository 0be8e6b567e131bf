package org.totmon.ingest;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.SecureContentHandler;
import org.totmon.model.PublicationDate;
import org.totmon.model.Report;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A PDF, DOCX or ODT document, one report, read by Apache Tika's parser for its format (chosen by {@link FileType},
 * not guessed again). Its title and date are the document's metadata (title, creation date). A PDF's pages are
 * kept: pages are separated by a form feed (U+000C) in the text, so the page of any character offset is one more
 * than the form feeds before it, and the provenance says how many pages there are. Encrypted documents are refused,
 * as are documents that expand far beyond their size (zip bombs: POI's ratio check for DOCX, Tika's
 * {@link SecureContentHandler} for all) and documents with more text than the file size limit.
 */
final class OfficeDocument {
    private OfficeDocument() {}

    static void read(InputFile file, ReportReader.Listener listener, long maxChars) throws IOException {
        Parser parser = switch (file.format()) {
            case PDF -> new PDFParser();
            case DOCX -> new OOXMLParser();
            case ODT -> new OpenDocumentParser();
            default -> throw new IllegalArgumentException("not a document format: " + file.format());
        };
        String kind = file.format().label().toUpperCase(Locale.ROOT);
        Metadata metadata = new Metadata();
        PageText text = new PageText(maxChars);
        try (TikaInputStream in = TikaInputStream.get(file.path())) {
            SecureContentHandler secure = new SecureContentHandler(text, in);
            try {
                parser.parse(in, secure, metadata, new ParseContext());
            } catch (EncryptedDocumentException e) {
                throw new BadInputException("an encrypted (password-protected) " + kind + ": not read");
            } catch (SAXException e) {
                if (e instanceof TooLong) throw new BadInputException(e.getMessage());
                try {
                    secure.throwIfCauseOf(e);
                } catch (TikaException bomb) {
                    // SecureContentHandler's own: the text grew far beyond what the file's bytes could hold.
                    throw new BadInputException(zipBombMessage(kind));
                }
                throw new BadInputException("a damaged " + kind + " (its text could not be read)");
            } catch (TikaException | IOException | RuntimeException e) {
                if (zipBomb(e)) throw new BadInputException(zipBombMessage(kind));
                throw new BadInputException("a damaged " + kind + " (its text could not be read)");
            }
        } catch (BadInputException e) {
            listener.advanced(file.size());
            listener.rejected(new Rejection(file.path(), 0, e.getMessage()));
            return;
        }
        listener.advanced(file.size());
        try {
            String body = ReportReader.cleanText(text.result(), "the document's text");
            if (body.isBlank()) throw new BadInputException("no text in the " + kind + " (a scan without a text layer?)");
            Report report = new Report(Report.contentId(body), null, null, title(metadata), published(metadata), null, body);
            String place = file.format() == InputFormat.PDF ? (text.pages == 1 ? "1 page" : text.pages + " pages") : null;
            listener.report(new SourcedReport(report, null, file.path(), 0, file.format(), place, null));
        } catch (BadInputException e) {
            listener.rejected(new Rejection(file.path(), 0, e.getMessage()));
        }
    }

    private static String zipBombMessage(String kind) {
        return "a " + kind + " whose content expands far beyond its size (a zip bomb?): not read";
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) return true;
        }
        return false;
    }

    private static String title(Metadata m) {
        String t = m.get(TikaCoreProperties.TITLE);
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** The creation date, else the last modification; a date that cannot be read is left out, not fatal. */
    private static String published(Metadata m) {
        for (String d : new String[] {m.get(TikaCoreProperties.CREATED), m.get(TikaCoreProperties.MODIFIED)}) {
            if (d == null) continue;
            try {
                return PublicationDate.parse(d).toString();
            } catch (RuntimeException e) {
                // the next one
            }
        }
        return null;
    }

    /** Over the character limit. */
    private static final class TooLong extends SAXException {
        TooLong(String message) {
            super(message);
        }
    }

    /** The XHTML Tika writes, as text: blocks on their own lines, a PDF's pages separated by form feeds. */
    private static final class PageText extends DefaultHandler {
        private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
                "table", "blockquote", "pre", "ul", "ol");
        private final StringBuilder b = new StringBuilder();
        private final long maxChars;
        private int pages;
        private boolean inBody;

        PageText(long maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String name = local.isEmpty() ? qName : local;
            if (name.equals("body")) inBody = true;
            if (!inBody) return;
            if (name.equals("div") && "page".equals(atts.getValue("class"))) {
                if (pages++ > 0) b.append('\f');
            } else if (BLOCKS.contains(name) || name.equals("br")) {
                newline();
            } else if (name.equals("td") || name.equals("th")) {
                b.append(' ');
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String name = local.isEmpty() ? qName : local;
            if (name.equals("body")) inBody = false;
            if (inBody && BLOCKS.contains(name)) newline();
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inBody) return;
            if (b.length() + length > maxChars) throw new TooLong("more than " + maxChars + " characters of text (--max-file-size)");
            for (int i = start; i < start + length; i++) {
                char c = ch[i];
                // PDFs carry stray control characters in their text layer; they are no part of the words.
                b.append(c < 0x20 && c != '\t' && c != '\n' || c == 0x7f ? ' ' : c);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            characters(ch, start, length);
        }

        private void newline() {
            if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') b.append('\n');
        }

        String result() {
            // Lines trimmed, runs of blank lines made one, so paragraphs are blank-line separated as in other inputs.
            return b.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n")
                    .replaceAll("[ \\t\\n]*\f[ \\t\\n]*", "\n\f\n")
                    .replaceAll("^[ \\t\\n]+|[ \\t\\n]+$", ""); // not strip(): a leading empty page's form feed counts
        }
    }
}
