package org.totmon.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes untrusted bytes as UTF-8, refusing anything that is not clean text. */
final class StrictText {
    private StrictText() {}

    /** Byte offset of the first NUL, or -1: a NUL never occurs in text, so it marks binary data. */
    static int firstNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) if (bytes[i] == 0) return i;
        return -1;
    }

    /** Decodes strictly (malformed or unmappable input is an error) and drops a leading byte-order mark. */
    static String decode(byte[] bytes, int offset, int length) throws BadInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException("invalid UTF-8 at byte offset " + (in.position() - offset));
        }
        decoder.flush(out);
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Index of the first C0 control character other than tab, line feed, vertical tab, form feed and carriage
     * return (or of a DEL), or -1: such characters come from binary data or broken conversions, never from a report.
     */
    static int firstControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != '\f' || c == 0x7F) return i;
        }
        return -1;
    }

    /** Names the control character at {@code index} and the line it is on. */
    static String describeControlCharacter(String s, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) if (s.charAt(i) == '\n') line++;
        return String.format("control character U+%04X at line %d (binary data?)", (int) s.charAt(index), line);
    }

    /** One line ending, so offsets do not depend on the platform the report was saved on. */
    static String normalizeLineEndings(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
