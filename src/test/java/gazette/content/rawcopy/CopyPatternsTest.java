package gazette.content.rawcopy;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyPatternsTest {

    @Test
    void datelinesInTheWireStyles() {
        assertDateline("LONDON", "Kazakhstan President", "LONDON -- Kazakhstan President");
        assertDateline("LONDON", "Text.", "LONDON — Text.");
        assertDateline("ALMATY, Kazakhstan", "Text.", "ALMATY, Kazakhstan — Text.");
        assertDateline("LONDON (Reuters)", "Text.", "LONDON (Reuters) - Text.");
        assertDateline("WASHINGTON, July 1 (Reuters)", "Text.", "WASHINGTON, July 1 (Reuters) - Text.");
        assertDateline("NUR-SULTAN", "Text.", "NUR-SULTAN - Text.");
        assertDateline("NEW YORK (AP)", "Text.", "NEW YORK (AP) — Text.");
        assertTrue(CopyPatterns.dateline("Kazakhstan's leader - today").isEmpty());
        assertTrue(CopyPatterns.dateline("A-level results rose - again").isEmpty());
    }

    @Test
    void bylines() {
        assertEquals(Optional.of("Jane Doe"), CopyPatterns.byline("By Jane Doe"));
        assertEquals(Optional.of("Jane Doe, Political Correspondent"),
                CopyPatterns.byline("By Jane Doe, Political Correspondent"));
        assertEquals(Optional.of("Jane Doe and John Roe"), CopyPatterns.byline("By Jane Doe and John Roe"));
        assertEquals(Optional.of("JANE DOE"), CopyPatterns.byline("BY JANE DOE"));
        assertTrue(CopyPatterns.byline("By Tuesday, talks had collapsed").isEmpty());
        assertTrue(CopyPatterns.byline("By contrast, exports fell.").isEmpty());
    }

    @Test
    void captions() {
        var photo = CopyPatterns.caption("David Cameron also visited an oil plant Credit: REUTERS/Leon Neal/").orElseThrow();
        assertFalse(photo.video());
        assertEquals("David Cameron also visited an oil plant", photo.text());
        assertEquals(Optional.of("REUTERS/Leon Neal"), photo.credit());
        assertTrue(CopyPatterns.caption("Nursultan Nazarbayev confronts ITV News correspondent Romilly Weeks")
                .orElseThrow().video());
        assertTrue(CopyPatterns.caption("Picture: The minister arrives").isPresent());
        assertTrue(CopyPatterns.caption("Kazakh leader defends human rights record").isEmpty());
        assertTrue(CopyPatterns.caption("Romilly Weeks told President Nursultan Nazarbayev she had spoken to Kazakhs.")
                .isEmpty());
    }

    @Test
    void attributions() {
        assertEquals(Optional.of("David Cameron"), CopyPatterns.attribution("– David Cameron"));
        assertEquals(Optional.of("Name Surname"), CopyPatterns.attribution("— Name Surname"));
        assertEquals(Optional.of("Name"), CopyPatterns.attribution("- Name"));
        assertTrue(CopyPatterns.attribution("- The first phase covers 40 hectares.").isEmpty());
    }

    private static void assertDateline(String place, String restStart, String paragraph) {
        CopyPatterns.Dateline d = CopyPatterns.dateline(paragraph).orElseThrow(() -> new AssertionError(paragraph));
        assertEquals(place, d.place(), paragraph);
        assertTrue(d.rest().startsWith(restStart), d.rest());
    }
}
