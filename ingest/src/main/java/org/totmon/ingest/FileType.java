package org.totmon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file is, judged from its first bytes first and its name second, so that a feed, an office document or an
 * archive is never read as text because of its name (or for want of one). {@code format} is null for a type we do
 * not read; {@code description} names the type for the message that rejects it.
 */
record FileType(InputFormat format, String description) {
    /** How much of a file is looked at. */
    static final int HEAD_BYTES = 1024;

    private static final Pattern TELEGRAM_EXPORT = Pattern.compile("\"messages\"\\s*:\\s*\\[");
    private static final Pattern TELEGRAM_CHAT_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[a-z_]+\"");
    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ROOT = Pattern.compile("<(!doctype\\s+html|html)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    /** Text whose name does not say what it is (notes.md, data.csv): read when named, not taken from a folder. */
    static final FileType UNNAMED_TEXT = new FileType(InputFormat.TEXT, "text with no .txt, .html or .jsonl name");

    static FileType readable(InputFormat format) {
        return new FileType(format, format.label());
    }

    static FileType other(String description) {
        return new FileType(null, description);
    }

    /** The file's type, from its first bytes and then its name. */
    static FileType detect(Path path) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        Optional<InputFormat> byName = InputFormat.forFileName(path.getFileName().toString());
        FileType byContent = fromMagic(path, head);
        if (byContent != null) return byContent;
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{") && TELEGRAM_EXPORT.matcher(text).find() && TELEGRAM_CHAT_TYPE.matcher(text).find()) {
            return readable(InputFormat.TELEGRAM);
        }
        if (text.startsWith("<")) {
            if (FEED_ROOT.matcher(text).find()) return readable(InputFormat.FEED);
            if (HTML_ROOT.matcher(text).find()) return readable(InputFormat.HTML);
        }
        if (byName.isPresent()) {
            InputFormat named = byName.get();
            // Binary formats announce themselves in their first bytes (above); without them the name is wrong.
            return switch (named) {
                case TEXT, HTML, JSONL -> readable(named);
                default -> other((text.startsWith("<") ? "markup" : "text") + ", though its name says "
                        + named.label().toUpperCase(Locale.ROOT));
            };
        }
        if (text.startsWith("{")) return readable(InputFormat.JSONL);
        if (text.startsWith("<?xml")) return other("an XML document that is no RSS or Atom feed");
        return UNNAMED_TEXT;
    }

    private static FileType fromMagic(Path path, byte[] h) throws IOException {
        if (starts(h, "%PDF-")) return readable(InputFormat.PDF);
        if (starts(h, "WARC/")) return readable(InputFormat.WARC);
        if (starts(h, "PK\u0003\u0004")) return zip(path);
        if (h.length >= 2 && (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b) return gzip(path);
        if (starts(h, "\u0089PNG")) return other("a PNG image");
        if (h.length >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) return other("a JPEG image");
        if (starts(h, "GIF87a") || starts(h, "GIF89a")) return other("a GIF image");
        if (h.length >= 4 && (h[0] & 0xff) == 0xd0 && (h[1] & 0xff) == 0xcf && (h[2] & 0xff) == 0x11 && (h[3] & 0xff) == 0xe0) {
            return other("a legacy Microsoft Office file (.doc, .xls or .ppt; save it as .docx or PDF)");
        }
        if (starts(h, "Rar!")) return other("a RAR archive");
        if (starts(h, "7z\u00bc\u00af")) return other("a 7-Zip archive");
        return null;
    }

    private static FileType zip(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.getEntry("word/document.xml") != null) return readable(InputFormat.DOCX);
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                }
                if (type.equals(ODT_MIMETYPE)) return readable(InputFormat.ODT);
                return other("an OpenDocument or EPUB file of type " + type);
            }
            if (zip.getEntry("xl/workbook.xml") != null) return other("an Excel workbook (.xlsx)");
            if (zip.getEntry("ppt/presentation.xml") != null) return other("a PowerPoint presentation (.pptx)");
            return other("a ZIP archive (unpack it and name the files inside)");
        } catch (IOException e) {
            return other("a damaged ZIP archive");
        }
    }

    private static FileType gzip(Path path) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            byte[] inner = in.readNBytes(8);
            return starts(inner, "WARC/") ? readable(InputFormat.WARC) : other("gzip-compressed data (unpack it first)");
        } catch (IOException e) {
            return other("damaged gzip-compressed data");
        }
    }

    private static boolean starts(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if ((bytes[i] & 0xff) != magic.charAt(i)) return false;
        return true;
    }
}
