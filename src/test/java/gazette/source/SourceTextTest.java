package gazette.source;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding a file: strict UTF-8, no BOM, LF line ends, no NUL; bad bytes reported where they are. */
class SourceTextTest {

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static Problem failure(byte[] bytes) {
        BuildFailure f = assertThrows(BuildFailure.class, () -> SourceText.decode("seeds/a.md", bytes));
        assertEquals(1, f.problems().size());
        return f.problems().get(0);
    }

    @Test
    void plainUtf8ComesBackUnchanged() {
        assertEquals("---\ntitle: Алматы — Café\n---\n", SourceText.decode("seeds/a.md", bytes("---\ntitle: Алматы — Café\n---\n")));
    }

    @Test
    void controlCharactersBecomeSpacesAndTabsAndNewlinesStay() {
        String text = SourceText.decode("seeds/a.md", bytes("Bell\u0007 tab\t vt\u000B ff\f del\u007F c1\u0085 nonchar\uFFFE end\n"));
        assertEquals("Bell  tab\t vt  ff  del  c1  nonchar  end\n", text);
        assertEquals("Алматы — Café \uD83D\uDE00\n", SourceText.decode("seeds/a.md", bytes("Алматы — Café \uD83D\uDE00\n")));
        assertEquals("a  b\n", SourceText.decode("seeds/a.md", bytes("a\uD83F\uDFFFb\n")),
                "a noncharacter past the first plane (U+1FFFF) is two spaces, so later columns stay");
    }

    @Test
    void aByteOrderMarkIsRemoved() {
        assertEquals("---\n", SourceText.decode("seeds/a.md", bytes(0xEF, 0xBB, 0xBF, "---\n")));
    }

    @Test
    void windowsLineEndsBecomeNewlines() {
        assertEquals("---\ntitle: A\n---\nBody\n", SourceText.decode("seeds/a.md", bytes("---\r\ntitle: A\r\n---\r\nBody\r\n")));
    }

    @Test
    void oldMacLineEndsBecomeNewlines() {
        assertEquals("a\nb\n", SourceText.decode("seeds/a.md", bytes("a\rb\r")));
    }

    @Test
    void aLatin1ByteIsReportedAtItsLineAndColumn() {
        Problem p = failure(bytes("---\ntitle: Caf", 0xE9, "\n---\n"));
        assertEquals("seeds/a.md", p.file());
        assertEquals(2, p.line());
        assertEquals(11, p.column());
        assertTrue(p.message().contains("0xE9"), p.message());
        assertEquals("save it as UTF-8", p.hint());
    }

    @Test
    void theColumnOfABadByteCountsCharactersNotBytes() {
        Problem p = failure(bytes("a\nАлма", 0xFF, "ты\n"));
        assertEquals(2, p.line());
        assertEquals(5, p.column());
    }

    @Test
    void theLineOfABadByteCountsWindowsLineEndsOnce() {
        Problem p = failure(bytes(0xEF, 0xBB, 0xBF, "one\r\ntwo\r\nthr", 0x96, "e\r\n"));
        assertEquals(3, p.line());
        assertEquals(4, p.column());
    }

    @Test
    void aLoneContinuationByteAtTheStartIsLineOneColumnOne() {
        Problem p = failure(bytes(0x80, "abc"));
        assertEquals(1, p.line());
        assertEquals(1, p.column());
    }

    @Test
    void aNulCharacterMeansABinaryFile() {
        Problem p = failure(bytes("---\ntitle: A\nx", 0x00, "y\n"));
        assertEquals(3, p.line());
        assertEquals(2, p.column());
        assertTrue(p.message().contains("binary"), p.message());
    }

    @Test
    void aPngIsReportedAsNotText() {
        BuildFailure f = assertThrows(BuildFailure.class,
                () -> SourceText.decode("seeds/a.md", bytes(0x89, "PNG\r\n", 0x1A, "\n", 0x00, 0x00)));
        assertEquals(1, f.problems().size());
    }
}
