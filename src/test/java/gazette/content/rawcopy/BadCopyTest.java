package gazette.content.rawcopy;

import gazette.diag.BuildFailure;
import gazette.source.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that is not copy at all gets one {@code path:line:col: message} problem and no article. */
class BadCopyTest {

    @Test
    void anEmptyFileIsReportedAtItsStart() {
        assertEquals("raw/empty.txt:1:1: file is empty (paste the article's text into it)", problem("empty.txt"));
    }

    @Test
    void aFileOfOnlyWhitespaceIsEmptyToo() {
        assertTrue(problem("blank.txt").startsWith("raw/blank.txt:1:1: file is empty"));
    }

    @Test
    void aLatin1FileIsReportedAtItsFirstBadByte() {
        assertEquals("raw/latin1.txt:1:4: file is not valid UTF-8 (byte 0xE9 at offset 3) (save it as UTF-8)",
                problem("latin1.txt"));
    }

    @Test
    void aBinaryFileIsReportedWhereItsFirstNulIs(@TempDir Path dir) throws IOException {
        Path gif = dir.resolve("pixel.gif");
        Files.write(gif, new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 0, 1, 0});
        BuildFailure failure = assertThrows(BuildFailure.class, () -> readFile("raw/pixel.gif", gif));
        assertTrue(failure.getMessage().startsWith("raw/pixel.gif:1:7: file looks binary"), failure.getMessage());
    }

    @Test
    void aBinaryFileThatIsNotUtf8IsReportedToo(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("photo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        BuildFailure failure = assertThrows(BuildFailure.class, () -> readFile("raw/photo.png", png));
        assertTrue(failure.getMessage().startsWith("raw/photo.png:1:1: file is not valid UTF-8"), failure.getMessage());
    }

    @Test
    void copyThatIsAllFurnitureIsReportedAtItsFirstLine() {
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> new RawCopyReader(Furniture.defaults()).read("raw/promo.txt", "\nBack to top\n\nAdvertisement\n"));
        assertEquals(1, failure.problems().size());
        assertTrue(failure.getMessage().startsWith("raw/promo.txt:2:1: file has no article text"), failure.getMessage());
    }

    private static String problem(String fixture) {
        BuildFailure failure = assertThrows(BuildFailure.class, () -> Copies.read(fixture));
        assertEquals(1, failure.problems().size());
        return failure.problems().get(0).toString();
    }

    private static ImportedCopy readFile(String relPath, Path file) throws IOException {
        String text = SourceText.decode(relPath, Files.readAllBytes(file));
        return new RawCopyReader(new Furniture(List.of())).read(relPath, text);
    }
}
