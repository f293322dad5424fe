package gazette.source;

import java.util.Arrays;

/**
 * Maps a character offset in a text to a 1-based line and column, with a table of line starts
 * built once, so that each look-up is a binary search rather than a scan. Columns count characters
 * as the YAML parser counts them for front matter, so that {@code 🔥} is one column, not the two
 * UTF-16 units Java strings hold it in: where each character past the first plane is, is kept too.
 */
public final class LineMap {
    private static final int[] NONE = {};
    private final int[] lineStarts;
    /** Offsets of the second halves of surrogate pairs, in order: each is a unit that is not a column. */
    private final int[] pairEnds;
    private final int length;

    public LineMap(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int[] ends = NONE;
        int pairs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (pairs == ends.length) {
                    ends = Arrays.copyOf(ends, Math.max(16, pairs * 2));
                }
                ends[pairs++] = i;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.pairEnds = Arrays.copyOf(ends, pairs);
        this.length = text.length();
    }

    /** 1-based line of the character at {@code offset}. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), length));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of the character at {@code offset}, counted in characters (code points). */
    public int column(int offset) {
        int clamped = Math.min(Math.max(offset, 0), length);
        int lineStart = lineStarts[line(clamped) - 1];
        return clamped - lineStart - (pairsBefore(clamped) - pairsBefore(lineStart)) + 1;
    }

    /** How many pairs end before {@code offset}. */
    private int pairsBefore(int offset) {
        int i = Arrays.binarySearch(pairEnds, offset);
        return i >= 0 ? i : -i - 1;
    }

    public int length() {
        return length;
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
