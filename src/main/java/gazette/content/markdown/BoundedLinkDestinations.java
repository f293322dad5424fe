package gazette.content.markdown;

import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's scanner of a link's destination ({@code [text](destination)}), refusing one whose
 * parentheses nest more than {@link #MAX_PARENTHESES} deep, as CommonMark's reference parser does
 * (the spec allows a limit, and asks for at least three levels).
 *
 * <p>Why: flexmark scans a destination until its parentheses balance or a space ends it, so each
 * {@code ](} of a line like {@code [a](<b[a](<b[a](<b...} scanned the rest of the line, whose every
 * {@code (} nests one deeper: a line of 12,000 of them took 5 s to build, 30,000 took 30 s. With the
 * limit, each scan stops within 33 of them. A destination within the limit is scanned by flexmark
 * as before; one past it is empty, so the brackets stay text.
 */
final class BoundedLinkDestinations extends LinkDestinationParser {
    /** The deepest parentheses may nest in a destination: cmark's limit. */
    static final int MAX_PARENTHESES = 32;

    private BoundedLinkDestinations(LinkDestinationParser like) {
        super(like.allowMatchedParentheses, like.spaceInUrls, like.parseJekyllMacrosInUrls, like.intellijDummyIdentifier);
    }

    /**
     * The bounded scanner in place of {@code flexmark}'s, or flexmark's own (maybe null) when its options
     * make a destination end other than at the first space or unmatched {@code )} (spaces or Jekyll
     * macros in URLs, or matched parentheses switched off), which {@link #nestsTooDeeply} does not follow.
     */
    static LinkDestinationParser around(LinkDestinationParser flexmark) {
        if (flexmark == null || !flexmark.allowMatchedParentheses || flexmark.spaceInUrls || flexmark.parseJekyllMacrosInUrls) {
            return flexmark;
        }
        return new BoundedLinkDestinations(flexmark);
    }

    @Override
    public BasedSequence parseLinkDestination(BasedSequence input, int startIndex) {
        if (nestsTooDeeply(input, startIndex)) {
            return input.subSequence(startIndex, startIndex);
        }
        return super.parseLinkDestination(input, startIndex);
    }

    /**
     * Whether the destination starting at {@code start} opens more than {@link #MAX_PARENTHESES}
     * parentheses inside each other before it ends where flexmark's scan would: at a space or control
     * character, or at a {@code )} with none open. A backslash takes the character after it when that
     * one may be escaped, as flexmark's scan does.
     */
    private boolean nestsTooDeeply(BasedSequence input, int start) {
        int open = 0;
        for (int i = start, end = input.length(); i < end; i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                if (PAREN_ESCAPABLE_CHARS.get(input.safeCharAt(i + 1))) {
                    i++;
                }
            } else if (c == '(') {
                if (++open > MAX_PARENTHESES) {
                    return true;
                }
            } else if (c == ')') {
                if (open == 0) {
                    return false;
                }
                open--;
            } else if (EXCLUDED_0_TO_SPACE_CHARS.get(c)) {
                return false;
            }
        }
        return false;
    }
}
