package gazette.content.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's own fenced-code parser, not asked about a line that starts with a run of three or more
 * backticks (or tildes) and has another one further on, which can not open a fence. Why: flexmark
 * tries its opening-fence pattern, {@code ^`{3,}(?!.*`)}, for every shorter run as well, and each try
 * reads to the end of the line: 20,000 backticks, a letter and 19,999 more on one line took 6.8 to
 * 9.8 s to read. Takes the core parser's place ({@link CoreBlockParserFilter#install}).
 */
final class FenceLines extends CoreBlockParserFilter {
    FenceLines() {
        super(new FencedCodeBlockParser.Factory(), Parser.FENCED_CODE_BLOCK_PARSER);
    }

    @Override
    boolean mayStart(ParserState state) {
        return !fenceCharacterFurtherOn(state.getLine(), state.getNextNonSpaceIndex());
    }

    /**
     * Whether the line, from {@code at}, starts with three or more backticks or tildes and has the same
     * character again on the same line after them. The pattern's {@code .} stops at any line
     * terminator, so one before that character means "maybe" (false) and the core parser decides.
     */
    static boolean fenceCharacterFurtherOn(BasedSequence line, int at) {
        if (at >= line.length()) {
            return false;
        }
        char fence = line.charAt(at);
        if (fence != '`' && fence != '~') {
            return false;
        }
        int i = at;
        while (i < line.length() && line.charAt(i) == fence) {
            i++;
        }
        if (i - at < 3) {
            return false;
        }
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == fence) {
                return true;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return false;
    }
}
