package gazette.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Character offsets to 1-based line:col, as problems print them. */
class LineMapTest {

    @Test
    void theFirstCharacterIsLineOneColumnOne() {
        LineMap map = new LineMap("abc\ndef\n");
        assertEquals(1, map.line(0));
        assertEquals(1, map.column(0));
    }

    @Test
    void theCharacterAfterANewlineStartsTheNextLine() {
        LineMap map = new LineMap("abc\ndef\n");
        assertEquals(2, map.line(4));
        assertEquals(1, map.column(4));
        assertEquals(2, map.line(6));
        assertEquals(3, map.column(6));
    }

    @Test
    void theNewlineItselfBelongsToItsLine() {
        LineMap map = new LineMap("abc\ndef\n");
        assertEquals(1, map.line(3));
        assertEquals(4, map.column(3));
    }

    @Test
    void emptyLinesAreCounted() {
        LineMap map = new LineMap("a\n\n\nb");
        assertEquals(4, map.line(4));
        assertEquals(1, map.column(4));
        assertEquals(4, map.lineCount());
    }

    @Test
    void theEndOfTheTextIsAfterItsLastCharacter() {
        LineMap map = new LineMap("abc\nde");
        assertEquals(2, map.line(6));
        assertEquals(3, map.column(6));
        assertEquals(6, map.length());
    }

    @Test
    void offsetsBeyondTheTextAreClampedToItsEnds() {
        LineMap map = new LineMap("abc\nde");
        assertEquals(2, map.line(100));
        assertEquals(3, map.column(100));
        assertEquals(1, map.line(-5));
        assertEquals(1, map.column(-5));
    }

    @Test
    void aCharacterPastTheFirstPlaneIsOneColumnAsInFrontMatter() {
        // "🔥" is two UTF-16 units; the YAML parser, and a reader, count it as one character.
        LineMap map = new LineMap("🔥🔥 a\nb 🔥 [x]\n🔥");
        assertEquals(4, map.column(5), "a, after two fires and a space");
        assertEquals(5, map.column(12), "[x] on the second line, after one fire");
        assertEquals(2, map.line(12));
        assertEquals(1, map.column(16), "the third line starts again at column 1");
        assertEquals(2, map.column(18), "the end of the text, after one fire");
    }

    @Test
    void anEmptyTextHasOneLine() {
        LineMap map = new LineMap("");
        assertEquals(1, map.lineCount());
        assertEquals(1, map.line(0));
        assertEquals(1, map.column(0));
    }

    @Test
    void longTextsWithManyLinesMapEveryLine() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            text.append("line ").append(i).append('\n');
        }
        LineMap map = new LineMap(text);
        int offset = text.indexOf("line 777\n");
        assertEquals(777, map.line(offset));
        assertEquals(1, map.column(offset));
        assertEquals(6, map.column(offset + 5));
        assertEquals(1001, map.lineCount());
    }

    @Test
    void columnsCountCharactersNotBytes() {
        LineMap map = new LineMap("Алматы: x");
        assertEquals(8, map.column(7));
    }
}
