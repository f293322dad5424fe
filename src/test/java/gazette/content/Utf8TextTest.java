package gazette.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text kept as stored UTF-8 reads, compares and stores again as the string it encodes. */
class Utf8TextTest {
    private static final String TEXT = "Astana — Nazarbayev’s “strategic” partner, 😀 £1bn";

    /** The text's bytes inside a larger array, as the cache reader holds them. */
    private static Utf8Text stored(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[utf8.length + 7];
        System.arraycopy(utf8, 0, buffer, 3, utf8.length);
        return Utf8Text.ofUtf8(buffer, 3, utf8.length);
    }

    @Test
    void aStoredSliceReadsAsTheStringItEncodes() {
        assertEquals(TEXT, stored(TEXT).toString());
        assertEquals(Utf8Text.of(TEXT), stored(TEXT));
        assertEquals(Utf8Text.of(TEXT).hashCode(), stored(TEXT).hashCode());
        assertFalse(stored(TEXT).equals(stored(TEXT + ".")));
    }

    /** The bytes a text gives to whatever stores or hashes it. */
    private static byte[] utf8(Utf8Text text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        text.writeTo(out::write);
        return out.toByteArray();
    }

    @Test
    void storingAgainGivesTheSameBytesHowEverTheTextIsHeld() {
        byte[] expected = TEXT.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, utf8(stored(TEXT)));
        assertArrayEquals(expected, utf8(Utf8Text.of(TEXT)));
        assertArrayEquals(expected, utf8(Utf8Text.compact(TEXT)));
        assertArrayEquals(expected, utf8(Utf8Text.of(TEXT).compact()));
    }

    @Test
    void aCompactedTextReadsAndComparesAsTheStringItWasMadeFrom() {
        Utf8Text compacted = Utf8Text.of(TEXT).compact();
        assertEquals(TEXT, compacted.toString());
        assertEquals(Utf8Text.of(TEXT), compacted);
        assertEquals(TEXT, compacted.toString(), "decoding twice gives the same text");
        assertTrue(Utf8Text.compact("").isEmpty());
        assertEquals(new Html("<p>" + TEXT + "</p>"), new Html("<p>" + TEXT + "</p>").compact());
    }

    @Test
    void emptinessIsKnownWithoutDecoding() {
        assertTrue(stored("").isEmpty());
        assertTrue(Utf8Text.EMPTY.isEmpty());
        assertFalse(stored("x").isEmpty());
    }

    @Test
    void aSliceOutsideItsArrayIsRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> Utf8Text.ofUtf8(new byte[4], 2, 3));
    }

    @Test
    void htmlFromTheCacheIsTheMarkupItStored() {
        Html html = new Html(stored("<p>" + TEXT + "</p>"));
        assertEquals("<p>" + TEXT + "</p>", html.value());
        assertEquals(new Html("<p>" + TEXT + "</p>"), html);
    }
}
