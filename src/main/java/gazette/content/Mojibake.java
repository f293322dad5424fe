package gazette.content;

import gazette.diag.Problem;
import gazette.source.LineMap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Text that was UTF-8, read as Windows-1252 or Latin-1 and saved again as UTF-8: "’" becomes
 * "â€™", "é" becomes "Ã©", "£" becomes "Â£". Copy pasted from a wire feed or an old CMS often comes
 * this way, and every reader would see it; it is valid UTF-8, so only its shape gives it away: a
 * lead byte of a two- or three-byte UTF-8 sequence read as a letter ({@code Â}, {@code Ã}, {@code â})
 * right before what its continuation byte reads as.
 */
public final class Mojibake {
    private Mojibake() {
    }

    /** Where the first such run starts in {@code text}, if there is one. */
    public static OptionalInt firstAt(String text) {
        return nextAt(text, 0);
    }

    /** How many such runs {@code text} holds. */
    public static int count(String text) {
        int n = 0;
        for (OptionalInt at = firstAt(text); at.isPresent(); at = nextAt(text, at.getAsInt() + 2)) {
            n++;
        }
        return n;
    }

    private static OptionalInt nextAt(String text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'Â' || c == 'Ã' || c == 'â') {
                char next = text.charAt(i + 1);
                boolean misread = c == 'â' ? next == '€' : next >= '\u0080' && next <= '\u00BF';
                if (misread) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The warning for the first such run in {@code text}, which starts at {@code firstLine} of {@code file}; none if there is none. */
    public static Optional<Problem> warning(String file, String text, int firstLine) {
        OptionalInt at = firstAt(text);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        LineMap lines = new LineMap(text);
        return Optional.of(warning(file, firstLine + lines.line(at.getAsInt()) - 1, lines.column(at.getAsInt()),
                runAt(text, at.getAsInt()), count(text) - 1));
    }

    /**
     * The warning for {@code run} at this place, saying how many more there are, so an editor mends
     * them all in one round rather than one a build.
     */
    public static Problem warning(String file, int line, int column, String run, int more) {
        return Problem.warning(file, line, column, "'" + run + "' looks like text saved again after being read in the wrong"
                + " encoding (’ reads â€™, é reads Ã©)" + (more > 0 ? ", and " + more + " more like it below" : "")
                + ": paste it again from its source, or replace such runs");
    }

    /**
     * The text as it was before it was misread, when all of it was misread the same way (saved as
     * UTF-8, read as Windows-1252 or Latin-1): {@code Cameronâ€™s} gives {@code Cameron’s}. Text with no
     * such run, or that does not read back whole, is returned as it is.
     */
    public static String repaired(String text) {
        if (firstAt(text).isEmpty()) {
            return text;
        }
        for (Charset misreadAs : List.of(Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1)) {
            try {
                ByteBuffer bytes = misreadAs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
            } catch (CharacterCodingException e) {
                // not misread this way
            }
        }
        return text;
    }

    /** The run found at {@code at}, as it is written: {@code â€™}, {@code Ã©}. */
    public static String runAt(String text, int at) {
        return text.substring(at, Math.min(text.length(), at + (text.charAt(at) == 'â' ? 3 : 2)));
    }
}
