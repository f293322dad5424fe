package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Site: a copy of the seed site, built once. Feature tested: an incremental {@code build} prints
 * exactly the warnings {@code build --clean} prints for the same input, in the same order, when
 * what changed is a file no article is read from (a stray sidecar, Markdown under another
 * extension): such files are named only in the listing's warnings.
 */
class IncrementalWarningsTest {
    private static final String ORPHAN = "seeds/orphan.yml:1:1: warning: not read: orphan.yml holds the front matter of raw copy";
    private static final String MARKDOWN = "seeds/2013-07-01-m.markdown:1:1: warning: not read: articles are files named *.md"
            + " (raw copy *.txt); rename it to 2013-07-01-m.md";

    @Test
    void aStraySidecarAddedIsWarnedAbout(@TempDir Path dir) {
        TestSite site = TestSite.seedCopy(dir).build();
        site.write("seeds/orphan.yml", "date: 2013-07-01\n");
        List<String> incremental = warnings(site, "build");
        assertEquals(1, incremental.size(), incremental.toString());
        assertEquals(true, incremental.get(0).startsWith(ORPHAN), incremental.toString());
        assertEquals(warnings(site, "build", "--clean"), incremental);
    }

    @Test
    void aStraySidecarDeletedIsNoLongerWarnedAbout(@TempDir Path dir) {
        TestSite site = TestSite.seedCopy(dir).write("seeds/orphan.yml", "date: 2013-07-01\n").build();
        site.delete("seeds/orphan.yml");
        assertEquals(List.of(), warnings(site, "build"));
        assertEquals(List.of(), warnings(site, "build"), "the build after");
        assertEquals(List.of(), warnings(site, "build", "--clean"));
    }

    @Test
    void markdownUnderAnotherExtensionIsWarnedAboutAndTheWarningsKeepTheirOrder(@TempDir Path dir) {
        TestSite site = TestSite.seedCopy(dir).write("seeds/orphan.yml", "date: 2013-07-01\n").build();
        site.write("seeds/2013-07-01-m.markdown", "---\ntitle: M\ndate: 2013-07-01\n---\nBody.\n");
        List<String> incremental = warnings(site, "build");
        assertEquals(2, incremental.size(), incremental.toString());
        assertEquals(MARKDOWN, incremental.get(0));
        assertEquals(warnings(site, "build", "--clean"), incremental);
        assertEquals(incremental, warnings(site, "build"), "a build with nothing changed");
    }

    /** The warning lines a build prints, in order; the build must succeed. */
    private static List<String> warnings(TestSite site, String... args) {
        TestSite.Run run = site.run(args);
        assertEquals(0, run.code(), run.err());
        return run.err().lines().filter(l -> l.contains(": warning: ")).toList();
    }
}
