package gazette.source;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.text.ForbiddenCharacters;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text the rest of the pipeline can trust: strict UTF-8 (a bad byte is
 * reported at its line and column, never replaced), no byte-order mark, {@code \n} line ends, no NUL
 * characters (a sign of a binary file), and no other character a page may not hold (made spaces).
 */
public final class SourceText {
    private SourceText() {
    }

    /**
     * @param file  path relative to the site folder, for the problem report
     * @param bytes the file's content
     * @return the text with a leading BOM removed, CRLF / CR turned into LF and other control
     *         characters into spaces ({@link #withoutControlCharacters})
     * @throws BuildFailure naming the first byte that is not UTF-8, or the first NUL
     */
    public static String decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new BuildFailure(notUtf8(file, bytes, firstBadByte(bytes)));
        } catch (CharacterCodingException e) {
            throw new BuildFailure(Problem.error(file, 1, 1, "file is not valid UTF-8 text", "save it as UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            LineMap map = new LineMap(text);
            throw new BuildFailure(Problem.error(file, map.line(nul), map.column(nul),
                    "file looks binary (it contains a NUL character), not text", "only UTF-8 text files can be read"));
        }
        return withoutControlCharacters(text);
    }

    /**
     * The text with each character that may not appear in a page or feed ({@link ForbiddenCharacters}:
     * control characters other than tab and newline, noncharacters such as U+FFFE) turned into a space,
     * one per UTF-16 unit. They are invisible, HTML counts each as an error, and most are not allowed in
     * XML at all: one BEL left in pasted wire copy made the site's feeds unreadable to a feed reader. A
     * space keeps every later character's line and column.
     */
    static String withoutControlCharacters(String text) {
        return ForbiddenCharacters.blanked(text);
    }

    private static Problem notUtf8(String file, byte[] bytes, int badIndex) {
        // Decode the good prefix to count lines and characters up to the bad byte.
        String before = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, badIndex)).toString();
        if (before.startsWith("\uFEFF")) {
            before = before.substring(1);
        }
        LineMap map = new LineMap(before.replace("\r\n", "\n").replace('\r', '\n'));
        int end = map.length();
        return Problem.error(file, map.line(end), map.column(end),
                "file is not valid UTF-8 (byte 0x%02X at offset %d)".formatted(bytes[badIndex] & 0xFF, badIndex),
                "save it as UTF-8");
    }

    /** Index of the first byte where strict UTF-8 decoding fails. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
