package gazette.source;

import java.util.Arrays;

/**
 * Maps a character offset in a text to a 1-based line and column, with a table of line starts
 * built once, so that each look-up is a binary search rather than a scan.
 */
public final class LineMap {
    private final int[] lineStarts;
    private final int length;

    public LineMap(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = text.length();
    }

    /** 1-based line of the character at {@code offset}. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), length));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of the character at {@code offset}, counted in UTF-16 characters. */
    public int column(int offset) {
        int clamped = Math.min(Math.max(offset, 0), length);
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    public int length() {
        return length;
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
