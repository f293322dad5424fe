package gazette.build;

import gazette.diag.Problem;
import gazette.output.DirectorySink;
import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Site: one article, a stray sidecar and a picture whose name can not be published, built the way
 * {@code serve} builds (one resident build told which paths changed). Feature tested: each rebuild
 * reports exactly the warnings a clean build of the same input reports, in the same order, also
 * when it re-reads only the changed paths and when what changed is a file no article is read from.
 */
class ResidentWarningsTest {
    private static final String ARTICLE = "---\ntitle: First\ndate: 2013-07-01\n---\nBody %s.\n";

    @TempDir
    Path dir;

    @Test
    void everyRebuildWarnsAsACleanBuildDoes() {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: Test
                baseUrl: https://example.org/
                topics:
                  - {id: trade, title: Trade}
                """).write("seeds/2013-07-01-first.md", ARTICLE.formatted("one"))
                .write("seeds/orphan.yml", "date: 2013-07-01\n")
                .write("seeds/img/a#b.png", "not really a picture");
        BuildOptions opts = BuildOptions.defaults(dir);
        IncrementalBuild resident = new IncrementalBuild(opts, new DirectorySink(opts.outputDir(), "site-output"), true);
        List<String> first = lines(resident.run(false, true, SourceChanges.UNKNOWN).warnings());
        assertEquals(2, first.size(), first.toString());
        assertEquals(clean(opts), first);

        rebuild(resident, opts, "a text edit", s -> s.write("seeds/2013-07-01-first.md", ARTICLE.formatted("two")),
                site, "seeds/2013-07-01-first.md");
        rebuild(resident, opts, "Markdown under another extension added", s -> s.write("seeds/2013-07-02-m.markdown",
                "---\ntitle: M\ndate: 2013-07-02\n---\nBody.\n"), site, "seeds/2013-07-02-m.markdown");
        rebuild(resident, opts, "the stray sidecar deleted", s -> s.delete("seeds/orphan.yml"), site, "seeds/orphan.yml");
        rebuild(resident, opts, "a raw copy's sidecar before its copy", s -> s.write("seeds/wire.yml", "title: Wire\ndate: 2013-07-01\n"),
                site, "seeds/wire.yml");
        rebuild(resident, opts, "the raw copy beside it", s -> s.write("seeds/wire.txt", "Headline\n\nBody.\n"), site, "seeds/wire.txt");
        rebuild(resident, opts, "the raw copy deleted", s -> s.delete("seeds/wire.txt"), site, "seeds/wire.txt");
        rebuild(resident, opts, "the picture renamed", s -> s.delete("seeds/img/a#b.png").write("seeds/img/ab.png", "a picture"),
                site, "seeds/img/a#b.png", "seeds/img/ab.png");
        rebuild(resident, opts, "nothing changed", s -> s, site);
    }

    /** Makes a change, rebuilds told of the paths it changed, and compares the warnings with a clean build's. */
    private void rebuild(IncrementalBuild resident, BuildOptions opts, String what, Function<TestSite, ?> change,
            TestSite site, String... changed) {
        change.apply(site);
        Set<Path> paths = Arrays.stream(changed).map(p -> dir.resolve(p).toAbsolutePath()).collect(Collectors.toSet());
        List<String> warnings = lines(resident.run(false, false, SourceChanges.of(paths)).warnings());
        assertEquals(clean(opts), warnings, what);
    }

    /** The warnings of a clean build of the same site into a folder of its own. */
    private List<String> clean(BuildOptions opts) {
        BuildOptions elsewhere = opts.withOutput(dir.resolve("clean-output"));
        return lines(new IncrementalBuild(elsewhere, new DirectorySink(elsewhere.outputDir(), "clean-output")).run(true).warnings());
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
