package gazette.content.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's own heading parser, asked only about lines that can open a heading ({@code #}) or
 * underline one (a run of {@code =} or {@code -}); for any other line it would answer "none" all
 * the same. Why: before it looks at a line, flexmark's builds the whole paragraph read so far, so a
 * paragraph or table of many lines that block parsers take a look at (lines starting with a digit, a
 * dash or a pipe) cost time growing with the square of its length: 10,000 table rows took 4.8 s to
 * read, 20,000 took 14 s, and 10,000 lines of one paragraph starting with a dash 3.1 s. Takes the
 * core parser's place, with its order among the block parsers kept ({@link CoreBlockParserFilter#install}).
 */
final class HeadingLines extends CoreBlockParserFilter {
    HeadingLines() {
        super(new HeadingParser.Factory(), Parser.HEADING_PARSER);
    }

    @Override
    boolean mayStart(ParserState state) {
        return couldBeHeading(state);
    }

    /**
     * Whether the line, after its indentation, can open a heading (it starts with {@code #}) or
     * underline one (a run of {@code =} or of {@code -} with nothing but spaces after it, or a character
     * that a Java pattern takes as a line's end, such as U+2028, where the core parser decides).
     */
    static boolean couldBeHeading(ParserState state) {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        if (at >= line.length()) {
            return false;
        }
        char c = line.charAt(at);
        if (c == '#') {
            return true;
        }
        if (c != '=' && c != '-') {
            return false;
        }
        int i = at;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        for (; i < line.length(); i++) {
            char after = line.charAt(i);
            if (after == '\u0085' || after == '\u2028' || after == '\u2029') {
                return true; // ends the line for flexmark's pattern: the core parser decides
            }
            if (after != ' ' && after != '\t' && after != '\r' && after != '\n') {
                return false;
            }
        }
        return true;
    }
}
