package gazette.content.markdown;

/**
 * Finds a block too long for flexmark to read in reasonable time, before it parses the body: a
 * paragraph or code block whose every line carries a prefix the parser strips (the {@code >} of a
 * quote, the indentation of a list item's lines, or of a paragraph's own lines).
 *
 * <p>Why: flexmark joins such a block's lines into one sequence of pieces of the text, and its
 * builder of that sequence (flexmark-util-sequence 0.64.8, {@code SegmentBuilderBase}) grows its array
 * by one entry at a time, so joining n lines copies about n²/2 entries. Measured: a quoted paragraph of
 * 100,000 lines took 5 s to build and of 200,000 lines 17 s; a paragraph of 200,000 lines each indented
 * by two spaces 135 s; fenced code of 50,000 lines inside a quote 6 s. A block of unprefixed lines
 * is one piece and costs nothing of the kind. At the limit here, 10,000 lines, the cost is a few
 * tenths of a second; no news article comes near it.
 *
 * <p>The scan reads only the start of each line, as {@link Nesting} does, so it is a guess at
 * where the parser's blocks begin: a list marker, heading, fence or blank line (after the prefix)
 * begins a new block, and indented code after a blank line or a heading is left alone (flexmark
 * reads it as one piece of text). A guess that runs long errs only on 10,000 prefixed lines in a row.
 */
final class LongBlocks {
    /** The most prefixed lines one block may have. */
    static final int MAX_LINES = 10_000;

    private LongBlocks() {
    }

    /** The 0-based first line of the first block of more than {@link #MAX_LINES} prefixed lines; -1 when there is none. */
    static int firstTooLong(String markdown) {
        boolean fenced = false;
        // Whether the open fence is itself quoted or indented: a fence at the margin keeps its lines in one piece.
        boolean fencePrefixed = false;
        boolean indentedCode = false;
        // Whether the line before is text at the margin, which a run of prefixed lines may continue.
        boolean previousAtMargin = false;
        // Whether the line before ends a block, so that indented lines after it start code, not a continuation.
        boolean previousEndsBlock = true;
        int run = 0;
        int runStart = 0;
        int line = 0;
        for (int start = 0; start < markdown.length(); line++) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            int content = start;
            boolean quoted = false;
            int columns = 0;
            while (content < end && " \t>".indexOf(markdown.charAt(content)) >= 0) {
                char c = markdown.charAt(content);
                quoted |= c == '>';
                columns += c == '\t' ? 4 : 1;
                content++;
            }
            boolean prefixed = content > start;
            boolean blank = content == end || content == end - 1 && markdown.charAt(content) == '\r';
            boolean fence = markdown.startsWith("```", content) || markdown.startsWith("~~~", content);
            if (fenced && fence) {
                fenced = false;
                run = 0;
            } else if (fenced) {
                // Inside fenced code every line belongs to the block, blank or not.
                run = fencePrefixed && prefixed ? run + 1 : 0;
                runStart = run == 1 ? line : runStart;
            } else if (blank || !prefixed) {
                run = 0;
                indentedCode = false;
                fenced = fence;
                fencePrefixed = false;
            } else if (indentedCode || previousEndsBlock && !quoted && columns >= 4 && run == 0) {
                indentedCode = true;
            } else if (fence || startsBlock(markdown, content, end)) {
                run = 1;
                runStart = line;
                fenced = fence;
                fencePrefixed = fence;
            } else if (++run == 1) {
                // Indented lines may continue a paragraph begun at the margin; a quote starts a block of its own.
                runStart = previousAtMargin && !quoted ? line - 1 : line;
            }
            if (run > MAX_LINES) {
                return runStart;
            }
            // A heading at the margin ends its block on its own line; so does a blank line.
            previousEndsBlock = blank || !prefixed && !fenced && markdown.startsWith("#", content);
            previousAtMargin = !blank && !prefixed && !fenced && !previousEndsBlock;
            start = end + 1;
        }
        return -1;
    }

    /** Whether the text at {@code at} starts a block of its own: a list item or a heading. */
    private static boolean startsBlock(String markdown, int at, int end) {
        char c = markdown.charAt(at);
        if (c == '#') {
            return true;
        }
        if ((c == '-' || c == '*' || c == '+') && (at + 1 == end || Character.isWhitespace(markdown.charAt(at + 1)))) {
            return true;
        }
        int digits = at;
        while (digits < end && digits - at < 9 && Character.isDigit(markdown.charAt(digits))) {
            digits++;
        }
        return digits > at && digits < end && (markdown.charAt(digits) == '.' || markdown.charAt(digits) == ')');
    }
}
