package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code build} does to the output folder beyond writing the site: it deletes only files it
 * wrote, refusing a folder of the user's, and leaves no empty folder, even after a build that was cut
 * short between deleting pages and their folders.
 */
class OutputFolderTest {
    private static final String ARTICLE = "seeds/2013-06-30-cameron-first-pm-in-kazakhstan.md";

    @TempDir
    Path dir;

    @Test
    void aBuildAfterOneCutShortLeavesNoEmptyFolderAndEqualsACleanBuild() throws IOException {
        TestSite expected = TestSite.seedCopy(Files.createDirectory(dir.resolve("expected"))).build("--clean");
        for (String flag : new String[] {"", "--clean"}) {
            TestSite site = TestSite.seedCopy(Files.createDirectory(dir.resolve("site" + flag)));
            String original = Files.readString(site.root().resolve(ARTICLE));
            String tags = IntStream.range(0, 2000).mapToObj(i -> "t" + i).collect(Collectors.joining(", ", "tags: [", "]"));
            site.write(ARTICLE, original.replaceFirst("(?m)^tags: .*$", tags)).build();
            assertTrue(site.exists("tags/t1999/index.html"));
            site.write(ARTICLE, original);
            // What a build stopped while publishing left: the stale tag pages deleted, their folders not yet.
            try (Stream<Path> pages = Files.walk(site.output().resolve("tags"))) {
                for (Path page : pages.filter(p -> p.getFileName().toString().equals("index.html")
                        && p.getParent().getFileName().toString().matches("t\\d+")).toList()) {
                    Files.delete(page);
                }
            }

            site.build(flag.isEmpty() ? new String[0] : new String[] {flag});

            Map<String, String> want = tree(expected.output());
            Map<String, String> got = tree(site.output());
            assertEquals(String.join("\n", want.keySet()), String.join("\n", got.keySet()), "build " + flag + ": the same files and folders");
            assertTrue(want.equals(got), "build " + flag + " gives what a clean build gives, byte for byte");
            assertFalse(Files.exists(site.output().resolve("tags/t0")), "the empty folders are gone");
        }
    }

    @Test
    void refusesToBuildIntoAFolderOfTheUsersOwnEvenWithClean() throws IOException {
        TestSite site = TestSite.seedCopy(dir);
        site.write("docs/.nojekyll", "").write("docs/notes.md", "precious").write("docs/sub/keep.html", "p");
        Map<String, String> before = tree(dir.resolve("docs"));
        for (String[] args : new String[][] {{"build", "--output", "docs"}, {"build", "--clean", "--output", "docs"}}) {
            TestSite.Run run = site.run(args);
            assertEquals(1, run.code(), run.err());
            assertTrue(run.err().contains("docs:1:1: refusing to replace the output folder: Gazette has no record of building it"
                    + " (.docs.gazette-files beside it), and a build would delete the files it holds: notes.md, sub/keep.html"),
                    run.err());
            assertTrue(run.err().contains("or choose another folder with --output"), run.err());
            assertEquals(before, tree(dir.resolve("docs")), String.join(" ", args));
        }
        assertEquals(0, site.run("check", "--output", "docs").code(), "check writes nothing, so it has nothing to refuse");

        Files.delete(dir.resolve("docs/notes.md"));
        Files.delete(dir.resolve("docs/sub/keep.html"));
        assertEquals(0, site.run("build", "--output", "docs").code(),
                "a folder made ready for GitHub Pages (its empty .nojekyll, empty folders aside) is built into");
        assertFalse(Files.exists(dir.resolve("docs/sub")));
    }

    @Test
    void aFileTheUserPutInTheOutputStopsTheNextBuildUntilMovedOut() throws IOException {
        TestSite site = TestSite.seedCopy(dir).build();
        site.write("site-output/google1234.html", "verification");
        site.write(ARTICLE, Files.readString(dir.resolve(ARTICLE)).replace("Cameron first PM", "Cameron, first PM"));
        Map<String, String> before = tree(site.output());
        for (String[] args : new String[][] {{"build"}, {"build", "--clean"}}) {
            TestSite.Run run = site.run(args);
            assertEquals(1, run.code(), run.err());
            assertTrue(run.err().contains("site-output:1:1: refusing to replace the output folder: it holds files Gazette did not"
                    + " write, which this build would delete: google1234.html"), run.err());
            assertTrue(run.err().contains("move them out of site-output/, or choose another folder with --output"), run.err());
            assertEquals(before, tree(site.output()), "the site is left as it was");
        }
        site.delete("site-output/google1234.html").build();
        assertTrue(site.text("index.html").contains("Cameron, first PM"));
    }

    @Test
    void whatAFileBrowserLeavesInTheOutputStopsNoBuild() throws IOException {
        // Opening the folder in Finder or Explorer writes these into it; they are no one's work.
        TestSite site = TestSite.seedCopy(dir).build();
        site.write("site-output/.DS_Store", "\0\0").write("site-output/articles/Thumbs.db", "x").write("site-output/._index.html", "x");
        site.write(ARTICLE, Files.readString(dir.resolve(ARTICLE)).replace("Cameron first PM", "Cameron, first PM"));
        TestSite.Run run = site.run("build");
        assertEquals(0, run.code(), run.err());
        assertTrue(site.text("index.html").contains("Cameron, first PM"));
        assertFalse(Files.exists(dir.resolve("site-output/.DS_Store")), "deleted like any file the site does not have");
        site.write("fresh/.DS_Store", "x");
        assertEquals(0, site.run("build", "--output", "fresh").code(), "a new folder a file browser has looked into");
    }

    /** Every file (with its text) and folder (as "/") below {@code root}, as {@code diff -r} compares trees. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                all.put(rel, Files.isDirectory(p) ? "/" : Files.readString(p));
            }
        }
        return all;
    }
}
