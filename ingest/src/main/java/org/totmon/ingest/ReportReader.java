package org.totmon.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.totmon.model.PublicationDate;
import org.totmon.model.Report;

/**
 * Reads reports from plain text, HTML, JSON Lines, Telegram exports, feeds, PDF and office documents and WARC
 * files, and from directories of them; any other type of file is rejected, never read as text.
 * Every input is untrusted: a file or line that cannot become a report is handed back as a {@link Rejection}
 * naming the file (and line) and the reason, and reading goes on with the next one.
 */
public final class ReportReader {
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    /**
     * Longest report text taken, in characters, unless told otherwise: about 15,000 words, far longer than any news
     * report or post, and annotated in seconds (BENCHMARKS.md). A longer one is refused before it is annotated.
     */
    public static final int DEFAULT_MAX_REPORT_CHARS = 100_000;

    /** Longest metadata values: far beyond real ones, so that a wrong field is caught before it reaches the store. */
    static final int MAX_URL_CHARS = 2048;
    static final int MAX_NAME_CHARS = 1000;
    static final int MAX_ID_CHARS = 200;
    /** A language code as the store keeps it (BCP 47 style: en, uk, ru, en-GB, zh_Hant). */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(?:[-_][a-z0-9]{1,8}){0,2}");
    private static final int MAX_LANGUAGE_CHARS = 16;
    /** How much of a bad value a message quotes. */
    private static final int QUOTED_CHARS = 40;


    /** Receives what a file yields, in file order. */
    public interface Listener {
        void report(SourcedReport report);

        void rejected(Rejection rejection);

        /** {@code bytes} more of the current file have been read; for progress display. */
        default void advanced(long bytes) {}
    }

    private final long maxFileBytes;
    private final int maxReportChars;
    /** Longest JSON Lines line: the longest text in UTF-8 (at most 4 bytes a character, escapes aside) and room for metadata. */
    private final long maxLineBytes;
    private final ObjectMapper json;

    public ReportReader(long maxFileBytes) {
        this(maxFileBytes, DEFAULT_MAX_REPORT_CHARS);
    }

    public ReportReader(long maxFileBytes, int maxReportChars) {
        if (maxFileBytes <= 0) throw new IllegalArgumentException("the file size limit must be positive: " + maxFileBytes);
        if (maxReportChars <= 0) throw new IllegalArgumentException("the report size limit must be positive: " + maxReportChars);
        this.maxFileBytes = maxFileBytes;
        this.maxReportChars = maxReportChars;
        this.maxLineBytes = Math.min(maxFileBytes, 6L * maxReportChars + 64 * 1024);
        this.json = StrictJson.mapper(maxLineBytes);
    }

    /** The longest report text taken, in characters. */
    public int maxReportChars() {
        return maxReportChars;
    }

    /**
     * The files the given paths stand for, directories walked recursively, in a stable order. Each file's type is
     * told from its first bytes and its name ({@link FileType}): a type we do not read is a rejection naming it.
     * Within a directory text that is not named as a report (notes.md) is passed over ({@code skipped} hears of
     * it) and hidden files are ignored; a text file named explicitly is read whatever its name. Paths that cannot
     * be read are rejections.
     */
    public List<InputFile> expand(List<Path> paths, Consumer<Rejection> rejected, Consumer<Path> skipped) {
        List<InputFile> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) walk(p, files, rejected, skipped);
            else if (Files.exists(p)) explicitFile(p, files, rejected);
            else rejected.accept(new Rejection(p, 0, Files.isSymbolicLink(p) ? "broken symbolic link" : "no such file or directory"));
        }
        return files;
    }

    private void explicitFile(Path p, List<InputFile> files, Consumer<Rejection> rejected) {
        try {
            long size = Files.size(p);
            FileType type = FileType.detect(p);
            if (type.format() == null) rejected.accept(unreadable(p, type));
            else files.add(new InputFile(p, type.format(), size));
        } catch (IOException e) {
            rejected.accept(new Rejection(p, 0, "cannot read: " + describe(e)));
        }
    }

    private static Rejection unreadable(Path p, FileType type) {
        return new Rejection(p, 0, "not a format totmon reads: " + type.description());
    }

    private static void walk(Path dir, List<InputFile> files, Consumer<Rejection> rejected, Consumer<Path> skipped) {
        List<InputFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (isHidden(f)) return FileVisitResult.CONTINUE;
                    if (attrs.isSymbolicLink() && !Files.exists(f)) {
                        rejected.accept(new Rejection(f, 0, "broken symbolic link"));
                        return FileVisitResult.CONTINUE;
                    }
                    found.add(new InputFile(f, null, sizeOf(f, attrs))); // its format is told below, in path order
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    rejected.accept(new Rejection(f, 0, "cannot read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            rejected.accept(new Rejection(dir, 0, "cannot read directory: " + describe(e)));
        }
        found.sort(Comparator.comparing(f -> f.path().toString()));
        for (InputFile f : found) {
            try {
                FileType type = FileType.detect(f.path());
                if (type.equals(FileType.UNNAMED_TEXT)) skipped.accept(f.path());
                else if (type.format() == null) rejected.accept(unreadable(f.path(), type));
                else files.add(new InputFile(f.path(), type.format(), f.size()));
            } catch (IOException e) {
                rejected.accept(new Rejection(f.path(), 0, "cannot read: " + describe(e)));
            }
        }
    }

    private static long sizeOf(Path f, BasicFileAttributes attrs) {
        if (!attrs.isSymbolicLink()) return attrs.size();
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // reading it will fail and say why
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Reads one file, handing each report or rejection to the listener. */
    public void read(InputFile file, Listener listener) {
        if (file.size() > maxFileBytes) {
            // Refused on its size alone, before a byte of it is read.
            listener.rejected(new Rejection(file.path(), 0, "file is " + humanSize(file.size())
                    + ", over the limit of " + humanSize(maxFileBytes) + " (--max-file-size)"));
            listener.advanced(file.size());
            return;
        }
        if (file.format() == InputFormat.TEXT && file.size() > 4L * maxReportChars) {
            // A text file is one report: one this large is over the report limit whatever its encoding, so it is not read.
            listener.rejected(new Rejection(file.path(), 0, "a text file is one report, and this one is " + humanSize(file.size())
                    + ", over the limit of " + maxReportChars + " characters a report (--max-report-chars)"));
            listener.advanced(file.size());
            return;
        }
        try {
            switch (file.format()) {
                case JSONL -> readJsonLines(file, listener);
                case TELEGRAM -> new TelegramExport(file, listener, json).read();
                case TEXT, HTML -> readWhole(file, listener);
                case PDF, DOCX, ODT -> OfficeDocument.read(file, listener, maxFileBytes);
                case WARC -> WarcArchive.read(file, listener, maxFileBytes);
                case FEED -> readFeed(file, listener);
            }
        } catch (IOException e) {
            listener.rejected(new Rejection(file.path(), 0, "cannot read: " + describe(e)));
        } catch (OutOfMemoryError e) {
            // The buffers of this file are garbage now; the message says what to change.
            listener.rejected(new Rejection(file.path(), 0, "not enough memory to read a file of " + humanSize(file.size())
                    + ": lower --max-file-size, or give Java more memory (JAVA_OPTS=-Xmx...)"));
        }
    }

    private void readWhole(InputFile file, Listener listener) throws IOException {
        byte[] bytes = readWithinLimit(file, listener);
        if (bytes == null) return;
        try {
            String content = decodeText(bytes, bytes.length);
            Report report = file.format() == InputFormat.HTML ? fromHtml(content, file.path()) : PlainText.parse(content);
            check(report, null);
            listener.report(new SourcedReport(report, null, file.path(), 0, file.format(), null, null));
        } catch (BadInputException e) {
            listener.rejected(new Rejection(file.path(), 0, e.getMessage()));
        }
    }

    private void readFeed(InputFile file, Listener listener) throws IOException {
        byte[] bytes = readWithinLimit(file, listener);
        if (bytes != null) Feed.read(file, listener, bytes);
    }

    /** The whole file, or null (and a rejection) when it grew over the limit since its size was checked. */
    private byte[] readWithinLimit(InputFile file, Listener listener) throws IOException {
        byte[] bytes = readAtMost(file.path());
        listener.advanced(bytes.length);
        if (bytes.length <= maxFileBytes) return bytes;
        listener.rejected(new Rejection(file.path(), 0, "file grew over the limit of " + humanSize(maxFileBytes) + " while being read"));
        return null;
    }

    /** Reads the file but never more than one byte past the limit, whatever its size claimed. */
    private byte[] readAtMost(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        }
    }

    private static String decodeText(byte[] bytes, int length) throws BadInputException {
        int nul = StrictText.firstNul(bytes, length);
        if (nul >= 0) throw new BadInputException("binary data: NUL byte at byte offset " + nul);
        String s = StrictText.decode(bytes, 0, length);
        int control = StrictText.firstControlCharacter(s);
        if (control >= 0) throw new BadInputException(StrictText.describeControlCharacter(s, control));
        return StrictText.normalizeLineEndings(s);
    }

    private static Report fromHtml(String html, Path path) throws BadInputException {
        HtmlArticle a = HtmlExtractor.extract(html, path.toUri().toString());
        if (a.text().isBlank()) throw new BadInputException("no main text found in the HTML");
        return new Report(Report.contentId(a.text()), a.url(), a.outlet(), a.title(), a.published(), a.language(), a.text());
    }

    private void readJsonLines(InputFile file, Listener listener) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            LineSplitter lines = new LineSplitter(in, maxLineBytes);
            long total = 0;
            boolean any = false;
            for (int lineNo = 1; lines.next(); lineNo++) {
                total += lines.consumed();
                if (total > maxFileBytes) {
                    listener.rejected(new Rejection(file.path(), lineNo, "file grew over the limit of " + humanSize(maxFileBytes) + " while being read"));
                    return;
                }
                listener.advanced(lines.consumed());
                if (lines.overlong()) {
                    listener.rejected(new Rejection(file.path(), lineNo, "the record is over " + humanSize(maxLineBytes)
                            + ", more than a report of " + maxReportChars + " characters takes (--max-report-chars)"));
                    any = true;
                } else {
                    any |= readJsonLine(file.path(), lineNo, lines.bytes(), lines.length(), listener);
                }
            }
            if (!any) listener.rejected(new Rejection(file.path(), 0, total == 0 ? "the file is empty: no reports in it"
                    : "the file holds only blank lines: no reports in it"));
        }
    }

    /**
     * Splits a byte stream on the line feed byte, which never occurs inside a multi-byte UTF-8 sequence. A line over
     * {@code maxLine} bytes is passed over, not kept, so one huge line cannot exhaust memory.
     */
    private static final class LineSplitter {
        private final InputStream in;
        private final long maxLine;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private byte[] line = new byte[1024];
        private int length;
        private long consumed;
        private boolean overlong;

        LineSplitter(InputStream in, long maxLine) {
            this.in = in;
            this.maxLine = maxLine;
        }

        /** Reads the next line; false at the end of the input. */
        boolean next() throws IOException {
            length = 0;
            consumed = 0;
            overlong = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return consumed > 0;
                    }
                }
                byte b = buffer[position++];
                consumed++;
                if (b == '\n') return true;
                if (overlong) continue;
                if (length >= maxLine) {
                    overlong = true;
                    continue;
                }
                if (length == line.length) line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, line.length * 2L));
                line[length++] = b;
            }
        }

        byte[] bytes() { return line; }

        /** Bytes of the line without its terminator. */
        int length() { return length; }

        /** Bytes of the input the line took, terminator included. */
        long consumed() { return consumed; }

        /** The line was longer than the limit; its bytes were not kept. */
        boolean overlong() { return overlong; }
    }

    /** Reads one line: false when it is blank. */
    private boolean readJsonLine(Path path, int lineNo, byte[] bytes, int length, Listener listener) {
        try {
            if (length > 0 && bytes[length - 1] == '\r') length--;
            int nul = StrictText.firstNul(bytes, length);
            if (nul >= 0) throw new BadInputException("binary data: NUL byte at byte " + nul + " of the line");
            String line = StrictText.decode(bytes, 0, length);
            if (line.isBlank()) return false;
            JsonNode node = parse(line);
            Report report = record(node);
            String externalId = externalId(node);
            check(report, externalId);
            listener.report(new SourcedReport(report, externalId, path, lineNo, InputFormat.JSONL, null, null));
        } catch (BadInputException e) {
            listener.rejected(new Rejection(path, lineNo, e.getMessage()));
        }
        return true;
    }

    /**
     * Every field of a report checked against what the store keeps, so that nothing fails later inside the database:
     * the text's length (the bound that keeps annotation time in hand), the language code, the metadata's lengths
     * and characters.
     */
    private void check(Report r, String externalId) throws BadInputException {
        if (r.text().length() > maxReportChars) {
            throw new BadInputException("field \"text\" is " + r.text().length() + " characters, over the limit of "
                    + maxReportChars + " a report (--max-report-chars)");
        }
        if (r.language() != null && (r.language().length() > MAX_LANGUAGE_CHARS || !LANGUAGE_CODE.matcher(r.language()).matches())) {
            throw new BadInputException("field \"language\": " + quote(r.language()) + " is not a language code such as en, uk or ru");
        }
        checkValue("url", r.url(), MAX_URL_CHARS);
        checkValue("outlet", r.outlet(), MAX_NAME_CHARS);
        checkValue("title", r.title(), MAX_NAME_CHARS);
        checkValue("id", externalId, MAX_ID_CHARS);
    }

    private static void checkValue(String field, String value, int maxChars) throws BadInputException {
        if (value == null) return;
        if (value.length() > maxChars) {
            throw new BadInputException("field \"" + field + "\" is " + value.length() + " characters, over the limit of " + maxChars);
        }
        int control = StrictText.firstControlCharacter(value);
        if (control >= 0) throw new BadInputException("field \"" + field + "\": " + StrictText.describeControlCharacter(value, control));
    }

    /** A value for a message: quoted, cut short, control characters shown as \\uXXXX. */
    private static String quote(String value) {
        String cut = value.length() > QUOTED_CHARS ? value.substring(0, QUOTED_CHARS) + "…" : value;
        StringBuilder out = new StringBuilder("\"");
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) out.append(String.format(Locale.ROOT, "\\u%04x", c));
            else out.appendCodePoint(c);
        });
        return out.append('"').toString();
    }

    private static Report record(JsonNode node) throws BadInputException {
        String text = field(node, "text");
        if (text == null || text.isBlank()) throw new BadInputException("missing or empty \"text\"");
        text = cleanText(text, "field \"text\"");
        String published = field(node, "published");
        try {
            published = published == null ? null : PublicationDate.parse(published).toString();
        } catch (RuntimeException e) {
            throw new BadInputException("field \"published\": " + e.getMessage());
        }
        String language = field(node, "language");
        return new Report(Report.contentId(text), field(node, "url"), field(node, "outlet"), field(node, "title"),
                published, language == null ? null : language.toLowerCase(Locale.ROOT), text);
    }

    private static String externalId(JsonNode node) throws BadInputException {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) return null;
        if (!id.isTextual() && !id.isIntegralNumber()) throw new BadInputException("field \"id\" must be a string or an integer");
        return id.asText();
    }

    private JsonNode parse(String line) throws BadInputException {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new BadInputException("broken JSON" + column + ": " + StrictJson.describe(e));
        }
        if (node == null || !node.isObject()) throw new BadInputException("not a JSON object");
        return node;
    }

    /** A string field, blank taken as absent. */
    private static String field(JsonNode node, String name) throws BadInputException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new BadInputException("field \"" + name + "\" must be a string or null, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
        String s = v.textValue();
        return "text".equals(name) ? s : (s.isBlank() ? null : s.strip());
    }

    /** Text from inside a record: control characters refused, line endings normalised. */
    static String cleanText(String s, String what) throws BadInputException {
        int control = StrictText.firstControlCharacter(s);
        if (control >= 0) throw new BadInputException(what + ": " + StrictText.describeControlCharacter(s, control));
        return StrictText.normalizeLineEndings(s);
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        if (bytes >= 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return bytes + " bytes";
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
