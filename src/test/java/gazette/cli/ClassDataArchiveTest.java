package gazette.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the launcher names the class-data archive beside the jar: only while it was made for that jar and JVM. */
class ClassDataArchiveTest {
    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void jarWithItsArchive() throws IOException {
        jar = Files.writeString(dir.resolve("gazette.jar"), "classes");
        Files.writeString(dir.resolve("gazette.jsa"), "archive");
        Files.writeString(dir.resolve("gazette.jsa.stamp"), ClassDataArchive.stamp(jar));
    }

    @Test
    void theArchiveAndStampSitBesideTheJarUnderItsName() throws IOException {
        assertEquals(dir.resolve("site.jsa"), ClassDataArchive.archiveBeside(dir.resolve("site.jar")));
        assertEquals(dir.resolve("gazette.jsa.stamp"), ClassDataArchive.stampBeside(jar));
        assertTrue(ClassDataArchive.fits(jar));
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertTrue(ClassDataArchive.fits(sub.resolve("..").resolve("gazette.jar")), "the same jar by another path");
    }

    @Test
    void aRebuiltJarNoLongerFits() throws IOException {
        Files.writeString(jar, "classes, changed");
        assertFalse(ClassDataArchive.fits(jar));
    }

    @Test
    void aJarOfTheSameSizeWrittenAtAnotherTimeNoLongerFits() throws IOException {
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertFalse(ClassDataArchive.fits(jar));
    }

    @Test
    void aJarCopiedElsewhereWithItsArchiveDoesNotFit() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        for (String name : new String[] {"gazette.jar", "gazette.jsa", "gazette.jsa.stamp"}) {
            Files.copy(dir.resolve(name), elsewhere.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        assertFalse(ClassDataArchive.fits(elsewhere.resolve("gazette.jar")));
    }

    @Test
    void anArchiveMadeByAnotherJvmDoesNotFit() throws IOException {
        Path stamp = ClassDataArchive.stampBeside(jar);
        String other = Files.readString(stamp).replace("vm " + System.getProperty("java.vm.version"), "vm 11.0.2+9");
        Files.writeString(stamp, other);
        assertFalse(ClassDataArchive.fits(jar));
    }

    @Test
    void withoutTheArchiveOrTheStampNothingFits() throws IOException {
        Files.delete(ClassDataArchive.archiveBeside(jar));
        assertFalse(ClassDataArchive.fits(jar));
        jarWithItsArchive();
        Files.delete(ClassDataArchive.stampBeside(jar));
        assertFalse(ClassDataArchive.fits(jar));
        assertFalse(ClassDataArchive.fits(dir.resolve("missing.jar")));
    }

    @Test
    void aJvmThatCanNotMakeTheArchiveLeavesTheJarWithoutOneAndDoesNotFail() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.jar"), "not a jar");
        ClassDataArchive.main(new String[] {broken.toString(), dir.toString(), dir.resolve("work").toString()});
        assertFalse(Files.exists(ClassDataArchive.stampBeside(broken)), "no stamp, so the launcher names no archive");
        assertFalse(ClassDataArchive.fits(broken));
        assertTrue(Files.readString(dir.resolve("work/training.log")).contains("broken.jar"), "the training JVM's complaint is kept");
    }
}
