package gazette.content.markdown;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The text of an indented code block, from its lines joined once.
 *
 * <p>Why: flexmark renders such a block from its {@code getContentChars()}, which puts the lines back
 * together, each without its indent, in a segment builder whose array grows by one part at a time, and
 * does so twice: a block of 50,000 lines took seconds to render, time growing with the square of its
 * lines. Joined into a {@link StringBuilder} the lines cost their length; the HTML is the same,
 * because what flexmark did to the joined text (trim the blank lines at its end, end it with one line
 * break, escape it) {@link BodyHtml} does with the same flexmark methods ({@code BodyHtmlTest} compares).
 */
final class IndentedCode {
    private IndentedCode() {
    }

    /** The block's text: its lines without their indent, as {@code getContentChars()} gives it. */
    static String text(IndentedCodeBlock block) {
        StringBuilder text = new StringBuilder();
        for (BasedSequence line : block.getContentLines()) {
            text.append(line);
        }
        return text.toString();
    }

    /** The text a plain-text collector takes from the block: its text with escapes and entities resolved. */
    static String unescapedText(IndentedCodeBlock block) {
        return Escaping.unescapeString(text(block));
    }
}
