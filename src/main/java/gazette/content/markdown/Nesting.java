package gazette.content.markdown;

/**
 * How deeply a Markdown body nests quotes and lists, read from the markers and indentation at the
 * start of its lines, before flexmark parses it. Flexmark's parser scans every open block's
 * indentation on every line, and parses and renders nested blocks by recursion: 2,000 lists inside
 * each other took 66 s to parse and then ran out of stack, and a few hundred levels are enough for
 * the latter. News copy nests a handful of levels.
 */
final class Nesting {
    /** The most levels a line may nest: two columns at its start each, a {@code >} counting as two and a tab as four. */
    static final int MAX_LEVELS = 100;

    private Nesting() {
    }

    /**
     * The first 0-based line nested more than {@link #MAX_LEVELS} deep, outside fenced code blocks
     * (whose indentation is the code's own); -1 when there is none.
     */
    static int firstLineDeeperThanTheLimit(String markdown) {
        boolean fenced = false;
        int line = 0;
        for (int start = 0; start < markdown.length(); line++) {
            int end = lineEnd(markdown, start);
            int content = start;
            while (content < end && (markdown.charAt(content) == ' ' || markdown.charAt(content) == '\t'
                    || markdown.charAt(content) == '>')) {
                content++;
            }
            if (markdown.startsWith("```", content) || markdown.startsWith("~~~", content)) {
                fenced = !fenced;
            } else if (!fenced && levels(markdown, start, end) > MAX_LEVELS) {
                return line;
            }
            start = end + 1;
        }
        return -1;
    }

    /**
     * The 0-based line most likely to nest deepest, for a body the parser could not follow: the one with
     * the most levels at its start ({@link #levels}) and marks of emphasis, links and code in it.
     */
    static int deepestLine(String markdown) {
        int deepest = 0;
        int most = -1;
        int line = 0;
        for (int start = 0; start < markdown.length(); line++) {
            int end = lineEnd(markdown, start);
            int marks = levels(markdown, start, end);
            for (int i = start; i < end; i++) {
                if ("*_[]()<>`~".indexOf(markdown.charAt(i)) >= 0) {
                    marks++;
                }
            }
            if (marks > most) {
                most = marks;
                deepest = line;
            }
            start = end + 1;
        }
        return deepest;
    }

    private static int lineEnd(String markdown, int start) {
        int end = markdown.indexOf('\n', start);
        return end < 0 ? markdown.length() : end;
    }

    /**
     * Levels of nesting at the start of a line, as {@link #MAX_LEVELS} counts them, the line's own list
     * item included: the outermost item is not indented, so 101 lists inside each other passed as 100.
     */
    private static int levels(String markdown, int start, int end) {
        int columns = 0;
        int i = start;
        for (; i < end; i++) {
            char c = markdown.charAt(i);
            if (c == '>') {
                columns += 2;
            } else if (c == ' ') {
                columns += 1;
            } else if (c == '\t') {
                columns += 4;
            } else {
                break;
            }
        }
        return columns / 2 + (startsListItem(markdown, i, end) ? 1 : 0);
    }

    /** Whether a list item's marker starts at {@code i}: {@code -}, {@code *} or {@code +}, or digits and {@code .} or {@code )}, then a space or the end. */
    private static boolean startsListItem(String markdown, int i, int end) {
        int after = i;
        if (after < end && "-*+".indexOf(markdown.charAt(after)) >= 0) {
            after++;
        } else {
            while (after < end && after - i < 9 && Character.isDigit(markdown.charAt(after))) {
                after++;
            }
            if (after == i || after >= end || (markdown.charAt(after) != '.' && markdown.charAt(after) != ')')) {
                return false;
            }
            after++;
        }
        return after == end || markdown.charAt(after) == ' ' || markdown.charAt(after) == '\t';
    }
}
