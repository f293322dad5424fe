package gazette.content.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Runs of plain text (flexmark's {@link Text} nodes: most of an article's characters) read with less
 * work when there is nothing to resolve in them.
 *
 * <p>Why: flexmark reads each run by resolving its backslash escapes and entities (a regular
 * expression over the run's characters, read one call at a time through its sequence interfaces),
 * then converting carriage returns (a copy, character by character). On a 1,000-article build those
 * two passes were 4.5 % of the CPU. A run with no backslash, ampersand or carriage return has nothing
 * for them to do: its text is copied out of the source in one go ({@link BodyHtml}, {@link TextCollector}).
 */
final class PlainTextRuns {
    private PlainTextRuns() {
    }

    /** The run's characters as one string: a single copy when they lie together in the source text. */
    static String text(BasedSequence chars) {
        // A SubSequence is a contiguous stretch of its base; a run inside a block quote or a list item
        // is cut from the lines joined without their markers, which is not, and is copied the slow way.
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            return source.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /** Whether the text has no backslash escape or entity for flexmark to resolve. */
    static boolean hasNoEscapes(String text) {
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0;
    }

    /** Whether flexmark's escape resolution and line-break conversion would leave the text as it is. */
    static boolean needsNoResolving(String text) {
        return hasNoEscapes(text) && text.indexOf('\r') < 0;
    }
}
