package gazette.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForbiddenCharactersTest {

    @Test
    void controlCharactersButTabAndLineEndsAreForbidden() {
        for (int c = 0; c < 0x20; c++) {
            assertEquals(c != '\t' && c != '\n' && c != '\r', ForbiddenCharacters.isForbidden(c), Integer.toHexString(c));
        }
        assertFalse(ForbiddenCharacters.isForbidden(' '));
        assertFalse(ForbiddenCharacters.isForbidden('~'));
        assertTrue(ForbiddenCharacters.isForbidden(0x7F));
        assertTrue(ForbiddenCharacters.isForbidden(0x85));
        assertTrue(ForbiddenCharacters.isForbidden(0x9F));
        assertFalse(ForbiddenCharacters.isForbidden(0xA0));
    }

    @Test
    void noncharactersOfEveryPlaneAreForbidden() {
        assertTrue(ForbiddenCharacters.isForbidden(0xFDD0));
        assertTrue(ForbiddenCharacters.isForbidden(0xFDEF));
        assertFalse(ForbiddenCharacters.isForbidden(0xFDCF));
        assertFalse(ForbiddenCharacters.isForbidden(0xFDF0));
        for (int plane = 0; plane <= 0x10; plane++) {
            assertTrue(ForbiddenCharacters.isForbidden(plane << 16 | 0xFFFE));
            assertTrue(ForbiddenCharacters.isForbidden(plane << 16 | 0xFFFF));
            assertFalse(ForbiddenCharacters.isForbidden(plane << 16 | 0xFFFD));
        }
        assertFalse(ForbiddenCharacters.isForbidden(0x1F600)); // an emoji
    }

    @Test
    void textWithNoneIsReturnedAsItIs() {
        String text = "Astana, Алматы, 北京 and 😀\ttab\nline";
        assertSame(text, ForbiddenCharacters.replaced(text));
    }

    @Test
    void eachForbiddenCharacterBecomesOneReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd", ForbiddenCharacters.replaced("a\u0007b\uFFFEc\u0085d"));
        assertEquals("x\uFFFDy", ForbiddenCharacters.replaced("x" + new String(Character.toChars(0x1FFFF)) + "y"),
                "a noncharacter outside the first plane is one character, written as two chars");
        assertEquals("😀\uFFFD", ForbiddenCharacters.replaced("😀\u0001"));
    }

    @Test
    void halvesOfSurrogatePairsAreReplaced() {
        assertEquals("a\uFFFDb", ForbiddenCharacters.replaced("a\uD800b"));
        assertEquals("a\uFFFDb", ForbiddenCharacters.replaced("a\uDC00b"));
        assertEquals("\uFFFD", ForbiddenCharacters.replaced("\uD83D"), "a high half at the end");
        assertEquals("\uFFFD\uFFFD", ForbiddenCharacters.replaced("\uDE00\uD83D"), "a pair in the wrong order");
        assertEquals("😀", ForbiddenCharacters.replaced("\uD83D\uDE00"));
    }

    @Test
    void blankingKeepsEveryLaterCharactersPlace() {
        String text = "Алматы\u0007 😀 \uD83F\uDFFF end";
        assertSame("plain", ForbiddenCharacters.blanked("plain"));
        assertEquals("Алматы  😀    end", ForbiddenCharacters.blanked(text));
        assertEquals(text.length(), ForbiddenCharacters.blanked(text).length());
    }
}
