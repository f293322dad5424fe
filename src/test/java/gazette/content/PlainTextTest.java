package gazette.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whitespace handling of plain text, as used to decide whether a page must print an article's summary. */
class PlainTextTest {
    @Test
    void collapseMakesEveryRunOfWhitespaceOneSpace() {
        String text = "Cameron\tarrives\n\n in  Astana\r\n\u000Bto\ftalk ";
        assertEquals(text.replaceAll("\\s+", " "), PlainText.collapse(text));
        assertEquals("Cameron arrives", PlainText.collapse("Cameron  arrives in Astana", 14));
    }

    @Test
    void aSummaryIsFoundInTextWhoseLineBreaksAndSpacesDiffer() {
        String text = "Title\nThe Prime Minister\nsaid  trade would grow.\n\nMore text.";
        assertTrue(PlainText.containsCollapsed(text, "The Prime Minister said trade would grow."));
        assertTrue(PlainText.containsCollapsed(text, "More text."));
        assertTrue(PlainText.containsCollapsed(text, ""), "no summary is said already");
    }

    @Test
    void aSummaryWithAWordOrAGapTheTextLacksIsNotFound() {
        String text = "Title\nThe Prime Minister said trade would grow.";
        assertFalse(PlainText.containsCollapsed(text, "The Prime Minister said exports would grow."));
        assertFalse(PlainText.containsCollapsed(text, "Minister saidtrade"));
        assertFalse(PlainText.containsCollapsed("said\n\ntrade", "said trade grew"));
    }
}
